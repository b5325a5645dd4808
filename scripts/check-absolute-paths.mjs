// Fails when a tracked file names a path of a developer's machine: a home directory (/home/<name>, /Users/<name>,
// /root/, C:\Users\<name>, or Claude Code's dashed project form -home-<name>-…), a workspace root (/work/,
// /workspace/, /workspaces/) or a macOS temp folder. Such a path means a test or script reads something outside the
// repository, or leaks who wrote it. Generic system paths (/tmp, /dev/tcp, /proc, /usr/bin/env…) are fine, and so
// are the placeholder users below. Run by scripts/test.sh; `node scripts/check-absolute-paths.mjs [files…]`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** User names that stand for "any user" in test data and docs. */
export const PLACEHOLDER_USERS = ['USER', 'user', 'u'];

const user = `(?!(?:${PLACEHOLDER_USERS.join('|')})(?![\\w.-]))[\\w.-]+`;
// Not inside a word, a URL path or a relative path: `https://x.org/home/a` and `a/work/b` are not machine paths.
const start = '(?:(?<![\\w.~/\\\\-])|(?<=file://))';
const PATTERNS = [
  new RegExp(`${start}/(?:home|Users)/${user}`, 'g'),
  new RegExp(`${start}/root/`, 'g'),
  new RegExp(`${start}/(?:work|workspace|workspaces)/`, 'g'),
  new RegExp(`${start}(?:/private)?/var/folders/`, 'g'),
  new RegExp(`${start}/mnt/[a-z]/Users/`, 'gi'),
  new RegExp(`(?<![\\w\\\\])[A-Za-z]:\\\\{1,2}Users\\\\{1,2}${user}`, 'g'),
  // Claude Code names a project's transcript folder after its path: /home/ada/x → -home-ada-x.
  new RegExp(`(?<![\\w-])-(?:home|Users)-(?!(?:${PLACEHOLDER_USERS.join('|')})-)[A-Za-z0-9_.]+-`, 'g'),
  /(?<![\w-])-(?:work|root)-(?=[\w.])/g,
];

/** Files that spell the patterns out (this checker and its test). */
const SELF = new Set(['scripts/check-absolute-paths.mjs', 'scripts/check-absolute-paths.test.mjs']);

/** Every developer-machine path in `text`, with its line number. */
export function findMachinePaths(text) {
  const found = [];
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    for (const pattern of PATTERNS)
      for (const match of line.matchAll(pattern)) found.push({ line: i + 1, path: match[0] });
  });
  return found;
}

/** The repository's tracked files (`git ls-files`), relative to `root`. */
export function trackedFiles(root) {
  return execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    .split('\0')
    .filter(Boolean);
}

/** `file: line: path` for each developer-machine path in the given files (binary files skipped). */
export function checkFiles(root, files) {
  const problems = [];
  for (const file of files) {
    if (SELF.has(file)) continue;
    let bytes;
    try {
      bytes = readFileSync(join(root, file));
    } catch {
      continue; // deleted in the working tree
    }
    if (bytes.includes(0)) continue;
    for (const { line, path } of findMachinePaths(bytes.toString('utf8')))
      problems.push(`${file}:${line}: ${path}`);
  }
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const files = process.argv.length > 2 ? process.argv.slice(2) : trackedFiles(root);
  const problems = checkFiles(root, files);
  if (problems.length > 0) {
    console.error(
      `check-absolute-paths: ${problems.length} path(s) of a developer machine in tracked files:`,
    );
    for (const p of problems.slice(0, 50)) console.error(`  ${p}`);
    console.error(
      'Use a path relative to the file (import.meta.dirname), a temp dir, or a placeholder user.',
    );
    process.exit(1);
  }
  console.log(`check-absolute-paths: ${files.length} tracked files, no developer-machine path`);
}
