// OTLP export throughput: spans per second from @glassbox/exporter-otlp to @glassbox/otlp-receiver (a child
// process on 127.0.0.1 that decodes every request with the official proto types and acknowledges it).
//
// Paired runs: each round measures, in alternating order,
//   glassbox  — OtlpExporter.export(batch): spec SpanData → ReadableSpan → OTLP protobuf → HTTP, awaited;
//   sdk       — the same OpenTelemetry OTLPTraceExporter fed ReadableSpans built before the clock starts
//               (the floor: serialisation, HTTP and the receiver, without Glassbox's conversion);
//   glassbox-json — the glassbox exporter over OTLP/JSON.
// Reports medians of throughput (wall clock, receiver included) and of the exporter process's CPU time per span,
// and the glassbox/sdk ratios. Bounded: ROUNDS x variants x BATCHES x SPANS spans, and a
// 60 s wall-clock cap. Build first: pnpm turbo run build --filter @glassbox/bench...
//
//   node bench/otlp-export.bench.mjs [--rounds 7] [--batches 20] [--spans 500]
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from './lib/bench-utils.mjs';
import { makeBatch } from './lib/make-batch.mjs';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '7' },
    batches: { type: 'string', default: '20' },
    spans: { type: 'string', default: '500' },
    child: { type: 'boolean', default: false },
  },
});

if (args.child) {
  // The receiver runs in its own process, so its decoding does not share the exporter's event loop.
  const { startOtlpReceiver } = await import('@glassbox/otlp-receiver');
  const receiver = await startOtlpReceiver();
  process.on('message', (msg) => {
    if (msg === 'count')
      process.send({
        spans: receiver.spans.length,
        failed: receiver.requests.filter((r) => r.status !== 200).length,
      });
    if (msg === 'reset') {
      receiver.reset();
      process.send({ reset: true });
    }
    if (msg === 'close') receiver.close().then(() => process.exit(0));
  });
  process.send({ url: receiver.url });
} else {
  await main();
}

/** The same spans as ReadableSpans, built outside the timed loop for the SDK floor. */
function toReadable(batch, resource) {
  const kinds = { internal: 0, server: 1, client: 2, producer: 3, consumer: 4 };
  const status = { unset: 0, ok: 1, error: 2 };
  const hr = (ms) => [Math.floor(ms / 1000), Math.round((ms % 1000) * 1e6)];
  return batch.spans.map((s) => {
    const ctx = { traceId: s.traceId, spanId: s.spanId, traceFlags: 1, isRemote: false };
    const start = hr(s.startTimeMs);
    const end = hr(s.endTimeMs);
    return {
      name: s.name,
      kind: kinds[s.kind],
      spanContext: () => ctx,
      parentSpanContext: s.parentSpanId ? { ...ctx, spanId: s.parentSpanId } : undefined,
      startTime: start,
      endTime: end,
      status: s.status.message
        ? { code: status[s.status.code], message: s.status.message }
        : { code: status[s.status.code] },
      attributes: s.attributes,
      links: [],
      events: s.events.map((e) => ({
        name: e.name,
        time: hr(e.timeMs),
        attributes: {},
        droppedAttributesCount: 0,
      })),
      duration: [0, 8_500_000],
      ended: true,
      resource,
      instrumentationScope: { name: 'glassbox' },
      droppedAttributesCount: 0,
      droppedEventsCount: 0,
      droppedLinksCount: 0,
    };
  });
}

async function main() {
  const rounds = Number(args.rounds);
  const batches = Number(args.batches);
  const spans = Number(args.spans);
  const deadline = Date.now() + 60_000;

  const child = fork(fileURLToPath(import.meta.url), ['--child'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = (msg) =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send(msg);
    });
  const { url } = await new Promise((resolve) => child.once('message', resolve));

  const { createOtlpExporter } = await import('@glassbox/exporter-otlp');
  const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-proto');
  const { resourceFromAttributes } = await import('@opentelemetry/resources');

  const glassbox = createOtlpExporter({ endpoint: url, signals: ['traces'] });
  const glassboxJson = createOtlpExporter({ endpoint: url, signals: ['traces'], protocol: 'http/json' });
  const sdk = new OTLPTraceExporter({ url: `${url}/v1/traces` });
  const resource = resourceFromAttributes({
    'service.name': 'claude-code',
    'user.id': 'u_bench',
    'host.name': 'bench',
  });

  // Distinct batch ids per run: the glassbox exporter skips signals it already delivered for a batch id.
  let nextBatch = 0;
  const variants = {
    glassbox: async (batchList) => {
      for (const b of batchList) {
        const r = await glassbox.export(b);
        if (r.code !== 'success') throw new Error(`glassbox export failed: ${r.error.message}`);
      }
    },
    'glassbox-json': async (batchList) => {
      for (const b of batchList) {
        const r = await glassboxJson.export(b);
        if (r.code !== 'success') throw new Error(`glassbox json export failed: ${r.error.message}`);
      }
    },
    sdk: async (batchList, clock) => {
      const readable = batchList.map((b) => toReadable(b, resource));
      clock.restart();
      for (const spansOfBatch of readable) {
        const r = await new Promise((resolve) => sdk.export(spansOfBatch, resolve));
        if (r.code !== 0) throw new Error(`sdk export failed: ${r.error?.message}`);
      }
    },
  };

  async function measure(name) {
    const list = Array.from({ length: batches }, () => makeBatch(nextBatch++, spans));
    await ask('reset');
    // Wall time gives throughput; this process's CPU time gives the exporter's own cost per span.
    const clock = {
      restart() {
        this.start = performance.now();
        this.cpu = process.cpuUsage();
      },
    };
    clock.restart();
    await variants[name](list, clock);
    const ms = performance.now() - clock.start;
    const cpu = process.cpuUsage(clock.cpu);
    const { spans: received, failed } = await ask('count');
    if (received !== batches * spans || failed !== 0) {
      throw new Error(
        `${name}: receiver got ${received} spans (${failed} failed requests), expected ${batches * spans}`,
      );
    }
    return {
      spansPerSecond: (batches * spans) / (ms / 1000),
      cpuMicrosPerSpan: (cpu.user + cpu.system) / (batches * spans),
    };
  }

  // Warm-up: JIT, sockets, the receiver's decoder.
  for (const name of Object.keys(variants)) await measure(name);

  const results = Object.fromEntries(Object.keys(variants).map((n) => [n, []]));
  const order = Object.keys(variants);
  let done = 0;
  for (let r = 0; r < rounds && Date.now() < deadline; r++) {
    const roundOrder = r % 2 === 0 ? order : [...order].reverse();
    for (const name of roundOrder) results[name].push(await measure(name));
    done++;
  }

  await Promise.all([glassbox.shutdown(), glassboxJson.shutdown(), sdk.shutdown()]);
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('close');
  await exited;

  const pick = (key, digits) =>
    Object.fromEntries(
      Object.entries(results).map(([n, xs]) => [n, Number(median(xs.map((x) => x[key])).toFixed(digits))]),
    );
  const rate = pick('spansPerSecond', 0);
  const cpu = pick('cpuMicrosPerSpan', 2);
  const summary = {
    benchmark: 'otlp-export',
    node: process.version,
    rounds: done,
    batchesPerRun: batches,
    spansPerBatch: spans,
    spansPerSecondMedian: rate,
    exporterCpuMicrosPerSpanMedian: cpu,
    throughputGlassboxToSdk: Number((rate.glassbox / rate.sdk).toFixed(3)),
    cpuPerSpanGlassboxToSdk: Number((cpu.glassbox / cpu.sdk).toFixed(3)),
    throughputJsonToProtobuf: Number((rate['glassbox-json'] / rate.glassbox).toFixed(3)),
    runs: Object.fromEntries(
      Object.entries(results).map(([n, xs]) => [n, xs.map((x) => Math.round(x.spansPerSecond))]),
    ),
  };
  console.log(JSON.stringify(summary, null, 2));
}
