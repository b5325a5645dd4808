import { defineConfig } from 'tsup';
import { baseConfig } from '../../tsup.base.ts';

// `main.ts` is the `glassbox-agent` bin; the plugin bundles it on its own into one self-contained file.
export default defineConfig(baseConfig({ entry: ['src/index.ts', 'src/main.ts'] }));
