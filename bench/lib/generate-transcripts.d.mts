// Types of the plain-JavaScript generator, for the TypeScript tests that use it.
export declare const UNKNOWN_MODEL: string;

export interface GenerateOptions {
  outDir: string;
  targetBytes: number;
  seed?: number;
  startDate?: string;
  projects?: number;
  /** Legacy costUSD, fast mode, long context, unpriced models, subagents (some lost), replays, resumes. */
  rare?: boolean;
  hoursBetweenSessions?: number;
}

export interface GenerateResult {
  files: string[];
  bytes: number;
  sessions: number;
  responses: number;
}

export declare function generateTranscripts(options: GenerateOptions): GenerateResult;
export declare function addOneSession(options: {
  outDir: string;
  seed?: number;
  date?: string;
}): GenerateResult;
