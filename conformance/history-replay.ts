// Replays the kept runs in date order: each cell's timeline (when it last changed) and each column's pass count over time.
import type { HistoryRun } from "./history";
import { Status } from "./statuses";

export interface Observation {
  date: string;
  status: Status;
}

/** A cell's story: every observation, and the last time its status changed. */
export interface CellTimeline {
  observations: Observation[];
  /** The first observation of the current status run (the change), when an earlier one differed. */
  changed?: { date: string; from: Status };
  firstSeen: string;
}

export interface PassPoint {
  date: string;
  /** First 16 hex digits of the suite hash: a new suite restarts the count. */
  suite: string;
  pass: number;
  total: number;
}

export interface Replay {
  /** "engine.mode" → file → timeline. */
  cells: Record<string, Record<string, CellTimeline>>;
  /** "engine.mode" → the pass count after each run that touched the column. */
  passes: Record<string, PassPoint[]>;
}

export const columnKey = (engine: string, mode: string): string => `${engine}.${mode}`;

export function replay(runs: HistoryRun[]): Replay {
  const out: Replay = { cells: {}, passes: {} };
  // The latest status of every file of a column under its current suite.
  const state = new Map<string, { suite: string; files: Map<string, Status> }>();
  for (const run of [...runs].sort((a, b) => a.date.localeCompare(b.date))) {
    const suite = run.suite.sha256.slice(0, 16);
    for (const column of run.columns) {
      const key = columnKey(column.engine, column.mode);
      let current = state.get(key);
      if (!current || current.suite !== suite) state.set(key, (current = { suite, files: new Map() }));
      const timelines = (out.cells[key] ??= {});
      for (const [file, cell] of Object.entries(column.cells)) {
        const timeline = (timelines[file] ??= { observations: [], firstSeen: run.date });
        const last = timeline.observations[timeline.observations.length - 1];
        if (last && last.status !== cell.status) timeline.changed = { date: run.date, from: last.status };
        timeline.observations.push({ date: run.date, status: cell.status });
        current.files.set(file, cell.status);
      }
      const statuses = [...current.files.values()];
      (out.passes[key] ??= []).push({ date: run.date, suite, pass: statuses.filter((s) => s === "PASS").length, total: statuses.length });
    }
  }
  return out;
}
