import { join } from 'node:path';
import { describeCliBundle } from '../../glassbox-lite/test/cli-bundle-checks.js';
import { SHIPPED_FILES } from '../plugin-files.mjs';

describeCliBundle(join(import.meta.dirname, '..'), 'glassbox', SHIPPED_FILES);
