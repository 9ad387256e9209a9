// Per-engine known differences: data (file, line range or message pattern, category, reason), never suite edits.
import * as fs from "fs";
import * as path from "path";
import { KnownNote } from "./results";
import { Failure, Status } from "./statuses";
import { PROJECT_ROOT } from "./suite";

export const KNOWN_DIFFERENCES_PATH = path.join(PROJECT_ROOT, "conformance", "known-differences.json");

export interface KnownDifference {
  engine: string;
  /** A suite file, or "*" for any file (then give a pattern). */
  file: string;
  /** Inclusive line range of the failing point in `file`. */
  lines?: [number, number];
  /** Regular expression over the failure message or the reason. */
  pattern?: string;
  /** Statuses it applies to (default: any non-PASS). */
  statuses?: Status[];
  category: string;
  reason: string;
}

export function loadKnownDifferences(file = KNOWN_DIFFERENCES_PATH): KnownDifference[] {
  if (!fs.existsSync(file)) return [];
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { differences: KnownDifference[] }).differences;
}

/** The line of a failure inside `file`, from "file.lua:123". */
function lineIn(file: string, where: string): number | undefined {
  const m = /([^/\\]+\.lua):(\d+)$/.exec(where);
  return m && m[1] === file ? Number(m[2]) : undefined;
}

/** The known differences that explain one cell (all given conditions must hold). */
export function knownNotes(
  known: KnownDifference[],
  engine: string,
  file: string,
  cell: { status: Status; failure?: Failure; reason?: string },
): KnownNote[] {
  if (cell.status === "PASS") return [];
  return known
    .filter((k) => k.engine === engine && (k.file === file || k.file === "*"))
    .filter((k) => !k.statuses || k.statuses.includes(cell.status))
    .filter((k) => {
      if (!k.lines) return true;
      const line = lineIn(file, cell.failure?.where ?? "");
      return line !== undefined && line >= k.lines[0] && line <= k.lines[1];
    })
    .filter((k) => !k.pattern || new RegExp(k.pattern).test(`${cell.failure?.message ?? ""} ${cell.reason ?? ""}`))
    .map((k) => ({ category: k.category, reason: k.reason }));
}
