import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

// No Docker engine or Collector binary runs where Glassbox is built and tested: these checks parse the
// self-hosted stack's files strictly and check that what they reference exists.

const DEPLOY = fileURLToPath(new URL('../../../deploy/', import.meta.url));

type Yaml = Record<string, unknown>;

/** Grafana's reference to the dashboard's data source variable (a literal, not a template string). */
const GRAFANA_DATASOURCE_VARIABLE = ['$', '{datasource}'].join('');

function load(path: string): Yaml {
  // Strict: duplicate keys and other YAML errors throw.
  const doc = parseYaml(readFileSync(join(DEPLOY, path), 'utf8'), {
    uniqueKeys: true,
    strict: true,
  }) as unknown;
  expect(typeof doc, path).toBe('object');
  return doc as Yaml;
}

/** The Collector's config merge: maps merge key by key, everything else (lists included) is replaced. */
function merge(base: unknown, over: unknown): unknown {
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return over;
  if (typeof over !== 'object' || over === null || Array.isArray(over)) return over;
  const out: Yaml = { ...(base as Yaml) };
  for (const [k, v] of Object.entries(over as Yaml)) out[k] = k in out ? merge(out[k], v) : v;
  return out;
}

interface CollectorConfig {
  receivers: Yaml;
  processors: Yaml;
  exporters: Yaml;
  service: { pipelines: Record<string, { receivers: string[]; processors?: string[]; exporters: string[] }> };
}

function checkPipelines(config: CollectorConfig): void {
  const pipelines = Object.entries(config.service.pipelines);
  expect(pipelines.length).toBeGreaterThan(0);
  for (const [name, p] of pipelines) {
    expect(['traces', 'metrics', 'logs']).toContain(name.split('/')[0]);
    for (const r of p.receivers) expect(config.receivers, `${name} receiver ${r}`).toHaveProperty([r]);
    for (const q of p.processors ?? [])
      expect(config.processors, `${name} processor ${q}`).toHaveProperty([q]);
    for (const e of p.exporters) expect(config.exporters, `${name} exporter ${e}`).toHaveProperty([e]);
  }
}

describe('deploy/otel-collector', () => {
  const gateway = load('otel-collector/gateway.yaml') as unknown as CollectorConfig;

  it('should take OTLP in and send to Prometheus remote write, Tempo, Loki and Datadog', () => {
    checkPipelines(gateway);
    const exported = (signal: string) =>
      Object.entries(gateway.service.pipelines)
        .filter(([name]) => name.split('/')[0] === signal)
        .flatMap(([, p]) => p.exporters)
        .sort();
    expect(exported('metrics')).toEqual(['datadog', 'prometheusremotewrite']);
    expect(exported('traces')).toEqual(['datadog', 'otlp/tempo']);
    expect(exported('logs')).toEqual(['datadog', 'otlphttp/loki']);
    for (const p of Object.values(gateway.service.pipelines)) expect(p.receivers).toEqual(['otlp']);
  });

  it('should clear units only on the Prometheus path, so names match exporter-prometheus', () => {
    const { pipelines } = gateway.service;
    expect(pipelines['metrics/prometheus']?.processors).toContain('transform/prometheus');
    expect(pipelines['metrics/datadog']?.processors).not.toContain('transform/prometheus');
    const text = readFileSync(join(DEPLOY, 'otel-collector/gateway.yaml'), 'utf8');
    expect(text).toContain('set(unit, "")');
    for (const [attribute, label] of [
      ['user.id', 'user'],
      ['team.name', 'team'],
      ['project.name', 'project'],
    ]) {
      expect(text).toContain(`set(attributes["${label}"], resource.attributes["${attribute}"])`);
    }
  });

  it('should drop every Datadog route with the without-datadog overlay', () => {
    const merged = merge(gateway, load('otel-collector/without-datadog.yaml')) as CollectorConfig;
    checkPipelines(merged);
    expect(Object.keys(merged.service.pipelines).sort()).toEqual(
      Object.keys(gateway.service.pipelines).sort(),
    );
    for (const [name, p] of Object.entries(merged.service.pipelines)) {
      expect(p.exporters, name).not.toContain('datadog');
    }
  });
});

describe('deploy/compose.yaml', () => {
  const compose = load('compose.yaml') as {
    services: Record<string, { image: string; volumes?: string[]; command?: string[] | string }>;
    volumes: Yaml;
  };

  it('should pin every image and run the collector, Prometheus, Tempo, Loki and Grafana', () => {
    expect(Object.keys(compose.services).sort()).toEqual([
      'grafana',
      'loki',
      'otel-collector',
      'prometheus',
      'tempo',
    ]);
    for (const [name, s] of Object.entries(compose.services)) expect(s.image, name).toMatch(/:[\w.-]+$/);
    expect(compose.services.prometheus?.command).toContain('--web.enable-remote-write-receiver');
  });

  it('should mount files that exist and volumes that are declared', () => {
    for (const [name, s] of Object.entries(compose.services)) {
      for (const volume of s.volumes ?? []) {
        const source = volume.split(':')[0]!;
        if (source.startsWith('./'))
          expect(existsSync(join(DEPLOY, source)), `${name} mounts ${source}`).toBe(true);
        else expect(compose.volumes, `${name} volume ${source}`).toHaveProperty([source]);
      }
    }
    const configs = (compose.services['otel-collector']!.command as string[]).map((c) =>
      c.replace('--config=', ''),
    );
    for (const c of configs)
      expect(existsSync(join(DEPLOY, c.replace('/etc/otelcol/', 'otel-collector/')))).toBe(true);
  });

  it('should point Prometheus at a remote-write URL the Collector uses', () => {
    const gateway = load('otel-collector/gateway.yaml') as {
      exporters: { prometheusremotewrite: { endpoint: string } };
    };
    expect(gateway.exporters.prometheusremotewrite.endpoint).toBe('http://prometheus:9090/api/v1/write');
  });
});

describe('deploy/grafana and deploy/tempo', () => {
  it('should provision Prometheus, Tempo and Loki data sources and the dashboard folder', () => {
    const sources = load('grafana/provisioning/datasources/glassbox.yaml') as {
      datasources: { uid: string; type: string }[];
    };
    expect(sources.datasources.map((d) => `${d.type}:${d.uid}`).sort()).toEqual([
      'loki:loki',
      'prometheus:prometheus',
      'tempo:tempo',
    ]);
    const providers = load('grafana/provisioning/dashboards/glassbox.yaml') as {
      providers: { options: { path: string } }[];
    };
    expect(providers.providers[0]?.options.path).toBe('/var/lib/grafana/dashboards');
    expect(load('tempo/tempo.yaml')).toHaveProperty(['storage', 'trace', 'backend'], 'local');
  });

  it('should be a dashboard with unique panel ids whose every target has a PromQL expression', () => {
    const dashboard = JSON.parse(readFileSync(join(DEPLOY, 'grafana/glassbox.json'), 'utf8')) as {
      uid: string;
      panels: { id: number; type: string; targets?: { expr?: string; datasource?: { uid: string } }[] }[];
      templating: { list: { name: string }[] };
    };
    expect(dashboard.uid).toBe('glassbox-claude-code');
    const ids = dashboard.panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(dashboard.templating.list.map((v) => v.name)).toEqual([
      'datasource',
      'user',
      'team',
      'project',
      'repository',
      'branch',
    ]);
    for (const p of dashboard.panels.filter((x) => x.type !== 'row')) {
      for (const t of p.targets ?? []) {
        expect(t.expr).toBeTruthy();
        expect(t.datasource?.uid).toBe(GRAFANA_DATASOURCE_VARIABLE);
      }
    }
  });
});
