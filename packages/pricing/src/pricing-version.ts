import { PRICE_TABLE } from './price-table.js';

declare const __PACKAGE_VERSION__: string | undefined;

/** FNV-1a, 32 bits: enough to tell two price tables apart, and dependency-free. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Changes whenever a price or a pricing rule may have changed (package version, probed Claude Code version,
 * table contents): a key for caches of computed costs, e.g. `pricing@0.1.0+cc2.1.332+1a2b3c4d`.
 */
export const PRICING_VERSION = `pricing@${
  typeof __PACKAGE_VERSION__ === 'string' ? __PACKAGE_VERSION__ : '0.0.0-dev'
}+cc${PRICE_TABLE.claudeCodeVersion}+${fnv1a(JSON.stringify(PRICE_TABLE))}`;
