export type { AuditExporterOptions } from './audit-exporter.js';
export { createAuditExporter, createAuditExporter as createExporter } from './audit-exporter.js';
export type { AuditLogOptions, AuditLogRecovery } from './audit-log.js';
export { AuditLog } from './audit-log.js';
export { canonicalJson } from './canonical-json.js';
export { chainRecord, recordHash, ZERO_HASH } from './chain-record.js';
export type { Checkpoint, SignedCheckpoint } from './checkpoint-note.js';
export {
  checkCheckpointSignature,
  checkpointBody,
  parseCheckpoint,
  signCheckpoint,
} from './checkpoint-note.js';
export type { ContentHashMode } from './content-hasher.js';
export { CONTENT_KEY_FILE, createContentHasher, loadOrCreateContentKey } from './content-hasher.js';
export { exporterOptionSpecs } from './exporter-option-specs.js';
export type { CheckpointLine } from './log-files.js';
export { CHECKPOINTS_FILE, listSegments, segmentName } from './log-files.js';
export {
  inclusionProof,
  leafHash,
  MerkleAccumulator,
  merkleRoot,
  nodeHash,
  verifyInclusion,
} from './merkle-tree.js';
export type { SigningKey, VerifierKey } from './signing-key.js';
export {
  formatVerifierKey,
  loadOrCreateSigningKey,
  PUBLIC_KEY_FILE,
  parseVerifierKey,
  SIGNING_KEY_FILE,
  verifierKey,
} from './signing-key.js';
export type {
  AuditLogText,
  AuditProblem,
  AuditProblemKind,
  AuditVerification,
  VerifyAuditLogOptions,
} from './verify-audit-log.js';
export { verifyAuditLog, verifyAuditText } from './verify-audit-log.js';
