import { describe, expect, it } from 'vitest';
import { DEFAULT_AGENT_PORT, DEFAULT_MOD_CONFIG, parseModConfig } from './mod-config.js';

describe('parseModConfig', () => {
  it('should use the defaults when Claude Code passes no options', () => {
    expect(parseModConfig(undefined)).toEqual(DEFAULT_MOD_CONFIG);
    expect(parseModConfig({})).toMatchObject({
      agentPort: DEFAULT_AGENT_PORT,
      captureContent: false,
      llmTiming: false,
    });
  });

  it('should read the userConfig values, numeric and boolean strings included', () => {
    expect(parseModConfig({ agentPort: 41234, captureContent: true, llmTiming: 'true' })).toMatchObject({
      agentPort: 41234,
      captureContent: true,
      llmTiming: true,
    });
    expect(parseModConfig({ agentPort: '40001', captureContent: 'false' })).toMatchObject({
      agentPort: 40001,
      captureContent: false,
    });
  });

  it('should fall back to the default for values that are not a port or a boolean', () => {
    for (const agentPort of [0, 70000, -1, 1.5, 'abc', null, {}])
      expect(parseModConfig({ agentPort }).agentPort).toBe(DEFAULT_AGENT_PORT);
    expect(parseModConfig({ captureContent: 'yes please' }).captureContent).toBe(false);
    expect(parseModConfig('not an object')).toEqual(DEFAULT_MOD_CONFIG);
  });
});
