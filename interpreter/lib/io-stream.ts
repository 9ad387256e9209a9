// C stdio streams for the io library (manual §6.8): a FILE* over a Node file descriptor, with
// its read buffer, write buffer (setvbuf's modes), position, ungetc and fclose.
import * as fs from "fs";
import { OutputStream, type BufferMode } from "./output";
import { systemError } from "./io-errno";

/** glibc's buffer size for files (st_blksize on usual file systems). */
const BUFFER_SIZE = 4096;

export type Whence = "set" | "cur" | "end";

/** What a stream reads from and writes to. */
export interface StreamTarget {
  /** The descriptor, or -1 for a stream living in memory (popen's). */
  fd: number;
  readable: boolean;
  writable: boolean;
  /** Opened with "a": every write goes to the end of the file. */
  append: boolean;
  /** A shared output stream (stdout, stderr) that buffers this stream's writes. */
  out?: OutputStream;
  /** Bytes to read before anything else (popen "r" output). */
  preloaded?: Buffer;
  /** Called before blocking on the descriptor for input (stdin flushes stdout, as glibc does). */
  beforeInput?: () => void;
  /** Where an inherited descriptor stands (stdin redirected from a file another reader began). */
  offset?: number;
}

export class FileStream {
  /** Bytes read ahead from the descriptor; `readOff` is the next unread one. */
  private readBuf: Buffer = Buffer.alloc(0);
  private readOff = 0;
  private input: Buffer | undefined = undefined;
  /** Written bytes not yet given to the descriptor (when `out` is absent). */
  private pending: string[] = [];
  private pendingSize = 0;
  /** The descriptor's offset for seekable files (reads and writes are positional). */
  private filePos = 0;
  private readonly seekable: boolean;
  mode: BufferMode = "full";
  bufferSize = BUFFER_SIZE;

  constructor(readonly target: StreamTarget) {
    this.seekable = target.fd >= 0 && isRegularFile(target.fd);
    if (target.preloaded !== undefined) this.readBuf = target.preloaded;
    if (this.seekable && target.append && !target.readable) this.filePos = fs.fstatSync(target.fd).size;
    if (this.seekable && target.offset !== undefined) this.filePos = target.offset;
  }

  // --- reading (getc, ungetc, fread) -------------------------------------------------------------

  /** The next byte, or -1 at end of file. */
  getc(): number {
    if (this.readOff >= this.readBuf.length && !this.fill()) return -1;
    return this.readBuf[this.readOff++];
  }

  /** Puts back the byte the last getc returned. */
  ungetc(): void {
    this.readOff--;
  }

  /** Up to n bytes (fewer at end of file). */
  readBytes(n: number): string {
    const parts: string[] = [];
    while (n > 0) {
      if (this.readOff >= this.readBuf.length && !this.fill()) break;
      const k = Math.min(n, this.readBuf.length - this.readOff);
      parts.push(this.readBuf.toString("latin1", this.readOff, this.readOff + k));
      this.readOff += k;
      n -= k;
    }
    return parts.join("");
  }

  /** The bytes up to the next newline or end of file; `newline` tells whether one ended the line. */
  readLine(): { text: string; newline: boolean } {
    const parts: string[] = [];
    for (;;) {
      if (this.readOff >= this.readBuf.length && !this.fill()) return { text: parts.join(""), newline: false };
      const nl = this.readBuf.indexOf(10, this.readOff);
      const end = nl < 0 ? this.readBuf.length : nl;
      parts.push(this.readBuf.toString("latin1", this.readOff, end));
      this.readOff = nl < 0 ? end : end + 1;
      if (nl >= 0) return { text: parts.join(""), newline: true };
    }
  }

  /**
   * read(2) past this stream's buffer, at the descriptor's offset: what another reader of the
   * same descriptor gets (GNU readline reading C's stdin descriptor in lua.c's REPL).
   */
  readThrough(buf: Buffer): number {
    const n = readRetrying(this.target.fd, buf, this.seekable ? this.filePos : null);
    if (this.seekable) this.filePos += n;
    return n;
  }

  /** fgets(buf, size): a line with its newline, cut after size - 1 bytes; undefined at end of file. */
  gets(size: number): string | undefined {
    let line = "";
    while (line.length < size - 1) {
      const c = this.getc();
      if (c < 0) return line === "" ? undefined : line;
      line += String.fromCharCode(c);
      if (c === 10) break;
    }
    return line;
  }

  readAll(): string {
    return this.readBytes(Number.MAX_SAFE_INTEGER);
  }

  /** Reads more input into the buffer; false at end of file. */
  private fill(): boolean {
    const t = this.target;
    if (!t.readable) throw systemError("EBADF");
    this.flushPending();
    if (t.fd < 0) return false;
    if (!this.seekable) t.beforeInput?.();
    // the buffer is reused: everything in it has been consumed when it is refilled
    if (this.input === undefined || this.input.length !== this.bufferSize) this.input = Buffer.allocUnsafe(this.bufferSize);
    const buf = this.input;
    const n = readRetrying(t.fd, buf, this.seekable ? this.filePos : null);
    if (this.seekable) this.filePos += n;
    this.readBuf = buf.subarray(0, n);
    this.readOff = 0;
    return n > 0;
  }

  // --- writing (fwrite, fflush, setvbuf) ---------------------------------------------------------

  write(s: string): void {
    const t = this.target;
    if (t.out !== undefined) {
      t.out.write(s);
      return;
    }
    if (!t.writable) throw systemError("EBADF");
    this.dropReadAhead();
    // line buffering flushes up to the last newline and keeps the rest, as glibc does
    const cut = this.mode === "line" ? s.lastIndexOf("\n") + 1 : 0;
    if (cut > 0) {
      this.buffer(s.slice(0, cut));
      this.flushPending();
      s = s.slice(cut);
    }
    this.buffer(s);
    if (this.mode === "no" || this.pendingSize >= this.bufferSize) this.flushPending();
  }

  private buffer(s: string): void {
    this.pending.push(s);
    this.pendingSize += s.length;
  }

  flush(): void {
    if (this.target.out !== undefined) this.target.out.flush();
    else this.flushPending();
  }

  setvbuf(mode: BufferMode, size: number): void {
    const out = this.target.out;
    if (out !== undefined) {
      out.flush();
      out.mode = mode;
      out.bufferSize = size;
    } else {
      this.flushPending();
      this.mode = mode;
      this.bufferSize = size;
    }
  }

  /** Bytes written to a memory stream so far (popen "w"). */
  takeWritten(): string {
    const s = this.pending.join("");
    this.pending = [];
    this.pendingSize = 0;
    return s;
  }

  private flushPending(): void {
    const t = this.target;
    if (this.pendingSize === 0 || t.fd < 0) return;
    const buf = Buffer.from(this.pending.join(""), "latin1");
    this.pending = [];
    this.pendingSize = 0;
    let off = 0;
    while (off < buf.length) {
      const position = this.seekable && !t.append ? this.filePos + off : null;
      off += writeRetrying(t.fd, buf.subarray(off), position);
    }
    if (this.seekable) this.filePos = t.append ? fs.fstatSync(t.fd).size : this.filePos + buf.length;
  }

  /** Switching from reading to writing: the descriptor goes back to the logical position. */
  private dropReadAhead(): void {
    if (this.seekable) this.filePos -= this.readBuf.length - this.readOff;
    this.readBuf = Buffer.alloc(0);
    this.readOff = 0;
  }

  // --- positioning (fseek, ftell) ----------------------------------------------------------------

  seek(whence: Whence, offset: number): number {
    const t = this.target;
    if (!this.seekable) throw systemError("ESPIPE");
    if (t.out !== undefined) return this.seekShared(t.out, whence, offset);
    this.flushPending();
    const base = whence === "set" ? 0 : whence === "cur" ? this.tell() : fs.fstatSync(t.fd).size;
    const pos = base + offset;
    if (pos < 0) throw systemError("EINVAL");
    this.readBuf = Buffer.alloc(0);
    this.readOff = 0;
    this.filePos = pos;
    return pos;
  }

  /**
   * A standard output redirected to a file: the shared buffer does not track a position, so
   * only the end of what was written (where such a stream always is) can be reported.
   */
  private seekShared(out: OutputStream, whence: Whence, offset: number): number {
    out.flush();
    if (whence === "set" || offset !== 0) throw systemError("EINVAL");
    return fs.fstatSync(this.target.fd).size;
  }

  private tell(): number {
    return this.filePos - (this.readBuf.length - this.readOff) + this.pendingSize;
  }

  // --- closing -----------------------------------------------------------------------------------

  /** fclose: flushes, then releases the descriptor (the flush's error wins). */
  close(): void {
    try {
      this.flush();
    } finally {
      if (this.target.fd > 2) fs.closeSync(this.target.fd);
    }
  }
}

function isRegularFile(fd: number): boolean {
  try {
    return fs.fstatSync(fd).isFile();
  } catch {
    return false;
  }
}

/** A short pause for descriptors in non-blocking mode (a stdin shared with a parent). */
function sleepBriefly(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
}

function readRetrying(fd: number, buf: Buffer, position: number | null): number {
  for (;;) {
    try {
      return fs.readSync(fd, buf, 0, buf.length, position);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") sleepBriefly();
      else if (code === "EOF") return 0;
      else throw e;
    }
  }
}

function writeRetrying(fd: number, buf: Buffer, position: number | null): number {
  for (;;) {
    try {
      return fs.writeSync(fd, buf, 0, buf.length, position);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EAGAIN") sleepBriefly();
      else throw e;
    }
  }
}
