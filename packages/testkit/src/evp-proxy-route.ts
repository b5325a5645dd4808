import type { IncomingHttpHeaders } from 'node:http';

/**
 * What the Datadog Agent's EVP proxy (`/evp_proxy/v1` … `/v4`) does with a request before an intake sees it, as the
 * public datadog-agent source describes it (pkg/trace/api/evp_proxy.go): the target is
 * `https://<X-Datadog-EVP-Subdomain>.<site><path>`; the subdomain must be set and made of letters, digits and
 * `_-.`, the path of letters, digits and `/_-+`; only `Content-Type`, `User-Agent` and `DD-CI-PROVIDER-NAME` are
 * forwarded (so no `Content-Encoding`: a gzip'd body reaches the intake as bytes it cannot read), the Agent adds
 * its own `DD-API-KEY`, `Via` and `X-Datadog-Hostname`; bodies over `evp_proxy_config.max_payload_size` (10 MB by
 * default) fail. A refused request is answered 502 by the proxy, the intake's answer is passed back as it is.
 */
export interface EvpForward {
  /** `https://http-intake.logs.datadoghq.com/api/v2/logs` */
  readonly target: string;
  readonly subdomain: string;
  /** The intake path (`/api/v2/logs`). */
  readonly path: string;
  /** The headers the intake receives, lower-case. */
  readonly headers: Readonly<Record<string, string>>;
}

export const EVP_PROXY_PREFIX = /^\/evp_proxy\/v[1-4](\/.*)$/;
/** `evp_proxy_config.max_payload_size`'s default. */
export const EVP_MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
/** The emulated Agent's own API key and site (what it adds when forwarding). */
export const EMULATED_AGENT_API_KEY = 'emulated-agent-key';
export const EMULATED_AGENT_SITE = 'datadoghq.com';

const FORWARDED = ['content-type', 'user-agent', 'dd-ci-provider-name'] as const;

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Where the EVP proxy would forward a request to `/evp_proxy/vN<path>`, and with which headers; or the proxy's own
 * refusal (502 with its message). `path` is the part after `/evp_proxy/vN`.
 */
export function routeEvpRequest(
  path: string,
  query: string,
  headers: IncomingHttpHeaders,
  bodyBytes: number,
): EvpForward | { readonly refused: string } {
  const subdomain = header(headers, 'x-datadog-evp-subdomain') ?? '';
  if (subdomain === '') return { refused: 'EVPProxy: no subdomain specified' };
  if (!/^[A-Za-z0-9_.-]+$/.test(subdomain)) return { refused: `EVPProxy: invalid subdomain: ${subdomain}` };
  if (!/^[A-Za-z0-9/_+-]*$/.test(path)) return { refused: `EVPProxy: invalid target path: ${path}` };
  if (!/^[A-Za-z0-9/_+@?&=.:"-]*$/.test(query))
    return { refused: `EVPProxy: invalid query string: ${query}` };
  if (bodyBytes > EVP_MAX_PAYLOAD_BYTES) return { refused: 'EVPProxy: request body too large' };
  const forwarded: Record<string, string> = {};
  for (const name of FORWARDED) {
    const value = header(headers, name);
    if (value) forwarded[name] = value;
  }
  forwarded.via = 'trace-agent 7.60.0';
  forwarded['x-datadog-hostname'] = 'emulated-host';
  forwarded['dd-api-key'] = EMULATED_AGENT_API_KEY;
  return {
    target: `https://${subdomain}.${EMULATED_AGENT_SITE}${path}${query ? `?${query}` : ''}`,
    subdomain,
    path,
    headers: forwarded,
  };
}
