import {
  AGENT_ENDPOINT_FILE,
  AGENT_KEY_FILE,
  agentHomeOf,
  CHANNEL_HEADER_SIG,
  parseAgentEndpoint,
  parseAgentKey,
  signAgentRequest,
  verifyAgentReply,
} from '@glassbox/spec';
import type { HttpInit, HttpResponse } from './mod-host.js';

/** What the mod needs to talk to the agent: the key (never sent) and the port. */
export interface ModChannel {
  readonly key: Uint8Array;
  readonly port: number;
}

/** Where the key and `agent.endpoint` are, from the literal environment reads of `register.ts`. */
export function channelFiles(env: {
  GLASSBOX_HOME?: string | undefined;
  CLAUDE_CONFIG_DIR?: string | undefined;
  HOME?: string | undefined;
}): { keyPath: string; endpointPath: string } | undefined {
  const home = agentHomeOf(env);
  return home
    ? { keyPath: `${home}/${AGENT_KEY_FILE}`, endpointPath: `${home}/${AGENT_ENDPOINT_FILE}` }
    : undefined;
}

/** The channel from the two files' text; the port falls back to the configured `agentPort`. */
export function channelOf(
  keyText: unknown,
  endpointText: unknown,
  fallbackPort: number,
): ModChannel | undefined {
  const key = typeof keyText === 'string' ? parseAgentKey(keyText) : undefined;
  if (!key) return undefined;
  const endpoint = typeof endpointText === 'string' ? parseAgentEndpoint(endpointText) : undefined;
  return { key, port: endpoint?.port ?? fallbackPort };
}

/** Nonce bytes: `crypto.getRandomValues` (present in the mod's environment), else a weaker fallback (a nonce only has to be unique). */
function fillRandom(bytes: Uint8Array): void {
  try {
    crypto.getRandomValues(bytes);
    return;
  } catch {
    // below
  }
  for (let i = 0; i < bytes.length; i++)
    bytes[i] = Math.floor(Math.random() * 256) ^ ((Date.now() >> (i % 8)) & 255);
}

export interface SignedCall {
  readonly url: string;
  readonly init: HttpInit;
  readonly nonce: string;
}

/** A signed request for `$.http.fetch`. */
export function signedCall(
  channel: ModChannel,
  method: 'GET' | 'POST',
  path: string,
  body: string | undefined,
  nowMs: number,
): SignedCall {
  const signed = signAgentRequest({
    key: channel.key,
    method,
    path,
    body: body ?? '',
    nowMs,
    random: fillRandom,
  });
  return {
    url: `http://127.0.0.1:${channel.port}${path}`,
    nonce: signed.nonce,
    init: {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...signed.headers },
      ...(body !== undefined ? { body } : {}),
    },
  };
}

/** Whether a reply comes from the key's agent (anything else is treated as no agent). */
export function replyVerified(channel: ModChannel, call: SignedCall, res: HttpResponse): boolean {
  const sig = res.headers?.[CHANNEL_HEADER_SIG];
  return verifyAgentReply(
    channel.key,
    call.nonce,
    res.status,
    res.text ?? '',
    typeof sig === 'string' ? sig : undefined,
  );
}
