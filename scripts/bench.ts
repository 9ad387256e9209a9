// Speed benchmark: runs scripts/bench/*.lua on luaref, PUC lua5.3, fengari and wasmoon in one
// run and prints per-benchmark times and ratios to lua5.3 (with geometric means).
// Usage: node dist/scripts/bench.js [--runs N] [benchmark ...]
// Each time is the best of N runs of the whole process, minus that engine's start-up time
// (the best time of empty.lua), so the ratios compare execution, not process start.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";

const ROOT = path.resolve(__dirname, "..", "..");
const BENCH_DIR = path.join(ROOT, "scripts", "bench");

interface Engine {
  name: string;
  command: string;
  args: string[];
}

const ENGINES: Engine[] = [
  { name: "lua5.3", command: "lua5.3", args: [] },
  { name: "luaref", command: process.execPath, args: [path.join(ROOT, "bin", "luaref.js")] },
  { name: "fengari", command: process.execPath, args: [path.join(ROOT, "dist", "conformance", "node-runners", "fengari.js")] },
  { name: "wasmoon", command: process.execPath, args: [path.join(ROOT, "dist", "conformance", "node-runners", "wasmoon.js")] },
];

/** Wall time of one run in ms, or an error text. */
function timeRun(engine: Engine, file: string): number | string {
  const start = performance.now();
  const r = spawnSync(engine.command, [...engine.args, file], { cwd: BENCH_DIR, encoding: "latin1", timeout: 600_000 });
  const ms = performance.now() - start;
  if (r.error) return (r.error as NodeJS.ErrnoException).code ?? String(r.error);
  if (r.status !== 0) return `exit ${r.status}: ${(r.stderr ?? "").split("\n")[0]}`;
  return ms;
}

function best(engine: Engine, file: string, runs: number): number | string {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = timeRun(engine, file);
    if (typeof t === "string") return t;
    min = Math.min(min, t);
  }
  return min;
}

function main(argv: string[]): void {
  let runs = 3;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--runs") runs = Number(argv[++i]);
    else names.push(argv[i]);
  }
  const all = fs.readdirSync(BENCH_DIR).filter((f) => f.endsWith(".lua") && f !== "empty.lua").sort();
  const files = names.length > 0 ? all.filter((f) => names.includes(f.replace(/\.lua$/, ""))) : all;

  const engines = ENGINES.filter((e) => typeof timeRun(e, "empty.lua") === "number");
  const startup = new Map(engines.map((e) => [e.name, best(e, "empty.lua", runs) as number]));
  const rows: Record<string, number | string>[] = [];
  for (const file of files) {
    const row: Record<string, number | string> = {};
    for (const e of engines) {
      const t = best(e, file, runs);
      row[e.name] = typeof t === "number" ? Math.max(1, t - startup.get(e.name)!) : t;
    }
    rows.push(row);
    process.stderr.write(`${file} done\n`);
  }

  const ref = "lua5.3";
  const others = engines.map((e) => e.name).filter((n) => n !== ref);
  const header = ["benchmark", ...engines.map((e) => `${e.name} ms`), ...others.map((n) => `${n}/${ref}`)];
  const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
  const logSums = new Map<string, { sum: number; n: number }>(others.map((n) => [n, { sum: 0, n: 0 }]));
  files.forEach((file, i) => {
    const row = rows[i];
    const cells = engines.map((e) => (typeof row[e.name] === "number" ? (row[e.name] as number).toFixed(0) : String(row[e.name])));
    const ratios = others.map((n) => {
      const a = row[n];
      const b = row[ref];
      if (typeof a !== "number" || typeof b !== "number") return "—";
      const s = logSums.get(n)!;
      s.sum += Math.log(a / b);
      s.n++;
      return (a / b).toFixed(1);
    });
    lines.push(`| ${file.replace(/\.lua$/, "")} | ${[...cells, ...ratios].join(" | ")} |`);
  });
  const geo = others.map((n) => {
    const s = logSums.get(n)!;
    return s.n === 0 ? "—" : Math.exp(s.sum / s.n).toFixed(1);
  });
  lines.push(`| **geometric mean** | ${engines.map(() => "").join(" | ")} | ${geo.join(" | ")} |`);
  lines.push("");
  lines.push(`start-up (subtracted): ${engines.map((e) => `${e.name} ${startup.get(e.name)!.toFixed(0)} ms`).join(", ")}; best of ${runs} runs`);
  console.log(lines.join("\n"));
}

main(process.argv.slice(2));
