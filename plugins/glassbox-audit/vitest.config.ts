import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// The plugin folder is what Claude Code loads, so its tests live in test/ rather than src/.
export default mergeConfig(shared, defineConfig({ test: { include: ['test/**/*.test.ts'] } }));
