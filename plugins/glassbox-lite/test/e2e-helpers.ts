import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readAgentKey } from '@glassbox/agent';
import { requestAgent } from '@glassbox/core';
import { type FakeAnthropicApi, type MessagesRequestBody, startFakeAnthropicApi } from '@glassbox/testkit';
import { shippedFiles } from '../../../scripts/plugin-manifest.mjs';

export const PLUGIN_DIR = join(import.meta.dirname, '..');
/** The repository root: also the marketplace (`.claude-plugin/marketplace.json` lists `./plugins/<name>`). */
const REPO_DIR = join(PLUGIN_DIR, '..', '..');
const DEFAULT_PORT = '127.0.0.1:47821';
const SHIPPED_FILES = shippedFiles(PLUGIN_DIR);

export { freePort } from '@glassbox/testkit';

/**
 * For tests that read the turn summary or an enforced budget's block: the hooks wait up to 5 s for the agent instead
 * of 0.45 s, so a loaded CI machine (a cold agent reconciling at load 20) still answers in time. What is checked is
 * the answer; how long a silent listener can hold a turn is the hostile-port test's and bench/hook-cost.mjs's to say.
 */
export const PATIENT_HOOKS_ENV: Readonly<Record<string, string>> = { GLASSBOX_HOOK_WAIT_SECONDS: '5' };

/**
 * A copy of the shipped plugin whose http hooks call `port` instead of the fixed 47821 (hook URLs cannot be
 * configured: Claude Code rejects `${user_config.*}` and env references in them), so tests never touch a real
 * agent. `withoutModules` removes the mod, as where mods cannot load.
 */
export async function copyPlugin(
  dest: string,
  port: number,
  options: { withoutModules?: boolean } = {},
): Promise<string> {
  await rm(dest, { recursive: true, force: true });
  for (const file of SHIPPED_FILES) await cp(join(PLUGIN_DIR, file), join(dest, file));
  await retargetHooks(join(dest, 'hooks', 'hooks.json'), port, options.withoutModules === true);
  return dest;
}

/** A copy of a plugin's shipped files (what Claude Code loads), as `--plugin-dir` takes it. */
export async function copyShippedPlugin(name: 'glassbox-lite' | 'glassbox', dest: string): Promise<string> {
  await rm(dest, { recursive: true, force: true });
  const dir = join(REPO_DIR, 'plugins', name);
  for (const file of shippedFiles(dir)) await cp(join(dir, file), join(dest, file));
  return dest;
}

/**
 * The marketplace as a user adds it, without the workspace around it (no node_modules can help the installed
 * plugin): `.claude-plugin/marketplace.json` and the shipped files of each plugin it lists by relative path.
 */
export async function copyMarketplace(dest: string): Promise<void> {
  const file = join(REPO_DIR, '.claude-plugin', 'marketplace.json');
  await cp(file, join(dest, '.claude-plugin', 'marketplace.json'));
  const { plugins } = JSON.parse(await readFile(file, 'utf8')) as { plugins: Array<{ source: unknown }> };
  for (const { source } of plugins) {
    if (typeof source !== 'string') continue;
    for (const shipped of shippedFiles(join(REPO_DIR, source)))
      await cp(join(REPO_DIR, source, shipped), join(dest, source, shipped));
  }
}

export async function retargetHooks(hooksJson: string, port: number, withoutModules = false): Promise<void> {
  const hooks = JSON.parse(
    (await readFile(hooksJson, 'utf8')).replaceAll(DEFAULT_PORT, `127.0.0.1:${port}`),
  ) as {
    modules?: string[];
  };
  if (withoutModules) delete hooks.modules;
  await writeFile(hooksJson, JSON.stringify(hooks, null, 2));
}

export interface AgentHealth {
  readonly pid: number;
  readonly port: number;
  readonly configHash: string;
}

/** Agent homes whose keys the helpers sign with (each test registers the home its sessions use). */
const agentHomes = new Set<string>();

/** Signs the helpers' requests with the key in `home` (`<CLAUDE_CONFIG_DIR>/glassbox` for a test's sessions). */
export function useAgentHome(home: string): void {
  agentHomes.add(home);
}

/** A signed GET to the agent on `port` whose reply verified under one of the registered homes' keys. */
async function signedGet(port: number, path: string): Promise<unknown> {
  for (const home of agentHomes) {
    const key = await readAgentKey(home).catch(() => undefined);
    if (!key) continue;
    const reply = await requestAgent({ port, key, path, timeoutMs: 2000 });
    if (reply?.verified && reply.status === 200) return reply.json;
  }
  return undefined;
}

export async function agentHealth(port: number): Promise<AgentHealth | undefined> {
  return (await signedGet(port, '/v1/health')) as AgentHealth | undefined;
}

export interface StatusSession {
  readonly sessionId: string;
  readonly ended: boolean;
  readonly modAlive: boolean;
  readonly costUsd?: number;
  readonly reconciles: number;
}

export interface AgentStatusView {
  readonly pid: number;
  readonly sessions: StatusSession[];
  readonly exporters: Array<{ name: string; pendingSpans: number; pendingLogs: number }>;
  readonly ignored: Record<string, number>;
  readonly spool: { replayed: number };
}

export async function agentStatus(port: number): Promise<AgentStatusView | undefined> {
  return (await signedGet(port, '/status')) as AgentStatusView | undefined;
}

export async function until<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  tries = 400,
): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await check().catch(() => undefined);
    if (value) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Stops the agent the SessionStart hook started (SIGTERM: it flushes). */
export async function stopAgent(port: number): Promise<void> {
  const health = await agentHealth(port);
  if (!health) return;
  try {
    process.kill(health.pid, 'SIGTERM');
  } catch {
    return;
  }
  // Until the process is gone (a stopping agent already stops answering /v1/health while it flushes).
  const gone = async (): Promise<boolean> => {
    try {
      process.kill(health.pid, 0);
      return false;
    } catch {
      return true;
    }
  };
  await until(gone, 'the agent to stop', 200).catch(() => {
    try {
      process.kill(health.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  });
}

/** One line of the file exporter's `glassbox.jsonl`. */
export interface FileLine {
  readonly event: string;
  readonly name?: string;
  readonly spanId?: string;
  readonly parentSpanId?: string;
  readonly status?: string;
  readonly toolUseId?: string;
  readonly attributes?: Record<string, unknown>;
}

export async function readFileExport(dir: string): Promise<FileLine[]> {
  const text = await readFile(join(dir, 'glassbox.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as FileLine);
}

export const spansNamed = (lines: readonly FileLine[], prefix: string): FileLine[] =>
  lines.filter((l) => l.event === 'span' && l.name?.startsWith(prefix));

/** Exported `execute_tool` spans by tool_use_id (an id seen twice keeps both, so duplicates show). */
export function toolSpans(lines: readonly FileLine[]): Map<string, FileLine[]> {
  const out = new Map<string, FileLine[]>();
  for (const span of spansNamed(lines, 'execute_tool ')) {
    const id = String(span.attributes?.['gen_ai.tool.call.id']);
    out.set(id, [...(out.get(id) ?? []), span]);
  }
  return out;
}

export function relativeDifference(a: number, b: number): number {
  return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), Number.MIN_VALUE);
}

/** The expanded text of the latest slash command in a request (`command` given: only that one), or ''. */
function commandExpansion(request: MessagesRequestBody | undefined, command?: string): string {
  const marker = command ? `<command-name>/${command}</command-name>` : '<command-name>';
  for (const message of [...(request?.messages ?? [])].reverse()) {
    if (message.role !== 'user' || !Array.isArray(message.content)) continue;
    const blocks = message.content as Array<{ text?: string }>;
    const at = blocks.findIndex((b) => b.text?.includes(marker));
    if (at >= 0) return blocks[at + 1]?.text ?? '';
  }
  return '';
}

/**
 * A fake Messages API standing in for the model after a plugin slash command: it answers with the command's
 * expanded text up to its instructions, i.e. the `!` line's output, as the real model is told to ("show it
 * exactly as printed"). Anything else (title requests…) gets "ok".
 */
export function startCommandEchoApi(): Promise<FakeAnthropicApi> {
  return startFakeAnthropicApi({
    responder: (request) => {
      const output = commandExpansion(request).split('\n\nAbove is the output of')[0]!.trim();
      return {
        content: [{ type: 'text', text: output || 'ok' }],
        usage: { input_tokens: 20, output_tokens: 5 },
      };
    },
  });
}

/** What the model was given for a slash command: the expanded text in the latest request that has it. */
export function commandTextSent(api: FakeAnthropicApi, command: string): string {
  for (const request of [...api.messageRequests()].reverse()) {
    const text = commandExpansion(request.body, command);
    if (text) return text;
  }
  return '';
}
