/** What the templates are filled with. */
export interface TemplateValues {
  /** npm package name: `glassbox-exporter-acme` or `@you/glassbox-exporter-acme`. */
  readonly packageName: string;
  /** The exporter's short name (`acme`): its `name`, checkpoints and environment prefix. */
  readonly exporterName: string;
  /** Version ranges written into package.json. */
  readonly specRange: string;
  readonly testkitRange: string;
}

const pascal = (name: string): string =>
  name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

/** The files of a new exporter package, by relative path. */
export function exporterTemplates(v: TemplateValues): Record<string, string> {
  const Name = pascal(v.exporterName);
  const ENV = `GLASSBOX_${v.exporterName.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_FILE`;
  const file = `${v.exporterName}-exporter`;
  return {
    'package.json': `${JSON.stringify(
      {
        name: v.packageName,
        version: '0.1.0',
        description: `Glassbox exporter "${v.exporterName}": writes each batch's spans, metrics, logs and audit records as JSON lines.`,
        license: 'Apache-2.0',
        type: 'module',
        sideEffects: false,
        main: './dist/index.js',
        types: './dist/index.d.ts',
        exports: {
          './package.json': './package.json',
          '.': { types: './dist/index.d.ts', import: './dist/index.js', default: './dist/index.js' },
        },
        files: ['dist/**/*', 'README.md'],
        keywords: ['glassbox', 'glassbox-exporter', 'claude-code', 'observability'],
        scripts: {
          build: 'tsc -p tsconfig.build.json',
          typecheck: 'tsc -p tsconfig.json',
          test: 'vitest run',
          prepublishOnly: 'npm run build && npm test',
        },
        dependencies: { '@glassbox/spec': v.specRange },
        devDependencies: {
          '@glassbox/testkit': v.testkitRange,
          '@types/node': '^20.19.0',
          typescript: '~5.9.3',
          vitest: '~4.1.12',
        },
        engines: { node: '>=20.19' },
      },
      null,
      2,
    )}\n`,
    'tsconfig.json': `${JSON.stringify(
      {
        compilerOptions: {
          target: 'es2022',
          lib: ['es2023'],
          module: 'nodenext',
          moduleResolution: 'nodenext',
          types: ['node'],
          strict: true,
          declaration: true,
          skipLibCheck: true,
          verbatimModuleSyntax: true,
          noEmit: true,
        },
        include: ['src'],
      },
      null,
      2,
    )}\n`,
    'tsconfig.build.json': `${JSON.stringify(
      {
        extends: './tsconfig.json',
        compilerOptions: { noEmit: false, outDir: 'dist', rootDir: 'src' },
        exclude: ['src/**/*.test.ts'],
      },
      null,
      2,
    )}\n`,
    '.gitignore': 'node_modules/\ndist/\n',
    'src/index.ts': `export type { ${Name}ExporterOptions } from './${file}.js';
export { create${Name}Exporter, create${Name}Exporter as default, exporterOptionSpecs } from './${file}.js';
`,
    [`src/${file}.ts`]: `import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  type Exporter,
  type ExporterOptionSpec,
  type ExportResult,
  GlassboxError,
  specificationVersion,
  type TelemetryBatch,
} from '@glassbox/spec';

export interface ${Name}ExporterOptions {
  /** The JSON-lines file each batch is appended to. Environment: \`${ENV}\`. */
  readonly file?: string;
  /** Exporter name for checkpoints and \`glassbox doctor\`. Default \`${v.exporterName}\`. */
  readonly name?: string;
}

/** The options the Glassbox agent reads from the environment and passes to the factory. */
export const exporterOptionSpecs: readonly ExporterOptionSpec[] = [
  { name: 'file', type: 'string', env: '${ENV}', sensitive: false, description: 'The JSON-lines file batches are appended to.' },
  { name: 'name', type: 'string', sensitive: false, default: '${v.exporterName}', description: 'Exporter name for checkpoints and doctor.' },
];

/** Appends one JSON line per span, metric, log record and audit record. Replace \`deliver\` with your backend. */
export function create${Name}Exporter(options: ${Name}ExporterOptions = {}): Exporter {
  const file = options.file ?? process.env.${ENV};
  if (!file)
    throw new GlassboxError('INVALID_CONFIG', '${v.exporterName} exporter: set the file option or ${ENV}');
  let closed = false;
  const inFlight = new Set<Promise<unknown>>();

  async function deliver(batch: TelemetryBatch): Promise<void> {
    const lines = [
      ...batch.spans.map((record) => line('span', record)),
      ...batch.metrics.map((record) => line('metric', record)),
      ...batch.logs.map((record) => line('log', record)),
      ...batch.audit.map((record) => line('audit', record)),
    ];
    if (lines.length === 0) return;
    await mkdir(dirname(file as string), { recursive: true });
    await appendFile(file as string, lines.join(''));
  }

  return {
    specificationVersion,
    name: options.name ?? '${v.exporterName}',
    async export(batch): Promise<ExportResult> {
      if (closed)
        return {
          code: 'failed',
          error: new GlassboxError('EXPORTER_SHUTDOWN', '${v.exporterName} exporter is shut down'),
          retryable: false,
        };
      const sending = deliver(batch);
      inFlight.add(sending);
      try {
        await sending;
        return { code: 'success' };
      } catch (error) {
        return { code: 'failed', error: GlassboxError.from(error, 'EXPORT_FAILED'), retryable: true };
      } finally {
        inFlight.delete(sending);
      }
    },
    async forceFlush() {
      await Promise.allSettled([...inFlight]);
    },
    async shutdown() {
      closed = true;
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** One JSON line; degrades what JSON cannot hold (bigints, cycles) instead of failing the batch. */
function line(signal: string, record: unknown): string {
  const seen = new WeakSet<object>();
  return \`\${JSON.stringify({ signal, record }, (_key, value: unknown) => {
    if (typeof value === 'bigint') return value.toString();
    if (typeof value === 'object' && value !== null) {
      if (seen.has(value)) return '[Circular]';
      seen.add(value);
    }
    return value;
  })}\\n\`;
}
`,
    [`src/${file}.test.ts`]: `import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runExporterConformance, sampleTelemetryBatch } from '@glassbox/testkit';
import { describe, expect, it } from 'vitest';
import { create${Name}Exporter } from './${file}.js';

const dir = mkdtempSync(join(tmpdir(), '${v.exporterName}-exporter-'));
const blocker = join(dir, 'a-regular-file');
writeFileSync(blocker, '');
let n = 0;

runExporterConformance('${v.exporterName} exporter', () => create${Name}Exporter({ file: join(dir, \`\${n++}.jsonl\`) }), {
  // A file under a regular file cannot be written: every export fails.
  failingFactory: () => create${Name}Exporter({ file: join(blocker, 'below-a-file.jsonl') }),
});

describe('${v.exporterName} exporter', () => {
  it('should write one line per span, metric, log record and audit record', async () => {
    const batch = sampleTelemetryBatch();
    const file = join(dir, 'lines.jsonl');
    const exporter = create${Name}Exporter({ file });
    expect(await exporter.export(batch)).toEqual({ code: 'success' });
    await exporter.shutdown();
    const lines = (await readFile(file, 'utf8')).trim().split('\\n');
    expect(lines).toHaveLength(batch.spans.length + batch.metrics.length + batch.logs.length + batch.audit.length);
  });

  it('should name the option and its variable when the file is missing', () => {
    expect(() => create${Name}Exporter({})).toThrow(/${ENV}/);
  });
});
`,
    'README.md': `# ${v.packageName}

A [Glassbox](https://github.com/glassbox-dev/glassbox) exporter: appends each batch's spans, metrics, log records
and audit records to a file as JSON lines. Generated by \`npm init glassbox-exporter\`; replace \`deliver\` in
\`src/${file}.ts\` with your backend.

## Use it with a Glassbox plugin

\`\`\`sh
npm install --prefix "<plugin data dir>/exporters" ${v.packageName}
\`\`\`

then add \`${v.packageName}\` to the plugin's \`exporters\` option (\`file,${v.packageName}\`) and set
\`${ENV}\` where the agent runs, or give the options as a pair:
\`[["${v.packageName}", { "file": "/tmp/${v.exporterName}.jsonl" }]]\`.

## Options

| Option | Environment | Default | What |
| ------ | ----------- | ------- | ---- |
| \`file\` | \`${ENV}\` | — | The JSON-lines file batches are appended to. |
| \`name\` | — | \`${v.exporterName}\` | Exporter name for checkpoints and \`glassbox doctor\`. |

## Develop

\`npm install\`, \`npm test\` (the Glassbox conformance suite plus this exporter's tests), \`npm run build\`,
\`npm publish\`.
`,
  };
}
