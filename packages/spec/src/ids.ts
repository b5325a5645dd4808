const HEX_32 = /^[0-9a-f]{32}$/;
const HEX_16 = /^[0-9a-f]{16}$/;

/** A valid, non-zero 32-hex-digit trace id. */
export function isValidTraceId(id: string): boolean {
  return HEX_32.test(id) && id !== '0'.repeat(32);
}

/** A valid, non-zero 16-hex-digit span id. */
export function isValidSpanId(id: string): boolean {
  return HEX_16.test(id) && id !== '0'.repeat(16);
}
