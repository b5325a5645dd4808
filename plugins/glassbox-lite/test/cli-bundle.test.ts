import { join } from 'node:path';
import { shippedFiles } from '../../../scripts/plugin-manifest.mjs';
import { describeCliBundle } from './cli-bundle-checks.js';

const PLUGIN = join(import.meta.dirname, '..');
describeCliBundle(PLUGIN, 'glassbox-lite', shippedFiles(PLUGIN));
