import { execFile, spawn } from 'node:child_process';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createServer as createTcpServer, type Socket, type Server as TcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLUGIN_DIR } from './e2e-helpers.js';

const HOOKS = join(PLUGIN_DIR, 'hooks');
const NOTIFY = join(HOOKS, 'notify.sh');
const CANARY = 'CANARY-7f3a91';

const hmac = (key: Buffer, text: string | Buffer): string =>
  createHmac('sha256', key).update(text).digest('hex');
const sha256 = (body: string | Buffer): string => createHash('sha256').update(body).digest('hex');

interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly signed: boolean;
  /** A request left as a file (`x-glassbox-drop`): what came on the wire, and the file's mode. */
  readonly dropped?: { readonly wire: string; readonly mode: number };
}

/**
 * A server that speaks the channel contract with node:crypto (or forges its replies with `forge`). Given the home,
 * it takes a request left there as a file, as the agent does (read, removed), and leaves its answer in replies/.
 */
async function contractServer(
  key: Buffer,
  answer: (req: Received) => { body: unknown; forge?: boolean; delayMs?: number },
  dropHome?: string,
): Promise<{ server: Server; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const wire = Buffer.concat(chunks);
      const h = req.headers;
      const drop = typeof h['x-glassbox-drop'] === 'string' && dropHome ? h['x-glassbox-drop'] : undefined;
      const file = drop ? join(dropHome!, 'requests', drop) : undefined;
      const body = file && existsSync(file) ? readFileSync(file) : wire;
      const mode = file && existsSync(file) ? statSync(file).mode & 0o777 : 0;
      if (file) rmSync(file, { force: true });
      const text = `GB1\n${req.method}\n${req.url}\n${h['x-glassbox-ts']}\n${h['x-glassbox-nonce']}\n${sha256(body)}`;
      const r: Received = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: h,
        body: body.toString('utf8'),
        signed: hmac(key, text) === h['x-glassbox-sig'],
        ...(drop ? { dropped: { wire: wire.toString('utf8'), mode } } : {}),
      };
      received.push(r);
      const { body: out, forge, delayMs = 0 } = answer(r);
      const outText = JSON.stringify(out);
      if (drop && dropHome) writeFileSync(join(dropHome, 'replies', drop), outText, { mode: 0o600 });
      const sig = hmac(
        forge ? randomBytes(32) : key,
        `GB1-reply\n${h['x-glassbox-nonce']}\n200\n${sha256(outText)}`,
      );
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json', 'x-glassbox-sig': sig });
        res.end(outText);
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { server, port, received };
}

/** Runs notify.sh with `input` on stdin; resolves to its exit code, stdout, stderr and wall time. */
function notify(
  home: string,
  input: string,
  env: Record<string, string> = {},
  /** hooks.json's arguments after the script (the event name), and how long stdin stays open after the input. */
  options: { args?: string[]; holdStdinMs?: number } = {},
): Promise<{ code: number | null; stdout: string; stderr: string; ms: number; endedAt: number }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('bash', [NOTIFY, ...(options.args ?? [])], {
      env: { PATH: process.env.PATH ?? '', HOME: home, GLASSBOX_HOME: home, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('close', (code) => {
      const endedAt = performance.now();
      resolve({ code, stdout, stderr, ms: endedAt - started, endedAt });
    });
    if (options.holdStdinMs) {
      child.stdin.write(input);
      setTimeout(() => child.stdin.end(), options.holdStdinMs).unref();
    } else child.stdin.end(input);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const close = (server: Server | TcpServer): Promise<unknown> =>
  new Promise((resolve) => server.close(resolve));

describe('hooks/glassbox-channel.sh HMAC-SHA256 (bash and sha256sum)', () => {
  it('should equal node:crypto on random keys and messages, keys whose bytes XOR the pads to 0x00 included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'glassbox-hmac-'));
    try {
      const cases: Array<{ key: Buffer; message: Buffer }> = [];
      for (let i = 0; i < 60; i++) {
        const key = randomBytes(32);
        // Bytes 0x36 and 0x5c XOR ipad/opad to 0x00, which printf must still emit.
        if (i % 3 === 0) key.fill(0x36, 0, 16);
        if (i % 3 === 1) key.fill(0x5c, 8, 32);
        // Any bytes but NUL (a bash string cannot hold one): newlines, %, backslashes, UTF-8, high bytes.
        const message = Buffer.from(
          [...randomBytes(i * 7)].map((b) => b || 1).concat(i % 2 ? [...Buffer.from('%s\\x00\n\\\n')] : []),
        );
        cases.push({ key, message });
        await writeFile(join(dir, `${i}.key`), `${key.toString('hex')}\n`, { mode: 0o600 });
        await writeFile(join(dir, `${i}.msg`), message);
      }
      const script = `source ${JSON.stringify(join(HOOKS, 'glassbox-channel.sh'))}
gb_home=${JSON.stringify(dir)}
for ((i = 0; i < ${cases.length}; i++)); do
  cp "$gb_home/$i.key" "$gb_home/agent.key"; chmod 600 "$gb_home/agent.key"
  gb_load_key || { echo fail; continue; }
  IFS= read -r -d '' m <"$gb_home/$i.msg"
  gb_hmac "$m"; echo "$gb_digest"
done`;
      const { stdout } = await promisify(execFile)('bash', ['-c', script], {
        timeout: 120_000,
        env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8' },
      });
      const got = stdout.trim().split('\n');
      expect(got).toEqual(cases.map((c) => hmac(c.key, c.message)));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 150_000);
});

describe('hooks/notify.sh (every settings hook but SessionStart)', () => {
  let home: string;
  let key: Buffer;

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), 'glassbox-notify-'));
    await chmod(home, 0o700);
    key = randomBytes(32);
    await writeFile(join(home, 'agent.key'), `${key.toString('hex')}\n`, { mode: 0o600 });
  });

  afterAll(async () => {
    await rm(home, { recursive: true, force: true });
  });

  const endpoint = (port: number): Promise<void> =>
    writeFile(join(home, 'agent.endpoint'), `port=${port}\npid=1\nstarted=1\nplugin=glassbox-lite\n`);

  const message = `Done. "quoted" \\ back\nslash ${CANARY} é`;
  const stop = JSON.stringify({
    session_id: 'sess-1',
    transcript_path: '/home/u/.claude/projects/p/sess-1.jsonl',
    cwd: '/home/u/project',
    permission_mode: 'default',
    hook_event_name: 'Stop',
    prompt_id: 'p-1',
    stop_hook_active: false,
    // A message posing as fields: escaped quotes inside a string never match an anchored key.
    last_assistant_message: `${message} ,"session_id":"evil","hook_event_name":"UserPromptSubmit"`,
  });

  it('should send only ids and shapes, signed, and print a verified Stop summary', async () => {
    const { server, port, received } = await contractServer(key, () => ({
      body: { systemMessage: 'turn: $0.01 "2 calls"' },
    }));
    try {
      await endpoint(port);
      const out = await notify(home, stop);
      expect(out).toMatchObject({ code: 0, stderr: '' });
      expect(out.stdout).toBe('{"systemMessage":"turn: $0.01 \\"2 calls\\""}\n');
      expect(received).toHaveLength(1);
      const r = received[0]!;
      expect(r).toMatchObject({ method: 'POST', url: '/v1/hooks', signed: true });
      expect(r.headers.host).toBe(`127.0.0.1:${port}`);
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['x-glassbox-nonce']).toMatch(/^[0-9a-f]{32}$/);
      expect(Math.abs(Number(r.headers['x-glassbox-ts']) - Date.now())).toBeLessThan(10_000);
      expect(r.body).not.toContain(CANARY);
      expect(JSON.parse(r.body)).toEqual({
        session_id: 'sess-1',
        hook_event_name: 'Stop',
        transcript_path: '/home/u/.claude/projects/p/sess-1.jsonl',
        cwd: '/home/u/project',
        prompt_id: 'p-1',
        stop_hook_active: false,
      });
    } finally {
      await close(server);
    }
  });

  it('should read a long Stop or prompt to its fields only and take as long as a short one; other events whole', async () => {
    const { server, port, received } = await contractServer(key, () => ({ body: { systemMessage: 'ok' } }));
    try {
      await endpoint(port);
      const timed = async (input: string) => {
        const out = await notify(home, input);
        expect(out).toMatchObject({ code: 0, stdout: '{"systemMessage":"ok"}\n', stderr: '' });
        return out.ms;
      };
      // A 2 MB reply with quotes, backslashes and posing fields, then Claude Code's fields after it.
      const long = `${'a "b" \\ é ,"session_id":"evil" '.repeat(60_000)}end`;
      const longStop = `${JSON.stringify({ ...JSON.parse(stop), last_assistant_message: long, background_tasks: [] })}\n`;
      const shortMs: number[] = [];
      const longMs: number[] = [];
      for (let i = 0; i < 3; i++) {
        shortMs.push(await timed(stop));
        longMs.push(await timed(longStop));
      }
      const bodies = received.map((r) => JSON.parse(r.body));
      expect(bodies[1]).toEqual(bodies[0]);
      expect(bodies[1]).toMatchObject({ session_id: 'sess-1', prompt_id: 'p-1', stop_hook_active: false });
      // Parsing all of it took ~2 s here; reading it into bash whole ~0.1 s.
      expect(Math.min(...longMs)).toBeLessThan(Math.min(...shortMs) + 1000);
      // A pasted 2 MB prompt: UserPromptSubmit's fields come before it too (2.1.332's order), read in the same time.
      received.length = 0;
      const prompt = (text: string) =>
        JSON.stringify({
          session_id: 's4',
          transcript_path: '/home/u/.claude/projects/p/s4.jsonl',
          cwd: '/home/u/project',
          prompt_id: 'p-4',
          permission_mode: 'default',
          hook_event_name: 'UserPromptSubmit',
          prompt: text,
        });
      const shortPrompt = await notify(home, prompt('hi'));
      const longPrompt = await notify(home, prompt(long));
      expect([shortPrompt.code, longPrompt.code, longPrompt.stdout, longPrompt.stderr]).toEqual([
        0,
        0,
        '',
        '',
      ]);
      expect(longPrompt.ms).toBeLessThan(shortPrompt.ms + 1000);
      await expect.poll(() => received.length).toBe(2);
      expect(JSON.parse(received[1]!.body)).toEqual(JSON.parse(received[0]!.body));
      expect(JSON.parse(received[1]!.body)).toMatchObject({ session_id: 's4', prompt_id: 'p-4' });
      // An event nothing is cut from: its fields after a long input still count.
      received.length = 0;
      const denied = await notify(
        home,
        JSON.stringify({
          session_id: 's3',
          hook_event_name: 'PermissionDenied',
          tool_input: { command: 'x'.repeat(20_000) },
          tool_name: 'Bash',
          tool_use_id: 'toolu_9',
        }),
      );
      expect(denied.code).toBe(0);
      await expect.poll(() => received.length).toBe(1);
      expect(JSON.parse(received[0]!.body)).toMatchObject({ tool_name: 'Bash', tool_use_id: 'toolu_9' });
    } finally {
      await close(server);
    }
  });

  it('should wait GLASSBOX_HOOK_WAIT_SECONDS for a slow agent where set, and its 0.45 s for any malformed value', async () => {
    // The reply comes 1 s after the request: never within 0.45 s, whatever the machine's load.
    const { server, port } = await contractServer(key, () => ({
      body: { systemMessage: 'slow summary' },
      delayMs: 1000,
    }));
    try {
      await endpoint(port);
      const patient = await notify(home, stop, { GLASSBOX_HOOK_WAIT_SECONDS: '4' });
      expect(patient).toMatchObject({ code: 0, stdout: '{"systemMessage":"slow summary"}\n', stderr: '' });
      for (const wait of [undefined, 'abc', '12', '-1', '1.5s']) {
        const out = await notify(home, stop, wait === undefined ? {} : { GLASSBOX_HOOK_WAIT_SECONDS: wait });
        expect(out, `GLASSBOX_HOOK_WAIT_SECONDS=${wait}`).toMatchObject({ code: 0, stdout: '', stderr: '' });
      }
    } finally {
      await close(server);
    }
  });

  it('should not wait for the Stop reply with turnSummary off and no budget, and still send the hook', async () => {
    const { server, port, received } = await contractServer(key, () => ({
      body: { systemMessage: 'not asked for' },
    }));
    try {
      await endpoint(port);
      for (const off of ['false', 'FALSE', '0', 'no']) {
        const out = await notify(home, stop, { CLAUDE_PLUGIN_OPTION_TURNSUMMARY: off });
        expect(out).toMatchObject({ code: 0, stdout: '', stderr: '' });
      }
      // A budget's warning rides on the same reply: with one set, Stop still waits.
      const budget = await notify(home, stop, {
        CLAUDE_PLUGIN_OPTION_TURNSUMMARY: 'false',
        CLAUDE_PLUGIN_OPTION_BUDGETDAILYUSD: '5',
      });
      expect(budget.stdout).toBe('{"systemMessage":"not asked for"}\n');
      // Sent from the background, signed, the same body as with the summary on.
      await expect.poll(() => received.length, { timeout: 10_000 }).toBe(5);
      for (const r of received) {
        expect(r).toMatchObject({ method: 'POST', url: '/v1/hooks', signed: true });
        expect(JSON.parse(r.body)).toMatchObject({ hook_event_name: 'Stop', prompt_id: 'p-1' });
        expect(r.body).not.toContain(CANARY);
      }
    } finally {
      await close(server);
    }
  });

  it('should, given an event nothing waits for as its argument, return before reading stdin and send from the background', async () => {
    const { server, port, received } = await contractServer(key, () => ({
      body: { systemMessage: 'unused' },
    }));
    const prompt = JSON.stringify({
      session_id: 'sess-1',
      hook_event_name: 'UserPromptSubmit',
      prompt_id: 'p-2',
      prompt: CANARY,
    });
    try {
      await endpoint(port);
      // Stdin stays open 3 s after the input: a hook that read it (cat waits for its end) would take that long.
      const out = await notify(home, prompt, {}, { args: ['UserPromptSubmit'], holdStdinMs: 3000 });
      expect(out).toMatchObject({ code: 0, stdout: '', stderr: '' });
      expect(out.ms).toBeLessThan(2900);
      await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
      expect(received[0]).toMatchObject({ method: 'POST', url: '/v1/hooks', signed: true });
      expect(JSON.parse(received[0]!.body)).toEqual({
        session_id: 'sess-1',
        hook_event_name: 'UserPromptSubmit',
        prompt_id: 'p-2',
      });
      // With an enforced budget the same event waits for the agent's word, as without the argument.
      const enforced = await notify(
        home,
        prompt,
        { CLAUDE_PLUGIN_OPTION_BUDGETENFORCE: 'true', CLAUDE_PLUGIN_OPTION_BUDGETDAILYUSD: '5' },
        { args: ['UserPromptSubmit'], holdStdinMs: 300 },
      );
      expect(enforced).toMatchObject({ code: 0, stdout: '' });
      expect(enforced.ms).toBeGreaterThanOrEqual(300);
      expect(received).toHaveLength(2);
      // Stop with its summary on keeps waiting for it.
      const stopOut = await notify(home, stop, {}, { args: ['Stop'] });
      expect(stopOut.stdout).toBe('{"systemMessage":"unused"}\n');
    } finally {
      await close(server);
    }
  });

  it('should send no prompt, tool input or denied reason text, and print nothing for other events', async () => {
    const { server, port, received } = await contractServer(key, () => ({
      body: { systemMessage: 'x', decision: 'block', reason: 'r' },
    }));
    try {
      await endpoint(port);
      const prompt = await notify(
        home,
        JSON.stringify({
          session_id: 's2',
          hook_event_name: 'UserPromptSubmit',
          prompt_id: 'p2',
          prompt: `${CANARY} {"session_id":"evil"}`,
        }),
      );
      await expect.poll(() => received.length).toBe(1);
      const denied = await notify(
        home,
        JSON.stringify({
          session_id: 's2',
          hook_event_name: 'PermissionDenied',
          tool_name: 'Bash',
          tool_input: { command: `echo ${CANARY}`, nested: { tool_use_id: 'fake', reason: 'fake' } },
          tool_use_id: 'toolu_1',
          reason: 'denied by rule',
        }),
      );
      expect([prompt.stdout, denied.stdout, prompt.stderr, denied.stderr]).toEqual(['', '', '', '']);
      // These hooks do not wait for the reply: their request may land just after they exit.
      await expect.poll(() => received.length).toBe(2);
      expect(received.map((r) => JSON.parse(r.body))).toEqual([
        { session_id: 's2', hook_event_name: 'UserPromptSubmit', prompt_id: 'p2' },
        {
          session_id: 's2',
          hook_event_name: 'PermissionDenied',
          tool_name: 'Bash',
          tool_use_id: 'toolu_1',
          reason: 'denied by rule',
        },
      ]);
      expect(received.every((r) => r.signed && !r.body.includes(CANARY))).toBe(true);
    } finally {
      await close(server);
    }
  });

  it('should ignore a reply it cannot verify, and any Stop answer but a systemMessage', async () => {
    const forged = await contractServer(key, () => ({ body: { systemMessage: 'forged' }, forge: true }));
    const decision = await contractServer(key, () => ({ body: { decision: 'block', reason: 'again' } }));
    try {
      await endpoint(forged.port);
      expect(await notify(home, stop)).toMatchObject({ code: 0, stdout: '', stderr: '' });
      await endpoint(decision.port);
      expect(await notify(home, stop)).toMatchObject({ code: 0, stdout: '', stderr: '' });
      expect(forged.received).toHaveLength(1);
      expect(decision.received).toHaveLength(1);
    } finally {
      await close(forged.server);
      await close(decision.server);
    }
  });

  it("should take the agent's answer from its drop under the request's nonce, no other, and remove it", async () => {
    const replies = join(home, 'replies');
    await mkdir(replies, { mode: 0o700, recursive: true });
    // Replies whose signatures do not verify: only the drop in the 0700 home can make the hook print.
    const ours = await contractServer(key, (r) => {
      writeFileSync(
        join(replies, String(r.headers['x-glassbox-nonce'])),
        '{"systemMessage":"from the drop"}',
      );
      return { body: { systemMessage: 'unsigned' }, forge: true };
    });
    const other = await contractServer(key, () => {
      writeFileSync(join(replies, 'f'.repeat(32)), '{"systemMessage":"another nonce"}');
      return { body: { systemMessage: 'unsigned' }, forge: true };
    });
    try {
      await endpoint(ours.port);
      expect(await notify(home, stop)).toMatchObject({
        code: 0,
        stdout: '{"systemMessage":"from the drop"}\n',
        stderr: '',
      });
      await endpoint(other.port);
      expect(await notify(home, stop)).toMatchObject({ code: 0, stdout: '', stderr: '' });
      // The taken drop goes in the background after the hook's exit; the other nonce's stays.
      for (let i = 0; i < 100 && (await readdir(replies)).length > 1; i++) await sleep(20);
      expect(await readdir(replies)).toEqual(['f'.repeat(32)]);
    } finally {
      await close(ours.server);
      await close(other.server);
      await rm(replies, { recursive: true, force: true });
    }
  });

  it("should leave a hook's request in the home's requests/ (0600; only its nonce on the wire), and clean up", async () => {
    await mkdir(join(home, 'requests'), { mode: 0o700 });
    await mkdir(join(home, 'replies'), { mode: 0o700, recursive: true });
    const { server, port, received } = await contractServer(
      key,
      () => ({ body: { systemMessage: 'via the home' }, forge: true }),
      home,
    );
    try {
      await endpoint(port);
      // The reply's signature does not verify: only the answer the server left in replies/ can make Stop print.
      expect(await notify(home, stop)).toMatchObject({
        code: 0,
        stdout: '{"systemMessage":"via the home"}\n',
      });
      const r = received[0]!;
      expect(r.dropped).toEqual({ wire: '', mode: 0o600 });
      expect(r.headers['x-glassbox-sig']).toBeUndefined();
      expect(r.headers['x-glassbox-drop']).toMatch(/^[0-9a-f]{32}$/);
      expect(Math.abs(Number(r.headers['x-glassbox-ts']) - Date.now())).toBeLessThan(10_000);
      expect(JSON.parse(r.body)).toMatchObject({
        session_id: 'sess-1',
        hook_event_name: 'Stop',
        prompt_id: 'p-1',
      });
      expect(r.body).not.toContain(CANARY);
      // Nothing listening: the request the agent never took goes with the hook's sender.
      await endpoint(1);
      expect(await notify(home, stop)).toMatchObject({ code: 0, stdout: '', stderr: '' });
      await expect.poll(async () => readdir(join(home, 'requests')), { timeout: 10_000 }).toEqual([]);
      await expect.poll(async () => readdir(join(home, 'replies')), { timeout: 10_000 }).toEqual([]);
    } finally {
      await close(server);
      await rm(join(home, 'requests'), { recursive: true, force: true });
      await rm(join(home, 'replies'), { recursive: true, force: true });
    }
  });

  it('should stop a prompt only on a verified block, and only with an enforced budget', async () => {
    const enforced = { CLAUDE_PLUGIN_OPTION_BUDGETENFORCE: 'true', CLAUDE_PLUGIN_OPTION_BUDGETDAILYUSD: '5' };
    const prompt = JSON.stringify({ session_id: 's4', hook_event_name: 'UserPromptSubmit', prompt_id: 'p4' });
    const reason = 'Glassbox stopped this prompt: the daily budget is used up ($5.10 of $5.00 "today").';
    const block = await contractServer(key, () => ({ body: { decision: 'block', reason } }));
    const forged = await contractServer(key, () => ({ body: { decision: 'block', reason }, forge: true }));
    const other = await contractServer(key, () => ({ body: { decision: 'block', reason, continue: false } }));
    try {
      await endpoint(block.port);
      const stopped = await notify(home, prompt, enforced);
      expect(stopped).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(stopped.stdout)).toEqual({ decision: 'block', reason });
      expect(JSON.parse(block.received[0]!.body)).toEqual({
        session_id: 's4',
        hook_event_name: 'UserPromptSubmit',
        prompt_id: 'p4',
      });
      // Not enforced, or enforced with every limit 0 (the defaults): no wait, nothing printed.
      for (const env of [
        {},
        { ...enforced, CLAUDE_PLUGIN_OPTION_BUDGETENFORCE: 'false' },
        { ...enforced, CLAUDE_PLUGIN_OPTION_BUDGETDAILYUSD: '0' },
      ])
        expect(await notify(home, prompt, env)).toMatchObject({ code: 0, stdout: '', stderr: '' });
      // Their sends (from the background, which reads agent.endpoint) are in before the endpoint moves.
      await expect.poll(() => block.received.length, { timeout: 10_000 }).toBe(4);
      // A reply that does not verify, or says anything but a block and its reason, lets the prompt through.
      for (const server of [forged, other]) {
        await endpoint(server.port);
        expect(await notify(home, prompt, enforced)).toMatchObject({ code: 0, stdout: '', stderr: '' });
        expect(server.received).toHaveLength(1);
      }
      // Nothing listening: through.
      await endpoint(1);
      expect(await notify(home, prompt, enforced)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    } finally {
      for (const s of [block, forged, other]) await close(s.server);
    }
  });

  it('should send nothing for malformed input, and exit 0 with no agent at all', async () => {
    const { server, port, received } = await contractServer(key, () => ({ body: {} }));
    try {
      await endpoint(port);
      for (const input of [
        '',
        'not json',
        '{"hook_event_name":"Stop"}',
        '{"session_id":"../x","hook_event_name":"Stop"}',
        '[1]',
      ]) {
        expect(await notify(home, input)).toMatchObject({ code: 0, stdout: '', stderr: '' });
      }
      expect(received).toHaveLength(0);
    } finally {
      await close(server);
    }
    expect(await notify(home, stop)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    // The scratch files sha256sum read (they held the key's pads) are gone once the hooks are done.
    await expect
      .poll(async () => (await readdir(home)).filter((f) => f.startsWith('.hash.')), { timeout: 10_000 })
      .toEqual([]);
  });

  it('should give up on a listener that accepts and never answers after its 0.45 s bound, not hang', async () => {
    const sockets: Socket[] = [];
    const acceptedAt: number[] = [];
    const hung = createTcpServer((s) => {
      acceptedAt.push(performance.now());
      sockets.push(s);
    });
    await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
    try {
      await endpoint((hung.address() as { port: number }).port);
      // The fastest of three runs: the machine's load adds noise to some.
      const run = async (event: string, env: Record<string, string> = {}) => {
        const outs = [];
        for (let i = 0; i < 3; i++) {
          const out = await notify(home, JSON.stringify({ session_id: 's3', hook_event_name: event }), env);
          expect(out).toMatchObject({ code: 0, stdout: '', stderr: '' });
          outs.push(out);
        }
        return outs;
      };
      const prompts = await run('UserPromptSubmit');
      await expect.poll(() => sockets.length).toBe(3);
      const stops = await run('Stop');
      await expect.poll(() => sockets.length).toBe(6);
      // Stop waits for a reply from the moment its connection is accepted: at most its 0.45 s bound, then it exits
      // (its signing before the connection costs the same whatever listens, and nothing in the wait depends on it).
      const stopWaits = stops.map((out, i) => out.endedAt - acceptedAt[3 + i]!);
      // With an enforced budget UserPromptSubmit waits too, at most its 0.45 s bound, and lets the prompt through.
      const enforced = await run('UserPromptSubmit', {
        CLAUDE_PLUGIN_OPTION_BUDGETENFORCE: 'true',
        CLAUDE_PLUGIN_OPTION_BUDGETMONTHLYUSD: '100',
      });
      await expect.poll(() => sockets.length).toBe(9);
      const enforcedWaits = enforced.map((out, i) => out.endedAt - acceptedAt[6 + i]!);
      // UserPromptSubmit does not wait at all: the same with nothing on the port.
      await endpoint(1);
      const quiet = await run('UserPromptSubmit');
      const fastest = (xs: number[]): number => Math.min(...xs);
      process.stdout.write(
        `notify.sh: Stop waited ${Math.round(fastest(stopWaits))} ms on a hung listener, UserPromptSubmit with an enforced budget ${Math.round(fastest(enforcedWaits))} ms; UserPromptSubmit ${Math.round(fastest(prompts.map((o) => o.ms)))} ms (hung) / ${Math.round(fastest(quiet.map((o) => o.ms)))} ms (nothing listening)\n`,
      );
      // The bound is the hook's own 0.45 s timer; on a loaded machine the exit after it comes late (563 ms seen at
      // load 21), so this asserts "bounded, not hung" with room; the cost itself is measured by bench/hook-cost.mjs.
      const BOUNDED_MS = 1500;
      expect(fastest(stopWaits)).toBeLessThan(BOUNDED_MS);
      expect(fastest(enforcedWaits)).toBeLessThan(BOUNDED_MS);
      expect(fastest(prompts.map((o) => o.ms)) - fastest(quiet.map((o) => o.ms))).toBeLessThan(BOUNDED_MS);
    } finally {
      for (const s of sockets) s.destroy();
      await close(hung);
    }
  });

  it('should be the same script in every plugin', async () => {
    const plugins = (await readdir(join(PLUGIN_DIR, '..'), { withFileTypes: true }))
      // Plugin folders (a manifest), not plugins/shared/hooks, the source they are generated from.
      .filter((d) => d.isDirectory() && existsSync(join(PLUGIN_DIR, '..', d.name, 'bundle.json')))
      .map((d) => d.name);
    expect(plugins.length).toBeGreaterThanOrEqual(4);
    // ensure-agent.sh differs only in the plugin's name, rank and configuration variables.
    const own = (text: string): string =>
      text.replace(/^(plugin|rank)=.*$/gm, '').replace(/^# The configuration:[\s\S]*?^key=""$/m, '');
    for (const plugin of plugins) {
      const hooks = join(PLUGIN_DIR, '..', plugin, 'hooks');
      for (const file of ['notify.sh', 'glassbox-channel.sh']) {
        expect(await readFile(join(hooks, file), 'utf8'), `${plugin}/hooks/${file}`).toBe(
          await readFile(join(HOOKS, file), 'utf8'),
        );
      }
      expect(
        own(await readFile(join(hooks, 'ensure-agent.sh'), 'utf8')),
        `${plugin}/hooks/ensure-agent.sh`,
      ).toBe(own(await readFile(join(HOOKS, 'ensure-agent.sh'), 'utf8')));
    }
  });
});
