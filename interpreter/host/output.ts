// C stdio's write buffer as glibc runs it (full, line and no buffering), in front of a sink;
// OutputStream puts one in front of a file descriptor, so that print/io.write interleave with
// stderr the way PUC's stdout does.
import * as fs from "fs";
import * as tty from "tty";
import type { BufferMode } from "../runtime/host";

/** glibc's buffer size for pipes and files (st_blksize). */
export const BUFFER_SIZE = 4096;

/**
 * glibc's write side of a FILE: bytes wait in a buffer that is written out in whole buffers, so
 * that another program sees exactly what C's would.
 */
export class WriteBuffer {
  private chunks: string[] = [];
  private size = 0;
  /**
   * The buffer glibc allocates at the stream's first use (one byte when unbuffered). setvbuf
   * never resizes it (liolib passes no buffer, and glibc then ignores the size), but "no"
   * replaces it with a one-byte buffer for good.
   */
  private allocated: number | undefined = undefined;
  /** No put area yet (before the first write, after a seek or a read). */
  private fresh = true;

  constructor(public mode: BufferMode, private readonly sink: (data: string) => void) {}

  /** The buffer's size: what reads and writes are measured against. */
  get capacity(): number {
    return this.allocated ?? (this.mode === "no" ? 1 : BUFFER_SIZE);
  }

  /** Bytes written and not yet given to the sink. */
  get pending(): number {
    return this.size;
  }

  /** fwrite (glibc's _IO_new_file_xsputn). */
  write(s: string): void {
    this.allocated = this.capacity;
    // line buffering writes out everything up to the last newline
    const cut = this.mode === "line" ? s.lastIndexOf("\n") + 1 : 0;
    if (cut > 0) {
      this.add(s.slice(0, cut));
      this.flush();
      s = s.slice(cut);
    }
    const cap = this.capacity;
    const total = this.size + s.length;
    this.add(s);
    if (cap === 1) this.flush();
    // a fuller buffer goes out with every whole buffer of what follows; the rest stays.
    // Without a put area yet, a write of a whole buffer goes out at once.
    else if (total > cap || (this.fresh && total === cap)) this.writeOut(total - (total % cap));
    this.fresh = false;
  }

  flush(): void {
    this.writeOut(this.size);
  }

  /** The written bytes, taken out of the buffer. */
  take(): string {
    const data = this.chunks.join("");
    this.chunks = [];
    this.size = 0;
    return data;
  }

  /** A seek or a read: the put area is gone (the caller has flushed or dropped the bytes). */
  reset(): void {
    this.fresh = true;
  }

  /** setvbuf(f, NULL, mode, size): "no" flushes; the size is ignored. */
  setvbuf(mode: BufferMode): void {
    if (mode === "no") {
      this.flush();
      this.allocated = 1;
    } else if (mode === "full" && this.allocated === undefined) {
      this.allocated = BUFFER_SIZE;
    }
    this.mode = mode;
  }

  private add(s: string): void {
    if (s.length === 0) return;
    this.chunks.push(s);
    this.size += s.length;
  }

  /**
   * Gives the first n buffered bytes to the sink and keeps the rest; when the sink fails, glibc
   * has emptied its buffer and drops the rest of the write too.
   */
  private writeOut(n: number): void {
    if (n === 0) return;
    const data = this.take();
    this.sink(data.slice(0, n));
    this.add(data.slice(n));
  }
}

/** A buffered standard stream over a file descriptor (stdout, stderr). */
export class OutputStream extends WriteBuffer {
  constructor(readonly fd: number, mode: BufferMode) {
    super(mode, (data) => writeAll(fd, data));
  }
}

/** write(2) until every byte is out; a closed reader (EPIPE) takes nothing more. */
function writeAll(fd: number, s: string): void {
  const buf = Buffer.from(s, "latin1");
  let off = 0;
  while (off < buf.length) {
    try {
      off += fs.writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") continue;
      if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
      throw e;
    }
  }
}

/** The mode C gives a standard stream: line-buffered on a terminal, fully buffered otherwise. */
export function defaultMode(fd: number): BufferMode {
  return tty.isatty(fd) ? "line" : "full";
}
