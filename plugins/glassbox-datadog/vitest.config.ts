import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The plugin folder is what Claude Code loads: its end-to-end tests live in test/, unit tests beside src/.
export default mergeConfig(
  shared,
  defineConfig({ test: { include: ['test/**/*.test.ts', 'src/**/*.test.ts'] } }),
);
