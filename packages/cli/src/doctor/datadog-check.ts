// Doctor: glassbox-datadog's settings (site, Agent URL, DogStatsD port, service, env, whether an API key is set —
// never its value), where logs go (the logs intake or the Agent's EVP proxy, `datadogLogsVia`), and whether the
// Datadog Agent answers: a plain `GET /info` that carries nothing of the user's.
import type { DoctorCheck, DoctorCheckRun } from './doctor-check.js';
import { readInstalledBundles } from './installed-bundles.js';
import { glassboxPluginSettings } from './plugin-settings.js';

const PLUGIN = 'glassbox-datadog';
/** The plugin's defaults (its plugin.json userConfig, from exporter-datadog's option declarations). */
const DEFAULT_AGENT_URL = 'http://127.0.0.1:8126';
const DEFAULT_SITE = 'datadoghq.com';
const DEFAULT_DOGSTATSD_PORT = 8125;
const DEFAULT_SERVICE = 'claude-code';
const PROBE_TIMEOUT_MS = 1500;

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

/** GET `<agent>/info`: no body, no header of ours. The Agent answers its version and endpoints. */
async function probeAgent(agentUrl: string, logsViaAgent: boolean): Promise<DoctorCheck> {
  let url: URL;
  try {
    url = new URL('/info', agentUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(url.protocol);
  } catch {
    return {
      name: 'datadog agent',
      level: 'warn',
      message: `the Agent URL ${agentUrl} is not an http(s) URL`,
      fix: 'set datadogAgentUrl to the trace Agent, e.g. http://127.0.0.1:8126',
    };
  }
  try {
    const reply = await fetch(url, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS), redirect: 'manual' });
    const info = (await reply.json().catch(() => undefined)) as
      | { version?: unknown; endpoints?: unknown }
      | undefined;
    // Logs through the Agent need its EVP proxy, which /info lists unless evp_proxy_config.enabled is false.
    const endpoints = Array.isArray(info?.endpoints) ? (info.endpoints as unknown[]) : [];
    if (reply.ok && logsViaAgent && !endpoints.includes('/evp_proxy/v2/'))
      return {
        name: 'datadog agent',
        level: 'warn',
        message: `the Datadog Agent at ${url.origin} answers but lists no EVP proxy (/evp_proxy/v2/): it refuses the logs sent through it`,
        fix: "enable the Agent's EVP proxy (evp_proxy_config.enabled: true, the default since Agent 7.40), or set datadogLogsVia to intake with an API key",
      };
    return reply.ok
      ? {
          name: 'datadog agent',
          level: 'ok',
          message: `the Datadog Agent at ${url.origin} answers${typeof info?.version === 'string' ? ` (version ${info.version})` : ''}`,
        }
      : {
          name: 'datadog agent',
          level: 'warn',
          message: `${url.origin}/info answered HTTP ${reply.status}: not a Datadog trace Agent?`,
          fix: 'check datadogAgentUrl; the trace Agent listens on 8126 by default (apm_config.enabled)',
        };
  } catch (error) {
    return {
      name: 'datadog agent',
      level: 'warn',
      message: `the Datadog Agent at ${url.origin} does not answer (${(error as Error).name === 'TimeoutError' ? `no reply in ${PROBE_TIMEOUT_MS} ms` : ((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message)})`,
      fix: 'start the Datadog Agent (or fix datadogAgentUrl); spans and metrics wait in the spool and are sent when it is back',
    };
  }
}

export const datadogCheck: DoctorCheckRun = async ({ configDirs, ctx, status }) => {
  const settings = glassboxPluginSettings(configDirs).find((s) => s.plugin === PLUGIN);
  const installed = readInstalledBundles(configDirs, ctx.io.cwd).bundles.find((b) => b.plugin === PLUGIN);
  const running = status?.exporters?.some((e) => e.name === 'datadog') ?? false;
  if (!settings && !installed && !running) return undefined;
  const o = settings?.options ?? {};
  const apiKey = settings?.hasSecret('datadogApiKey');
  const agentUrl = text(o.datadogAgentUrl);
  const agentless = apiKey === true && agentUrl === undefined;
  const port = Number(o.dogstatsdPort) > 0 ? Number(o.dogstatsdPort) : DEFAULT_DOGSTATSD_PORT;
  const id = settings?.id ?? installed?.id ?? PLUGIN;
  const checks: DoctorCheck[] = [
    {
      name: 'datadog',
      level: 'ok',
      message:
        `${id}${installed && !installed.enabled ? ' (disabled)' : ''}: site ${text(o.datadogSite) ?? DEFAULT_SITE}, ` +
        `Agent ${agentless ? 'none (agentless: an API key and no Agent URL)' : (agentUrl ?? `${DEFAULT_AGENT_URL} (default)`)}, ` +
        `DogStatsD port ${port}, service ${text(o.service) ?? DEFAULT_SERVICE}, env ${text(o.env) ?? '(none)'}, ` +
        `API key ${apiKey === undefined ? 'unknown (not in .credentials.json: a keychain holds secrets here)' : apiKey ? 'set' : 'not set'}` +
        `${running ? '; the running agent exports to Datadog' : ''}`,
    },
  ];
  const logsVia = text(o.datadogLogsVia);
  checks.push(
    logsCheck({
      apiKey,
      logsVia,
      agentless,
      site: text(o.datadogSite) ?? DEFAULT_SITE,
      agentUrl: agentUrl ?? DEFAULT_AGENT_URL,
    }),
  );
  if (!agentless) checks.push(await probeAgent(agentUrl ?? DEFAULT_AGENT_URL, logsVia === 'agent'));
  return checks;
};

interface LogsRoute {
  readonly apiKey: boolean | undefined;
  /** `datadogLogsVia` as set: `intake`, `agent`, or undefined (the intake with an API key). */
  readonly logsVia: string | undefined;
  readonly agentless: boolean;
  readonly site: string;
  readonly agentUrl: string;
}

/**
 * Where logs go, as the exporter decides (resolveDatadogConfig): `datadogLogsVia: agent` through the Agent's EVP
 * proxy (no API key here: the Agent adds its own), else the logs intake with the API key; without either, none go.
 */
function logsCheck({ apiKey, logsVia, agentless, site, agentUrl }: LogsRoute): DoctorCheck {
  const intake = `https://http-intake.logs.${site}`;
  if (logsVia !== undefined && logsVia !== 'intake' && logsVia !== 'agent')
    return {
      name: 'datadog logs',
      level: 'warn',
      message: `datadogLogsVia must be intake or agent, got ${JSON.stringify(logsVia)}: the Datadog exporter refuses its configuration and sends nothing`,
      fix: 'set datadogLogsVia to intake (the logs intake, with the API key), agent (the Datadog Agent), or leave it empty',
    };
  if (logsVia === 'agent')
    return agentless
      ? {
          name: 'datadog logs',
          level: 'warn',
          message:
            'datadogLogsVia is agent but there is no Agent (an API key and no Agent URL is agentless): the Datadog exporter refuses its configuration and sends nothing',
          fix: 'set datadogAgentUrl to your Datadog Agent, or set datadogLogsVia to intake',
        }
      : {
          name: 'datadog logs',
          level: 'ok',
          message: `logs (prompts, model and tool calls, audit records) go through the Datadog Agent's EVP proxy at ${agentUrl}, which forwards them to the logs intake of its own site with its own API key`,
        };
  if (logsVia === 'intake' && apiKey === false)
    return {
      name: 'datadog logs',
      level: 'warn',
      message:
        'datadogLogsVia is intake but no API key is set: the Datadog exporter refuses its configuration and sends nothing',
      fix: 'set datadogApiKey, or set datadogLogsVia to agent to send logs through the Datadog Agent',
    };
  if (apiKey === true)
    return {
      name: 'datadog logs',
      level: 'ok',
      message: `logs (prompts, model and tool calls, audit records) go to the logs intake ${intake} with the API key`,
    };
  return {
    name: 'datadog logs',
    level: 'info',
    message:
      apiKey === false
        ? 'logs are not sent to Datadog: no API key, and datadogLogsVia is not agent'
        : `logs go to the logs intake ${intake} only if an API key is set (not readable here)`,
    fix: "set datadogApiKey to send them to the logs intake (traces still go through the Agent), set datadogLogsVia to agent to send them through the Agent's EVP proxy, or have the Agent tail the file exporter's glassbox.jsonl (logs_config type: file, source: glassbox)",
  };
}
