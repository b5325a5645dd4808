import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_ROOT,
  inclusionProof,
  leafHash,
  MerkleAccumulator,
  merkleRoot,
  nodeHash,
  verifyInclusion,
} from './merkle-tree.js';

/** RFC 6962 §2.1 MTH, written straight from the definition. */
function mth(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  if (leaves.length === 1) return leafHash(leaves[0]!);
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

const leaves = Array.from({ length: 70 }, (_, i) => createHash('sha256').update(`leaf ${i}`).digest());

describe('Merkle tree (RFC 6962)', () => {
  it('should hash the empty tree and an empty leaf as the RFC test vectors do', () => {
    expect(EMPTY_ROOT.toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(leafHash(Buffer.alloc(0)).toString('hex')).toBe(
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    );
  });

  it('should give the definition’s root for every size, incrementally', () => {
    const acc = new MerkleAccumulator();
    for (let n = 1; n <= leaves.length; n++) {
      acc.push(leaves[n - 1]!);
      expect(acc.size).toBe(n);
      expect(acc.root().equals(mth(leaves.slice(0, n))), `size ${n}`).toBe(true);
    }
    expect(merkleRoot(leaves.slice(0, 13)).equals(mth(leaves.slice(0, 13)))).toBe(true);
  });

  it('should prove every leaf of every size and refuse a wrong leaf, index, size or root', () => {
    for (let n = 1; n <= 33; n++) {
      const tree = leaves.slice(0, n);
      const root = merkleRoot(tree);
      for (let i = 0; i < n; i++) {
        const proof = inclusionProof(tree, i);
        expect(verifyInclusion(tree[i]!, i, n, proof, root), `leaf ${i} of ${n}`).toBe(true);
        expect(verifyInclusion(leaves[60]!, i, n, proof, root)).toBe(false);
        if (n > 1) expect(verifyInclusion(tree[i]!, (i + 1) % n, n, proof, root)).toBe(false);
        expect(verifyInclusion(tree[i]!, i, n, proof, leaves[0]!)).toBe(false);
      }
    }
    expect(() => inclusionProof(leaves.slice(0, 3), 3)).toThrow(RangeError);
  });
});
