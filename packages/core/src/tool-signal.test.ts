import { describe, expect, it } from 'vitest';
import { languageOf, mergeToolSignals, toolResultSignal, toolUseSignal } from './tool-signal.js';

describe('toolUseSignal', () => {
  it('should recognise git commit and gh pr create at the start of any command of a list', () => {
    for (const command of [
      'git commit -m "x"',
      'git add -A && git commit -q -m "add a"',
      'git -c user.name=t -c user.email=t@e commit -m x',
      'cd repo; GIT_AUTHOR_NAME=t git commit --amend --no-edit',
      '/usr/bin/git -C sub commit -am wip',
      'if true; then git commit -m x; fi',
    ])
      expect(toolUseSignal('Bash', { command }), command).toEqual({ vcsAction: 'commit' });
    for (const command of [
      'gh pr create --title x --body y',
      'git push -u origin b && gh -R a/b pr create -f',
    ])
      expect(toolUseSignal('Bash', { command }), command).toEqual({ vcsAction: 'pull_request' });
    for (const command of [
      'echo git commit',
      'git log --grep commit',
      'git commit-tree abc',
      'grep -r "git commit" .',
      'gh pr list',
      'gh pr view 3',
    ])
      expect(toolUseSignal('Bash', { command }), command).toBeUndefined();
  });

  it("should keep an edited file's language, never its path", () => {
    expect(toolUseSignal('Edit', { file_path: '/tmp/p/src/a.ts', old_string: 'a', new_string: 'b' })).toEqual(
      {
        language: 'TypeScript',
      },
    );
    expect(toolUseSignal('NotebookEdit', { notebook_path: '/x/nb.ipynb', new_source: '' })).toEqual({
      language: 'Jupyter Notebook',
    });
    expect(languageOf('/a/Makefile')).toBe('other');
    expect(languageOf('/a/.env')).toBe('other');
    expect(languageOf('/a/b.weird')).toBe('other');
    expect(toolUseSignal('Read', { file_path: '/a.ts' })).toBeUndefined();
  });
});

describe('toolResultSignal', () => {
  it("should count a structured patch's added and removed lines", () => {
    const result = {
      filePath: '/p/a.ts',
      structuredPatch: [
        {
          oldStart: 1,
          oldLines: 3,
          newStart: 1,
          newLines: 4,
          lines: [' const a = 1;', '-const b = 2;', '+const b = 3;', '+const c = 4;', ' export { a, b };'],
        },
      ],
    };
    expect(toolResultSignal(result)).toEqual({ linesAdded: 2, linesRemoved: 1 });
  });

  it('should count every line of a new file as added', () => {
    expect(toolResultSignal({ type: 'create', content: 'a\nb\nc\n', structuredPatch: [] })).toEqual({
      linesAdded: 3,
      linesRemoved: 0,
    });
    expect(toolResultSignal({ type: 'create', content: 'a\nb', structuredPatch: [] })).toEqual({
      linesAdded: 2,
      linesRemoved: 0,
    });
  });

  it("should count a notebook cell's new source against its old one", () => {
    const original = JSON.stringify({
      cells: [{ id: 'c1', cell_type: 'code', source: ['x = 1\n', 'y = 2'] }],
    });
    expect(
      toolResultSignal({ new_source: 'x = 10\ny = 20\nz = 30', cell_id: 'c1', original_file: original }),
    ).toEqual({ linesAdded: 3, linesRemoved: 2 });
  });

  it('should read the commit and the pull request Claude Code recorded on a Bash result', () => {
    const bash = { stderr: '', interrupted: false, isImage: false, noOutputExpected: false };
    expect(
      toolResultSignal({
        ...bash,
        stdout: '[main 3026a22] add a\n 3 files changed',
        gitOperation: { commit: { sha: '3026a22', kind: 'committed', branch: 'main' } },
      }),
    ).toEqual({ commitId: '3026a22' });
    expect(
      toolResultSignal({
        ...bash,
        stdout: 'https://github.com/acme/widgets/pull/7',
        gitOperation: { pr: { number: 7, url: 'https://github.com/acme/widgets/pull/7', action: 'created' } },
      }),
    ).toEqual({ pullRequest: 7 });
    expect(toolResultSignal({ ...bash, stdout: 'On branch main\nnothing to commit' })).toBeUndefined();
    expect(toolResultSignal('Error: Exit code 1')).toBeUndefined();
  });

  it('should merge the input and result facts', () => {
    expect(mergeToolSignals({ vcsAction: 'commit' }, { commitId: 'abcdef0' })).toEqual({
      vcsAction: 'commit',
      commitId: 'abcdef0',
    });
    expect(mergeToolSignals(undefined, undefined)).toBeUndefined();
  });
});
