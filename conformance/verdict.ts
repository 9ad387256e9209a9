// The pure function from an engine's raw output to a verdict: no I/O, no clock, unit-tested.
import { RawRun } from "./runner";
import { Marker, parseMarkers } from "./markers";
import { AssertionCounts, Failure, Verdict } from "./statuses";

function lastOf(markers: Marker[], kind: string): Marker | undefined {
  for (let i = markers.length - 1; i >= 0; i--) if (markers[i].kind === kind) return markers[i];
  return undefined;
}

function counts(markers: Marker[]): AssertionCounts | undefined {
  const m = lastOf(markers, "count");
  if (!m) return undefined;
  const [passed, failed] = (m.fields[0] ?? "").split(" ").map(Number);
  return Number.isFinite(passed) && Number.isFinite(failed) ? { passed, failed } : undefined;
}

/**
 * The position a message starts with. Errors rethrown by `coroutine.wrap` gain the wrap's own
 * position in front ("driver.lua:9: big.lua:52: assertion failed!"): the innermost one counts.
 */
export function messagePosition(message: string): string {
  const chain = /^(?:[^\s:]+:\d+: )+/.exec(message);
  if (!chain) return "";
  const positions = chain[0].split(": ").filter((p) => p !== "");
  return positions[positions.length - 1];
}

/** `file:line` from the marker, else from the message; the traceback when the driver sent one. */
function failureOf(m: Marker): Failure {
  const [where = "", message = "", traceback = ""] = m.fields;
  const trace = traceback.trim();
  return { where: where !== "" ? where : messagePosition(message), message, ...(trace ? { traceback: trace } : {}) };
}

/** The line of stderr that best explains a crash: the last one that names an error, else the last one. */
function detailLine(text: string): string {
  const lines = text.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const explaining = lines.filter((l) => /error|fault|abort|panic|overflow|out of memory|killed|not found/i.test(l));
  const line = explaining.length ? explaining[explaining.length - 1] : lines[lines.length - 1];
  return (line ?? "").slice(0, 300);
}

function died(raw: RawRun): string | undefined {
  if (raw.signal) return `killed by ${raw.signal}`;
  if (raw.exitCode !== 0) return `exit code ${raw.exitCode}`;
  return undefined;
}

function withDetail(reason: string, raw: RawRun): string {
  const detail = detailLine(raw.stderrTail);
  return detail ? `${reason}: ${detail}` : reason;
}

/** all.lua's own last line: it prints it only when everything ran. */
export const ALL_LUA_OK = "final OK !!!";

/**
 * The error report of a standalone interpreter (`lua5.3: msg` then `stack traceback:`), as the
 * last such report on stderr; all.lua's finalizer dots may precede it on the same line.
 */
export function interpreterError(stderr: string): Failure | undefined {
  const lines = stderr.split("\n");
  const at = lines.lastIndexOf("stack traceback:");
  if (at < 1) return runnerError(lines);
  const message = lines[at - 1].replace(/^\.*/, "").replace(/^[^\s:]+: /, "");
  const frame = lines.slice(at + 1).find((l) => /^\t[^\[]\S*\.lua:\d+:/.test(l));
  const where = messagePosition(message) || (frame ? (/^\t(\S+\.lua:\d+):/.exec(frame) ?? ["", ""])[1] : "");
  return { where, message };
}

/** Without a traceback (the npm engines' runners): "<runner>: file.lua:12: message" as the last line. */
function runnerError(lines: string[]): Failure | undefined {
  const last = lines.map((l) => l.trim()).filter((l) => l !== "").pop() ?? "";
  const m = /^\.*[\w.-]+: ([^\s:]+\.lua:\d+: .*)$/.exec(last);
  return m ? { where: messagePosition(m[1]), message: m[1] } : undefined;
}

/** all.lua ran as the main chunk: its final line and the exit status tell the outcome. */
function handedOff(raw: RawRun, markers: Marker[], base: { assertions?: AssertionCounts }): Verdict {
  if (raw.signal) return { status: "CRASH", reason: withDetail(`killed by ${raw.signal}`, raw), ...base };
  if (raw.exitCode !== 0) {
    const failure = interpreterError(raw.stderrTail);
    return failure ? { status: "FAIL", failure, ...base } : { status: "CRASH", reason: withDetail(`exit code ${raw.exitCode}`, raw), ...base };
  }
  if (raw.stdoutTail.includes(ALL_LUA_OK)) return { status: "PASS", ...base };
  const guard = lastOf(markers, "guard");
  if (guard && guard.fields[0] === "true") {
    return { status: "VACUOUS", reason: `returned early: ${guard.fields[1] ?? "its guard"} holds`, ...base };
  }
  return { status: "CRASH", reason: withDetail(`exited without all.lua's "${ALL_LUA_OK}"`, raw), ...base };
}

/**
 * Rules, first match wins:
 *  could not start → CRASH; timed out → TIMEOUT; driver never started → CRASH;
 *  `skip` → SKIP; `loaderror` → ERROR; a failed assertion (counting mode) or `fail` → FAIL;
 *  `handoff` (all.lua as main chunk) → by exit status and all.lua's final line;
 *  `done` but the process then died → CRASH; `done` with the file's early-return guard true,
 *  or (counting mode) with no assertion executed → VACUOUS; `done` → PASS;
 *  no final marker → CRASH (the engine died, or exited without reporting).
 */
export function verdictOf(raw: RawRun): Verdict {
  const markers = parseMarkers(raw.markers);
  const assertions = counts(markers);
  const base = assertions ? { assertions } : {};
  if (raw.spawnError !== undefined) return { status: "CRASH", reason: `could not start: ${raw.spawnError}` };
  if (raw.timedOut) return { status: "TIMEOUT", reason: `killed after ${Math.round(raw.durationMs / 1000)} s`, ...base };
  if (!lastOf(markers, "start")) {
    return { status: "CRASH", reason: withDetail(`the driver did not start (${died(raw) ?? "exit code 0"})`, raw) };
  }
  const skip = lastOf(markers, "skip");
  if (skip) return { status: "SKIP", reason: skip.fields[0] ?? "", ...base };
  const loadError = lastOf(markers, "loaderror");
  if (loadError) {
    const message = loadError.fields[0] ?? "";
    return { status: "ERROR", failure: { where: messagePosition(message), message }, ...base };
  }
  const firstAssert = markers.find((m) => m.kind === "assertfail");
  const fail = lastOf(markers, "fail");
  if (firstAssert || fail) {
    const failure = failureOf((firstAssert ?? fail) as Marker);
    return { status: "FAIL", failure, ...base };
  }
  if (lastOf(markers, "handoff")) return handedOff(raw, markers, base);
  if (lastOf(markers, "done")) {
    const death = died(raw);
    if (death) return { status: "CRASH", reason: withDetail(`${death} after the file completed`, raw), ...base };
    const guard = lastOf(markers, "guard");
    if (guard && guard.fields[0] === "true") {
      return { status: "VACUOUS", reason: `returned early: ${guard.fields[1] ?? "its guard"} holds`, ...base };
    }
    if (assertions && assertions.passed + assertions.failed === 0) {
      return { status: "VACUOUS", reason: "completed without executing an assertion", ...base };
    }
    return { status: "PASS", ...base };
  }
  return { status: "CRASH", reason: withDetail(died(raw) ?? "exited without reporting a result", raw), ...base };
}
