// The differential corpus (test/lua/**/*.lua): how a program is run and what is compared.
//
// Each program X.lua has X.expected.json = {stdout, stderr, status}, recorded from PUC lua5.3
// (scripts/record-expected.ts). A program runs with its own directory as cwd, named by its
// base name (so messages read "X.lua:3: ..."), with stdin empty. The interpreter's own name in
// messages ("lua5.3: ", "luaref: ") is normalised to "lua: ".
import { spawnSync } from "child_process";
import * as path from "path";

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

export function expectedPath(luaFile: string): string {
  return luaFile.replace(/\.lua$/, ".expected.json");
}

/** Runs `command args... X.lua` in X.lua's directory; undefined when the command is missing. */
export function runProgram(command: string, prefixArgs: string[], luaFile: string, progName: string): RunResult | undefined {
  const r = spawnSync(command, [...prefixArgs, path.basename(luaFile)], {
    cwd: path.dirname(path.resolve(luaFile)),
    input: "",
    encoding: "latin1",
    timeout: 60_000,
  });
  if (r.error && (r.error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
  const normalise = (s: string) => s.split(`${progName}: `).join("lua: ");
  return { stdout: normalise(r.stdout ?? ""), stderr: normalise(r.stderr ?? ""), status: r.status ?? -1 };
}

/** The reference run: PUC lua5.3, or undefined when it is not installed. */
export function runReference(luaFile: string): RunResult | undefined {
  return runProgram("lua5.3", [], luaFile, "lua5.3");
}
