import { createHash } from 'node:crypto';

/**
 * RFC 6962 / RFC 9162 Merkle tree hashing: a leaf is SHA-256(0x00 ‖ data), an inner node SHA-256(0x01 ‖ left ‖
 * right), the left subtree of n leaves holds the largest power of two below n. The leaves of the audit log are
 * the records' 32-byte `hash` values.
 */
export function leafHash(data: Buffer): Buffer {
  return createHash('sha256').update(LEAF).update(data).digest();
}

export function nodeHash(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256').update(NODE).update(left).update(right).digest();
}

const LEAF = Buffer.from([0]);
const NODE = Buffer.from([1]);

/** Root of the empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT = createHash('sha256').digest();

/**
 * The tree of an append-only log, kept as the roots of its perfect subtrees (at most log2 n hashes): appending
 * and taking the root cost O(log n), so the writer never re-reads the log to sign a checkpoint.
 */
export class MerkleAccumulator {
  private readonly stack: Array<{ hash: Buffer; leaves: number }> = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Appends one leaf (its data, not yet leaf-hashed). */
  push(data: Buffer): void {
    let item = { hash: leafHash(data), leaves: 1 };
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.leaves === item.leaves) {
      const left = this.stack.pop()!;
      item = { hash: nodeHash(left.hash, item.hash), leaves: left.leaves * 2 };
    }
    this.stack.push(item);
    this.count++;
  }

  root(): Buffer {
    if (this.stack.length === 0) return EMPTY_ROOT;
    let root = this.stack[this.stack.length - 1]!.hash;
    for (let i = this.stack.length - 2; i >= 0; i--) root = nodeHash(this.stack[i]!.hash, root);
    return root;
  }
}

/** Root over `leaves` (leaf data). */
export function merkleRoot(leaves: readonly Buffer[]): Buffer {
  const acc = new MerkleAccumulator();
  for (const leaf of leaves) acc.push(leaf);
  return acc.root();
}

/** RFC 6962 audit path of leaf `index` in the tree of `leaves` (bottom-up sibling hashes). */
export function inclusionProof(leaves: readonly Buffer[], index: number): Buffer[] {
  if (!Number.isInteger(index) || index < 0 || index >= leaves.length)
    throw new RangeError(`leaf ${index} is not in a tree of ${leaves.length}`);
  return path(index, leaves.map(leafHash));
}

function path(m: number, hashes: readonly Buffer[]): Buffer[] {
  const n = hashes.length;
  if (n <= 1) return [];
  const k = largestPowerOfTwoBelow(n);
  if (m < k) return [...path(m, hashes.slice(0, k)), subtreeRoot(hashes.slice(k))];
  return [...path(m - k, hashes.slice(k)), subtreeRoot(hashes.slice(0, k))];
}

function subtreeRoot(hashes: readonly Buffer[]): Buffer {
  if (hashes.length === 1) return hashes[0]!;
  const k = largestPowerOfTwoBelow(hashes.length);
  return nodeHash(subtreeRoot(hashes.slice(0, k)), subtreeRoot(hashes.slice(k)));
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** RFC 9162 §2.1.3.2: does `proof` place leaf `data` at `index` in the tree of `size` with `root`? */
export function verifyInclusion(
  data: Buffer,
  index: number,
  size: number,
  proof: readonly Buffer[],
  root: Buffer,
): boolean {
  if (!Number.isInteger(index) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leafHash(data);
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && r.equals(root);
}
