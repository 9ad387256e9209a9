// Parse benchmark (manual §3/§9 syntax): MB/s of source → AST on the official suite's 28 files,
// for luaref, luaparse (luaVersion 5.3) and `luac5.3 -p` (whole-process time), in one run.
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import * as luaparse from "luaparse";
import { findSuite, suiteFiles } from "../conformance/suite";
import { parse } from "../grammar/parse";
import { skipPrelude } from "../interpreter/eval/load";

/**
 * Timed rounds after one warm-up round. Each file's best (minimum) time over the rounds is kept:
 * the least disturbed by other load on a shared machine, and a time the JIT has settled for
 * (luaref, with Chevrotain, needs more rounds to settle than luaparse).
 */
const ROUNDS = 20;

interface SourceFile {
  name: string;
  path: string;
  text: string;
}

interface Result {
  engine: string;
  /** Files the engine parsed (the others are listed in `rejected`). */
  bytes: number;
  /** The sum over the files of each file's best time, in ms. */
  ms: number;
  rejected: string[];
  note: string;
}

/** Why an engine rejected a file, by `engine:file`. */
const rejectionReasons = new Map<string, string>();

/** Times `run` on every file, ROUNDS times after one warm-up round; a throwing file counts as rejected. */
function measure(engine: string, files: SourceFile[], run: (f: SourceFile) => void, note: string): Result {
  const rejected = new Set<string>();
  const best = new Map<string, number>();
  for (let round = 0; round <= ROUNDS; round++) {
    for (const file of files) {
      if (rejected.has(file.name)) continue;
      const start = process.hrtime.bigint();
      try {
        run(file);
      } catch (e) {
        rejected.add(file.name);
        rejectionReasons.set(`${engine}:${file.name}`, (e as Error).message.split("\n")[0]);
        continue;
      }
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (round > 0) best.set(file.name, Math.min(ms, best.get(file.name) ?? Infinity)); // round 0 warms the JIT up
    }
  }
  const parsed = files.filter((f) => !rejected.has(f.name));
  const bytes = parsed.reduce((sum, f) => sum + f.text.length, 0);
  const ms = parsed.reduce((sum, f) => sum + best.get(f.name)!, 0);
  return { engine, bytes, ms, rejected: [...rejected], note };
}

function luacAvailable(): boolean {
  const probe = spawnSync("luac5.3", ["-v"], { encoding: "utf8" });
  return probe.error === undefined && probe.status === 0;
}

function main(): void {
  const dir = findSuite();
  if (dir === undefined) {
    console.error("bench-parse: the official test suite was not found (see conformance/suite.ts)");
    process.exitCode = 1;
    return;
  }
  const files: SourceFile[] = suiteFiles(dir).map((name) => {
    const file = path.join(dir, name);
    return { name, path: file, text: skipPrelude(fs.readFileSync(file, "latin1")) };
  });

  const results: Result[] = [
    measure("luaref", files, (f) => parse(f.text, "@" + f.name), "lex + parse + CST→AST + resolve"),
    measure("luaparse", files, (f) => luaparse.parse(f.text, { luaVersion: "5.3" }), "luaVersion 5.3, default options"),
  ];
  if (luacAvailable()) {
    results.push(
      measure("luac5.3 -p", files, (f) => {
        const run = spawnSync("luac5.3", ["-p", f.path]);
        if (run.status !== 0) throw new Error(run.stderr.toString("latin1"));
      }, "whole process per file (spawn + parse)"),
    );
  } else {
    console.log("luac5.3 not installed: its row is skipped");
  }

  const reference = results[0];
  const mbPerSecond = (r: Result) => r.bytes / 1e6 / (r.ms / 1000);
  console.log(`Parse benchmark: ${files.length} files of ${dir}, each file's best of ${ROUNDS} rounds\n`);
  console.log("| engine | files | KB | ms | MB/s | luaref ÷ engine (speed) | note |");
  console.log("|---|---:|---:|---:|---:|---:|---|");
  for (const r of results) {
    const ratio = mbPerSecond(reference) / mbPerSecond(r);
    console.log(
      `| ${r.engine} | ${files.length - r.rejected.length} | ${(r.bytes / 1024).toFixed(0)} | ${r.ms.toFixed(1)} | ` +
        `${mbPerSecond(r).toFixed(2)} | ${ratio.toFixed(2)} | ${r.note} |`,
    );
  }
  for (const r of results) {
    for (const name of r.rejected) console.log(`\n${r.engine} rejected ${name}: ${rejectionReasons.get(`${r.engine}:${name}`) ?? ""}`);
  }
}

main();
