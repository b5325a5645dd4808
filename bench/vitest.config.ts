import { defineConfig } from 'vitest/config';

// Bench helpers have unit tests; the benchmarks themselves run by hand (see README.md).
export default defineConfig({
  test: {
    include: ['lib/**/*.test.{ts,mjs}'],
    reporters: ['default', 'json'],
    outputFile: { json: '.test-report.json' },
  },
});
