import type { Attributes, AttributeValue, Resource } from '@glassbox/spec';
import type { ResolvedDatadogConfig } from './datadog-exporter-options.js';

/** Unified service tagging and the extra tags, resolved once per batch. */
export interface DatadogTags {
  readonly service: string;
  readonly env: string | undefined;
  readonly version: string | undefined;
  /** `service`, `env`, `version` and the configured tags, as `key:value` (DogStatsD, LLM Observability). */
  readonly list: readonly string[];
  /** The resource attributes and configured tags, for span meta. */
  readonly meta: Readonly<Record<string, string>>;
}

/** The span type glassbox's tracker puts on each span (`session`, `turn`, `llm`, `tool`, `subagent`…). */
export function spanType(attributes: Attributes): string | undefined {
  const t = attributes['glassbox.span.type'];
  return typeof t === 'string' ? t : undefined;
}

/** An attribute as a tag or meta value: arrays joined with commas. */
export function attributeText(value: AttributeValue): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** A tag in Datadog's form: lowercase-safe characters, at most 200 characters. */
export function tag(key: string, value: string): string {
  const clean = (s: string) => s.replace(/[^\p{L}\p{N}_.:/-]/gu, '_');
  return `${clean(key)}:${clean(value)}`.slice(0, 200);
}

export function datadogTags(config: ResolvedDatadogConfig, resource: Resource): DatadogTags {
  const r = resource.attributes;
  const fromResource = (key: string) => (typeof r[key] === 'string' ? (r[key] as string) : undefined);
  const version = config.version ?? fromResource('claude.version') ?? fromResource('service.version');
  const env =
    config.env ?? fromResource('deployment.environment.name') ?? fromResource('deployment.environment');
  const list = [tag('service', config.service)];
  if (env !== undefined) list.push(tag('env', env));
  if (version !== undefined) list.push(tag('version', version));
  for (const [k, v] of Object.entries(config.tags)) list.push(tag(k, v));
  const meta: Record<string, string> = {};
  for (const [k, v] of Object.entries(r)) if (k !== 'service.name') meta[k] = attributeText(v);
  Object.assign(meta, config.tags);
  return { service: config.service, env, version, list, meta };
}
