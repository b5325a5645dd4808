/** Every error code Glassbox packages raise. Codes are stable; messages may change. */
export type GlassboxErrorCode =
  | 'EXPORTER_SHUTDOWN'
  | 'EXPORT_FAILED'
  | 'EXPORT_TIMEOUT'
  | 'INVALID_CONFIG'
  | 'INVALID_INPUT'
  | 'UNKNOWN_MODEL'
  | 'TRANSCRIPT_UNREADABLE'
  | 'SPOOL_IO'
  | 'AGENT_UNAVAILABLE'
  | 'AGENT_KEY_INVALID'
  | 'UNSUPPORTED_SPEC_VERSION'
  | 'INTERNAL';

export interface GlassboxErrorOptions {
  cause?: unknown;
  /** True when trying the same operation again may succeed (network down, 429, 5xx). */
  retryable?: boolean;
  /** Extra machine-readable context (status code, path…). */
  data?: Readonly<Record<string, unknown>>;
}

/** The one error base class. Check `code`, not `instanceof` a subclass or the message. */
export class GlassboxError extends Error {
  override readonly name: string = 'GlassboxError';
  readonly code: GlassboxErrorCode;
  readonly retryable: boolean;
  readonly data?: Readonly<Record<string, unknown>>;

  constructor(code: GlassboxErrorCode, message: string, options: GlassboxErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable ?? false;
    this.data = options.data;
  }

  /** True for any GlassboxError, even one from another copy of this package. */
  static is(value: unknown, code?: GlassboxErrorCode): value is GlassboxError {
    if (typeof value !== 'object' || value === null) return false;
    const v = value as { name?: unknown; code?: unknown };
    return (
      v.name === 'GlassboxError' && typeof v.code === 'string' && (code === undefined || v.code === code)
    );
  }

  /** Wraps anything thrown into a GlassboxError without losing it. */
  static from(value: unknown, code: GlassboxErrorCode = 'INTERNAL'): GlassboxError {
    if (GlassboxError.is(value)) return value;
    const message = value instanceof Error ? value.message : String(value);
    return new GlassboxError(code, message, { cause: value });
  }
}
