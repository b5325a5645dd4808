import type { ExporterOptionSpec } from '@glassbox/spec';

/** The audit exporter's options, with the variables that set them (the agent and the plugins read these). */
export const exporterOptionSpecs: readonly ExporterOptionSpec[] = [
  {
    name: 'dir',
    type: 'string',
    env: 'GLASSBOX_AUDIT_DIR',
    sensitive: false,
    description:
      "Directory of the audit log (records, checkpoints, keys). Default: the agent's data directory, under audit/.",
  },
  {
    name: 'witnessFile',
    type: 'string',
    env: 'GLASSBOX_AUDIT_WITNESS',
    sensitive: false,
    description:
      'Also append every signed checkpoint to this file: keep it where the log cannot be rewritten.',
  },
  {
    name: 'checkpointEvery',
    type: 'number',
    env: 'GLASSBOX_AUDIT_CHECKPOINT_EVERY',
    sensitive: false,
    default: 1000,
    description: 'Sign a checkpoint after this many records.',
  },
  {
    name: 'checkpointIntervalMs',
    type: 'number',
    env: 'GLASSBOX_AUDIT_CHECKPOINT_MS',
    sensitive: false,
    default: 60_000,
    description: 'Or this many milliseconds after the first record a checkpoint does not cover yet.',
  },
  {
    name: 'contentHash',
    type: 'string',
    env: 'GLASSBOX_AUDIT_CONTENT_HASH',
    sensitive: false,
    default: 'hmac',
    description:
      'How tool input and output are fingerprinted: hmac (keyed by the per-install secret) or sha256 (plain, to match other systems).',
  },
];
