import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const git = async (args: string[], cwd: string): Promise<string> =>
  (
    await promisify(execFile)('git', args, {
      cwd,
      env: {
        ...process.env,
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'test',
        GIT_AUTHOR_EMAIL: 'test@example.invalid',
        GIT_COMMITTER_NAME: 'test',
        GIT_COMMITTER_EMAIL: 'test@example.invalid',
      },
    })
  ).stdout.trim();

/**
 * Commits the folder `tree` (its own repository, branch main) and clones it bare to `bare`, as a git host would
 * serve it; returns the commit.
 */
export async function bareRepository(tree: string, bare: string): Promise<string> {
  await git(['init', '--quiet', '--initial-branch=main'], tree);
  await git(['add', '--all'], tree);
  await git(['commit', '--quiet', '--message', 'release'], tree);
  await mkdir(dirname(bare), { recursive: true });
  await git(['clone', '--quiet', '--bare', tree, bare], dirname(bare));
  return git(['rev-parse', 'HEAD'], tree);
}

/**
 * A git config (for `GIT_CONFIG_GLOBAL`) that serves `https://github.com/<owner>/<repo>` from
 * `<root>/<owner>/<repo>` (bare repositories on disk): Claude Code's `github` sources clone over HTTPS with
 * `CLAUDE_CODE_PLUGIN_PREFER_HTTPS=1` and never leave the machine.
 */
export async function githubFromDirectory(configFile: string, root: string): Promise<void> {
  await mkdir(dirname(configFile), { recursive: true });
  await writeFile(configFile, `[url "file://${join(root, '/')}"]\n\tinsteadOf = https://github.com/\n`);
}
