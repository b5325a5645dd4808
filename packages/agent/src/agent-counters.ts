/** Counts one more (or `n` more) of something the agent ignored, refused or failed at, by reason. */
export type CountFn = (reason: string, n?: number) => void;

/**
 * What the agent counts about itself while it runs: items ignored or refused by reason, requests by route, and
 * the spool's figures since the start. `/status` and `glassbox doctor` show them.
 */
export class AgentCounters {
  /** Events and requests ignored or dropped, by reason. */
  readonly ignored: Record<string, number> = {};
  /** Authenticated requests by route (`POST /v1/hooks`). */
  readonly requests: Record<string, number> = {};
  /** Spool records written since the start. */
  appended = 0;
  /** Spool records applied again at the start. */
  replayed = 0;
  corruptLines = 0;
  tornTails = 0;
  quarantinedSegments = 0;

  readonly count: CountFn = (reason, n = 1) => {
    this.ignored[reason] = (this.ignored[reason] ?? 0) + n;
  };

  request(route: string): void {
    this.requests[route] = (this.requests[route] ?? 0) + 1;
  }
}
