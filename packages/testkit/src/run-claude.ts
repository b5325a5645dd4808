import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The `modelUsage` entry of Claude Code's `--output-format json` result. */
export interface ClaudeModelUsage {
  inputTokens: number;
  outputTokens: number;
  cacheReadInputTokens: number;
  cacheCreationInputTokens: number;
  webSearchRequests: number;
  costUSD: number;
  contextWindow?: number;
  maxOutputTokens?: number;
  canonicalModel?: string;
  costBasis?: string;
  [key: string]: unknown;
}

/** Claude Code's own result object (`claude -p --output-format json`). */
export interface ClaudeResult {
  type: 'result';
  subtype: string;
  is_error: boolean;
  result?: string;
  session_id: string;
  total_cost_usd: number;
  num_turns: number;
  duration_ms: number;
  duration_api_ms: number;
  usage: Record<string, unknown>;
  modelUsage: Record<string, ClaudeModelUsage>;
  [key: string]: unknown;
}

export interface ClaudeHome {
  /** Root of the isolated environment. */
  root: string;
  /** `HOME` for the CLI. */
  home: string;
  /** `CLAUDE_CONFIG_DIR`. */
  configDir: string;
  /** Working directory (the project) of the session. */
  cwd: string;
  /** Removes everything unless `GLASSBOX_KEEP_TMP=1`. */
  cleanup(): Promise<void>;
}

export interface RunClaudeOptions {
  prompt: string;
  /** Base URL of the (fake) Messages API. */
  apiUrl: string;
  /** Reuse an isolated home across runs (a second session, `--resume`…); one is made and removed otherwise. */
  home?: ClaudeHome;
  pluginDirs?: string[];
  /** Written to a file and passed with `--settings`. */
  settings?: Record<string, unknown>;
  /** Passed as `--allowedTools` (root cannot use `--dangerously-skip-permissions`). */
  allowedTools?: string[];
  disallowedTools?: string[];
  model?: string;
  resume?: string;
  /** Extra CLI arguments. */
  args?: string[];
  /** Extra environment. Nothing of the caller's environment leaks in except PATH, LANG and TZ. */
  env?: Record<string, string>;
  timeoutMs?: number;
}

export interface RunClaudeResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** Parsed result, or undefined when stdout was not the JSON result (crash, bad flags). */
  result: ClaudeResult | undefined;
  home: ClaudeHome;
  /** Every transcript JSONL under `<configDir>/projects`, subagent files included. */
  transcripts: string[];
  /** The main transcript of this run's session, when found. */
  transcriptPath: string | undefined;
  durationMs: number;
}

/** Path of the pinned Claude Code binary (`GLASSBOX_CLAUDE_BIN` overrides). */
export function claudeBinary(): string {
  const override = process.env.GLASSBOX_CLAUDE_BIN;
  if (override) return override;
  const require = createRequire(import.meta.url);
  const pkg = require.resolve(`@anthropic-ai/claude-code-${process.platform}-${process.arch}/package.json`);
  return join(dirname(pkg), process.platform === 'win32' ? 'claude.exe' : 'claude');
}

/** Creates an isolated HOME / CLAUDE_CONFIG_DIR / project folder. */
export async function createClaudeHome(prefix = 'glassbox-claude-'): Promise<ClaudeHome> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  const home = join(root, 'home');
  const configDir = join(home, '.claude');
  const cwd = join(root, 'project');
  await mkdir(configDir, { recursive: true });
  await mkdir(cwd, { recursive: true });
  return {
    root,
    home,
    configDir,
    cwd,
    cleanup: async () => {
      if (process.env.GLASSBOX_KEEP_TMP === '1') return;
      // Retried: a hook's background send or the agent's reply drop may still write into the home as it goes.
      await rm(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}

/** The environment a Claude Code child gets: isolated, offline, pointed at the fake API. */
export function claudeEnv(
  home: ClaudeHome,
  apiUrl: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home.home,
    CLAUDE_CONFIG_DIR: home.configDir,
    TMPDIR: process.env.TMPDIR ?? tmpdir(),
    LANG: process.env.LANG ?? 'C.UTF-8',
    ANTHROPIC_BASE_URL: apiUrl,
    ANTHROPIC_API_KEY: 'sk-ant-api03-glassbox-fake-key-for-tests',
    CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
    DISABLE_AUTOUPDATER: '1',
    DISABLE_ERROR_REPORTING: '1',
    DISABLE_TELEMETRY: '1',
    CI: 'true',
    ...extra,
  };
  if (process.env.TZ) env.TZ = process.env.TZ;
  return env;
}

/** Runs a CLI command (`claude plugin …`) with the isolated environment; never throws on a non-zero exit. */
export function runClaudeCli(
  args: string[],
  options: {
    home: ClaudeHome;
    apiUrl?: string;
    env?: Record<string, string>;
    cwd?: string;
    timeoutMs?: number;
  },
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  const env = claudeEnv(options.home, options.apiUrl ?? 'http://127.0.0.1:9', options.env);
  return spawnCollect(claudeBinary(), args, {
    cwd: options.cwd ?? options.home.cwd,
    env,
    timeoutMs: options.timeoutMs ?? 60_000,
  });
}

function spawnCollect(
  command: string,
  args: string[],
  options: { cwd: string; env: Record<string, string>; timeoutMs: number },
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        exitCode: code,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** Lists every `*.jsonl` below `<configDir>/projects`. */
export async function findTranscripts(configDir: string): Promise<string[]> {
  const root = join(configDir, 'projects');
  if (!existsSync(root)) return [];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.jsonl'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Runs the real Claude Code (`claude -p --output-format json`) in an isolated home against `apiUrl`.
 * Returns the parsed result, the transcripts and the raw output. The home is kept when passed in,
 * otherwise removed by `result.home.cleanup()` (the caller decides when, after reading transcripts).
 */
export async function runClaude(options: RunClaudeOptions): Promise<RunClaudeResult> {
  const home = options.home ?? (await createClaudeHome());
  const args = ['-p', options.prompt, '--output-format', 'json'];
  for (const dir of options.pluginDirs ?? []) args.push('--plugin-dir', dir);
  if (options.settings) {
    const file = join(home.root, `settings-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(file, JSON.stringify(options.settings));
    args.push('--settings', file);
  }
  if (options.allowedTools?.length) args.push('--allowedTools', options.allowedTools.join(','));
  if (options.disallowedTools?.length) args.push('--disallowedTools', options.disallowedTools.join(','));
  if (options.model) args.push('--model', options.model);
  if (options.resume) args.push('--resume', options.resume);
  args.push(...(options.args ?? []));

  const started = Date.now();
  const { exitCode, stdout, stderr } = await spawnCollect(claudeBinary(), args, {
    cwd: home.cwd,
    env: claudeEnv(home, options.apiUrl, options.env),
    timeoutMs: options.timeoutMs ?? 120_000,
  });
  const durationMs = Date.now() - started;
  let result: ClaudeResult | undefined;
  try {
    const parsed = JSON.parse(stdout.trim()) as ClaudeResult;
    if (parsed && parsed.type === 'result') result = parsed;
  } catch {
    result = undefined;
  }
  const transcripts = await findTranscripts(home.configDir);
  const transcriptPath = result
    ? transcripts.find((t) => t.endsWith(`/${result.session_id}.jsonl`))
    : undefined;
  return { exitCode, stdout, stderr, result, home, transcripts, transcriptPath, durationMs };
}
