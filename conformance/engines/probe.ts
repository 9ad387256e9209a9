// Version probing shared by the adapters: run a command briefly, keep the first line it prints.
import { runProcess } from "../runner";
import { Probe } from "./engine";

const PROBE_TIMEOUT_MS = 20_000;

/** Probes by running `command args`; a missing command is "not installed", not a failure. */
export async function probeCommand(command: string, args: string[], cwd: string): Promise<Probe> {
  const raw = await runProcess({ command, args, cwd, timeoutMs: PROBE_TIMEOUT_MS });
  if (raw.spawnError !== undefined) return { available: false, version: "", reason: `not installed (${raw.spawnError})` };
  const firstLine = (raw.stdoutTail + raw.stderrTail).split("\n").find((l) => l.trim() !== "") ?? "";
  if (raw.timedOut || raw.exitCode !== 0) {
    return { available: false, version: "", reason: `version probe failed: ${firstLine || `exit ${raw.exitCode}`}` };
  }
  return { available: true, version: firstLine.trim() };
}

/** A version banner without its copyright: "Lua 5.3.6" out of "Lua 5.3.6  Copyright (C) 1994-2020 Lua.org, PUC-Rio". */
export function shortVersion(version: string): string {
  // A banner quoted inside parentheses keeps its closing one: "luaref 0.1.0 (-v: Lua 5.3.6)".
  return version.replace(/\s+(?:--\s+)?Copyright.*?(\)?)$/, "$1").trim();
}
