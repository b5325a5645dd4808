import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type ClaudeHome, claudeBinary, claudeEnv, createClaudeHome } from './run-claude.js';

const run = promisify(execFile);

export interface TmuxClaudeOptions {
  /** Base URL of the (fake) Messages API. */
  apiUrl: string;
  /** Reuse an isolated home; one is made (and removed by `close()`) otherwise. */
  home?: ClaudeHome;
  pluginDirs?: string[];
  /** Written to a file and passed with `--settings`. */
  settings?: Record<string, unknown>;
  /** Passed as `--allowedTools`. */
  allowedTools?: string[];
  /** Extra CLI arguments. */
  args?: string[];
  /** Extra environment (the rest is `claudeEnv`'s isolated one, without `CI`). */
  env?: Record<string, string>;
  /** Terminal size; wide, so that a summary line is not wrapped. Default 200 × 50. */
  columns?: number;
  rows?: number;
  /** How long the UI may take to show its input prompt. Default 30 s. */
  startTimeoutMs?: number;
}

export interface WaitForScreenOptions {
  /** Default 60 s. */
  timeoutMs?: number;
  /** The screen must stay unchanged this long (the UI is idle). Default 600 ms. */
  stableMs?: number;
}

/** The real `claude` in its interactive terminal UI, in a detached tmux session on a private tmux server. */
export interface TmuxClaude {
  readonly home: ClaudeHome;
  /** The visible screen, wrapped lines joined. */
  screen(): Promise<string>;
  /** Types `text` and presses Enter. */
  submit(text: string): Promise<void>;
  /** Waits until `ready(screen)` holds and the screen is still; returns that screen. Throws with the screen on timeout. */
  waitFor(ready: (screen: string) => boolean, options?: WaitForScreenOptions): Promise<string>;
  /** Ends the session with `/exit` (bounded), then removes the tmux server and, when made here, the home. */
  close(): Promise<void>;
}

/** Whether a `tmux` binary is on PATH. */
export async function tmuxAvailable(): Promise<boolean> {
  try {
    await run('tmux', ['-V']);
    return true;
  } catch {
    return false;
  }
}

/**
 * First-start screens of the interactive UI, answered in the config dir beforehand: onboarding and theme, the
 * "use this API key?" question (approved by the key's last 20 characters), and the folder trust dialog.
 */
async function preseedConfig(home: ClaudeHome, apiKey: string): Promise<void> {
  const file = join(home.configDir, '.claude.json');
  let config: Record<string, unknown> = {};
  try {
    config = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  } catch {
    config = {};
  }
  const projects = (config.projects ?? {}) as Record<string, Record<string, unknown>>;
  projects[home.cwd] = {
    ...(projects[home.cwd] ?? {}),
    hasTrustDialogAccepted: true,
    hasCompletedProjectOnboarding: true,
  };
  await writeFile(
    file,
    JSON.stringify({
      ...config,
      hasCompletedOnboarding: true,
      theme: 'dark',
      numStartups: Math.max(1, Number(config.numStartups ?? 0)),
      customApiKeyResponses: { approved: [apiKey.slice(-20)], rejected: [] },
      projects,
    }),
  );
}

/** The input prompt line of an idle UI: `❯` at the start of a line. */
const INPUT_PROMPT = /^❯ ?/m;

/**
 * Starts the real `claude` binary interactively in a detached tmux session (a private server, `tmux -L`),
 * with an isolated config dir pre-seeded past the first-start screens, and waits for its input prompt.
 */
export async function startTmuxClaude(options: TmuxClaudeOptions): Promise<TmuxClaude> {
  const ownHome = !options.home;
  const home = options.home ?? (await createClaudeHome('glassbox-tmux-'));
  const { CI: _ci, ...env } = claudeEnv(home, options.apiUrl, {
    TERM: 'xterm-256color',
    ...options.env,
  });
  await preseedConfig(home, env.ANTHROPIC_API_KEY ?? '');
  const args: string[] = ['--permission-mode', 'default'];
  for (const dir of options.pluginDirs ?? []) args.push('--plugin-dir', dir);
  if (options.settings) {
    const file = join(home.root, `settings-${Date.now()}-${Math.random().toString(36).slice(2)}.json`);
    await writeFile(file, JSON.stringify(options.settings));
    args.push('--settings', file);
  }
  if (options.allowedTools?.length) args.push('--allowedTools', options.allowedTools.join(','));
  args.push(...(options.args ?? []));

  const server = `glassbox-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  const tmux = (tmuxArgs: string[], timeout = 10_000) =>
    run('tmux', ['-L', server, ...tmuxArgs], { timeout, env: { PATH: env.PATH ?? '/usr/bin:/bin' } });
  // `env -i`: the tmux server's own environment does not reach Claude Code.
  const envArgs = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  await tmux([
    'new-session',
    '-d',
    '-s',
    'claude',
    '-x',
    String(options.columns ?? 200),
    '-y',
    String(options.rows ?? 50),
    '-c',
    home.cwd,
    'env',
    '-i',
    ...envArgs,
    claudeBinary(),
    ...args,
  ]);

  const screen = async (): Promise<string> =>
    (await tmux(['capture-pane', '-p', '-J', '-t', 'claude'])).stdout;

  const waitFor = async (
    ready: (text: string) => boolean,
    wait: WaitForScreenOptions = {},
  ): Promise<string> => {
    const deadline = Date.now() + (wait.timeoutMs ?? 60_000);
    const stableMs = wait.stableMs ?? 600;
    let last = '';
    let since = Date.now();
    for (;;) {
      const text = await screen().catch(() => last);
      if (text !== last) {
        last = text;
        since = Date.now();
      }
      if (ready(text) && Date.now() - since >= stableMs) return text;
      if (Date.now() > deadline) throw new Error(`timed out waiting for the screen; it shows:\n${text}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const close = async (): Promise<void> => {
    try {
      await tmux(['send-keys', '-t', 'claude', '-l', '/exit']);
      await tmux(['send-keys', '-t', 'claude', 'Enter']);
      const deadline = Date.now() + 5_000;
      while (Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        if (
          !(await tmux(['has-session', '-t', 'claude']).then(
            () => true,
            () => false,
          ))
        )
          break;
      }
    } catch {
      // The session is gone already.
    }
    await tmux(['kill-server']).catch(() => undefined);
    if (ownHome) await home.cleanup();
  };

  const session: TmuxClaude = {
    home,
    screen,
    submit: async (text) => {
      await tmux(['send-keys', '-t', 'claude', '-l', text]);
      // Typed text is echoed before Enter counts as a submit, not as part of a paste.
      await new Promise((r) => setTimeout(r, 300));
      await tmux(['send-keys', '-t', 'claude', 'Enter']);
    },
    waitFor,
    close,
  };
  try {
    await waitFor((text) => INPUT_PROMPT.test(text), { timeoutMs: options.startTimeoutMs ?? 30_000 });
  } catch (error) {
    await close();
    throw error;
  }
  return session;
}
