// `node --test scripts/check-absolute-paths.test.mjs` (run by scripts/test.sh before the check itself).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMachinePaths } from './check-absolute-paths.mjs';

const paths = (text) => findMachinePaths(text).map((f) => f.path);

test('finds homes, workspace roots and temp folders of a developer machine', () => {
  assert.deepEqual(paths("const F = '/work/shared/fixtures/x';"), ['/work/']);
  assert.deepEqual(paths('cwd: "/home/marco/projects/spotter"'), ['/home/marco']);
  assert.deepEqual(paths('open /Users/ada/src/x'), ['/Users/ada']);
  assert.deepEqual(paths('cat /root/.claude/settings.json'), ['/root/']);
  assert.deepEqual(paths('file:///workspaces/app/x'), ['/workspaces/']);
  assert.deepEqual(paths('TMPDIR=/var/folders/xy/T/'), ['/var/folders/']);
  assert.deepEqual(paths('C:\\Users\\ada\\x'), ['C:\\Users\\ada']);
  assert.deepEqual(paths('projects/-home-marco-projects-spotter/a.jsonl'), ['-home-marco-']);
  assert.deepEqual(paths('projects/-work-main/a.jsonl'), ['-work-']);
  assert.deepEqual(findMachinePaths('a\nb /work/x')[0]?.line, 2);
});

test('allows generic system paths, placeholder users and paths that are not absolute', () => {
  for (const text of [
    '/tmp/glassbox-x',
    'exec 3<>/dev/tcp/127.0.0.1/47821',
    '/proc/self/stat',
    '#!/usr/bin/env bash',
    "HOME: '/root'",
    '/home/user/work/bench-project',
    '/home/USER/projects/spotter',
    "{ HOME: '/home/u' }",
    'projects/-home-USER-projects-spotter',
    '-home-user-work-project-1',
    'https://example.org/home/ada/x',
    'packages/work/x and ../work/y',
    'homework-home-ada-x',
  ])
    assert.deepEqual(paths(text), [], text);
});
