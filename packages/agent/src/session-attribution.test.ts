import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAgentConfig } from './agent-config.js';
import { SessionAttribution } from './session-attribution.js';

describe('SessionAttribution', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'glassbox-attr-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('should attribute a session to the configured user and team and to its git checkout, once per cwd', async () => {
    const repo = join(tmp, 'widgets');
    mkdirSync(join(repo, '.git', 'refs', 'heads'), { recursive: true });
    writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/topic\n');
    writeFileSync(join(repo, '.git', 'refs', 'heads', 'topic'), `${'c'.repeat(40)}\n`);
    writeFileSync(
      join(repo, '.git', 'config'),
      '[remote "origin"]\n\turl = https://me:tok@git.example/acme/widgets.git\n',
    );
    const attribution = new SessionAttribution({ userId: 'ada', team: 'platform' });
    const session = {};
    const first = attribution.of(session, repo);
    expect(attribution.of(session, repo)).toBe(first);
    expect(await first).toEqual({
      'user.id': 'ada',
      'glassbox.team': 'platform',
      'vcs.repository.url.full': 'https://git.example/acme/widgets.git',
      'vcs.ref.head.name': 'topic',
      'vcs.ref.head.revision': 'c'.repeat(40),
      project: 'widgets',
    });
    expect(await attribution.of(session, tmp)).toEqual({
      'user.id': 'ada',
      'glassbox.team': 'platform',
      project: tmp.split('/').at(-1),
    });
    expect(await new SessionAttribution({}).of({}, undefined)).toEqual({});
  });

  it('should read user and team from the plugin options, the user defaulting to the OS user', () => {
    const set = loadAgentConfig({
      CLAUDE_PLUGIN_OPTION_USERID: 'ada',
      CLAUDE_PLUGIN_OPTION_TEAM: 'data',
    }).config;
    expect([set.userId, set.team]).toEqual(['ada', 'data']);
    const unset = loadAgentConfig({}).config;
    expect(unset.team).toBeUndefined();
    expect(typeof unset.userId).toBe('string');
  });
});
