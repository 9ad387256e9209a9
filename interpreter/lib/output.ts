// Buffered output to a file descriptor with C stdio's modes (full, line, none), so that
// print/io.write interleave with stderr the way PUC's stdout does.
import * as fs from "fs";
import * as tty from "tty";

export type BufferMode = "no" | "full" | "line";

/** glibc's buffer size for pipes and files. */
const BUFFER_SIZE = 4096;

export class OutputStream {
  private chunks: string[] = [];
  private size = 0;

  constructor(readonly fd: number, public mode: BufferMode, public bufferSize = BUFFER_SIZE) {}

  /** Writes a byte string (latin1). */
  write(s: string): void {
    if (this.mode === "no") {
      this.writeOut(s);
      return;
    }
    this.chunks.push(s);
    this.size += s.length;
    if (this.size >= this.bufferSize || (this.mode === "line" && s.includes("\n"))) this.flush();
  }

  flush(): void {
    if (this.size === 0) return;
    const data = this.chunks.join("");
    this.chunks = [];
    this.size = 0;
    this.writeOut(data);
  }

  private writeOut(s: string): void {
    const buf = Buffer.from(s, "latin1");
    let off = 0;
    while (off < buf.length) {
      try {
        off += fs.writeSync(this.fd, buf, off, buf.length - off);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
        if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
        throw e;
      }
    }
  }
}

/** The mode C gives a standard stream: line-buffered on a terminal, fully buffered otherwise. */
export function defaultMode(fd: number): BufferMode {
  return tty.isatty(fd) ? "line" : "full";
}
