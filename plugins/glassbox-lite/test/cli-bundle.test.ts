import { join } from 'node:path';
import { SHIPPED_FILES } from '../plugin-files.mjs';
import { describeCliBundle } from './cli-bundle-checks.js';

describeCliBundle(join(import.meta.dirname, '..'), 'glassbox-lite', SHIPPED_FILES);
