import { join } from 'node:path';
import { shippedFiles } from '../../../scripts/plugin-manifest.mjs';
import { describeCliBundle } from '../../glassbox-lite/test/cli-bundle-checks.js';

const PLUGIN = join(import.meta.dirname, '..');
describeCliBundle(PLUGIN, 'glassbox', shippedFiles(PLUGIN));
