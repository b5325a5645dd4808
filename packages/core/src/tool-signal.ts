import { isObject, type Json } from './record-fields.js';

/**
 * Facts about a tool call that derived signals count (lines of code, commits, pull requests), read from the
 * call's input and Claude Code's structured result (`toolUseResult`) as the transcript is read. Only counts,
 * a language name and a commit id are kept: never a path, a command or a file's text.
 */

/** What the transcript says of one tool call for the derived signals. */
export interface ToolSignal {
  /** Lines the edit added / removed (Edit, MultiEdit, Write, NotebookEdit). */
  readonly linesAdded?: number;
  readonly linesRemoved?: number;
  /** The edited file's language, from its extension (`TypeScript`, `Python`…, else `other`). */
  readonly language?: string;
  /** A Bash call that runs `git commit` or `gh pr create`. */
  readonly vcsAction?: 'commit' | 'pull_request';
  /** What Claude Code recorded on the Bash result (`gitOperation`, 2.1.332): the commit made, the PR created. */
  readonly commitId?: string;
  readonly pullRequest?: number;
}

/** The tools whose results carry a line diff. */
export const EDIT_TOOLS: ReadonlySet<string> = new Set(['Edit', 'MultiEdit', 'Write', 'NotebookEdit']);

const LANGUAGES: Readonly<Record<string, string>> = {
  ts: 'TypeScript',
  tsx: 'TypeScript',
  mts: 'TypeScript',
  cts: 'TypeScript',
  js: 'JavaScript',
  jsx: 'JavaScript',
  mjs: 'JavaScript',
  cjs: 'JavaScript',
  py: 'Python',
  ipynb: 'Jupyter Notebook',
  go: 'Go',
  rs: 'Rust',
  java: 'Java',
  kt: 'Kotlin',
  rb: 'Ruby',
  php: 'PHP',
  c: 'C',
  h: 'C',
  cc: 'C++',
  cpp: 'C++',
  cxx: 'C++',
  hpp: 'C++',
  cs: 'C#',
  swift: 'Swift',
  scala: 'Scala',
  sh: 'Shell',
  bash: 'Shell',
  sql: 'SQL',
  html: 'HTML',
  css: 'CSS',
  scss: 'CSS',
  md: 'Markdown',
  json: 'JSON',
  yaml: 'YAML',
  yml: 'YAML',
  toml: 'TOML',
  xml: 'XML',
  txt: 'Text',
};

/** A language name from a file path's extension; a fixed vocabulary, so a metric label stays bounded. */
export function languageOf(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return 'other';
  return LANGUAGES[base.slice(dot + 1).toLowerCase()] ?? 'other';
}

// `git [global options] commit`, `gh [flags] pr create`, at the start of a command of a list or pipeline
// (after `&&`, `||`, `;`, `|`, a newline or `(`), after variable assignments.
const COMMAND_START = String.raw`(?:^|[;&|(\n]|\bthen\b|\bdo\b)\s*(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*`;
const GIT_COMMIT = new RegExp(
  String.raw`${COMMAND_START}(?:\S*/)?git(?:\s+(?:-[cC]\s+\S+|--?[A-Za-z][\w-]*(?:=\S+)?))*\s+commit(?![\w-])`,
);
const GH_PR_CREATE = new RegExp(
  String.raw`${COMMAND_START}(?:\S*/)?gh(?:\s+(?:-R\s+\S+|--?[A-Za-z][\w-]*(?:=\S+)?))*\s+pr\s+create(?![\w-])`,
);

/** What a call's input says: the language of an edited file, a Bash command that commits or opens a PR. */
export function toolUseSignal(name: string, input: unknown): ToolSignal | undefined {
  if (!isObject(input)) return undefined;
  if (EDIT_TOOLS.has(name)) {
    const path = input.file_path ?? input.notebook_path;
    return typeof path === 'string' ? { language: languageOf(path) } : undefined;
  }
  if (name !== 'Bash' || typeof input.command !== 'string') return undefined;
  const command = input.command;
  if (GIT_COMMIT.test(command)) return { vcsAction: 'commit' };
  if (GH_PR_CREATE.test(command)) return { vcsAction: 'pull_request' };
  return undefined;
}

/** Lines of a text: `a\nb\n` and `a\nb` are two, `` is none. */
function lineCount(text: string): number {
  if (text.length === 0) return 0;
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
  return text.endsWith('\n') ? n - 1 : n;
}

/** Added and removed lines of a `structuredPatch` (hunks with `lines` prefixed `+`, `-`, ` `). */
function patchLines(patch: unknown): { added: number; removed: number } | undefined {
  if (!Array.isArray(patch)) return undefined;
  let added = 0;
  let removed = 0;
  for (const hunk of patch) {
    if (!isObject(hunk) || !Array.isArray(hunk.lines)) continue;
    for (const line of hunk.lines) {
      if (typeof line !== 'string') continue;
      if (line.startsWith('+')) added += 1;
      else if (line.startsWith('-')) removed += 1;
    }
  }
  return { added, removed };
}

/** A notebook cell's source (a string or an array of lines) as text. */
function cellSource(source: unknown): string | undefined {
  if (typeof source === 'string') return source;
  if (Array.isArray(source)) return source.filter((s) => typeof s === 'string').join('');
  return undefined;
}

/** The edited cell's old source in a NotebookEdit result's `original_file` (the notebook's JSON text). */
function originalCell(result: Json): string | undefined {
  const id = result.cell_id;
  if (typeof result.original_file !== 'string' || typeof id !== 'string') return undefined;
  try {
    const cells = (JSON.parse(result.original_file) as { cells?: unknown }).cells;
    if (!Array.isArray(cells)) return undefined;
    const cell = cells.find((c) => isObject(c) && c.id === id) ?? cells[Number(/^cell-(\d+)$/.exec(id)?.[1])];
    return isObject(cell) ? cellSource(cell.source) : undefined;
  } catch {
    return undefined;
  }
}

/** Lines an edit tool's result added and removed, recognised by its shape (a result names no tool). */
function editLines(result: Json): { added: number; removed: number } | undefined {
  if (typeof result.new_source === 'string' || result.edit_mode === 'delete') {
    // NotebookEdit: the new cell source against the cell's source in the notebook before the edit.
    const mode = result.edit_mode;
    const old =
      mode === 'insert'
        ? ''
        : typeof result.old_source === 'string'
          ? result.old_source
          : (originalCell(result) ?? '');
    if (mode === 'delete') return { added: 0, removed: lineCount(old) };
    return { added: lineCount(result.new_source as string), removed: lineCount(old) };
  }
  // A new file written: every line is added (its patch is empty).
  if (result.type === 'create' && typeof result.content === 'string')
    return { added: lineCount(result.content), removed: 0 };
  return patchLines(result.structuredPatch);
}

/**
 * What a call's structured result says: lines changed by an edit (Edit, MultiEdit, Write, NotebookEdit), and the
 * commit or pull request Claude Code saw a Bash call make (`gitOperation`).
 */
export function toolResultSignal(result: unknown): ToolSignal | undefined {
  if (!isObject(result)) return undefined;
  if (typeof result.stdout === 'string') {
    const op = isObject(result.gitOperation) ? result.gitOperation : undefined;
    const out: { -readonly [K in keyof ToolSignal]: ToolSignal[K] } = {};
    const sha = isObject(op?.commit) ? op.commit.sha : undefined;
    if (typeof sha === 'string' && /^[0-9a-f]{4,64}$/.test(sha)) out.commitId = sha;
    const pr = isObject(op?.pr) && op.pr.action === 'created' ? op.pr.number : undefined;
    if (typeof pr === 'number' && Number.isSafeInteger(pr)) out.pullRequest = pr;
    return Object.keys(out).length > 0 ? out : undefined;
  }
  const lines = editLines(result);
  return lines ? { linesAdded: lines.added, linesRemoved: lines.removed } : undefined;
}

/** The facts of a call's input and result together. */
export function mergeToolSignals(
  a: ToolSignal | undefined,
  b: ToolSignal | undefined,
): ToolSignal | undefined {
  if (!a) return b;
  if (!b) return a;
  return { ...a, ...b };
}
