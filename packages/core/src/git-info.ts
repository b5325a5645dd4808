import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** Where a working directory stands in git: read from `.git` files directly, never by running `git`. */
export interface GitInfo {
  /** The `origin` remote's URL (else the first remote's), credentials removed. */
  readonly repositoryUrl?: string;
  /** The checked-out branch (`main`), absent on a detached HEAD. */
  readonly branch?: string;
  /** The commit HEAD points at (40 or 64 hex), absent in a repository with no commit yet. */
  readonly revision?: string;
}

/** How far up from the working directory a `.git` is looked for. */
const MAX_DEPTH = 40;
/** Files larger than this are not read (a hostile or broken repository must not cost time). */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

async function readSmall(path: string): Promise<string | undefined> {
  try {
    const s = await stat(path);
    if (!s.isFile() || s.size > MAX_FILE_BYTES) return undefined;
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The git directory of a `.git` entry: the directory itself, or the one a worktree's `.git` file names. */
async function gitDirOf(dotGit: string): Promise<string | undefined> {
  try {
    const s = await stat(dotGit);
    if (s.isDirectory()) return dotGit;
    if (!s.isFile()) return undefined;
  } catch {
    return undefined;
  }
  const text = await readSmall(dotGit);
  const m = /^gitdir:\s*(.+?)\s*$/m.exec(text ?? '');
  if (!m) return undefined;
  return isAbsolute(m[1]!) ? m[1]! : resolve(dirname(dotGit), m[1]!);
}

async function findGitDir(cwd: string): Promise<string | undefined> {
  let dir = resolve(cwd);
  for (let i = 0; i < MAX_DEPTH; i++) {
    const found = await gitDirOf(join(dir, '.git'));
    if (found) return found;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

/** A linked worktree keeps refs, packed-refs and config in the common directory its `commondir` names. */
async function commonDirOf(gitDir: string): Promise<string> {
  const text = (await readSmall(join(gitDir, 'commondir')))?.trim();
  if (!text) return gitDir;
  return isAbsolute(text) ? text : resolve(gitDir, text);
}

const HEX = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

async function resolveRef(ref: string, gitDir: string, commonDir: string): Promise<string | undefined> {
  // Per-worktree refs (HEAD-like, refs/bisect…) live in the worktree's dir; branches in the common one.
  for (const dir of gitDir === commonDir ? [gitDir] : [gitDir, commonDir]) {
    const loose = (await readSmall(join(dir, ref)))?.trim();
    if (loose && HEX.test(loose)) return loose;
    if (loose?.startsWith('ref: ')) return resolveRef(loose.slice(5).trim(), gitDir, commonDir);
  }
  const packed = await readSmall(join(commonDir, 'packed-refs'));
  if (!packed) return undefined;
  for (const line of packed.split('\n')) {
    if (line.startsWith('#') || line.startsWith('^')) continue;
    const space = line.indexOf(' ');
    if (space > 0 && line.slice(space + 1).trim() === ref) {
      const sha = line.slice(0, space);
      return HEX.test(sha) ? sha : undefined;
    }
  }
  return undefined;
}

/** The `url` of `[remote "origin"]`, else of the first remote, from a git config file. */
export function remoteUrlOf(config: string): string | undefined {
  let section: string | undefined;
  const urls = new Map<string, string>();
  for (const raw of config.split('\n')) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      const m = /^\[\s*remote\s+"([^"]*)"\s*\]/.exec(line);
      section = m ? m[1] : undefined;
      continue;
    }
    if (section === undefined || urls.has(section)) continue;
    const m = /^url\s*=\s*(.*)$/i.exec(line);
    if (m) urls.set(section, m[1]!.replace(/^"(.*)"$/, '$1').trim());
  }
  return urls.get('origin') ?? urls.values().next().value;
}

/**
 * A remote URL without what must never leave the machine: `user:token@` of a URL (the user name alone is kept
 * for scp-like `git@host:path`, where it is the SSH account, not a secret), and query and fragment.
 */
export function stripUrlCredentials(url: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/i.exec(url);
  if (scheme) {
    const host = scheme[2]!.slice(scheme[2]!.lastIndexOf('@') + 1);
    return `${scheme[1]}${host}${scheme[3]!.replace(/[?#].*$/, '')}`;
  }
  return url;
}

/**
 * Reads where `cwd` stands in git: repository URL, branch and commit. Cheap (a few small file reads, no
 * process): `.git` found upwards (a directory, or a worktree's `gitdir:` file), `HEAD`, loose refs, then
 * `packed-refs`, and `config` for the remote. Undefined outside a repository; never throws.
 */
export async function readGitInfo(cwd: string): Promise<GitInfo | undefined> {
  try {
    const gitDir = await findGitDir(cwd);
    if (!gitDir) return undefined;
    const commonDir = await commonDirOf(gitDir);
    const head = (await readSmall(join(gitDir, 'HEAD')))?.trim();
    const info: { -readonly [K in keyof GitInfo]: GitInfo[K] } = {};
    if (head?.startsWith('ref: ')) {
      const ref = head.slice(5).trim();
      if (ref.startsWith('refs/heads/')) info.branch = ref.slice('refs/heads/'.length);
      const sha = await resolveRef(ref, gitDir, commonDir);
      if (sha) info.revision = sha;
    } else if (head && HEX.test(head)) info.revision = head;
    const config = await readSmall(join(commonDir, 'config'));
    const url = config ? remoteUrlOf(config) : undefined;
    if (url) info.repositoryUrl = stripUrlCredentials(url);
    return info;
  } catch {
    return undefined;
  }
}
