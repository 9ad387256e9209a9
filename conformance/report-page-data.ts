// Builds the data the matrix page embeds: every cell with its evidence, excerpts, timelines and reference diffs.
import { CellTimeline, columnKey, Replay } from "./history-replay";
import { shortVersion } from "./engines/probe";
import { groupKnown, knownId } from "./report-known";
import { outputDiff, SuiteExcerpts } from "./report-evidence";
import { EngineResults, FileResult, Host } from "./results";
import { PageCell, PageData } from "./page/page-data";
import { MODES } from "./recipes";
import { STATUSES } from "./statuses";

/** The engine whose cells every other is compared with. */
export const REFERENCE_ENGINE = "lua5.3";

/** Where the suite's lines come from at report time; undefined fields say why there are none. */
export interface SuiteAtReportTime {
  dir?: string;
  sha256?: string;
}

const hostText = (h: Host): string => `${h.platform}/${h.arch}, ${h.cpus} cores, node ${h.node}`;

function timelineOf(t: CellTimeline | undefined): PageCell["timeline"] {
  if (!t) return undefined;
  return { firstSeen: t.firstSeen, ...(t.changed ? { changed: t.changed } : {}), observations: t.observations };
}

/** Reference diffs only where both engines ran the file (a SKIP ran nothing). */
function versusReference(cell: FileResult, reference: FileResult | undefined): PageCell["vsReference"] {
  if (!reference || cell.status === "SKIP" || reference.status === "SKIP") return undefined;
  const stdout = outputDiff(reference.stdoutTail, cell.stdoutTail);
  const stderr = outputDiff(reference.stderrTail, cell.stderrTail);
  return { ...(stdout ? { stdout } : {}), ...(stderr ? { stderr } : {}) };
}

export function buildPageData(all: EngineResults[], history: Replay, suite: SuiteAtReportTime): PageData {
  const known = groupKnown(all);
  const engines = [...new Map(all.map((r) => [r.engine.id, r.engine])).values()];
  const runsOn = new Set(all.map((r) => r.suite.sha256));
  const excerpts: PageData["excerpts"] = {};
  const reader = suite.dir && suite.sha256 && runsOn.has(suite.sha256) ? new SuiteExcerpts(suite.dir) : undefined;
  const excerptSource = !suite.dir
    ? "The suite was not found when this page was written: no source excerpts."
    : reader
      ? `Source lines from the suite as found when this page was written (content sha256 ${suite.sha256?.slice(0, 16)}…, the runs' own).`
      : `The suite found when this page was written (content sha256 ${suite.sha256?.slice(0, 16)}…) is not the one the runs used: no source excerpts.`;
  const find = (engine: string, mode: string): EngineResults | undefined => all.find((r) => r.engine.id === engine && r.mode === mode);

  const cells: PageData["cells"] = {};
  for (const r of all) {
    const key = columnKey(r.engine.id, r.mode);
    const counting = r.mode === "source" ? find(r.engine.id, "count") : undefined;
    const reference = r.engine.id === REFERENCE_ENGINE ? undefined : find(REFERENCE_ENGINE, r.mode);
    cells[key] = {};
    for (const [file, cell] of Object.entries(r.files)) {
      const fromCounting = counting?.files[file]?.assertions;
      const counts = cell.assertions ?? fromCounting;
      const where = cell.failure?.where ?? "";
      const excerpt = reader?.at(where);
      if (excerpt) excerpts[`${excerpt.file}:${excerpt.line}`] = excerpt;
      const notes = cell.known ?? [];
      const vsReference = reference ? versusReference(cell, reference.files[file]) : undefined;
      const timeline = timelineOf(history.cells[key]?.[file]);
      cells[key][file] = {
        status: cell.status,
        timeMs: cell.timeMs,
        exitCode: cell.exitCode,
        signal: cell.signal,
        ...(cell.reason !== undefined ? { reason: cell.reason } : {}),
        ...(cell.failure ? { failure: cell.failure } : {}),
        ...(counts ? { counts } : {}),
        ...(!cell.assertions && fromCounting ? { countsFrom: "count" } : {}),
        stdoutTail: cell.stdoutTail,
        stderrTail: cell.stderrTail,
        known: notes.map((k) => knownId(known, r.engine.id, k)).filter((id): id is string => id !== undefined),
        knownCategories: notes.map((k) => k.category),
        run: { ...cell.run, host: hostText(cell.run.host) },
        ...(excerpt ? { excerpt: `${excerpt.file}:${excerpt.line}` } : {}),
        ...(timeline ? { timeline } : {}),
        ...(vsReference ? { vsReference } : {}),
      };
    }
  }
  return {
    reference: REFERENCE_ENGINE,
    statuses: [...STATUSES],
    modes: MODES.filter((m) => all.some((r) => r.mode === m)),
    engines: engines.map((e) => ({ id: e.id, description: e.description, version: e.version, short: shortVersion(e.version) })),
    files: [...new Set(all.flatMap((r) => Object.keys(r.files)))].sort(),
    cells,
    excerpts,
    excerptSource,
    known,
  };
}
