import {
  type CaptureEvent,
  type HookInput,
  redactSecrets,
  stripEventContent,
  stripHookContent,
} from '@glassbox/core';

export interface ContentPolicy {
  /** The agent's own `captureContent`: it decides, whatever a mod or hook was configured with. */
  readonly captureContent: boolean;
  /** The per-install key of the keyed hashes (`hash.key` in the data directory). */
  readonly hashKey: string;
}

/**
 * The one place content is decided, before anything is spooled: without content capture a hook payload keeps only
 * ids, codes, numbers and shapes; with it, secrets are redacted. So the spool, the trace files, the logs and every
 * exporter see the same cleaned value.
 */
export function hookForSpool(input: HookInput, policy: ContentPolicy): HookInput {
  return policy.captureContent ? redactSecrets(input) : stripHookContent(input, policy.hashKey);
}

/** The same for a mod event. */
export function modEventForSpool(event: CaptureEvent, policy: ContentPolicy): CaptureEvent {
  return policy.captureContent ? redactSecrets(event) : stripEventContent(event, policy.hashKey);
}
