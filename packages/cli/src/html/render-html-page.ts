import { gunzipSync } from 'node:zlib';
import { CHART_JS_GZIP_BASE64 } from './chart-js-source.js';

/** Chart.js's UMD build, unpacked once. */
export function chartJsSource(): string {
  return gunzipSync(Buffer.from(CHART_JS_GZIP_BASE64, 'base64')).toString('utf8');
}

import type { PageModel, PageTable } from './page-model.js';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** JSON that is safe inside a <script> element: no `</script>`, no `<!--`, no line separators JS would choke on. */
const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

function tableHtml(t: PageTable): string {
  const cell = (tag: 'td' | 'th', i: number, text: string) =>
    `<${tag}${t.numeric.includes(i) ? ' class="n"' : ''}>${escapeHtml(text)}</${tag}>`;
  return (
    `<section class="table"><h2>${escapeHtml(t.title)}</h2><table><thead><tr>${t.columns.map((c, i) => cell('th', i, c)).join('')}</tr></thead>` +
    `<tbody>${t.rows.map((r) => `<tr>${r.map((c, i) => cell('td', i, c)).join('')}</tr>`).join('')}</tbody></table>` +
    (t.note ? `<p class="note">${escapeHtml(t.note)}</p>` : '') +
    '</section>'
  );
}

/**
 * Draws the charts from the embedded model. Runs in the page; written as plain ES2019 in a string so it ships
 * inside the one HTML file. It records problems on <body data-status> (and window.onerror), which the
 * headless-browser test reads.
 */
const APP = String.raw`(function () {
  var body = document.body;
  var errors = [];
  window.addEventListener('error', function (e) { errors.push(String(e.message)); body.dataset.status = 'error: ' + errors.join('; '); });
  var model = JSON.parse(document.getElementById('glassbox-data').textContent);
  var colors = { input: '#4e79a7', output: '#f28e2b', cacheWrite: '#59a14f', cacheRead: '#b6b6b6', cost: '#e15759' };
  var kinds = { session: '#4e79a7', turn: '#76b7b2', llm: '#f28e2b', tool: '#59a14f', subagent: '#af7aa1' };
  var usd = function (v) { return v == null ? 'no price' : '$' + (v < 1 ? v.toFixed(4) : v.toFixed(2)); };
  var charts = 0;
  function chart(id, config) {
    var el = document.getElementById(id);
    if (!el) return;
    config.options = Object.assign({ animation: false, responsive: true, maintainAspectRatio: false }, config.options || {});
    new Chart(el, config);
    charts += 1;
  }
  var s = model.series.points;
  var tokenSets = function (points) {
    return [
      { label: 'Input', data: points.map(function (p) { return p.input; }), backgroundColor: colors.input },
      { label: 'Output', data: points.map(function (p) { return p.output; }), backgroundColor: colors.output },
      { label: 'Cache write', data: points.map(function (p) { return p.cacheWrite; }), backgroundColor: colors.cacheWrite },
      { label: 'Cache read', data: points.map(function (p) { return p.cacheRead; }), backgroundColor: colors.cacheRead }
    ];
  };
  chart('cost-series', { type: 'bar', data: { labels: s.map(function (p) { return p.label; }),
    datasets: [{ label: 'Cost (USD)', data: s.map(function (p) { return p.cost; }), backgroundColor: colors.cost }] },
    options: { plugins: { tooltip: { callbacks: { label: function (c) { return usd(c.parsed.y); } } } } } });
  chart('tokens-series', { type: 'bar', data: { labels: s.map(function (p) { return p.label; }), datasets: tokenSets(s) },
    options: { scales: { x: { stacked: true }, y: { stacked: true } } } });
  var m = model.models;
  chart('cost-models', { type: 'bar', data: { labels: m.map(function (p) { return p.label; }),
    datasets: [{ label: 'Cost (USD)', data: m.map(function (p) { return p.cost; }), backgroundColor: colors.cost }] },
    options: { indexAxis: 'y', plugins: { tooltip: { callbacks: { label: function (c) { return usd(c.parsed.x); } } } } } });
  chart('tokens-models', { type: 'bar', data: { labels: m.map(function (p) { return p.label; }), datasets: tokenSets(m) },
    options: { indexAxis: 'y', scales: { x: { stacked: true }, y: { stacked: true } } } });
  var w = model.waterfall;
  if (w) {
    var box = document.getElementById('waterfall-box');
    box.style.height = Math.max(160, 22 * w.bars.length + 60) + 'px';
    // Indented by depth, tree-like; a tool's own cost is its subagents' (none: no price shown).
    var labels = w.bars.map(function (b) {
      var cost = b.kind === 'tool' && !b.cost ? '' : '  ' + usd(b.cost);
      return '\u2003'.repeat(b.depth) + b.label + cost;
    });
    chart('waterfall', { type: 'bar', data: { labels: labels, datasets: [{ label: 'span',
      data: w.bars.map(function (b) { return [b.startMs, Math.max(b.endMs, b.startMs + 1)]; }),
      backgroundColor: w.bars.map(function (b) { return b.status === 'error' ? colors.cost : kinds[b.kind]; }),
      barPercentage: 0.9, categoryPercentage: 1 }] },
      options: { indexAxis: 'y', plugins: { legend: { display: false }, tooltip: { callbacks: { label: function (c) {
        var b = w.bars[c.dataIndex];
        return b.kind + ' · ' + (b.endMs - b.startMs).toLocaleString() + ' ms · ' + b.tokens.toLocaleString() + ' tokens · ' + usd(b.cost);
      } } } }, scales: { x: { type: 'linear', title: { display: true, text: 'ms from the session start' } },
        y: { ticks: { autoSkip: false, crossAlign: 'far', font: { family: 'ui-monospace, monospace', size: 11 } } } } } });
  }
  // How long the page took to draw, from the start of navigation (the closing note's load time).
  if (errors.length === 0) body.dataset.status = 'ok charts=' + charts + ' ms=' + Math.round(performance.now());
})();`;

/** One self-contained page: Chart.js, the data and the script inline; nothing is fetched when it opens. */
export function renderHtmlPage(model: PageModel): string {
  const headline = model.headline
    .map((h) => `<div class="kpi"><span>${escapeHtml(h.label)}</span><b>${escapeHtml(h.value)}</b></div>`)
    .join('');
  const waterfall = model.waterfall
    ? `<section><h2>${escapeHtml(model.waterfall.title)}</h2><p class="note">Session → turns → model calls → the tools each call requested → subagents; cost after each name.${model.waterfall.omitted > 0 ? ` ${model.waterfall.omitted} more spans not drawn.` : ''}</p><div class="chart" id="waterfall-box"><canvas id="waterfall"></canvas></div></section>`
    : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(model.title)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;background:#fff}
h1{font-size:22px;margin:0}h2{font-size:16px;margin:24px 0 8px}.sub,.note{color:#666;margin:4px 0}
.kpis{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}.kpi{border:1px solid #ddd;border-radius:6px;padding:8px 12px;min-width:140px}
.kpi span{display:block;color:#666;font-size:12px}.kpi b{font-size:18px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(460px,1fr));gap:16px}
.chart{position:relative;height:280px}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{border-bottom:1px solid #eee;padding:4px 8px;text-align:left}.n{text-align:right;font-variant-numeric:tabular-nums}
</style></head>
<body data-status="loading">
<h1>${escapeHtml(model.title)}</h1><p class="sub">${escapeHtml(model.subtitle)} · generated ${escapeHtml(model.generatedAt)}</p>
<div class="kpis">${headline}</div>
<div class="grid">
<section><h2>Cost ${escapeHtml(model.series.title)}</h2><div class="chart"><canvas id="cost-series"></canvas></div></section>
<section><h2>Tokens ${escapeHtml(model.series.title)}</h2><div class="chart"><canvas id="tokens-series"></canvas></div></section>
<section><h2>Cost by model</h2><div class="chart"><canvas id="cost-models"></canvas></div></section>
<section><h2>Tokens by model</h2><div class="chart"><canvas id="tokens-models"></canvas></div></section>
</div>
${waterfall}
${model.tables.map(tableHtml).join('\n')}
<script type="application/json" id="glassbox-data">${scriptJson(model)}</script>
<script>${chartJsSource().replace(/<\/script/gi, '<\\/script')}</script>
<script>${APP}</script>
</body></html>
`;
}
