/** One sample of a Prometheus instant query's vector result (`/api/v1/query`). */
export interface PrometheusSample {
  readonly metric: Record<string, string>;
  readonly value: [number, string];
}

/**
 * A vector result as `{a="x",b="y"}` (labels sorted; `{}` for none) → value, so a test compares what a query
 * (a dashboard panel, a rule) returns with the series and values it should.
 */
export function keyedSamples(result: readonly PrometheusSample[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of result) {
    const labels = Object.entries(s.metric)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([k, v]) => `${k}="${v}"`)
      .join(',');
    out[`{${labels}}`] = Number(s.value[1]);
  }
  return out;
}
