/**
 * A small MessagePack decoder for what Datadog tracers send: nil, booleans, integers (64-bit ones beyond
 * 2^53 as bigint), floats, strings, binaries, arrays and maps (as null-prototype objects). Throws on
 * truncated or unknown input.
 */
export function decodeMsgpack(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = 0;
  const need = (n: number) => {
    if (at + n > bytes.length) throw new Error(`msgpack: truncated at byte ${at}`);
  };
  const u64 = (signed: boolean) => {
    need(8);
    const big = signed ? view.getBigInt64(at) : view.getBigUint64(at);
    at += 8;
    return big <= BigInt(Number.MAX_SAFE_INTEGER) && big >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(big)
      : big;
  };
  const fixed = (n: number, read: (offset: number) => number) => {
    need(n);
    const v = read(at);
    at += n;
    return v;
  };
  const str = (n: number) => {
    need(n);
    const s = text.decode(bytes.subarray(at, at + n));
    at += n;
    return s;
  };
  const bin = (n: number) => {
    need(n);
    const b = bytes.slice(at, at + n);
    at += n;
    return b;
  };
  const array = (n: number): unknown[] => {
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) out.push(value());
    return out;
  };
  const map = (n: number): Record<string, unknown> => {
    const out: Record<string, unknown> = Object.create(null);
    for (let i = 0; i < n; i++) {
      const key = value();
      out[String(key)] = value();
    }
    return out;
  };
  const value = (): unknown => {
    const b = fixed(1, (o) => view.getUint8(o));
    if (b <= 0x7f) return b;
    if (b >= 0xe0) return b - 0x100;
    if ((b & 0xf0) === 0x80) return map(b & 0x0f);
    if ((b & 0xf0) === 0x90) return array(b & 0x0f);
    if ((b & 0xe0) === 0xa0) return str(b & 0x1f);
    switch (b) {
      case 0xc0:
        return null;
      case 0xc2:
        return false;
      case 0xc3:
        return true;
      case 0xc4:
        return bin(fixed(1, (o) => view.getUint8(o)));
      case 0xc5:
        return bin(fixed(2, (o) => view.getUint16(o)));
      case 0xc6:
        return bin(fixed(4, (o) => view.getUint32(o)));
      case 0xca:
        return fixed(4, (o) => view.getFloat32(o));
      case 0xcb:
        return fixed(8, (o) => view.getFloat64(o));
      case 0xcc:
        return fixed(1, (o) => view.getUint8(o));
      case 0xcd:
        return fixed(2, (o) => view.getUint16(o));
      case 0xce:
        return fixed(4, (o) => view.getUint32(o));
      case 0xcf:
        return u64(false);
      case 0xd0:
        return fixed(1, (o) => view.getInt8(o));
      case 0xd1:
        return fixed(2, (o) => view.getInt16(o));
      case 0xd2:
        return fixed(4, (o) => view.getInt32(o));
      case 0xd3:
        return u64(true);
      case 0xd9:
        return str(fixed(1, (o) => view.getUint8(o)));
      case 0xda:
        return str(fixed(2, (o) => view.getUint16(o)));
      case 0xdb:
        return str(fixed(4, (o) => view.getUint32(o)));
      case 0xdc:
        return array(fixed(2, (o) => view.getUint16(o)));
      case 0xdd:
        return array(fixed(4, (o) => view.getUint32(o)));
      case 0xde:
        return map(fixed(2, (o) => view.getUint16(o)));
      case 0xdf:
        return map(fixed(4, (o) => view.getUint32(o)));
      default:
        throw new Error(`msgpack: unsupported type byte 0x${b.toString(16)} at ${at - 1}`);
    }
  };
  const result = value();
  if (at !== bytes.length) throw new Error(`msgpack: ${bytes.length - at} trailing bytes`);
  return result;
}
