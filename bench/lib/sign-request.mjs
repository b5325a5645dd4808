import { createHash, createHmac, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The channel key the agent created in its home (`<CLAUDE_CONFIG_DIR>/glassbox/agent.key`), once it listens. */
export function readChannelKey(claudeConfigDir) {
  return Buffer.from(readFileSync(join(claudeConfigDir, 'glassbox', 'agent.key'), 'utf8').trim(), 'hex');
}

/** The agent's request headers (@glassbox/spec's channel protocol), signed with node:crypto as the agent checks. */
export function signedHeaders(key, method, path, text = '') {
  const ts = String(Date.now());
  const nonce = randomBytes(16).toString('hex');
  const digest = createHash('sha256').update(text).digest('hex');
  const sig = createHmac('sha256', key)
    .update(`GB1\n${method}\n${path}\n${ts}\n${nonce}\n${digest}`)
    .digest('hex');
  return { 'x-glassbox-ts': ts, 'x-glassbox-nonce': nonce, 'x-glassbox-sig': sig };
}
