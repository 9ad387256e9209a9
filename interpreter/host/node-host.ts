// The host on Node (runtime/host.ts's interface): C's stdio over file descriptors, files and
// processes through fs and child_process, the environment as bytes, the CPU clock. Everything
// luaref does to the operating system goes through here or the files it assembles.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CFile, Host, Pipe, ProcessStatus } from "../runtime/host";
import { FileStream, type StreamTarget } from "./file-stream";
import { getenv, hostPath } from "./host-strings";
import { OutputStream, defaultMode } from "./output";
import { popenRead, popenWrite, shell, spawnStatus } from "./popen";

export class NodeHost implements Host {
  private stdinFile: FileStream | undefined = undefined;
  private stdoutFile: FileStream | undefined = undefined;
  private stderrFile: FileStream | undefined = undefined;
  /** C's stdout and stderr buffers, shared by print, io.write and the command's messages. */
  private stdoutBuffer: OutputStream | undefined = undefined;
  private stderrBuffer: OutputStream | undefined = undefined;

  /**
   * Before a stream reads from its descriptor, glibc flushes a line-buffered stdout (so a prompt
   * written without a newline shows before the program waits for input).
   */
  private readonly beforeInput = (): void => {
    const out = this.stdoutBuffer;
    if (out !== undefined && out.mode === "line") out.flush();
  };

  // --- the standard streams, made at their first use --------------------------------------------

  /** C's `stdin`, which lua.c, debug.debug and io.read share; where it stands if inherited mid-file. */
  get stdin(): FileStream {
    this.stdinFile ??= new FileStream({
      fd: 0, readable: true, writable: false, append: false, beforeInput: this.beforeInput, offset: inheritedOffset(0),
    });
    return this.stdinFile;
  }

  get stdout(): FileStream {
    this.stdoutBuffer ??= new OutputStream(1, defaultMode(1));
    this.stdoutFile ??= new FileStream({ fd: 1, readable: false, writable: true, append: false, out: this.stdoutBuffer });
    return this.stdoutFile;
  }

  get stderr(): FileStream {
    this.stderrBuffer ??= new OutputStream(2, "no");
    this.stderrFile ??= new FileStream({ fd: 2, readable: false, writable: true, append: false, out: this.stderrBuffer });
    return this.stderrFile;
  }

  // --- files and processes -----------------------------------------------------------------------

  open(name: string, mode: string): CFile {
    const plus = mode.includes("+");
    const fd = fs.openSync(hostPath(name), mode[0] + (plus ? "+" : ""), 0o666);
    const target: StreamTarget = {
      fd, readable: mode[0] === "r" || plus, writable: mode[0] !== "r" || plus, append: mode[0] === "a",
      beforeInput: this.beforeInput,
    };
    return new FileStream(target);
  }

  tmpfile(): CFile {
    const name = path.join(os.tmpdir(), `lua_tmp_${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2)}`);
    const file = this.open(name, "w+b");
    fs.unlinkSync(name);
    return file;
  }

  popen(command: string, mode: "r" | "w"): Pipe {
    // glibc's popen flushes the output streams
    this.stdout.flush();
    return mode === "r" ? popenRead(command) : popenWrite(command);
  }

  system(command: string): ProcessStatus {
    // like system(), this does not flush stdout: buffered output may follow the command's
    return spawnStatus(shell(command, { stdio: "inherit" }));
  }

  remove(name: string): void {
    let isDir = false;
    try {
      isDir = fs.lstatSync(hostPath(name)).isDirectory();
    } catch {
      // the unlink below reports why
    }
    if (isDir) fs.rmdirSync(hostPath(name));
    else fs.unlinkSync(hostPath(name));
  }

  rename(from: string, to: string): void {
    fs.renameSync(hostPath(from), hostPath(to));
  }

  /** mkstemp("/tmp/lua_XXXXXX"): creates the file and returns its name. */
  tmpname(): string | undefined {
    const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (let attempt = 0; attempt < 100; attempt++) {
      let suffix = "";
      for (let i = 0; i < 6; i++) suffix += chars[Math.floor(Math.random() * chars.length)];
      const name = path.join("/tmp", `lua_${suffix}`);
      try {
        fs.closeSync(fs.openSync(name, "wx", 0o600));
        return name;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") break;
      }
    }
    return undefined;
  }

  // --- source files ------------------------------------------------------------------------------

  readFile(name: string | undefined): string {
    return fs.readFileSync(name === undefined ? 0 : hostPath(name)).toString("latin1");
  }

  openError(name: string | undefined): string {
    try {
      fs.closeSync(fs.openSync(name === undefined ? "/dev/stdin" : hostPath(name), "r"));
      return "Is a directory";
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code === "EACCES" ? "Permission denied" : code === "ENOTDIR" ? "Not a directory" : "No such file or directory";
    }
  }

  isReadable(name: string): boolean {
    try {
      fs.closeSync(fs.openSync(hostPath(name), "r"));
      return true;
    } catch {
      return false;
    }
  }

  // --- environment, clock, memory ---------------------------------------------------------------

  getenv(name: string): string | undefined {
    return getenv(name);
  }

  clock(): number {
    const { user, system } = process.cpuUsage();
    return user + system;
  }

  /** Linux's overcommit heuristic refuses a single allocation larger than the RAM plus swap. */
  allocationLimit(): bigint {
    let swap = 0n;
    try {
      const m = /^SwapTotal:\s+(\d+) kB/m.exec(fs.readFileSync("/proc/meminfo", "latin1"));
      if (m !== null) swap = BigInt(m[1]) * 1024n;
    } catch {
      // no /proc: count the RAM only
    }
    return BigInt(os.totalmem()) + swap;
  }
}

/** The current offset of an inherited descriptor (Linux's /proc; Node has no lseek). */
function inheritedOffset(fd: number): number | undefined {
  try {
    const pos = /^pos:\s*(\d+)/m.exec(fs.readFileSync(`/proc/self/fdinfo/${fd}`, "latin1"));
    return pos === null ? undefined : Number(pos[1]);
  } catch {
    return undefined;
  }
}
