// The report's shapes: what one group of responses, a session, a tool and the whole report hold.
/** Tokens and cost of a group of API responses. */
export interface UsageEntry {
  /** Deduplicated API responses. */
  responses: number;
  inputTokens: number;
  outputTokens: number;
  /** All cache writes; split below into 5-minute and 1-hour writes (a write without the split is 5-minute). */
  cacheCreationTokens: number;
  cacheCreation5mTokens: number;
  cacheCreation1hTokens: number;
  cacheReadTokens: number;
  totalTokens: number;
  webSearchRequests: number;
  /** USD of the responses whose price is known. */
  cost: number;
  /** Responses of models without a price: `cost` leaves them out (it is a lower bound), never a silent $0. */
  costUnknownResponses: number;
}

export interface SessionEntry extends UsageEntry {
  project: string;
  firstTime: string | null;
  lastTime: string | null;
  models: string[];
}

export interface ToolEntry {
  calls: number;
  /** Calls with a result. */
  completed: number;
  errors: number;
  /** errors / completed. */
  errorRate: number;
  /** Time from the request for the tool to its result. */
  p50Ms: number | null;
  p95Ms: number | null;
  maxMs: number | null;
  meanMs: number | null;
  totalMs: number;
}

export type ReportGroup = 'day' | 'session' | 'model' | 'project' | 'tool';

export interface UsageReport {
  timezone: string;
  since: string | null;
  until: string | null;
  /** Sessions with a response in range. */
  sessions: number;
  totals: UsageEntry;
  byModel: Record<string, UsageEntry>;
  byDate: Record<string, UsageEntry>;
  /** Empty when built with `bySession: false`. */
  bySession: Record<string, SessionEntry>;
  byProject?: Record<string, UsageEntry>;
  byTool?: Record<string, ToolEntry>;
  /** By skill and by slash command (`groupByScope`), for the HTML page; `(none)` for the rest. */
  bySkill?: Record<string, UsageEntry>;
  byCommand?: Record<string, UsageEntry>;
  /** Models seen without a price. */
  unpricedModels: string[];
}

export function emptyEntry(): UsageEntry {
  return {
    responses: 0,
    inputTokens: 0,
    outputTokens: 0,
    cacheCreationTokens: 0,
    cacheCreation5mTokens: 0,
    cacheCreation1hTokens: 0,
    cacheReadTokens: 0,
    totalTokens: 0,
    webSearchRequests: 0,
    cost: 0,
    costUnknownResponses: 0,
  };
}
