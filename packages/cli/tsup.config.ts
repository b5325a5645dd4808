import { defineConfig } from 'tsup';
import { baseConfig } from '../../tsup.base.ts';

// The bin is one self-contained file (only node: imports): it starts fast and can be copied into a plugin.
export default defineConfig(
  baseConfig({
    entry: { index: 'src/index.ts', cli: 'src/cli.ts' },
    noExternal: [/^@glassbox\//],
    splitting: false,
  }),
);
