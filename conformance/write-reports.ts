// Regenerates every derived report (matrix.md, index.html, junit.xml) from the results files.
import * as fs from "fs";
import * as path from "path";
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

export function writeReports(engineOrder: string[], reportsDir = REPORTS_DIR): string[] {
  const all = orderResults(readAllResults(path.join(reportsDir, "results")), engineOrder);
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
