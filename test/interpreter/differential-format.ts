// The differential corpus (test/lua/**/*.lua): how a program is run and what is compared.
//
// Each program X.lua has X.expected.json = {stdout, stderr, status}, recorded from PUC lua5.3
// (scripts/record-expected.ts). A program runs with its own directory as cwd, named by its
// base name (so messages read "X.lua:3: ..."), with stdin empty. The interpreter's own name in
// messages (lua.c's progname: "lua5.3: ", the path of bin/luaref.js) is normalised to "lua: ".
import { spawn, spawnSync } from "child_process";
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

/** runProgram without blocking, so that many programs can run at once. */
export function runProgramAsync(command: string, prefixArgs: string[], luaFile: string, progName: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefixArgs, path.basename(luaFile)], {
      cwd: path.dirname(path.resolve(luaFile)),
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (status) => {
      clearTimeout(timer);
      const normalise = (b: Buffer[]) => Buffer.concat(b).toString("latin1").split(`${progName}: `).join("lua: ");
      resolve({ stdout: normalise(out), stderr: normalise(err), status: status ?? -1 });
    });
  });
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function mapLimit<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
