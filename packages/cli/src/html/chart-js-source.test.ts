import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_JS_VERSION } from './chart-js-source.js';
import { chartJsSource } from './render-html-page.js';

describe('the vendored Chart.js', () => {
  it('should be the installed chart.js build, licence header included (node scripts/vendor-chart-js.mjs)', () => {
    const require = createRequire(import.meta.url);
    const pkg = join(dirname(require.resolve('chart.js')), '..', 'package.json');
    expect(CHART_JS_VERSION).toBe((JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version);
    expect(chartJsSource()).toBe(readFileSync(join(dirname(pkg), 'dist', 'chart.umd.min.js'), 'utf8'));
    expect(chartJsSource()).toContain('Released under the MIT License');
  });
});
