// io.popen(cmd, "r") as a real pipe: the command runs while Lua reads its output, as with C's
// popen (a program may read a line, act on it, read the next one while the command goes on).
// Node has no synchronous pipe(2)/waitpid(2), so: the pipe is a FIFO opened at both ends (the
// read end non-blocking: reads wait out EAGAIN), the write end is the child's stdout, and pclose
// waits for the child by reading its exit status from /proc while it is a zombie — libuv reaps it
// only when this thread's event loop runs, which it does not while Lua code runs.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawn, spawnSync } from "child_process";
import type { LuaValue } from "../runtime/value";
import { FileStream } from "./file-stream";
import { shellArguments } from "./host-strings";

let fifoCount = 0;

/** A running "r" pipe: its output stream and how to wait for its exit status. */
export interface ReadPipe {
  stream: FileStream;
  /** pclose's waitpid: luaL_execresult's values once the command has ended. */
  wait(): LuaValue[];
}

export function popenRead(command: string): ReadPipe {
  const fifo = path.join(os.tmpdir(), `luaref-popen-${process.pid}-${fifoCount++}`);
  const made = spawnSync("mkfifo", ["-m", "600", fifo]);
  if (made.status !== 0) throw new Error(`cannot create a pipe for popen (${fifo})`);
  let readFd: number;
  let writeFd: number;
  try {
    readFd = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    // a reader exists, so opening the write end (blocking, as the child expects) returns at once
    writeFd = fs.openSync(fifo, fs.constants.O_WRONLY);
  } finally {
    fs.unlinkSync(fifo);
  }
  const child = spawn("/bin/sh", shellArguments(command), { argv0: "sh", stdio: ["inherit", writeFd, "inherit"] });
  fs.closeSync(writeFd);
  const pid = child.pid;
  return {
    stream: new FileStream({ fd: readFd, readable: true, writable: false, append: false }),
    wait: () => (pid === undefined ? [undefined, "exit", 127] : waitExit(pid)),
  };
}

/** Polls /proc/PID/stat until the child is a zombie, then decodes its wait status. */
function waitExit(pid: number): LuaValue[] {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const status = zombieStatus(pid);
    if (status !== undefined) {
      const signal = status & 0x7f;
      if (signal !== 0) return [undefined, "signal", signal];
      const code = (status >> 8) & 0xff;
      return [code === 0 ? true : undefined, "exit", code];
    }
    Atomics.wait(pause, 0, 0, 2);
  }
}

/** The wait status of a zombie (field 52 of /proc/PID/stat); undefined while it runs. */
function zombieStatus(pid: number): number | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "latin1");
  } catch {
    // already reaped: nothing more can be known
    return 0;
  }
  // the fields after the command name, which is in parentheses and may contain anything
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return fields[0] === "Z" ? Number(fields[52 - 3]) : undefined;
}
