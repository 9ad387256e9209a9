// Regenerates every derived report (matrix.md, index.html, junit.xml) and the history from the results files.
import * as fs from "fs";
import * as path from "path";
import { readHistory, recordHistory } from "./history";
import { replay } from "./history-replay";
import { KnownDifference, knownNotes, loadKnownDifferences } from "./known";
import { DIFFTEST_PAGE, renderHtml } from "./report-html";
import { renderJunit } from "./report-junit";
import { renderMarkdown } from "./report-markdown";
import { buildPageData, SuiteAtReportTime } from "./report-page-data";
import { EngineResults, readResultsWithOrigin, REPORTS_DIR, resultsFiles, SCHEMA_VERSION, writeResults } from "./results";
import { writeResultsSchema } from "./results-schema";
import { Unavailable } from "./run";
import { findSuite, suiteTreeSha256 } from "./suite";

/** reports/run.json: what the last run could not use, so the matrix can say so. */
export interface RunSummary {
  date: string;
  wallMs: number;
  unavailable: Unavailable[];
}

/** Results ordered as the engine list is (reference column first), unknown engines last. */
export function orderResults(all: EngineResults[], engineOrder: string[]): EngineResults[] {
  const rank = (id: string): number => {
    const i = engineOrder.indexOf(id);
    return i < 0 ? engineOrder.length : i;
  };
  return [...all].sort((a, b) => rank(a.engine.id) - rank(b.engine.id) || a.engine.id.localeCompare(b.engine.id));
}

/** Known differences are data: reports show the current data, even for results recorded before an edit. */
export function annotate(all: EngineResults[], known: KnownDifference[]): EngineResults[] {
  return all.map((r) => ({
    ...r,
    files: Object.fromEntries(
      Object.entries(r.files).map(([file, cell]) => {
        const { known: _old, ...rest } = cell;
        const notes = knownNotes(known, r.engine.id, file, rest);
        return [file, notes.length ? { ...rest, known: notes } : rest];
      }),
    ),
  }));
}

export interface WriteReportsOptions {
  /** The suite to take source excerpts from; null: none (default: the one findSuite finds). */
  suiteDir?: string | null;
}

export interface WrittenReports {
  /** Files written (reports, schemas, history). */
  files: string[];
  /** Results files rewritten in the current schema (they had an older one). */
  upgraded: string[];
}

function suiteAtReportTime(dir: string | undefined): SuiteAtReportTime {
  return dir ? { dir, sha256: suiteTreeSha256(dir) } : {};
}

export function writeReports(engineOrder: string[], reportsDir = REPORTS_DIR, options: WriteReportsOptions = {}): WrittenReports {
  const resultsDir = path.join(reportsDir, "results");
  const historyDir = path.join(reportsDir, "history");
  const upgraded: string[] = [];
  const results = resultsFiles(resultsDir).flatMap((file) => {
    const loaded = readResultsWithOrigin(file);
    if (!loaded) return [];
    if (loaded.storedSchema < SCHEMA_VERSION) upgraded.push(writeResults(loaded.results, resultsDir));
    return [loaded.results];
  });
  // Every run behind the published results is kept; recording is idempotent.
  const historyFiles = recordHistory(results, historyDir);
  const runs = readHistory(historyDir);
  const history = replay(runs);
  const all = orderResults(annotate(results, loadKnownDifferences()), engineOrder);
  const summaryFile = path.join(reportsDir, "run.json");
  const unavailable = fs.existsSync(summaryFile)
    ? (JSON.parse(fs.readFileSync(summaryFile, "utf8")) as RunSummary).unavailable
    : [];
  const suiteDir = options.suiteDir === null ? undefined : (options.suiteDir ?? findSuite());
  const data = buildPageData(all, history, suiteAtReportTime(suiteDir));
  const difftest = fs.existsSync(path.join(reportsDir, DIFFTEST_PAGE));
  const outputs: [string, string][] = [
    ["matrix.md", renderMarkdown(all, unavailable)],
    ["index.html", renderHtml({ data, results: all, runs, replay: history, unavailable, difftest })],
    ["junit.xml", renderJunit(all)],
  ];
  const written = outputs.map(([name, text]) => {
    const file = path.join(reportsDir, name);
    fs.writeFileSync(file, text);
    return file;
  });
  fs.mkdirSync(resultsDir, { recursive: true });
  return { files: [...written, writeResultsSchema(resultsDir), ...historyFiles], upgraded };
}
