import { GlassboxError } from './glassbox-error.js';

/** How an option's environment value is read: `string[]` is comma-separated, `record` is `k=v,k2=v2`. */
export type ExporterOptionType = 'string' | 'number' | 'boolean' | 'string[]' | 'record';

/**
 * One option of an exporter's factory, declared once by the exporter package (its `exporterOptionSpecs` export).
 * The agent reads options from the environment through these declarations, and the plugins' `userConfig` and the
 * README tables are checked against them.
 */
export interface ExporterOptionSpec {
  /** The key in the factory's options object (`dir`, `endpoint`). */
  readonly name: string;
  readonly type: ExporterOptionType;
  /** The environment variable that sets it when the option is not given (`GLASSBOX_FILE_DIR`). */
  readonly env?: string;
  /** A secret (a token, an API key, headers that carry one): never shown, logged or echoed in an error. */
  readonly sensitive: boolean;
  /** The value used when neither the option nor its variable is set; absent when there is none. */
  readonly default?: string | number | boolean;
  /** One sentence for the docs and the plugin's settings. */
  readonly description: string;
}

export interface ReadExporterOptionsResult {
  /** The options whose variable is set, parsed to their declared type. */
  readonly options: Record<string, unknown>;
  /** One line per variable that could not be parsed (it is left out); never quotes a sensitive value. */
  readonly problems: readonly string[];
}

/** Reads each declared option that has a variable set in `env`. Never throws. */
export function readExporterOptions(
  specs: readonly ExporterOptionSpec[],
  env: Readonly<Record<string, string | undefined>>,
): ReadExporterOptionsResult {
  const options: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const spec of specs) {
    const raw = spec.env === undefined ? undefined : env[spec.env]?.trim();
    if (raw === undefined || raw === '') continue;
    try {
      options[spec.name] = parseOptionValue(spec, raw);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { options, problems };
}

function parseOptionValue(spec: ExporterOptionSpec, raw: string): unknown {
  const shown = spec.sensitive ? 'a value' : JSON.stringify(raw);
  const invalid = (what: string) =>
    new GlassboxError('INVALID_CONFIG', `${spec.env} (option ${spec.name}) must be ${what}, got ${shown}`);
  switch (spec.type) {
    case 'string':
      return raw;
    case 'number': {
      const n = Number(raw);
      if (!Number.isFinite(n)) throw invalid('a number');
      return n;
    }
    case 'boolean': {
      const v = raw.toLowerCase();
      if (v === 'true' || v === '1' || v === 'yes') return true;
      if (v === 'false' || v === '0' || v === 'no') return false;
      throw invalid('true or false');
    }
    case 'string[]':
      return raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    case 'record': {
      const record: Record<string, string> = {};
      for (const part of raw.split(',')) {
        if (!part.trim()) continue;
        const at = part.indexOf('=');
        if (at <= 0) throw invalid('key=value pairs separated by commas');
        let value = part.slice(at + 1).trim();
        try {
          value = decodeURIComponent(value);
        } catch {
          // kept as written
        }
        record[part.slice(0, at).trim()] = value;
      }
      return record;
    }
  }
}

/** True for a well-formed declaration list (what the agent checks before trusting a package's export). */
export function isExporterOptionSpecs(value: unknown): value is readonly ExporterOptionSpec[] {
  const types = new Set(['string', 'number', 'boolean', 'string[]', 'record']);
  return (
    Array.isArray(value) &&
    value.every(
      (s) =>
        typeof s === 'object' &&
        s !== null &&
        typeof s.name === 'string' &&
        types.has(s.type) &&
        (s.env === undefined || typeof s.env === 'string') &&
        typeof s.sensitive === 'boolean' &&
        typeof s.description === 'string',
    )
  );
}
