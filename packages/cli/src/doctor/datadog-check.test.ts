import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@glassbox/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryIo } from '../cli-io.js';
import { runCli } from '../run-cli.js';
import type { DoctorCheck } from './doctor-check.js';
import type { DoctorJson } from './run-doctor.js';

const API_KEY = 'dd0123456789abcdef0123456789abcd';

describe('doctor: glassbox-datadog', () => {
  let root: string;
  let configDir: string;
  let server: Server | undefined;
  const requests: Array<{ method?: string; url?: string; headers: IncomingHttpHeaders; body: string }> = [];

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'glassbox-doctor-dd-'));
    configDir = join(root, 'claude');
    await mkdir(configDir, { recursive: true });
    requests.length = 0;
  });

  afterEach(async () => {
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
    server = undefined;
    await rm(root, { recursive: true, force: true });
  });

  /** A stand-in Datadog Agent answering /info; every request is kept. */
  async function startAgent(endpoints = ['/v0.4/traces']): Promise<string> {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c));
      req.on('end', () => {
        requests.push({ method: req.method, url: req.url, headers: req.headers, body });
        res.setHeader('content-type', 'application/json');
        res.end(req.url === '/info' ? JSON.stringify({ version: '7.70.0', endpoints }) : '{}');
      });
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  }

  async function configure(options: Record<string, unknown>, secret?: string): Promise<void> {
    await writeFile(
      join(configDir, 'settings.json'),
      JSON.stringify({ pluginConfigs: { 'glassbox-datadog@glassbox': { options } } }),
    );
    await writeFile(
      join(configDir, '.credentials.json'),
      JSON.stringify({
        pluginSecrets: secret === undefined ? {} : { 'glassbox-datadog@glassbox': { datadogApiKey: secret } },
      }),
    );
  }

  async function datadogChecks(): Promise<{ checks: DoctorCheck[]; all: string }> {
    const io = memoryIo({ env: { HOME: root }, cwd: root });
    await runCli(['doctor', '--config-dir', configDir, '--json', '--port', '1'], io);
    const textIo = memoryIo({ env: { HOME: root }, cwd: root });
    await runCli(['doctor', '--config-dir', configDir, '--port', '1'], textIo);
    const json = JSON.parse(io.out()) as DoctorJson;
    return { checks: json.checks.filter((c) => c.name.startsWith('datadog')), all: io.out() + textIo.out() };
  }

  it('says nothing when glassbox-datadog is neither installed nor configured', async () => {
    expect((await datadogChecks()).checks).toEqual([]);
  });

  it('shows the settings, whether an API key is set (never its value), and that the Agent answers', async () => {
    const agentUrl = await startAgent();
    await configure(
      {
        datadogAgentUrl: agentUrl,
        datadogSite: 'datadoghq.eu',
        dogstatsdPort: 18125,
        service: 'svc',
        env: 'staging',
      },
      API_KEY,
    );
    const { checks, all } = await datadogChecks();
    expect(checks).toEqual([
      {
        name: 'datadog',
        level: 'ok',
        message: `glassbox-datadog@glassbox: site datadoghq.eu, Agent ${agentUrl}, DogStatsD port 18125, service svc, env staging, API key set`,
      },
      {
        name: 'datadog logs',
        level: 'ok',
        message:
          'logs (prompts, model and tool calls, audit records) go to the logs intake https://http-intake.logs.datadoghq.eu with the API key',
      },
      {
        name: 'datadog agent',
        level: 'ok',
        message: `the Datadog Agent at ${agentUrl} answers (version 7.70.0)`,
      },
    ]);
    expect(all).not.toContain(API_KEY);
    // Two doctor runs, one plain GET /info each: no body, no key, nothing of the user's.
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /info', 'GET /info']);
    for (const r of requests) {
      expect(r.body).toBe('');
      expect(JSON.stringify(r.headers)).not.toContain(API_KEY);
      expect(Object.keys(r.headers).filter((h) => h.startsWith('dd-') || h === 'authorization')).toEqual([]);
    }
  });

  it('warns when the Agent does not answer; agentless (a key and no Agent URL) probes nothing', async () => {
    const port = await freePort();
    await configure({ datadogAgentUrl: `http://127.0.0.1:${port}` });
    let { checks } = await datadogChecks();
    expect(checks[0]!.message).toContain('API key not set');
    expect(checks[1]).toMatchObject({
      name: 'datadog logs',
      level: 'info',
      message: 'logs are not sent to Datadog: no API key, and datadogLogsVia is not agent',
      fix: expect.stringMatching(/set datadogApiKey.*set datadogLogsVia to agent/),
    });
    expect(checks[2]).toMatchObject({
      name: 'datadog agent',
      level: 'warn',
      message: expect.stringContaining(`at http://127.0.0.1:${port} does not answer (ECONNREFUSED)`),
    });
    await configure({}, API_KEY);
    ({ checks } = await datadogChecks());
    expect(checks.map((c) => c.name)).toEqual(['datadog', 'datadog logs']);
    expect(checks[0]!.message).toBe(
      'glassbox-datadog@glassbox: site datadoghq.com, Agent none (agentless: an API key and no Agent URL), DogStatsD port 8125, service claude-code, env (none), API key set',
    );
  });

  it('says where logs go with datadogLogsVia, as the exporter decides, and whether the Agent has the EVP proxy they need', async () => {
    // Through the Agent: no API key needed; the Agent must list its EVP proxy.
    let agentUrl = await startAgent(['/v0.4/traces', '/evp_proxy/v2/']);
    await configure({ datadogAgentUrl: agentUrl, datadogLogsVia: 'agent' });
    let { checks } = await datadogChecks();
    expect(checks.slice(1)).toEqual([
      {
        name: 'datadog logs',
        level: 'ok',
        message: `logs (prompts, model and tool calls, audit records) go through the Datadog Agent's EVP proxy at ${agentUrl}, which forwards them to the logs intake of its own site with its own API key`,
      },
      {
        name: 'datadog agent',
        level: 'ok',
        message: `the Datadog Agent at ${agentUrl} answers (version 7.70.0)`,
      },
    ]);
    // An Agent without the EVP proxy (evp_proxy_config.enabled: false) refuses them.
    await new Promise((r) => server!.close(r));
    agentUrl = await startAgent(['/v0.4/traces']);
    await configure({ datadogAgentUrl: agentUrl, datadogLogsVia: 'agent' }, API_KEY);
    ({ checks } = await datadogChecks());
    expect(checks[1]).toMatchObject({ name: 'datadog logs', level: 'ok' });
    expect(checks[2]).toMatchObject({
      name: 'datadog agent',
      level: 'warn',
      message: expect.stringContaining('lists no EVP proxy'),
      fix: expect.stringContaining('evp_proxy_config.enabled'),
    });
    // Without an Agent (agentless), with no API key for the intake, or a value the exporter does not know: the
    // exporter refuses its configuration, so doctor warns.
    for (const [options, secret, text] of [
      [{ datadogLogsVia: 'agent' }, API_KEY, /datadogLogsVia is agent but there is no Agent/],
      [
        { datadogAgentUrl: agentUrl, datadogLogsVia: 'intake' },
        undefined,
        /datadogLogsVia is intake but no API key/,
      ],
      [
        { datadogAgentUrl: agentUrl, datadogLogsVia: 'evp' },
        API_KEY,
        /datadogLogsVia must be intake or agent, got "evp"/,
      ],
    ] as const) {
      await configure(options, secret);
      ({ checks } = await datadogChecks());
      expect(checks[1], JSON.stringify(options)).toMatchObject({
        name: 'datadog logs',
        level: 'warn',
        message: expect.stringMatching(text),
      });
    }
    // The intake named explicitly, with a key: as without the setting.
    await configure({ datadogAgentUrl: agentUrl, datadogLogsVia: 'intake' }, API_KEY);
    ({ checks } = await datadogChecks());
    expect(checks[1]).toMatchObject({
      level: 'ok',
      message: expect.stringContaining(
        'go to the logs intake https://http-intake.logs.datadoghq.com with the API key',
      ),
    });
  });
});
