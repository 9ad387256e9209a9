// Compares a run with the previous results: newly passing and newly failing files per engine and mode.
import { EngineResults } from "./results";
import { isPass, Status } from "./statuses";

export interface Change {
  column: string;
  file: string;
  before: Status;
  after: Status;
}

export interface ResultsDiff {
  newlyPassing: Change[];
  /** PASS before, anything but PASS or SKIP now: the regressions --fail-on-regression acts on. */
  newlyFailing: Change[];
  /** Columns whose previous results ran with other flags or another suite: not compared. */
  incomparable: string[];
}

function columnOf(r: EngineResults): string {
  return `${r.engine.id}.${r.mode}`;
}

export function diffResults(previous: EngineResults[], current: EngineResults[]): ResultsDiff {
  const diff: ResultsDiff = { newlyPassing: [], newlyFailing: [], incomparable: [] };
  const before = new Map(previous.map((r) => [columnOf(r), r]));
  for (const now of current) {
    const column = columnOf(now);
    const old = before.get(column);
    if (!old) continue;
    if (old.suite.sha256 !== now.suite.sha256 || old.flags.port !== now.flags.port || old.flags.soft !== now.flags.soft) {
      diff.incomparable.push(column);
      continue;
    }
    for (const [file, cell] of Object.entries(now.files)) {
      const was = old.files[file]?.status;
      if (!was || was === cell.status) continue;
      const change = { column, file, before: was, after: cell.status };
      if (isPass(cell.status)) diff.newlyPassing.push(change);
      else if (isPass(was) && cell.status !== "SKIP") diff.newlyFailing.push(change);
    }
  }
  return diff;
}

export function renderDiff(diff: ResultsDiff): string {
  const lines: string[] = [];
  const list = (title: string, changes: Change[]): void => {
    if (!changes.length) return;
    lines.push(`${title}:`);
    for (const c of changes) lines.push(`  ${c.column}  ${c.file}  ${c.before} → ${c.after}`);
  };
  list("Newly passing", diff.newlyPassing);
  list("Newly failing", diff.newlyFailing);
  if (diff.incomparable.length) lines.push(`Not compared (other flags or suite): ${diff.incomparable.join(", ")}`);
  if (!lines.length) lines.push("No change against the previous results.");
  return lines.join("\n");
}
