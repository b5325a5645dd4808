import { chmod, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  agentHomeFromEnv,
  loadOrCreateAgentKey,
  readAgentKey,
  removeAgentEndpoint,
  writeAgentEndpoint,
} from './agent-key.js';

describe('agent key', () => {
  let tmp: string;
  let home: string;

  beforeEach(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'glassbox-key-'));
    home = join(tmp, 'home');
  });

  afterEach(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  it('should find the home like every client: GLASSBOX_HOME, then CLAUDE_CONFIG_DIR, then HOME/.claude', () => {
    expect(agentHomeFromEnv({ GLASSBOX_HOME: '/g', CLAUDE_CONFIG_DIR: '/c', HOME: '/h' })).toBe('/g');
    expect(agentHomeFromEnv({ CLAUDE_CONFIG_DIR: '/c', HOME: '/h' })).toBe('/c/glassbox');
    expect(agentHomeFromEnv({ HOME: '/h' })).toBe('/h/.claude/glassbox');
  });

  it('should create one key (0600, 0700 home) and return the same one afterwards', async () => {
    const [a, b] = await Promise.all([loadOrCreateAgentKey(home), loadOrCreateAgentKey(home)]);
    expect(a).toEqual(b);
    expect(a.length).toBe(32);
    expect(await readFile(join(home, 'agent.key'), 'utf8')).toBe(`${a.toString('hex')}\n`);
    expect((await stat(home)).mode & 0o777).toBe(0o700);
    expect((await stat(join(home, 'agent.key'))).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateAgentKey(home)).toEqual(a);
  });

  it('should tighten a home others can read', async () => {
    await loadOrCreateAgentKey(home);
    await chmod(home, 0o755);
    await loadOrCreateAgentKey(home);
    expect((await stat(home)).mode & 0o777).toBe(0o700);
  });

  it('should refuse a key with a wrong mode, owner, content, or behind a link, and never overwrite it', async () => {
    const key = await loadOrCreateAgentKey(home);
    const path = join(home, 'agent.key');
    await chmod(path, 0o644);
    await expect(readAgentKey(home)).rejects.toMatchObject({ code: 'AGENT_KEY_INVALID' });
    await expect(loadOrCreateAgentKey(home)).rejects.toThrow(/mode 0644, not 0600/);
    await chmod(path, 0o600);
    const me = process.getuid?.() ?? 0;
    await expect(readAgentKey(home, { uid: me + 1 })).rejects.toThrow(/is owned by uid/);
    expect(await readAgentKey(home)).toEqual(key);
    await writeFile(path, 'not a key\n');
    await expect(loadOrCreateAgentKey(home)).rejects.toThrow(/64 lowercase hex/);
    expect(await readFile(path, 'utf8')).toBe('not a key\n');
    await rm(path);
    const planted = join(tmp, 'planted');
    await writeFile(planted, `${'a'.repeat(64)}\n`, { mode: 0o600 });
    await symlink(planted, path);
    await expect(readAgentKey(home)).rejects.toThrow(/not a regular file/);
  });

  it('should write agent.endpoint and remove it only while it names this process', async () => {
    await loadOrCreateAgentKey(home);
    await writeAgentEndpoint(home, { port: 1234, pid: process.pid, startedMs: 5, plugin: 'p' });
    expect(await readFile(join(home, 'agent.endpoint'), 'utf8')).toBe(
      `port=1234\npid=${process.pid}\nstarted=5\nplugin=p\n`,
    );
    await removeAgentEndpoint(home, process.pid + 1);
    expect(await readFile(join(home, 'agent.endpoint'), 'utf8')).toContain('port=1234');
    await removeAgentEndpoint(home);
    await expect(readFile(join(home, 'agent.endpoint'), 'utf8')).rejects.toThrow();
  });
});
