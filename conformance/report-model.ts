// The matrix every report renders: columns (engine × mode, with counting-mode figures folded in) × files.
import { EngineResults, FileResult } from "./results";
export { shortVersion } from "./engines/probe";
import { AssertionCounts, Status, STATUSES } from "./statuses";

export interface Column {
  /** "lua5.3" for the source mode, "lua5.3 (dump)" for others. */
  label: string;
  results: EngineResults;
  /** The same engine's counting-mode run, whose assertion counts decorate the cells. */
  counting?: EngineResults;
}

export interface Matrix {
  columns: Column[];
  files: string[];
}

/** Columns in the order given (engines as listed), source before dump; count folds into source. */
export function buildMatrix(all: EngineResults[]): Matrix {
  const byEngine = new Map<string, EngineResults[]>();
  for (const r of all) byEngine.set(r.engine.id, [...(byEngine.get(r.engine.id) ?? []), r]);
  const columns: Column[] = [];
  for (const [id, runs] of byEngine) {
    const get = (mode: string): EngineResults | undefined => runs.find((r) => r.mode === mode);
    const source = get("source");
    const dump = get("dump");
    const count = get("count");
    if (source) columns.push({ label: id, results: source, ...(count ? { counting: count } : {}) });
    else if (count) columns.push({ label: `${id} (count)`, results: count, counting: count });
    if (dump) columns.push({ label: `${id} (dump)`, results: dump });
  }
  const files = [...new Set(all.flatMap((r) => Object.keys(r.files)))].sort();
  return { columns, files };
}

/** Text symbols for Markdown: characters every common font has (no emoji); the HTML page draws SVG. */
export const SYMBOLS: Record<Status, string> = {
  PASS: "✓",
  FAIL: "✗",
  ERROR: "error",
  TIMEOUT: "timeout",
  CRASH: "crash",
  SKIP: "skip",
  VACUOUS: "∅ vacuous",
};

/** The counts shown in a cell: the counting run's, else the cell's own (count-mode columns). */
export function cellCounts(column: Column, file: string): AssertionCounts | undefined {
  return column.counting?.files[file]?.assertions ?? column.results.files[file]?.assertions;
}

/** "✓ 412/415"-style text of one cell, or "" when the file was not run. */
export function cellText(column: Column, file: string): string {
  const cell: FileResult | undefined = column.results.files[file];
  if (!cell) return "";
  const counts = cellCounts(column, file);
  const ratio = counts && counts.passed + counts.failed > 0 ? ` ${counts.passed}/${counts.passed + counts.failed}` : "";
  return SYMBOLS[cell.status] + ratio;
}

export type Totals = Record<Status, number>;

export function totals(results: EngineResults): Totals {
  const t = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Totals;
  for (const cell of Object.values(results.files)) t[cell.status]++;
  return t;
}
