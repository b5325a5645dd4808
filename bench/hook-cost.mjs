// What the plugin's settings hooks cost by themselves, outside Claude Code: each hook script (SessionStart's
// ensure-agent.sh with the agent already running, notify.sh for UserPromptSubmit, Stop and SessionEnd) run as
// Claude Code runs it (`bash <script>`, the hook input on stdin), timed from spawn until its output closes (what
// Claude Code waits for), against the user's running agent. With --base <plugin dir> the same for another build
// of the plugin (e.g. `git archive <commit> plugins/glassbox-lite | tar -x -C <dir>`), alternated in each round.
// Also counted once per hook under strace: the processes it forks and the programs it execs, including its
// background work (a count the machine's load does not change, unlike the times).
//
// --env KEY=VALUE (repeatable) sets a variable for the current build only, e.g. a plugin option against the same
// build without it (`--base plugins/glassbox-lite --env CLAUDE_PLUGIN_OPTION_BUDGETENFORCE=true …`).
//
//   node bench/hook-cost.mjs [--rounds 15] [--base <plugin dir>] [--env KEY=VALUE]… [--out hook-cost.json (under bench/results/)]
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readAgentKey } from '@glassbox/agent';
import { requestAgent } from '@glassbox/core';
import { shippedFiles } from '../scripts/plugin-manifest.mjs';
import { freePort, gitDescribe, machineInfo, median } from './lib/bench-utils.mjs';
import { turnLines } from './lib/turn-lines.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const PLUGIN = join(dirname(here), 'plugins/glassbox-lite');
const FIXTURE = readFileSync(join(dirname(here), 'packages/agent/src/__fixtures__/two-tools.jsonl'), 'utf8');
const FIXTURE_SESSION = 'a47a450d-d36d-4623-8aed-a6a3f6fad8b7';
const SESSION = 'b0000000-0000-4000-8000-000000000001';
const promptId = (n) => `c0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '15' },
    base: { type: 'string' },
    env: { type: 'string', multiple: true, default: [] },
    out: { type: 'string', default: 'hook-cost.json' },
  },
});
const rounds = Math.max(1, Number(args.rounds));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A plugin install of its own: the shipped files, a home, a data dir, a port; its agent started by its script. */
async function setUp(name, from, extraEnv = {}) {
  const root = mkdtempSync(join(tmpdir(), `glassbox-hook-cost-${name}-`));
  const plugin = join(root, 'plugin');
  for (const file of shippedFiles(PLUGIN)) {
    try {
      cpSync(join(from, file), join(plugin, file));
    } catch {
      // a file this build does not have
    }
  }
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: root,
    CLAUDE_PLUGIN_ROOT: plugin,
    CLAUDE_PLUGIN_DATA: join(root, 'data'),
    CLAUDE_PLUGIN_OPTION_AGENTPORT: String(port),
    CLAUDE_PLUGIN_OPTION_EXPORTERS: 'file',
    ...extraEnv,
  };
  const home = join(root, '.claude', 'glassbox');
  const transcript = join(root, '.claude', 'projects', 'p', `${SESSION}.jsonl`);
  mkdirSync(dirname(transcript), { recursive: true });
  // A real session's transcript; each round adds its turn (prompt, then the answer before Stop), as Claude Code does.
  writeFileSync(transcript, FIXTURE.replaceAll(FIXTURE_SESSION, SESSION));
  const v = { name, root, plugin, env, home, port, transcript };
  await runHook(v, 'ensure-agent.sh', '');
  for (let i = 0; i < 200 && !(await health(v)); i++) await sleep(25);
  if (!(await health(v))) throw new Error(`${name}: the agent did not start`);
  return v;
}

async function health(v) {
  const key = await readAgentKey(v.home).catch(() => undefined);
  if (!key) return undefined;
  let text = '';
  try {
    text = readFileSync(join(v.home, 'agent.endpoint'), 'utf8');
  } catch {
    // not listening yet
  }
  const port = Number(/^port=(\d+)$/m.exec(text)?.[1] ?? v.port);
  const reply = await requestAgent({ port, key, path: '/v1/health', timeoutMs: 1000 });
  return reply?.verified && reply.status === 200 ? reply.json : undefined;
}

/** Runs one hook script; resolves to the ms from spawn until its stdout and stderr closed. */
function runHook(v, script, input) {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn('bash', [join(v.plugin, 'hooks', script)], { env: v.env });
    child.stdout.resume();
    child.stderr.resume();
    child.on('close', () => resolve(performance.now() - t0));
    // SessionStart's script does not read its input: it may be gone before the write.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input);
  });
}

const inputs = (v, n) => ({
  UserPromptSubmit: JSON.stringify({
    session_id: SESSION,
    transcript_path: v.transcript,
    cwd: v.root,
    hook_event_name: 'UserPromptSubmit',
    prompt_id: promptId(n),
    prompt: 'run the tests',
  }),
  Stop: JSON.stringify({
    session_id: SESSION,
    transcript_path: v.transcript,
    cwd: v.root,
    hook_event_name: 'Stop',
    prompt_id: promptId(n),
    stop_hook_active: false,
    last_assistant_message: 'All done: the tests pass.',
  }),
  SessionEnd: JSON.stringify({
    session_id: SESSION,
    transcript_path: v.transcript,
    cwd: v.root,
    hook_event_name: 'SessionEnd',
    reason: 'other',
  }),
});

/** One hook under strace -f: processes forked and programs exec'd by it and everything it started. */
function processCounts(v, script, input) {
  const log = join(v.root, 'strace.log');
  execFileSync(
    'strace',
    [
      '-f',
      '-qq',
      '-e',
      'trace=execve,clone,clone3,fork,vfork',
      '-o',
      log,
      'bash',
      join(v.plugin, 'hooks', script),
    ],
    { env: v.env, input, stdio: ['pipe', 'ignore', 'ignore'] },
  );
  const lines = readFileSync(log, 'utf8').split('\n');
  const execs = lines
    .filter((l) => /execve\(/.test(l) && !/= -1/.test(l))
    .map((l) => /execve\("([^"]+)"/.exec(l)?.[1]);
  return {
    forks: lines.filter((l) => /\b(clone3?|v?fork)\(/.test(l) && !/= -1/.test(l)).length,
    // The first execve is bash itself.
    execs: execs.slice(1).map((p) => basename(p ?? '?')),
  };
}

const HOOKS = [
  ['SessionStart', 'ensure-agent.sh'],
  ['UserPromptSubmit', 'notify.sh'],
  ['Stop', 'notify.sh'],
  ['SessionEnd', 'notify.sh'],
];

async function main() {
  const extraEnv = Object.fromEntries(
    args.env.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  );
  const variants = [await setUp('current', PLUGIN, extraEnv)];
  if (args.base) variants.push(await setUp('base', args.base));
  const times = Object.fromEntries(
    variants.map((v) => [v.name, Object.fromEntries(HOOKS.map(([h]) => [h, []]))]),
  );
  try {
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 === 0 ? variants : [...variants].reverse();
      for (const v of order) {
        const input = inputs(v, i);
        const lines = turnLines(FIXTURE, SESSION, promptId(i), i + 1, Date.now());
        for (const [hook, script] of HOOKS) {
          if (hook === 'UserPromptSubmit') appendFileSync(v.transcript, lines.user);
          if (hook === 'Stop') appendFileSync(v.transcript, lines.assistant);
          times[v.name][hook].push(await runHook(v, script, input[hook] ?? ''));
        }
        // The background senders of the hooks that do not wait finish before the next round.
        await sleep(50);
      }
    }
    const counts = {};
    for (const v of variants) {
      counts[v.name] = {};
      const lines = turnLines(FIXTURE, SESSION, promptId(rounds), rounds + 1, Date.now());
      for (const [hook, script] of HOOKS) {
        if (hook === 'UserPromptSubmit') appendFileSync(v.transcript, lines.user);
        if (hook === 'Stop') appendFileSync(v.transcript, lines.assistant);
        counts[v.name][hook] = processCounts(v, script, inputs(v, rounds)[hook] ?? '');
      }
      if (!(await health(v))) throw new Error(`${v.name}: the agent is gone after the run`);
    }
    const r1 = (x) => Number(x.toFixed(1));
    const results = {
      benchmark: 'hook-cost',
      date: new Date().toISOString(),
      machine: machineInfo(),
      subjectCommit: gitDescribe('plugins/glassbox-lite/hooks'),
      ...(args.base ? { base: args.base } : {}),
      ...(args.env.length > 0 ? { currentEnv: args.env } : {}),
      rounds,
      medianMs: Object.fromEntries(
        variants.map((v) => [
          v.name,
          Object.fromEntries(HOOKS.map(([h]) => [h, r1(median(times[v.name][h]))])),
        ]),
      ),
      processes: counts,
      runs: times,
    };
    console.log('hook              variant   median ms   forks   execs');
    for (const [hook] of HOOKS)
      for (const v of variants) {
        const c = counts[v.name][hook];
        console.log(
          `${hook.padEnd(17)} ${v.name.padEnd(8)} ${String(results.medianMs[v.name][hook]).padStart(10)} ${String(c.forks).padStart(7)}   ${c.execs.length} (${[...new Set(c.execs)].join(', ')})`,
        );
      }
    mkdirSync(join(here, 'results'), { recursive: true });
    writeFileSync(join(here, 'results', basename(args.out)), `${JSON.stringify(results, null, 2)}\n`);
    console.log(`Wrote bench/results/${basename(args.out)}`);
  } finally {
    for (const v of variants) {
      const h = await health(v).catch(() => undefined);
      if (h?.pid) {
        try {
          process.kill(h.pid, 'SIGTERM');
        } catch {
          // gone
        }
      }
      await sleep(200);
      rmSync(v.root, { recursive: true, force: true });
    }
  }
}

await main();
