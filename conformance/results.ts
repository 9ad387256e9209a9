// The results JSON (one file per engine and mode) and where it lives: self-describing, so reports regenerate from it.
import * as fs from "fs";
import * as path from "path";
import { Flags, Mode } from "./recipes";
import { AssertionCounts, Failure, Status } from "./statuses";
import { PROJECT_ROOT } from "./suite";

export const SCHEMA_VERSION = 1;
export const REPORTS_DIR = path.join(PROJECT_ROOT, "reports");
export const RESULTS_DIR = path.join(REPORTS_DIR, "results");

/** A per-engine known difference that matched this cell (see known-differences.json). */
export interface KnownNote {
  category: string;
  reason: string;
}

export interface FileResult {
  status: Status;
  timeMs: number;
  reason?: string;
  failure?: Failure;
  assertions?: AssertionCounts;
  exitCode: number | null;
  signal: string | null;
  stdoutTail: string;
  stderrTail: string;
  known?: KnownNote[];
}

export interface EngineResults {
  schema: number;
  engine: { id: string; description: string; version: string };
  mode: Mode;
  flags: Flags;
  suite: { name: string; sha256: string };
  date: string;
  host: { platform: string; arch: string; cpus: number; node: string };
  timeoutMs: number;
  /** Wall time of this engine's share of the run (first start to last finish). */
  wallMs: number;
  files: Record<string, FileResult>;
}

export function resultsPath(engineId: string, mode: Mode, dir = RESULTS_DIR): string {
  return path.join(dir, `${engineId}.${mode}.json`);
}

export function readResults(file: string): EngineResults | undefined {
  if (!fs.existsSync(file)) return undefined;
  const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as EngineResults;
  return parsed.schema === SCHEMA_VERSION ? parsed : undefined;
}

/** Every results file in a directory, in a stable order. */
export function readAllResults(dir = RESULTS_DIR): EngineResults[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((n) => readResults(path.join(dir, n)))
    .filter((r): r is EngineResults => r !== undefined);
}

export function writeResults(results: EngineResults, dir = RESULTS_DIR): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = resultsPath(results.engine.id, results.mode, dir);
  fs.writeFileSync(file, JSON.stringify(results, null, 1) + "\n");
  return file;
}

/**
 * A partial run (some files only) updates the previous results of the same engine and mode
 * instead of replacing them, when both ran the same suite with the same flags.
 */
export function mergeResults(previous: EngineResults | undefined, current: EngineResults): EngineResults {
  if (!previous) return current;
  const sameSetting =
    previous.suite.sha256 === current.suite.sha256 &&
    previous.flags.port === current.flags.port &&
    previous.flags.soft === current.flags.soft;
  if (!sameSetting) return current;
  return { ...current, files: { ...previous.files, ...current.files } };
}
