// io.popen as C's popen runs it. "r" is a real pipe: the command runs while Lua reads its output (a
// program may read a line, act on it, read the next one while the command goes on). Node has no
// synchronous pipe(2)/waitpid(2), so: the pipe is a FIFO opened at both ends (the read end
// non-blocking: reads wait out EAGAIN), the write end is the child's stdout, and pclose waits for
// the child by reading its exit status from /proc while it is a zombie — libuv reaps it only when
// this thread's event loop runs, which it does not while Lua code runs. "w" keeps what is written
// and runs the command on it when the pipe is closed.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawn, spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from "child_process";
import type { Pipe, ProcessStatus } from "../runtime/host";
import { FileStream } from "./file-stream";
import { shellArguments } from "./host-strings";

let fifoCount = 0;

/** Runs `sh -c command` as glibc's system and popen do: argv[0] is "sh", which the shell's messages name. */
export function shell(command: string, options: SpawnSyncOptions): SpawnSyncReturns<Buffer> {
  return spawnSync("/bin/sh", shellArguments(command), { ...options, argv0: "sh" }) as SpawnSyncReturns<Buffer>;
}

/** A finished command's wait status, or why it could not run. */
export function spawnStatus(r: { status: number | null; signal: NodeJS.Signals | null; error?: Error }): ProcessStatus {
  if (r.error !== undefined) return { error: r.error };
  if (r.signal !== null) return { signal: os.constants.signals[r.signal] };
  return { exit: r.status ?? 0 };
}

/** popen(command, "w"): the written bytes go to the command, run when the pipe is closed. */
export function popenWrite(command: string): Pipe {
  const file = new FileStream({ fd: -1, readable: false, writable: true, append: false });
  return {
    file,
    close() {
      const input = Buffer.from(file.takeWritten(), "latin1");
      const r = shell(command, { input, stdio: ["pipe", "inherit", "inherit"] });
      // a command that exits without reading its input: C's writes had gone into the pipe's buffer
      if ((r.error as NodeJS.ErrnoException | undefined)?.code === "EPIPE") return spawnStatus({ ...r, error: undefined });
      return spawnStatus(r);
    },
  };
}

/** popen(command, "r"): the command's output, read while it runs. */
export function popenRead(command: string): Pipe {
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
  const file = new FileStream({ fd: readFd, readable: true, writable: false, append: false });
  return {
    file,
    close() {
      file.close();
      return pid === undefined ? { exit: 127 } : waitExit(pid);
    },
  };
}

/** Polls /proc/PID/stat until the child is a zombie, then decodes its wait status. */
function waitExit(pid: number): ProcessStatus {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const status = zombieStatus(pid);
    if (status !== undefined) {
      const signal = status & 0x7f;
      if (signal !== 0) return { signal };
      return { exit: (status >> 8) & 0xff };
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
