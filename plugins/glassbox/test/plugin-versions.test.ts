import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bump, bumpLevel, versionPlugins } from '../../../scripts/version-plugins.mjs';

const REPO = join(import.meta.dirname, '..', '..', '..');

describe('plugin versions derived from their bundled packages', () => {
  it('should agree in package.json, plugin.json and marketplace.json with the recorded bundled versions', async () => {
    expect(await versionPlugins(REPO, { check: true })).toEqual({ changes: [], problems: [] });
  });

  it('should take the largest bump of the bundled packages', () => {
    expect(bumpLevel('0.1.0', '0.1.0')).toBeUndefined();
    expect(bumpLevel('0.1.0', '0.1.1')).toBe('patch');
    expect(bumpLevel('0.1.3', '0.2.0')).toBe('minor');
    expect(bumpLevel('0.9.0', '1.0.0')).toBe('major');
    expect(bump('0.1.2', 'patch')).toBe('0.1.3');
    expect(bump('0.1.2', 'minor')).toBe('0.2.0');
    expect(bump('0.1.2', 'major')).toBe('1.0.0');
  });
});
