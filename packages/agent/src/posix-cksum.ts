const TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 24;
    for (let j = 0; j < 8; j++) c = c & 0x80000000 ? (c << 1) ^ 0x04c11db7 : c << 1;
    table[i] = c >>> 0;
  }
  return table;
})();

/**
 * The checksum POSIX `cksum` prints (CRC-32, polynomial 0x04C11DB7, with the length appended). The
 * SessionStart shell script hashes the agent's configuration with `cksum`; the agent computes the same number
 * so the script can tell whether the running agent has the configuration it would start.
 */
export function posixCksum(data: Uint8Array | string): number {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  let crc = 0;
  const step = (byte: number): void => {
    crc = ((crc << 8) ^ TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  };
  for (const byte of bytes) step(byte);
  for (let n = bytes.length; n > 0; n = Math.floor(n / 256)) step(n & 0xff);
  return ~crc >>> 0;
}
