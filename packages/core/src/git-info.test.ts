import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGitInfo, remoteUrlOf, stripUrlCredentials } from './git-info.js';

// The reader is checked against what the real `git` says about the same repositories.
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  }).trim();

describe('readGitInfo', () => {
  let tmp: string;
  let repo: string;
  let head: string;

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'glassbox-git-'));
    repo = join(tmp, 'repo');
    mkdirSync(join(repo, 'sub', 'deeper'), { recursive: true });
    git(repo, 'init', '-q', '-b', 'feature/attribution');
    git(repo, 'remote', 'add', 'origin', 'https://bot:ghp_secret123@github.com/acme/widgets.git?x=1');
    git(repo, 'remote', 'add', 'upstream', 'git@github.com:other/widgets.git');
    writeFileSync(join(repo, 'a.txt'), 'a\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'first');
    head = git(repo, 'rev-parse', 'HEAD');
  });

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('should read branch, commit and the origin URL without credentials, from a subdirectory', async () => {
    expect(await readGitInfo(join(repo, 'sub', 'deeper'))).toEqual({
      repositoryUrl: 'https://github.com/acme/widgets.git',
      branch: 'feature/attribution',
      revision: head,
    });
  });

  it('should resolve a branch that lives only in packed-refs', async () => {
    git(repo, 'pack-refs', '--all');
    expect((await readGitInfo(repo))?.revision).toBe(head);
  });

  it('should read a linked worktree (a .git file) on its own branch, refs from the common directory', async () => {
    const wt = join(tmp, 'wt');
    git(repo, 'worktree', 'add', '-q', '-b', 'other', wt);
    expect(await readGitInfo(wt)).toEqual({
      repositoryUrl: 'https://github.com/acme/widgets.git',
      branch: 'other',
      revision: head,
    });
  });

  it('should give a detached HEAD its commit and no branch', async () => {
    const detached = join(tmp, 'detached');
    git(repo, 'worktree', 'add', '-q', '--detach', detached, head);
    expect(await readGitInfo(detached)).toEqual({
      repositoryUrl: 'https://github.com/acme/widgets.git',
      revision: head,
    });
  });

  it('should give a repository with no commit its branch only, and no repository nothing', async () => {
    const empty = join(tmp, 'empty');
    mkdirSync(empty);
    git(empty, 'init', '-q', '-b', 'main');
    expect(await readGitInfo(empty)).toEqual({ branch: 'main' });
    const none = mkdtempSync(join(tmpdir(), 'glassbox-nogit-'));
    try {
      expect(await readGitInfo(none)).toBeUndefined();
    } finally {
      rmSync(none, { recursive: true, force: true });
    }
    expect(await readGitInfo(join(tmp, 'does-not-exist'))).toBeUndefined();
  });

  it('should not throw on a broken .git file', async () => {
    const broken = join(tmp, 'broken');
    mkdirSync(broken);
    writeFileSync(join(broken, '.git'), 'gitdir: /nowhere/at/all\n');
    expect(await readGitInfo(broken)).toEqual({});
  });
});

describe('remote URLs', () => {
  it('should take origin, else the first remote', () => {
    expect(
      remoteUrlOf('[core]\n\tbare = false\n[remote "up"]\n\turl = a\n[remote "origin"]\n\turl = b\n'),
    ).toBe('b');
    expect(remoteUrlOf('[remote "up"]\n\turl = a\n')).toBe('a');
    expect(remoteUrlOf('[core]\n')).toBeUndefined();
  });

  it('should strip user, password and token from every URL form', () => {
    expect(stripUrlCredentials('https://user:pass@host.example/a/b.git')).toBe(
      'https://host.example/a/b.git',
    );
    expect(stripUrlCredentials('https://x-access-token:ghs_abc@github.com/o/r')).toBe(
      'https://github.com/o/r',
    );
    expect(stripUrlCredentials('ssh://git@host:2222/o/r.git')).toBe('ssh://host:2222/o/r.git');
    expect(stripUrlCredentials('https://host/o/r.git?token=abc#frag')).toBe('https://host/o/r.git');
    expect(stripUrlCredentials('git@github.com:o/r.git')).toBe('git@github.com:o/r.git');
    expect(stripUrlCredentials('/srv/git/r.git')).toBe('/srv/git/r.git');
  });
});
