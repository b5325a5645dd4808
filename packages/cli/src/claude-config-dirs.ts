import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The Claude config directories whose `projects/` hold transcripts: `--config-dir` values, else
 * `$CLAUDE_CONFIG_DIR` (comma-separated allowed), else `~/.claude` and `~/.config/claude` (those that exist).
 */
export function claudeConfigDirs(
  given: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string[] {
  const list = (values: readonly string[]): string[] => [
    ...new Set(
      values
        .map((v) => v.trim())
        .filter(Boolean)
        .map((v) => resolve(cwd, v)),
    ),
  ];
  if (given.length > 0) return list(given.flatMap((g) => g.split(',')));
  if (env.CLAUDE_CONFIG_DIR) return list(env.CLAUDE_CONFIG_DIR.split(','));
  const home = env.HOME || homedir();
  const candidates = [join(home, '.claude'), join(home, '.config', 'claude')];
  const existing = candidates.filter((c) => existsSync(join(c, 'projects')));
  return existing.length > 0 ? existing : [candidates[0]!];
}
