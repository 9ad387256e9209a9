// The closed set of verdicts a cell of the conformance matrix can carry.

/** Every status, in the order reports list them. */
export const STATUSES = ["PASS", "FAIL", "ERROR", "TIMEOUT", "CRASH", "SKIP", "VACUOUS"] as const;

export type Status = (typeof STATUSES)[number];

/** Only PASS counts as a pass; VACUOUS (the file tested nothing) never does. */
export function isPass(status: Status): boolean {
  return status === "PASS";
}

/** Where a failure happened and what it said. */
export interface Failure {
  /** `file:line` of the first failing point, as the engine reported it (may be empty). */
  where: string;
  message: string;
  /** The driver's `debug.traceback` at the failing point, when the engine has one. */
  traceback?: string;
}

/** Assertions executed by the counting prelude. */
export interface AssertionCounts {
  passed: number;
  failed: number;
}

/** A verdict: the status plus whatever explains it. */
export interface Verdict {
  status: Status;
  failure?: Failure;
  /** Why a SKIP, VACUOUS, CRASH or TIMEOUT happened. */
  reason?: string;
  assertions?: AssertionCounts;
}
