// Generates a Claude Code config dir of real-format transcripts (the record shapes Claude Code 2.1.332 writes):
// one assistant record per content block sharing message.id + requestId, tool_result user records, api-request
// and cost-state records, subagent files under <session>/subagents/. Deterministic for a given seed.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

const MODELS = [
  'claude-opus-4-6',
  'claude-sonnet-4-5-20250929',
  'claude-haiku-4-5-20251001',
  'claude-opus-4-5-20251101',
];
const TOOLS = ['Bash', 'Read', 'Edit', 'Grep', 'Glob', 'Write'];

/** Small deterministic PRNG (mulberry32). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function uuid(rand) {
  const h = () =>
    Math.floor(rand() * 0x10000)
      .toString(16)
      .padStart(4, '0');
  return `${h()}${h()}-${h()}-4${h().slice(1)}-a${h().slice(1)}-${h()}${h()}${h()}`;
}

const FILLER =
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore '.repeat(
    40,
  );

function text(rand, min, max) {
  const n = Math.floor(min + rand() * (max - min));
  let out = '';
  while (out.length < n) out += FILLER;
  return out.slice(0, n);
}

/** A model no price table knows: its cost is unknown, or the legacy `costUSD` a line carries. */
export const UNKNOWN_MODEL = 'claude-imaginary-9-9';

/**
 * Writes sessions until the total size reaches `targetBytes`. Returns { files, bytes, sessions, responses }.
 *
 * `rare: true` turns on the cases a real history holds now and then (the default sequence stays the same
 * without it): a legacy `costUSD` on some lines, fast mode, long-context requests, sessions of a model without a
 * price, an Agent call with its subagent file (some lost), a sidechain replay of a parent message under a new
 * request id, and sessions resumed days later in the same file. `hoursBetweenSessions` spreads sessions over
 * more days (default 5).
 * @param {{ outDir: string, targetBytes: number, seed?: number, startDate?: string, projects?: number,
 *   rare?: boolean, hoursBetweenSessions?: number }} options
 */
export function generateTranscripts({
  outDir,
  targetBytes,
  seed = 42,
  startDate = '2026-10-01',
  projects = 8,
  rare = false,
  hoursBetweenSessions = 5,
}) {
  const rand = prng(seed);
  let bytes = 0;
  let sessions = 0;
  let responses = 0;
  const files = [];
  const t0 = Date.parse(`${startDate}T08:00:00.000Z`);
  while (bytes < targetBytes) {
    const project = `-home-user-work-project-${sessions % projects}`;
    const dir = join(outDir, 'projects', project);
    mkdirSync(dir, { recursive: true });
    const sessionId = uuid(rand);
    const path = join(dir, `${sessionId}.jsonl`);
    let time = t0 + sessions * 3_600_000 * hoursBetweenSessions + Math.floor(rand() * 3_600_000);
    const fd = openSync(path, 'w');
    const write = (record) => {
      const line = `${JSON.stringify(record)}\n`;
      writeSync(fd, line);
      bytes += Buffer.byteLength(line);
    };
    const ts = () => new Date((time += 50 + Math.floor(rand() * 2000))).toISOString();
    const base = {
      sessionId,
      version: '2.1.332',
      cwd: `/home/user/work/${project}`,
      gitBranch: 'main',
      userType: 'external',
      entrypoint: 'cli',
    };
    let model = MODELS[Math.floor(rand() * MODELS.length)];
    if (rare && rand() < 0.06) model = UNKNOWN_MODEL;
    const turns = 1 + Math.floor(rand() * 6);
    // Resumed sessions go on in the same file two days later.
    const resumeAt = rare && turns > 1 && rand() < 0.15 ? 1 + Math.floor(rand() * (turns - 1)) : -1;
    let parent = null;
    const total = { in: 0, out: 0, cr: 0, cw: 0 };
    for (let turn = 0; turn < turns && bytes < targetBytes; turn++) {
      if (turn === resumeAt) time += 2 * 86_400_000;
      const promptId = uuid(rand);
      const userUuid = uuid(rand);
      write({
        ...base,
        parentUuid: parent,
        isSidechain: false,
        promptId,
        type: 'user',
        message: { role: 'user', content: text(rand, 40, 400) },
        uuid: userUuid,
        timestamp: ts(),
      });
      parent = userUuid;
      const steps = 1 + Math.floor(rand() * 12);
      for (let step = 0; step < steps; step++) {
        const last = step === steps - 1;
        const requestRef = uuid(rand);
        write({
          type: 'api-request',
          sessionId,
          id: requestRef,
          timestamp: ts(),
          version: '2.1.332',
          querySource: 'sdk',
          params: { model, max_tokens: 64000 },
        });
        const messageId = `msg_${uuid(rand).replace(/-/g, '')}`;
        const requestId = `req_${uuid(rand).replace(/-/g, '')}`;
        const w1h = rand() < 0.3 ? Math.floor(rand() * 20000) : 0;
        const w5m = Math.floor(rand() * 5000);
        const usage = {
          input_tokens: 1 + Math.floor(rand() * 50),
          cache_creation_input_tokens: w5m + w1h,
          cache_read_input_tokens: Math.floor(rand() * 150000),
          output_tokens: 1 + Math.floor(rand() * 2000),
          server_tool_use: { web_search_requests: 0, web_fetch_requests: 0 },
          service_tier: 'standard',
          cache_creation: { ephemeral_1h_input_tokens: w1h, ephemeral_5m_input_tokens: w5m },
          inference_geo: '',
          speed: 'standard',
        };
        let recordedCost;
        if (rare) {
          if (model === 'claude-opus-4-6' && rand() < 0.2) usage.speed = 'fast';
          if (rand() < 0.05) usage.input_tokens += 210_000;
          if (rand() < (model === UNKNOWN_MODEL ? 0.5 : 0.08)) recordedCost = Math.round(rand() * 1e6) / 1e6;
        }
        total.in += usage.input_tokens;
        total.out += usage.output_tokens;
        total.cr += usage.cache_read_input_tokens;
        total.cw += usage.cache_creation_input_tokens;
        responses++;
        const blocks = [{ type: 'text', text: text(rand, 20, 600) }];
        const toolIds = [];
        const agents = new Map();
        if (!last) {
          const parallel = 1 + Math.floor(rand() * 3);
          for (let i = 0; i < parallel; i++) {
            const id = `toolu_${uuid(rand).replace(/-/g, '').slice(0, 24)}`;
            toolIds.push(id);
            const agent = rare && rand() < 0.1;
            if (agent) agents.set(id, `a${uuid(rand).replace(/-/g, '').slice(0, 16)}`);
            blocks.push({
              type: 'tool_use',
              id,
              name: agent ? 'Agent' : TOOLS[Math.floor(rand() * TOOLS.length)],
              input: agent
                ? { description: 'look around', prompt: text(rand, 10, 200) }
                : { command: text(rand, 10, 200) },
            });
          }
        }
        const stopReason = last ? 'end_turn' : 'tool_use';
        blocks.forEach((block, i) => {
          const u = uuid(rand);
          // Streaming writes early blocks with a placeholder output count; the last block has the final one.
          const blockUsage = i === blocks.length - 1 ? usage : { ...usage, output_tokens: 1 };
          write({
            ...base,
            parentUuid: parent,
            isSidechain: false,
            message: {
              id: messageId,
              type: 'message',
              role: 'assistant',
              model,
              content: [block],
              stop_reason: stopReason,
              stop_sequence: null,
              usage: blockUsage,
            },
            requestId,
            requestRef,
            type: 'assistant',
            uuid: u,
            timestamp: ts(),
            ...(recordedCost !== undefined ? { costUSD: recordedCost } : {}),
          });
          parent = u;
        });
        for (const [toolUseId, agentId] of agents) {
          const sub = writeSubagent({
            rand,
            dir,
            sessionId,
            agentId,
            base,
            model,
            time,
            replayOf: { messageId, model, usage },
          });
          time = sub.time;
          responses += sub.responses;
          if (sub.lost) responses -= sub.responses;
          else bytes += sub.bytes;
          agents.set(toolUseId, agentId);
        }
        for (const id of toolIds) {
          const u = uuid(rand);
          const isError = rand() < 0.08;
          write({
            ...base,
            parentUuid: parent,
            isSidechain: false,
            promptId,
            type: 'user',
            message: {
              role: 'user',
              content: [
                { tool_use_id: id, type: 'tool_result', content: text(rand, 50, 6000), is_error: isError },
              ],
            },
            uuid: u,
            timestamp: ts(),
            toolUseResult: agents.has(id)
              ? { status: 'completed', agentId: agents.get(id), content: [{ type: 'text', text: 'done' }] }
              : isError
                ? 'Error: exit code 1'
                : { stdout: 'ok', stderr: '', interrupted: false },
          });
          parent = u;
        }
      }
    }
    closeSync(fd);
    files.push(path);
    sessions++;
  }
  return { files, bytes, sessions, responses };
}

/**
 * Writes one subagent file (`<session>/subagents/agent-<id>.jsonl`): one or two responses of its own, and in one
 * case out of four a sidechain replay of the parent's message under a new request id (counted once: ccusage#913).
 * One file in four is "lost" (not written), as when Claude Code's cleanup removed it.
 */
function writeSubagent({ rand, dir, sessionId, agentId, base, model, time, replayOf }) {
  const lost = rand() < 0.25;
  const lines = [];
  const ts = () => new Date((time += 50 + Math.floor(rand() * 2000))).toISOString();
  const sub = { ...base, isSidechain: true, agentId };
  lines.push({
    ...sub,
    parentUuid: null,
    type: 'user',
    message: { role: 'user', content: 'look around' },
    uuid: uuid(rand),
    timestamp: ts(),
  });
  if (rand() < 0.25) {
    lines.push({
      ...sub,
      parentUuid: null,
      message: {
        id: replayOf.messageId,
        type: 'message',
        role: 'assistant',
        model: replayOf.model,
        content: [{ type: 'text', text: 'replayed' }],
        stop_reason: 'end_turn',
        stop_sequence: null,
        usage: replayOf.usage,
      },
      requestId: `req_${uuid(rand).replace(/-/g, '')}`,
      type: 'assistant',
      uuid: uuid(rand),
      timestamp: ts(),
    });
  }
  const own = 1 + Math.floor(rand() * 2);
  for (let i = 0; i < own; i++) {
    const usage = {
      input_tokens: 1 + Math.floor(rand() * 50),
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: Math.floor(rand() * 20000),
      output_tokens: 1 + Math.floor(rand() * 500),
      service_tier: 'standard',
    };
    lines.push({
      ...sub,
      parentUuid: null,
      message: {
        id: `msg_${uuid(rand).replace(/-/g, '')}`,
        type: 'message',
        role: 'assistant',
        model,
        content: [{ type: 'text', text: text(rand, 20, 300) }],
        stop_reason: 'end_turn',
        stop_sequence: null,
        usage,
      },
      requestId: `req_${uuid(rand).replace(/-/g, '')}`,
      type: 'assistant',
      uuid: uuid(rand),
      timestamp: ts(),
    });
  }
  const body = lines.map((l) => `${JSON.stringify(l)}\n`).join('');
  if (!lost) {
    const subDir = join(dir, sessionId, 'subagents');
    mkdirSync(subDir, { recursive: true });
    writeFileSync(join(subDir, `agent-${agentId}.jsonl`), body);
  }
  return { time, responses: own, bytes: Buffer.byteLength(body), lost };
}

/** Appends one more session to an existing set (for "re-run after one new session" measurements). */
export function addOneSession({ outDir, seed = 4242, date = '2026-12-01' }) {
  return generateTranscripts({ outDir, targetBytes: 1, seed, startDate: date, projects: 1 });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir, mb = '100', ...flags] = process.argv.slice(2);
  if (!outDir) {
    console.error('usage: node bench/lib/generate-transcripts.mjs <out-config-dir> [size-MB]');
    process.exit(2);
  }
  const r = generateTranscripts({
    outDir,
    targetBytes: Number(mb) * 1024 * 1024,
    rare: flags.includes('--rare'),
  });
  console.log(
    `${r.sessions} sessions, ${r.responses} API responses, ${(r.bytes / 1048576).toFixed(1)} MB in ${outDir}`,
  );
}
