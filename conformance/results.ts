// The results JSON (one file per engine and mode) and where it lives: self-describing, so reports regenerate from it.
import * as fs from "fs";
import * as path from "path";
import { Flags, Mode } from "./recipes";
import { migrateResults } from "./results-migrate";
import { assertValidResults, RESULTS_SCHEMA_FILE, writeResultsSchema } from "./results-schema";
import { AssertionCounts, Failure, Status } from "./statuses";
import { PROJECT_ROOT } from "./suite";

export const SCHEMA_VERSION = 2;
export const REPORTS_DIR = path.join(PROJECT_ROOT, "reports");
export const RESULTS_DIR = path.join(REPORTS_DIR, "results");

/** A per-engine known difference that matched this cell (see known-differences.json). */
export interface KnownNote {
  category: string;
  reason: string;
}

/** The machine a run happened on. */
export interface Host {
  platform: string;
  arch: string;
  cpus: number;
  node: string;
}

/** Which run measured a cell: a merged partial run keeps every cell's own. */
export interface Provenance {
  /** ISO 8601 end of that run. */
  date: string;
  engineVersion: string;
  host: Host;
  timeoutMs: number;
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
  run: Provenance;
}

export interface EngineResults {
  /** Relative reference to the JSON Schema published beside the file (editors use it). */
  $schema?: string;
  schema: number;
  engine: { id: string; description: string; version: string };
  mode: Mode;
  flags: Flags;
  suite: { name: string; sha256: string };
  /** The latest run merged into this file; each cell has its own in `run`. */
  date: string;
  host: Host;
  timeoutMs: number;
  /** Wall time of the latest run's share of this engine and mode (first start to last finish). */
  wallMs: number;
  files: Record<string, FileResult>;
}

/** `<engine>.<mode>.json`: the names of results files (the schema beside them is not one). */
const RESULTS_NAME = /^[^/\\]+\.(source|dump|count)\.json$/;

export function resultsPath(engineId: string, mode: Mode, dir = RESULTS_DIR): string {
  return path.join(dir, `${engineId}.${mode}.json`);
}

/** Reads, upgrades (older schema versions) and validates one results file; undefined when absent. */
export function readResults(file: string): EngineResults | undefined {
  return readResultsWithOrigin(file)?.results;
}

/** As readResults, also telling which schema version the file had on disk. */
export function readResultsWithOrigin(file: string): { results: EngineResults; storedSchema: number } | undefined {
  if (!fs.existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
  const { results, from } = migrateResults(parsed, file);
  assertValidResults(results, file);
  return { results, storedSchema: from };
}

/** The results files of a directory, in a stable order. */
export function resultsFiles(dir = RESULTS_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => RESULTS_NAME.test(n))
    .sort()
    .map((n) => path.join(dir, n));
}

/** Every results file in a directory, in a stable order. */
export function readAllResults(dir = RESULTS_DIR): EngineResults[] {
  return resultsFiles(dir)
    .map((f) => readResults(f))
    .filter((r): r is EngineResults => r !== undefined);
}

/** Writes one results file (validated first) and the schema beside it. */
export function writeResults(results: EngineResults, dir = RESULTS_DIR): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = resultsPath(results.engine.id, results.mode, dir);
  const { $schema: _old, ...rest } = results;
  const out: EngineResults = { $schema: RESULTS_SCHEMA_FILE, ...rest };
  assertValidResults(out, file);
  fs.writeFileSync(file, JSON.stringify(out, null, 1) + "\n");
  writeResultsSchema(dir);
  return file;
}

/**
 * A partial run (some files only) updates the previous results of the same engine and mode
 * instead of replacing them, when both ran the same suite with the same flags. Every cell keeps
 * the provenance of the run that measured it.
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
