// Every published run, kept per suite hash and date (reports/history/), and what replaying them tells.
import * as fs from "fs";
import * as path from "path";
import { assertValidHistoryRun, HISTORY_SCHEMA_FILE, writeHistorySchema } from "./history-schema";
import { Flags, Mode } from "./recipes";
import { EngineResults, Host } from "./results";
import { AssertionCounts, Status } from "./statuses";

export const HISTORY_SCHEMA_VERSION = 1;

/** What history keeps of a cell: enough for timelines and pass counts, not the output tails. */
export interface HistoryCell {
  status: Status;
  timeMs: number;
  assertions?: AssertionCounts;
  /** failure.where, for FAIL and ERROR. */
  where?: string;
}

export interface HistoryColumn {
  engine: string;
  mode: Mode;
  engineVersion: string;
  host: Host;
  timeoutMs: number;
  cells: Record<string, HistoryCell>;
}

/** One run: the cells it measured (a partial run has only some), all of one suite and flags. */
export interface HistoryRun {
  $schema?: string;
  schema: number;
  date: string;
  suite: { name: string; sha256: string };
  flags: Flags;
  columns: HistoryColumn[];
}

/** reports/history/<first 16 hex of the suite hash>/<date, ':' as '-'>.json */
export function historyPath(dir: string, run: Pick<HistoryRun, "date" | "suite">): string {
  return path.join(dir, run.suite.sha256.slice(0, 16), `${run.date.replace(/:/g, "-")}.json`);
}

function historyCell(cell: EngineResults["files"][string]): HistoryCell {
  return {
    status: cell.status,
    timeMs: cell.timeMs,
    ...(cell.assertions ? { assertions: cell.assertions } : {}),
    ...(cell.failure?.where ? { where: cell.failure.where } : {}),
  };
}

/** The runs that measured these results, one per cell date (a merged file can hold several). */
export function runsOf(all: EngineResults[]): HistoryRun[] {
  const runs = new Map<string, HistoryRun>();
  for (const r of all) {
    for (const [file, cell] of Object.entries(r.files)) {
      const key = `${cell.run.date} ${r.suite.sha256} ${r.flags.port} ${r.flags.soft}`;
      const run = runs.get(key) ?? { schema: HISTORY_SCHEMA_VERSION, date: cell.run.date, suite: r.suite, flags: r.flags, columns: [] };
      runs.set(key, run);
      let column = run.columns.find((c) => c.engine === r.engine.id && c.mode === r.mode);
      if (!column) {
        const { engineVersion, host, timeoutMs } = cell.run;
        column = { engine: r.engine.id, mode: r.mode, engineVersion, host, timeoutMs, cells: {} };
        run.columns.push(column);
      }
      column.cells[file] = historyCell(cell);
    }
  }
  return [...runs.values()];
}

/** Two runs of the same date and suite are one run: columns of the newer record replace the older's. */
function mergeRun(old: HistoryRun | undefined, run: HistoryRun): HistoryRun {
  if (!old || old.flags.port !== run.flags.port || old.flags.soft !== run.flags.soft) return run;
  const same = (a: HistoryColumn, b: HistoryColumn): boolean => a.engine === b.engine && a.mode === b.mode;
  const columns = old.columns.map((c) => {
    const now = run.columns.find((n) => same(n, c));
    return now ? { ...now, cells: { ...c.cells, ...now.cells } } : c;
  });
  return { ...run, columns: [...columns, ...run.columns.filter((n) => !old.columns.some((c) => same(n, c)))] };
}

const byColumn = (a: HistoryColumn, b: HistoryColumn): number => a.engine.localeCompare(b.engine) || a.mode.localeCompare(b.mode);

/** Records the runs behind these results (idempotent: a run already kept is rewritten unchanged). */
export function recordHistory(all: EngineResults[], dir: string): string[] {
  const written = runsOf(all).map((run) => {
    const file = historyPath(dir, run);
    const merged = mergeRun(fs.existsSync(file) ? readHistoryRun(file) : undefined, run);
    const out: HistoryRun = { $schema: `../${HISTORY_SCHEMA_FILE}`, ...merged, columns: [...merged.columns].sort(byColumn) };
    assertValidHistoryRun(out, file);
    const text = JSON.stringify(out, null, 1) + "\n";
    fs.mkdirSync(path.dirname(file), { recursive: true });
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) fs.writeFileSync(file, text);
    return file;
  });
  if (written.length) writeHistorySchema(dir);
  return written;
}

export function readHistoryRun(file: string): HistoryRun {
  const parsed: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
  assertValidHistoryRun(parsed, file);
  return parsed;
}

/** Every history file under dir. */
export function historyFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) =>
      fs
        .readdirSync(path.join(dir, e.name))
        .filter((n) => n.endsWith(".json"))
        .map((n) => path.join(dir, e.name, n)),
    )
    .sort();
}

/** Every kept run, oldest first. */
export function readHistory(dir: string): HistoryRun[] {
  return historyFiles(dir)
    .map(readHistoryRun)
    .sort((a, b) => a.date.localeCompare(b.date));
}
