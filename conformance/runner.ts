// The one shared process runner: spawn a command, enforce a hard timeout, kill its process group, keep output tails.
import { spawn } from "child_process";

export interface RunRequest {
  command: string;
  args: string[];
  cwd: string;
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  /** Lines of stdout starting with this prefix are collected whole, however long the output. */
  markerPrefix?: string;
  /** Bytes of stdout/stderr kept (the end of each stream). */
  tailBytes?: number;
}

/** What happened, with no interpretation: the verdict is computed elsewhere. */
export interface RawRun {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  /** Set when the process could not be started at all (e.g. ENOENT). */
  spawnError?: string;
  stdoutTail: string;
  stderrTail: string;
  markers: string[];
  durationMs: number;
}

const DEFAULT_TAIL = 16 * 1024;
/** Grace between SIGTERM and SIGKILL of a timed-out process group. */
const KILL_GRACE_MS = 2000;

/** A bounded buffer keeping the last `limit` characters written to it. */
class Tail {
  private text = "";
  constructor(private readonly limit: number) {}
  push(chunk: string): void {
    this.text += chunk;
    if (this.text.length > 2 * this.limit) this.text = this.text.slice(-this.limit);
  }
  toString(): string {
    return this.text.length > this.limit ? this.text.slice(-this.limit) : this.text;
  }
}

/** Collects complete lines that start with a prefix, across chunk boundaries. */
class MarkerScanner {
  private partial = "";
  readonly lines: string[] = [];
  constructor(private readonly prefix: string) {}
  push(chunk: string): void {
    const parts = (this.partial + chunk).split("\n");
    this.partial = parts.pop() ?? "";
    // A pathological line without newline must not grow forever: only a marker prefix is worth keeping.
    if (this.partial.length > 1 << 20 && !this.partial.startsWith(this.prefix)) this.partial = "";
    for (const line of parts) if (line.startsWith(this.prefix)) this.lines.push(line.replace(/\r$/, ""));
  }
  finish(): void {
    if (this.partial.startsWith(this.prefix)) this.lines.push(this.partial);
    this.partial = "";
  }
}

/** Kills the whole process group (the engine may have spawned children, e.g. main.lua's shells). */
function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Process groups still running: detached from the terminal, so an interrupted run must kill them itself. */
const liveGroups = new Set<number>();

/** Kills every running engine (used when the conformance command itself is interrupted). */
export function killAllRunning(): void {
  for (const pid of liveGroups) killGroup(pid, "SIGKILL");
  liveGroups.clear();
}

/** Runs one command to completion or timeout; never rejects. */
export function runProcess(req: RunRequest): Promise<RawRun> {
  const started = Date.now();
  const stdout = new Tail(req.tailBytes ?? DEFAULT_TAIL);
  const stderr = new Tail(req.tailBytes ?? DEFAULT_TAIL);
  const scanner = new MarkerScanner(req.markerPrefix ?? "\u0000never");
  return new Promise((resolve) => {
    let timedOut = false;
    let settled = false;
    const child = spawn(req.command, req.args, {
      cwd: req.cwd,
      env: req.env ?? process.env,
      detached: true, // its own process group, so the timeout can kill every descendant
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (child.pid !== undefined) liveGroups.add(child.pid);
    const finish = (exitCode: number | null, signal: string | null, spawnError?: string): void => {
      if (settled) return;
      settled = true;
      if (child.pid !== undefined) liveGroups.delete(child.pid);
      clearTimeout(timer);
      clearTimeout(killTimer);
      scanner.finish();
      resolve({
        exitCode,
        signal,
        timedOut,
        ...(spawnError !== undefined ? { spawnError } : {}),
        stdoutTail: stdout.toString(),
        stderrTail: stderr.toString(),
        markers: scanner.lines,
        durationMs: Date.now() - started,
      });
    };
    let killTimer: NodeJS.Timeout | undefined;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid === undefined) return;
      const pid = child.pid;
      killGroup(pid, "SIGTERM");
      killTimer = setTimeout(() => killGroup(pid, "SIGKILL"), KILL_GRACE_MS);
    }, req.timeoutMs);
    child.stdout.setEncoding("latin1");
    child.stderr.setEncoding("latin1");
    child.stdout.on("data", (chunk: string) => {
      stdout.push(chunk);
      scanner.push(chunk);
    });
    child.stderr.on("data", (chunk: string) => stderr.push(chunk));
    child.on("error", (err) => finish(null, null, err.message));
    child.on("exit", () => {
      clearTimeout(timer);
      // Descendants that outlive the engine (a shell left running) die with its group, closing the pipes.
      if (child.pid !== undefined) killGroup(child.pid, "SIGKILL");
    });
    // 'close' (not 'exit') waits for the pipes to drain, so no output is lost.
    child.on("close", (code, signal) => finish(code, signal));
  });
}
