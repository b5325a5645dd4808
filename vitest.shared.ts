import { defineConfig } from 'vitest/config';

/** One test config for every package; each package's vitest.config.ts re-exports it. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Real-binary sessions take a few seconds each on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A JSON report per package lets scripts/test-summary.mjs print one closing line for the whole suite.
    reporters: ['default', 'json'],
    outputFile: { json: '.test-report.json' },
  },
});
