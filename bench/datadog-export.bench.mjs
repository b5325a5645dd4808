// Datadog export throughput against OTLP, in the same run: spans per second and the exporter process's CPU time
// per span from @glassbox/exporter-datadog to the Datadog Agent emulator of @glassbox/testkit, and from
// @glassbox/exporter-otlp to @glassbox/otlp-receiver. Both receivers run in one child process on 127.0.0.1 (their
// decoding does not share the exporters' event loop) and decode every request.
//
// Paired runs: each round measures, in alternating order,
//   otlp         — OtlpExporter.export(batch), traces over OTLP/protobuf, awaited (the baseline);
//   datadog-apm  — DatadogExporter.export(batch) with signals ['traces']: msgpack v0.4 APM traces only
//                  (like for like with OTLP traces);
//   datadog      — DatadogExporter.export(batch) with its defaults: APM traces, LLM Observability events
//                  (EVP proxy) and DogStatsD metrics (UDP), what the glassbox-datadog plugin sends.
//   datadog-logs — the same with an API key: also each model and tool call's log record to the logs intake
//                  (gzip'd JSON), logs on vs off paired with `datadog`.
// Every batch carries a log record per model and tool call span (what the tracker makes); only datadog-logs
// sends them.
// Every run checks the receiver got every span (APM spans for Datadog; DogStatsD over UDP is not counted, it
// has no acknowledgement). Reports medians and the datadog/otlp ratios. Bounded: ROUNDS x 3 x BATCHES x SPANS
// spans, a 60 s cap on the rounds and a watchdog that fails the run after 120 s (naming the step it was in)
// rather than hang. Build first: pnpm turbo run build --filter @glassbox/bench...
//
// Writes bench/results/datadog-export.json (with the load average before and after: the machine is shared).
//
//   node bench/datadog-export.bench.mjs [--rounds 7] [--batches 20] [--spans 500]
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
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
  const { startOtlpReceiver } = await import('@glassbox/otlp-receiver');
  const { startDatadogAgentEmulator } = await import('@glassbox/testkit');
  const receiver = await startOtlpReceiver();
  const agent = await startDatadogAgentEmulator();
  // The receivers' listening sockets keep this process alive: it must end with its parent, or a parent that
  // failed leaves an orphan holding the inherited stdout open (the caller then waits forever).
  process.on('disconnect', () => process.exit(0));
  process.on('message', (msg) => {
    if (msg === 'count')
      process.send({
        otlp: receiver.spans.length,
        apm: agent.spans.length,
        llmobs: agent.llmobsSpans.length,
        logs: agent.logs.length,
        failed:
          receiver.requests.filter((r) => r.status !== 200).length +
          agent.requests.filter((r) => r.status >= 300).length +
          agent.errors.length,
      });
    if (msg === 'reset') {
      receiver.reset();
      // The emulator keeps everything for assertions; empty its arrays so a run counts only its own spans.
      for (const list of [
        agent.traces,
        agent.spans,
        agent.llmobsSpans,
        agent.metrics,
        agent.logs,
        agent.requests,
      ])
        list.length = 0;
      process.send({ reset: true });
    }
    if (msg === 'close') Promise.all([receiver.close(), agent.close()]).then(() => process.exit(0));
  });
  process.send({ otlpUrl: receiver.url, agentUrl: agent.url, statsdPort: agent.statsdPort });
} else {
  await main();
}

async function main() {
  let step = 'starting the receivers';
  // Fail loudly instead of hanging: the watchdog is unref'd, so it never keeps a finished run alive itself.
  const watchdog = setTimeout(() => {
    console.error(`datadog-export bench: no progress within 120 s (while ${step})`);
    child.kill();
    process.exit(1);
  }, 120_000);
  watchdog.unref();

  const child = fork(fileURLToPath(import.meta.url), ['--child'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    await run(child, (s) => {
      step = s;
    });
  } finally {
    clearTimeout(watchdog);
    if (child.exitCode === null) child.kill();
  }
}

async function run(child, setStep) {
  const rounds = Number(args.rounds);
  const batches = Number(args.batches);
  const spans = Number(args.spans);
  const deadline = Date.now() + 60_000;
  const loadBefore = loadavg().map((x) => Number(x.toFixed(2)));
  const ask = (msg) =>
    new Promise((resolve) => {
      child.once('message', resolve);
      child.send(msg);
    });
  const { otlpUrl, agentUrl, statsdPort } = await new Promise((resolve) => child.once('message', resolve));

  const { createOtlpExporter } = await import('@glassbox/exporter-otlp');
  const { createDatadogExporter } = await import('@glassbox/exporter-datadog');
  const common = { agentUrl, dogstatsdHost: '127.0.0.1', dogstatsdPort: statsdPort, service: 'claude-code' };
  const exporters = {
    otlp: createOtlpExporter({ endpoint: otlpUrl, signals: ['traces'] }),
    'datadog-apm': createDatadogExporter({ ...common, signals: ['traces'] }),
    datadog: createDatadogExporter(common),
    'datadog-logs': createDatadogExporter({ ...common, apiKey: 'bench-key', intakeUrl: agentUrl }),
  };

  // Distinct batch ids per run: both exporters skip parts they already delivered for a batch id.
  let nextBatch = 0;
  async function measure(name) {
    setStep(`measuring ${name}`);
    const list = Array.from({ length: batches }, () => makeBatch(nextBatch++, spans, { logs: true }));
    await ask('reset');
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    for (const b of list) {
      const r = await exporters[name].export(b);
      if (r.code !== 'success') throw new Error(`${name} export failed: ${r.error.message}`);
    }
    const ms = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    const got = await ask('count');
    const received = name === 'otlp' ? got.otlp : got.apm;
    const logs = name === 'datadog-logs' ? batches * (spans - 1) : 0;
    if (
      received !== batches * spans ||
      got.failed !== 0 ||
      (name.startsWith('datadog') && name !== 'datadog-apm' && got.llmobs === 0) ||
      got.logs !== logs
    ) {
      throw new Error(`${name}: receivers got ${JSON.stringify(got)}, expected ${batches * spans} spans`);
    }
    return {
      spansPerSecond: (batches * spans) / (ms / 1000),
      cpuMicrosPerSpan: (cpu.user + cpu.system) / (batches * spans),
    };
  }

  const order = Object.keys(exporters);
  // Warm-up: JIT, sockets, the receivers' decoders.
  for (const name of order) await measure(name);

  const results = Object.fromEntries(order.map((n) => [n, []]));
  let done = 0;
  for (let r = 0; r < rounds && Date.now() < deadline; r++) {
    const roundOrder = r % 2 === 0 ? order : [...order].reverse();
    for (const name of roundOrder) results[name].push(await measure(name));
    done++;
  }

  setStep('shutting down');
  await Promise.all(Object.values(exporters).map((e) => e.shutdown()));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('close');
  await exited;

  const pick = (key, digits) =>
    Object.fromEntries(
      Object.entries(results).map(([n, xs]) => [n, Number(median(xs.map((x) => x[key])).toFixed(digits))]),
    );
  const rate = pick('spansPerSecond', 0);
  const cpu = pick('cpuMicrosPerSpan', 2);
  // Paired ratios: each round's datadog run over the same round's otlp run, then the median.
  const ratio = (name, key) =>
    Number(median(results[name].map((x, i) => x[key] / results.otlp[i][key])).toFixed(3));
  const summary = {
    benchmark: 'datadog-export',
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverage: { before: loadBefore, after: loadavg().map((x) => Number(x.toFixed(2))) },
    rounds: done,
    batchesPerRun: batches,
    spansPerBatch: spans,
    spansPerSecondMedian: rate,
    exporterCpuMicrosPerSpanMedian: cpu,
    throughputDatadogApmToOtlp: ratio('datadog-apm', 'spansPerSecond'),
    cpuPerSpanDatadogApmToOtlp: ratio('datadog-apm', 'cpuMicrosPerSpan'),
    throughputDatadogToOtlp: ratio('datadog', 'spansPerSecond'),
    cpuPerSpanDatadogToOtlp: ratio('datadog', 'cpuMicrosPerSpan'),
    // Logs on vs off: each round's datadog-logs run over the same round's datadog run.
    throughputLogsOnToOff: Number(
      median(
        results['datadog-logs'].map((x, i) => x.spansPerSecond / results.datadog[i].spansPerSecond),
      ).toFixed(3),
    ),
    cpuPerSpanLogsOnToOff: Number(
      median(
        results['datadog-logs'].map((x, i) => x.cpuMicrosPerSpan / results.datadog[i].cpuMicrosPerSpan),
      ).toFixed(3),
    ),
    runs: Object.fromEntries(
      Object.entries(results).map(([n, xs]) => [n, xs.map((x) => Math.round(x.spansPerSecond))]),
    ),
  };
  console.log(JSON.stringify(summary, null, 2));
  writeFileSync(
    fileURLToPath(new URL('results/datadog-export.json', import.meta.url)),
    `${JSON.stringify(summary, null, 2)}\n`,
  );
}
