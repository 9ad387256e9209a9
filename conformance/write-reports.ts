// Regenerates every derived report (matrix.md, index.html, junit.xml) from the results files.
import * as fs from "fs";
import * as path from "path";
import { KnownDifference, knownNotes, loadKnownDifferences } from "./known";
import { renderHtml } from "./report-html";
import { renderJunit } from "./report-junit";
import { renderMarkdown } from "./report-markdown";
import { EngineResults, readAllResults, REPORTS_DIR } from "./results";
import { Unavailable } from "./run";

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

export function writeReports(engineOrder: string[], reportsDir = REPORTS_DIR): string[] {
  const results = readAllResults(path.join(reportsDir, "results"));
  const all = orderResults(annotate(results, loadKnownDifferences()), engineOrder);
  const summaryFile = path.join(reportsDir, "run.json");
  const unavailable = fs.existsSync(summaryFile)
    ? (JSON.parse(fs.readFileSync(summaryFile, "utf8")) as RunSummary).unavailable
    : [];
  const outputs: [string, string][] = [
    ["matrix.md", renderMarkdown(all, unavailable)],
    ["index.html", renderHtml(all, unavailable)],
    ["junit.xml", renderJunit(all)],
  ];
  return outputs.map(([name, text]) => {
    const file = path.join(reportsDir, name);
    fs.writeFileSync(file, text);
    return file;
  });
}
