// Builders of raw runs and results for the conformance tests.
import { MARK } from "../../conformance/prelude";
import { EngineResults, FileResult } from "../../conformance/results";
import { RawRun } from "../../conformance/runner";
import { Status } from "../../conformance/statuses";

export function raw(markers: string[], over: Partial<RawRun> = {}): RawRun {
  return {
    exitCode: 0,
    signal: null,
    timedOut: false,
    stdoutTail: "",
    stderrTail: "",
    markers: markers.map((m) => MARK + m),
    durationMs: 10,
    ...over,
  };
}

export const HOST = { platform: "linux", arch: "x64", cpus: 2, node: "v20" };
export const DATE = "2026-01-01T00:00:00.000Z";
/** A suite hash of the right shape (64 hex digits). */
export const SUITE_SHA = "ab".repeat(32);

export function cell(status: Status, over: Partial<FileResult> = {}): FileResult {
  const run = { date: DATE, engineVersion: "1.0", host: HOST, timeoutMs: 1000 };
  return { status, timeMs: 5, exitCode: 0, signal: null, stdoutTail: "", stderrTail: "", run, ...over };
}

export function results(engine: string, mode: "source" | "dump" | "count", files: Record<string, FileResult>): EngineResults {
  return {
    schema: 2,
    engine: { id: engine, description: engine, version: `${engine} 1.0` },
    mode,
    flags: { port: true, soft: false },
    suite: { name: "lua-5.3.4-tests", sha256: SUITE_SHA },
    date: DATE,
    host: HOST,
    timeoutMs: 1000,
    wallMs: 1234,
    files,
  };
}
