/**
 * JSON arrays of at most `maxBytes` and `maxItems` each, in order (a single larger item goes alone). The split
 * depends only on the items, so the same items always give the same requests: a retry can skip the ones already
 * acknowledged.
 */
export function chunkJson(
  items: readonly unknown[],
  maxBytes: number,
  maxItems = Number.POSITIVE_INFINITY,
): Buffer[] {
  const out: Buffer[] = [];
  let current: Buffer[] = [];
  let size = 2;
  const flush = () => {
    const parts: Buffer[] = [Buffer.from('[')];
    current.forEach((item, i) => {
      if (i > 0) parts.push(COMMA);
      parts.push(item);
    });
    parts.push(Buffer.from(']'));
    out.push(Buffer.concat(parts));
    current = [];
    size = 2;
  };
  for (const item of items) {
    // Bytes, not characters: the intakes' limits are on the encoded body.
    const bytes = Buffer.from(JSON.stringify(item) ?? 'null');
    if (current.length > 0 && (size + bytes.length + 1 > maxBytes || current.length >= maxItems)) flush();
    current.push(bytes);
    size += bytes.length + 1;
  }
  if (current.length > 0) flush();
  return out;
}

const COMMA = Buffer.from(',');
