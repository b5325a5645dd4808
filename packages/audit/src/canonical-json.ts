/**
 * Canonical JSON (RFC 8785 in spirit): object keys sorted by code unit, no whitespace, `undefined` members left
 * out, numbers as `JSON.stringify` writes them. The same record always serialises to the same bytes, whatever
 * order its keys were written in, so a hash over it survives a reader that reorders keys.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const out = JSON.stringify(value);
    // A bare undefined, function or symbol has no JSON form: it hashes as null (as inside arrays).
    return out === undefined ? 'null' : out;
  }
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
