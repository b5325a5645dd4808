import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GlassboxError } from '@glassbox/spec';
import type { CliIo } from '../cli-io.js';
import type { ReportJson } from '../report-json.js';
import type { TraceJson } from '../trace-view.js';
import { reportPageModel, tracePageModel } from './page-model.js';
import { renderHtmlPage } from './render-html-page.js';

function write(file: string, html: string, io: CliIo, command: string): void {
  const path = resolve(io.cwd, file);
  try {
    writeFileSync(path, html);
  } catch (cause) {
    throw new GlassboxError('INVALID_INPUT', `could not write ${path}`, { cause });
  }
  io.stderr.write(`glassbox ${command}: wrote ${path} (${Math.ceil(Buffer.byteLength(html) / 1024)} KB)\n`);
}

/** `glassbox report --html FILE`: the report's page, with `waterfall` (a session's trace) when there is one. */
export function writeReportPage(
  file: string,
  report: ReportJson,
  waterfall: TraceJson | undefined,
  io: CliIo,
): void {
  write(file, renderHtmlPage(reportPageModel(report, waterfall, new Date(io.now()))), io, 'report');
}

/** `glassbox trace <id> --html FILE`. */
export function writeTracePage(file: string, trace: TraceJson, io: CliIo): void {
  write(file, renderHtmlPage(tracePageModel(trace, new Date(io.now()))), io, 'trace');
}
