// `glassbox trace` as text: the trace tree drawn in unicode, fitted to the terminal's width.
import { wrap } from './define-command.js';
import {
  displayWidth,
  formatCompact,
  formatDuration,
  formatInteger,
  formatUsd,
  padEnd,
  padStart,
  truncate,
} from './format-units.js';
import { type SpanJson, type TraceJson, tokenTotal } from './trace-json.js';

const STATUS_MARK: Record<string, string> = {
  ok: '✓',
  error: '✗ error',
  denied: '✗ denied',
  interrupted: '✗ interrupted',
  running: '… no result',
};

function label(span: SpanJson, sessionModel: string | undefined): string {
  switch (span.kind) {
    case 'session':
      return span.name;
    case 'turn':
      return `${span.name}${span.status === 'error' ? ` ✗ ${span.error ?? 'failed'}` : ''}`;
    case 'llm': {
      const model = span.model && span.model !== sessionModel ? ` ${shortModel(span.model)}` : '';
      const tools = span.children.filter((c) => c.kind === 'tool').map((c) => c.name);
      const counts = new Map<string, number>();
      for (const t of tools) counts.set(t, (counts.get(t) ?? 0) + 1);
      const decision =
        tools.length > 0
          ? [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(', ')
          : span.error
            ? `✗ ${span.error}`
            : 'answer';
      return `${span.name}${model} → ${decision}`;
    }
    case 'tool':
      return `${span.name} ${STATUS_MARK[span.toolStatus ?? ''] ?? span.toolStatus ?? ''}`.trimEnd();
    case 'subagent':
      return span.name;
  }
}

/** `claude-sonnet-4-5-20250929` → `sonnet-4-5`: enough to tell models apart in a narrow tree. */
export function shortModel(model: string): string {
  return model.replace(/^claude-/, '').replace(/-\d{8}$/, '');
}

const COLS = { duration: 8, tokens: 7, cost: 9 };
const RIGHT = COLS.duration + COLS.tokens + COLS.cost + 2;

function costText(span: SpanJson): string {
  if (span.costUsd === null) return 'no price';
  return `${formatUsd(span.costUsd)}${span.costUnknownResponses > 0 && span.kind !== 'llm' ? '+?' : ''}`;
}

/** The trace as a unicode tree fitted to `width` columns, with duration, tokens and cost on every node. */
export function renderTraceTree(json: TraceJson, width = 80): string {
  const lines: string[] = [];
  const root = json.spans[0];
  const tk = json.tokens;
  const head = [
    `Session ${json.sessionId}`,
    [
      json.project ? `project ${json.project}` : undefined,
      json.model,
      `started ${json.startTime.slice(0, 19).replace('T', ' ')}Z`,
      `lasted ${formatDuration(json.durationMs)}`,
    ]
      .filter(Boolean)
      .join(' · '),
    `tokens: ${formatInteger(tk.input)} in · ${formatInteger(tk.output)} out · ${formatInteger(tk.cacheRead)} cache read · ` +
      `${formatInteger(tk.cacheCreation)} cache write (5m ${formatCompact(tk.cacheCreation5m)}, 1h ${formatCompact(tk.cacheCreation1h)})`,
    `cost: ${formatUsd(json.costUsd)}` +
      (json.costUnknownResponses > 0
        ? ` + ${json.costUnknownResponses} call${json.costUnknownResponses === 1 ? '' : 's'} without a price`
        : '') +
      (json.claudeCostUsd !== undefined
        ? ` (Claude Code's own total: ${formatUsd(json.claudeCostUsd)})`
        : ''),
    `${json.counts.turns} turns · ${json.counts.llmCalls} model calls · ${json.counts.toolCalls} tool calls` +
      (json.counts.toolFailures ? ` (${json.counts.toolFailures} failed)` : '') +
      (json.counts.subagents ? ` · ${json.counts.subagents} subagents` : ''),
  ];
  for (const h of head) lines.push(wrap(h, width, '  '));
  lines.push('');
  const labelWidth = Math.max(20, width - RIGHT);
  lines.push(
    `${padEnd('', labelWidth)}${padStart('time', COLS.duration)} ${padStart('tokens', COLS.tokens)} ${padStart('cost', COLS.cost)}`,
  );
  const row = (prefix: string, span: SpanJson): void => {
    const text = truncate(`${prefix}${label(span, json.model)}`, labelWidth - 1);
    // A model call without a start record has no measurable duration (older transcripts).
    const time = span.kind === 'llm' && span.durationMs === 0 ? '—' : formatDuration(span.durationMs);
    const right =
      `${padStart(time, COLS.duration)} ` +
      `${padStart(formatCompact(tokenTotal(span.tokens)), COLS.tokens)} ${padStart(costText(span), COLS.cost)}`;
    lines.push(`${text}${' '.repeat(Math.max(1, labelWidth - displayWidth(text)))}${right}`);
  };
  const walk = (span: SpanJson, indent: string): void => {
    span.children.forEach((child, i) => {
      const last = i === span.children.length - 1;
      row(`${indent}${last ? '└─ ' : '├─ '}`, child);
      walk(child, `${indent}${last ? '   ' : '│  '}`);
    });
  };
  if (root) {
    row('', { ...root, name: 'Session' });
    walk(root, '');
  }
  return `${lines.join('\n')}\n`;
}
