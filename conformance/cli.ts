// `npm run conformance`: run the matrix, write reports/, print the summary and the diff with the previous run.
import * as fs from "fs";
import * as path from "path";
import { diffResults, renderDiff } from "./diff";
import { allEngines, DEFAULT_ENGINES_CONFIG } from "./engines";
import { Engine } from "./engines/engine";
import { loadKnownDifferences } from "./known";
import { CliOptions, parseOptions, USAGE } from "./options";
import { quietProgress, ttyProgress } from "./progress";
import { totals } from "./report-model";
import { EngineResults, mergeResults, readResults, REPORTS_DIR, resultsPath, SCHEMA_VERSION, writeResults } from "./results";
import { cellKey, runMatrix } from "./run";
import { killAllRunning } from "./runner";
import { findSuite, suiteFiles, suiteTreeSha256 } from "./suite";
import { RunSummary, writeReports, WrittenReports } from "./write-reports";

function selectEngines(all: Engine[], wanted: string[] | undefined): Engine[] {
  if (!wanted) return all;
  const unknown = wanted.filter((id) => !all.some((e) => e.id === id));
  if (unknown.length) throw new Error(`unknown engine(s): ${unknown.join(", ")} (known: ${all.map((e) => e.id).join(", ")})`);
  return wanted.map((id) => all.find((e) => e.id === id) as Engine);
}

function summaryLine(r: EngineResults): string {
  const t = totals(r);
  const n = Object.keys(r.files).length;
  const rest = (["FAIL", "ERROR", "TIMEOUT", "CRASH", "SKIP", "VACUOUS"] as const)
    .filter((s) => t[s] > 0)
    .map((s) => `${t[s]} ${s}`)
    .join(", ");
  const seconds = Object.values(r.files).reduce((sum, f) => sum + f.timeMs, 0) / 1000;
  return `${`${r.engine.id}.${r.mode}`.padEnd(26)} ${String(t.PASS).padStart(2)}/${n} PASS${rest ? `, ${rest}` : ""}  (Σ ${seconds.toFixed(1)} s)`;
}

async function listEngines(engines: Engine[]): Promise<void> {
  for (const e of engines) {
    const p = await e.probe();
    console.log(`${e.id.padEnd(20)} ${p.available ? p.version : `unavailable: ${p.reason ?? ""}`}`);
  }
}

function printWritten(written: WrittenReports): void {
  const rel = (f: string): string => path.relative(process.cwd(), f);
  for (const f of written.upgraded) console.log(`upgraded ${rel(f)} to results schema ${SCHEMA_VERSION}`);
  const history = written.files.filter((f) => f.includes(`${path.sep}history${path.sep}`));
  for (const f of written.files.filter((f) => !history.includes(f))) console.log(`wrote ${rel(f)}`);
  if (history.length) console.log(`history: ${history.length} run file(s) in ${rel(path.dirname(path.dirname(history[0])))}`);
}

async function main(opts: CliOptions): Promise<number> {
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  const engineList = allEngines(opts.config ?? DEFAULT_ENGINES_CONFIG);
  const engineOrder = engineList.map((e) => e.id);
  const reportsDir = path.resolve(opts.reportsDir ?? REPORTS_DIR);
  const resultsDir = path.join(reportsDir, "results");
  if (opts.listEngines) {
    await listEngines(engineList);
    return 0;
  }
  if (opts.reportOnly) {
    printWritten(writeReports(engineOrder, reportsDir));
    return 0;
  }
  const suiteDir = findSuite();
  if (!suiteDir) throw new Error("Lua 5.3 test suite not found: set LUAREF_SUITE_DIR or run `npm run fetch-suite`");
  const allFiles = suiteFiles(suiteDir);
  const files = opts.files ?? allFiles;
  const missing = files.filter((f) => !allFiles.includes(f));
  if (missing.length) throw new Error(`not in the suite: ${missing.join(", ")}`);
  const engines = selectEngines(engineList, opts.engines);

  // Previous results: for the diff, and their times to start the slowest cells first.
  const previous = engines.flatMap((e) => opts.modes.map((m) => readResults(resultsPath(e.id, m, resultsDir))));
  const previousTimes = new Map<string, number>();
  for (const r of previous) {
    if (r) for (const [file, cell] of Object.entries(r.files)) previousTimes.set(cellKey(r.engine.id, r.mode, file), cell.timeMs);
  }
  const total = engines.length * opts.modes.length * files.length;
  const run = await runMatrix({
    engines,
    files,
    modes: opts.modes,
    flags: opts.flags,
    jobs: opts.jobs,
    timeoutMs: opts.timeoutMs,
    suiteDir,
    suiteSha256: suiteTreeSha256(suiteDir),
    known: loadKnownDifferences(),
    progress: process.stderr.isTTY ? ttyProgress(total, process.stderr) : quietProgress,
    previousTimes,
  });

  console.log(`Suite: ${suiteDir}`);
  for (const u of run.unavailable) console.log(`${u.id.padEnd(26)} unavailable: ${u.reason}`);
  for (const r of run.results) console.log(summaryLine(r));
  console.log(`Wall time: ${(run.wallMs / 1000).toFixed(1)} s with ${opts.jobs} jobs`);
  const diff = diffResults(
    previous.filter((r): r is EngineResults => r !== undefined),
    run.results,
  );
  console.log(renderDiff(diff));

  if (opts.write) {
    for (const r of run.results) writeResults(mergeResults(readResults(resultsPath(r.engine.id, r.mode, resultsDir)), r), resultsDir);
    const summary: RunSummary = { date: new Date().toISOString(), wallMs: run.wallMs, unavailable: run.unavailable };
    fs.writeFileSync(path.join(reportsDir, "run.json"), JSON.stringify(summary, null, 1) + "\n");
    printWritten(writeReports(engineOrder, reportsDir));
  }
  return opts.failOnRegression && diff.newlyFailing.length > 0 ? 1 : 0;
}

// The CLI is also importable (tests); it runs only as the entry point.
if (require.main === module) {
  let opts: CliOptions;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (err) {
    console.error(`conformance: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    process.exit(2);
  }
  // Engines run in their own process groups: Ctrl-C does not reach them, so take them down here.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      killAllRunning();
      process.stderr.write(`\nconformance: interrupted (${signal})\n`);
      process.exit(130);
    });
  }
  main(opts).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(`conformance: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(2);
    },
  );
}
