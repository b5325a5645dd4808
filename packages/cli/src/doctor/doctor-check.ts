// The shape of one doctor check and of its findings. Each check is its own module; `doctor-checks.ts` lists them.
import type { DoctorInput } from './doctor-input.js';

export type CheckLevel = 'ok' | 'info' | 'warn' | 'fail';

export interface DoctorCheck {
  readonly name: string;
  readonly level: CheckLevel;
  /** What was found, in plain words. */
  readonly message: string;
  /** What to do about it, when anything. */
  readonly fix?: string;
}

/** One check: reads what doctor found (`DoctorInput`) and says nothing, one finding or several. Never throws. */
export type DoctorCheckRun = (
  input: DoctorInput,
) =>
  | DoctorCheck
  | readonly DoctorCheck[]
  | undefined
  | Promise<DoctorCheck | readonly DoctorCheck[] | undefined>;
