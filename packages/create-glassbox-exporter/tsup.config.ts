import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { baseConfig } from '../../tsup.base.ts';

const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(`../${name}/package.json`, 'utf8')) as { version: string }).version;

// The scaffold depends on the spec and testkit versions released with this kit.
export default defineConfig(
  baseConfig({
    entry: ['src/index.ts', 'src/main.ts'],
    define: {
      __PACKAGE_VERSION__: JSON.stringify(versionOf('create-glassbox-exporter')),
      __SPEC_VERSION__: JSON.stringify(versionOf('spec')),
      __TESTKIT_VERSION__: JSON.stringify(versionOf('testkit')),
    },
  }),
);
