// The JSON of `glassbox report`: the report plus where it was read from (also what the HTML page is made of).
import type { BudgetView } from './budget-view.js';
import type { UsageReport } from './build-report.js';
import type { CollectStats } from './collect-usage.js';

/** The report's JSON: the report itself plus where it was read from. */
export interface ReportJson extends UsageReport {
  /** The budgets set and where they stand now (from the agent's `budget.json`); absent when none is set. */
  budgets?: BudgetView;
  source: {
    configDirs: string[];
    files: number;
    bytes: number;
    bytesRead: number;
    cache: CollectStats['cache'];
    /** Sessions counted from the agent's saved traces because their transcript is gone. */
    agentSessions: number;
    pricing: string;
    /** Transcript lines read this run that are not JSON (a crash mid-write, a bad escape): skipped, counted. */
    skippedLines: number;
  };
}
