// The data reports/index.html embeds (one JSON script element): shared by the report writer and the page's script.
// Types only, and no node imports: the page's script is type-checked against the DOM alone.
import type { AssertionCounts, Failure, Status } from "../statuses";

/** Lines of a suite file around one line (1-based). */
export interface Excerpt {
  file: string;
  line: number;
  /** Number of the first line in `lines`. */
  first: number;
  lines: string[];
}

/** One line of a unified diff: ' ' both, '-' the reference only, '+' this engine only, '@' a hunk header. */
export interface DiffLine {
  t: " " | "-" | "+" | "@";
  s: string;
}

export interface PageEngine {
  id: string;
  description: string;
  version: string;
  /** The version without its copyright. */
  short: string;
}

export interface PageCell {
  status: Status;
  timeMs: number;
  exitCode: number | null;
  signal: string | null;
  reason?: string;
  failure?: Failure;
  /** Assertion counts shown in the cell: its own (count mode) or the counting run's (source). */
  counts?: AssertionCounts;
  /** Where `counts` come from when not from this cell. */
  countsFrom?: string;
  stdoutTail: string;
  stderrTail: string;
  /** Ids of the known-difference entries that explain this cell. */
  known: string[];
  /** Categories of those entries (for `known:` queries). */
  knownCategories: string[];
  run: { date: string; engineVersion: string; host: string; timeoutMs: number };
  /** Key into PageData.excerpts of the failing line. */
  excerpt?: string;
  timeline?: {
    firstSeen: string;
    changed?: { date: string; from: Status };
    observations: { date: string; status: Status }[];
  };
  /** Against the reference engine's cell of the same file and mode (absent for the reference itself). */
  vsReference?: { stdout?: DiffLine[]; stderr?: DiffLine[] };
}

export interface PageData {
  reference: string;
  statuses: Status[];
  modes: string[];
  engines: PageEngine[];
  files: string[];
  /** "engine.mode" → file → cell. */
  cells: Record<string, Record<string, PageCell>>;
  /** "file:line" → the suite's lines around it. */
  excerpts: Record<string, Excerpt>;
  /** Where the excerpts come from, or why there are none. */
  excerptSource: string;
  /** Known differences, each once per engine and cause, with the cells they explain. */
  known: { id: string; engine: string; category: string; reason: string; cells: { file: string; mode: string }[] }[];
}
