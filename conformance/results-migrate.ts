// Upgrades results files written by older versions of the harness to the current schema, in memory.
import type { EngineResults, FileResult } from "./results";

/** Schema 1 had one provenance for the whole file: a merged partial run lost each cell's own. */
type FileResultV1 = Omit<FileResult, "run">;
type EngineResultsV1 = Omit<EngineResults, "files"> & { files: Record<string, FileResultV1> };

function schemaOf(value: unknown): unknown {
  return typeof value === "object" && value !== null ? (value as { schema?: unknown }).schema : undefined;
}

/**
 * Schema 1 → 2: every cell gets `run` (date, engine version, host, timeout) from the file's
 * top level. Every published schema-1 file was written by whole-column runs (checked against
 * the git history of reports/results), so that is each cell's true provenance.
 */
function fromV1(v1: EngineResultsV1): EngineResults {
  const run = { date: v1.date, engineVersion: v1.engine.version, host: v1.host, timeoutMs: v1.timeoutMs };
  const files = Object.fromEntries(Object.entries(v1.files).map(([file, cell]) => [file, { ...cell, run }]));
  return { ...v1, schema: 2, files };
}

/** The parsed JSON of a results file as the current schema, and the version it had. */
export function migrateResults(parsed: unknown, file: string): { results: EngineResults; from: number } {
  const schema = schemaOf(parsed);
  if (schema === 1) return { results: fromV1(parsed as EngineResultsV1), from: 1 };
  if (schema === 2) return { results: parsed as EngineResults, from: 2 };
  throw new Error(`${file}: results schema ${JSON.stringify(schema)} is not one this harness reads (1 or 2)`);
}
