import { describe, expect, it } from 'vitest';
import {
  type ExporterOptionSpec,
  isExporterOptionSpecs,
  readExporterOptions,
} from './exporter-option-spec.js';

const specs: ExporterOptionSpec[] = [
  { name: 'url', type: 'string', env: 'ACME_URL', sensitive: false, description: 'Ingest URL.' },
  {
    name: 'timeoutMs',
    type: 'number',
    env: 'ACME_TIMEOUT_MS',
    sensitive: false,
    default: 5000,
    description: 'Deadline.',
  },
  {
    name: 'gzip',
    type: 'boolean',
    env: 'ACME_GZIP',
    sensitive: false,
    default: false,
    description: 'Compress.',
  },
  { name: 'signals', type: 'string[]', env: 'ACME_SIGNALS', sensitive: false, description: 'Which signals.' },
  { name: 'headers', type: 'record', env: 'ACME_HEADERS', sensitive: true, description: 'Headers.' },
  { name: 'local', type: 'string', sensitive: false, description: 'No variable.' },
];

describe('readExporterOptions', () => {
  it('should read each declared variable that is set, parsed to its type', () => {
    const { options, problems } = readExporterOptions(specs, {
      ACME_URL: ' http://127.0.0.1:9 ',
      ACME_TIMEOUT_MS: '250',
      ACME_GZIP: 'yes',
      ACME_SIGNALS: 'spans, logs,',
      ACME_HEADERS: 'authorization=Bearer%20t,x=1',
      local: 'ignored',
    });
    expect(problems).toEqual([]);
    expect(options).toEqual({
      url: 'http://127.0.0.1:9',
      timeoutMs: 250,
      gzip: true,
      signals: ['spans', 'logs'],
      headers: { authorization: 'Bearer t', x: '1' },
    });
  });

  it('should leave out a bad value with a problem that never quotes a secret', () => {
    const { options, problems } = readExporterOptions(specs, {
      ACME_TIMEOUT_MS: 'soon',
      ACME_GZIP: 'maybe',
      ACME_HEADERS: 'token-without-key',
    });
    expect(options).toEqual({});
    expect(problems).toEqual([
      'ACME_TIMEOUT_MS (option timeoutMs) must be a number, got "soon"',
      'ACME_GZIP (option gzip) must be true or false, got "maybe"',
      'ACME_HEADERS (option headers) must be key=value pairs separated by commas, got a value',
    ]);
  });
});

describe('isExporterOptionSpecs', () => {
  it('should accept declarations and refuse anything else', () => {
    expect(isExporterOptionSpecs(specs)).toBe(true);
    expect(isExporterOptionSpecs([{ name: 'x', type: 'date', sensitive: false, description: '' }])).toBe(
      false,
    );
    expect(isExporterOptionSpecs({})).toBe(false);
  });
});
