// Runs the matrix: probes engines, then every (engine, mode, file) cell in a bounded pool of processes.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Engine } from "./engines/engine";
import { KnownDifference, knownNotes } from "./known";
import { driverSource, MARK } from "./prelude";
import { ProgressSink } from "./progress";
import { Flags, flagsFor, Mode, recipeFor } from "./recipes";
import { EngineResults, FileResult, Provenance, SCHEMA_VERSION } from "./results";
import { runPool } from "./pool";
import { runProcess } from "./runner";
import { verdictOf } from "./verdict";
import { createWorkdir } from "./workdir";

export interface RunOptions {
  engines: Engine[];
  files: string[];
  modes: Mode[];
  flags: Flags;
  jobs: number;
  timeoutMs: number;
  suiteDir: string;
  suiteSha256: string;
  known: KnownDifference[];
  progress: ProgressSink;
  /** Previous run times per "engine.mode/file", to start the slowest cells first. */
  previousTimes?: Map<string, number>;
}

export interface Unavailable {
  id: string;
  description: string;
  reason: string;
}

export interface MatrixRun {
  results: EngineResults[];
  unavailable: Unavailable[];
  wallMs: number;
}

interface Cell {
  engine: Engine;
  mode: Mode;
  file: string;
}

/** Bytes of stdout/stderr kept per cell in the results. */
const TAIL_CHARS = 2000;

export function cellKey(engineId: string, mode: Mode, file: string): string {
  return `${engineId}.${mode}/${file}`;
}

/** A cell's outcome before the run's provenance is known (it is stamped on at the end). */
type Measured = Omit<FileResult, "run">;

async function runCell(cell: Cell, opts: RunOptions, cwd: string, driverFor: (mode: Mode, file: string) => string): Promise<Measured> {
  const { command, args } = cell.engine.command(driverFor(cell.mode, cell.file));
  opts.progress.started(`${cell.engine.id}.${cell.mode}`, cell.file);
  const raw = await runProcess({ command, args, cwd, timeoutMs: opts.timeoutMs, markerPrefix: MARK });
  const verdict = verdictOf(raw);
  opts.progress.finished(`${cell.engine.id}.${cell.mode}`, cell.file, verdict.status);
  const known = knownNotes(opts.known, cell.engine.id, cell.file, verdict);
  return {
    ...verdict,
    timeMs: raw.durationMs,
    exitCode: raw.exitCode,
    signal: raw.signal,
    // The driver's own lines are noise in a report; the engine's output is what a reader wants.
    stdoutTail: raw.stdoutTail.split("\n").filter((l) => !l.startsWith(MARK)).join("\n").slice(-TAIL_CHARS),
    stderrTail: raw.stderrTail.slice(-TAIL_CHARS),
    ...(known.length ? { known } : {}),
  };
}

export async function runMatrix(opts: RunOptions): Promise<MatrixRun> {
  const started = Date.now();
  const probes = await Promise.all(opts.engines.map((e) => e.probe()));
  const available = opts.engines.map((engine, i) => ({ engine, probe: probes[i] })).filter((e) => e.probe.available);
  const unavailable = opts.engines
    .map((e, i) => ({ id: e.id, description: e.description, reason: probes[i].reason ?? "unavailable", ok: probes[i].available }))
    .filter((e) => !e.ok)
    .map(({ id, description, reason }) => ({ id, description, reason }));

  const cells: Cell[] = available.flatMap(({ engine }) =>
    opts.modes.flatMap((mode) => opts.files.map((file) => ({ engine, mode, file }))),
  );
  // Slowest first (by the previous run) keeps the pool busy until the end.
  const cost = (c: Cell): number => opts.previousTimes?.get(cellKey(c.engine.id, c.mode, c.file)) ?? 0;
  const order = cells.map((_cell, i) => i).sort((a, b) => cost(cells[b]) - cost(cells[a]));

  const workdir = createWorkdir(opts.suiteDir);
  const drivers = new Map<string, string>();
  const driverFor = (mode: Mode, file: string): string => {
    const key = `${mode}-${file}`;
    let driverPath = drivers.get(key);
    if (!driverPath) {
      driverPath = path.join(workdir.drivers, key);
      fs.writeFileSync(driverPath, driverSource(recipeFor(file), mode, opts.flags), "latin1");
      drivers.set(key, driverPath);
    }
    return driverPath;
  };
  const spans = new Map<string, { first: number; last: number }>();
  let outcomes: Measured[];
  try {
    const alone = (i: number): boolean => {
      const recipe = recipeFor(cells[i].file);
      return !flagsFor(recipe, opts.flags).port && recipe.alone === true;
    };
    const runOne = async (i: number) => {
      const cell = cells[i];
      const t0 = Date.now();
      const result = await runCell(cell, opts, workdir.suite, driverFor);
      const key = `${cell.engine.id}.${cell.mode}`;
      const span = spans.get(key) ?? { first: t0, last: t0 };
      spans.set(key, { first: Math.min(span.first, t0), last: Math.max(span.last, Date.now()) });
      return { i, result };
    };
    const ordered = [
      ...(await runPool(order.filter((i) => !alone(i)), opts.jobs, runOne)),
      ...(await runPool(order.filter(alone), 1, runOne)),
    ];
    outcomes = new Array<Measured>(cells.length);
    for (const { i, result } of ordered) outcomes[i] = result;
  } finally {
    opts.progress.end();
    workdir.dispose();
  }

  const date = new Date().toISOString();
  const host = { platform: os.platform(), arch: os.arch(), cpus: os.cpus().length, node: process.version };
  const results: EngineResults[] = available.flatMap(({ engine, probe }) =>
    opts.modes.map((mode) => {
      const run: Provenance = { date, engineVersion: probe.version, host, timeoutMs: opts.timeoutMs };
      const files: Record<string, FileResult> = {};
      cells.forEach((c, i) => {
        if (c.engine === engine && c.mode === mode) files[c.file] = { ...outcomes[i], run };
      });
      const span = spans.get(`${engine.id}.${mode}`);
      return {
        schema: SCHEMA_VERSION,
        engine: { id: engine.id, description: engine.description, version: probe.version },
        mode,
        flags: opts.flags,
        suite: { name: "lua-5.3.4-tests", sha256: opts.suiteSha256 },
        date,
        host,
        timeoutMs: opts.timeoutMs,
        wallMs: span ? span.last - span.first : 0,
        files,
      };
    }),
  );
  return { results, unavailable, wallMs: Date.now() - started };
}
