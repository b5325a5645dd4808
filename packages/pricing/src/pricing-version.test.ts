import { describe, expect, it } from 'vitest';
import { PRICE_TABLE } from './price-table.js';
import { PRICING_VERSION } from './pricing-version.js';

describe('PRICING_VERSION', () => {
  it('names the probed Claude Code version and a hash of the table', () => {
    expect(PRICING_VERSION).toMatch(
      new RegExp(`^pricing@[^+]+\\+cc${PRICE_TABLE.claudeCodeVersion.replaceAll('.', '\\.')}\\+[0-9a-f]{8}$`),
    );
  });
});
