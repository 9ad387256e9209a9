// Running the `luaref` command (bin/luaref.js) and PUC's lua5.3 on the same arguments and stdin,
// for the command-line tests. The interpreter's own name (lua.c's progname, argv[0]) becomes
// "lua" and addresses become "0xADDR", so that the two transcripts compare byte for byte.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export const LUAREF = path.resolve(__dirname, "..", "..", "..", "bin", "luaref.js");

export interface Transcript {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
}

export interface Run {
  args: string[];
  stdin?: string;
  /** stdin is a regular file with that content rather than a pipe. */
  stdinIsFile?: boolean;
  env?: Record<string, string>;
}

/** Whether PUC's lua5.3 is installed (the differential cases need it). */
export const HAVE_LUA53 = spawnSync("lua5.3", ["-v"]).error === undefined;

function run(command: string, prefix: string[], progname: string, r: Run): Transcript {
  const input = Buffer.from(r.stdin ?? "", "latin1");
  const file = path.join(os.tmpdir(), `luaref-cli-stdin-${process.pid}`);
  let fd: number | undefined;
  if (r.stdinIsFile) {
    fs.writeFileSync(file, input);
    fd = fs.openSync(file, "r");
  }
  const p = spawnSync(command, [...prefix, ...r.args], {
    ...(fd === undefined ? { input } : { stdio: [fd, "pipe", "pipe"] }),
    env: { ...process.env, LUA_INIT: undefined, LUA_INIT_5_3: undefined, ...r.env },
    timeout: 60_000,
  });
  if (fd !== undefined) {
    fs.closeSync(fd);
    fs.unlinkSync(file);
  }
  // EPIPE: the command ended without reading all its stdin (e.g. `lua -- -` runs a file named "-")
  if (p.error !== undefined && (p.error as NodeJS.ErrnoException).code !== "EPIPE") throw p.error;
  const normalise = (b: Buffer) => b.toString("latin1").split(progname).join("lua").replace(/0x[0-9a-f]+/g, "0xADDR");
  return { stdout: normalise(p.stdout), stderr: normalise(p.stderr), status: p.status, signal: p.signal };
}

export function luaref(r: Run): Transcript {
  return run(process.execPath, [LUAREF], LUAREF, r);
}

export function lua53(r: Run): Transcript {
  return run("lua5.3", [], "lua5.3", r);
}
