// C stdio streams for the io library (manual §6.8): a FILE* over a Node file descriptor, with
// its read buffer, write buffer (setvbuf's modes), position, ungetc and fclose.
import * as fs from "fs";
import type { BufferMode, CFile, Whence } from "../runtime/host";
import { WriteBuffer, defaultMode, type OutputStream } from "./output";
import { systemError } from "./errno";
import { LUAL_BUFFERSIZE } from "../../grammar/limits";
import { EXT4_SUPER_MAGIC, LLONG_MAX, TMPFS_MAGIC, fileKind, fileSystemType, maxOffset } from "./file-system";

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
  /**
   * Called before a line-buffered or unbuffered stream reads from its descriptor (glibc then
   * flushes a line-buffered stdout).
   */
  beforeInput?: () => void;
  /** Where an inherited descriptor stands (stdin redirected from a file another reader began). */
  offset?: number;
}

/** C's FILE over a descriptor (or, fd -1, over memory), as glibc's stdio runs it. */
export class FileStream implements CFile {
  /** Bytes read ahead from the descriptor; `readOff` is the next unread one. */
  private readBuf: Buffer = Buffer.alloc(0);
  private readOff = 0;
  private input: Buffer | undefined = undefined;
  /** Written bytes not yet given to the descriptor (when `out` is absent). */
  private readonly wbuf: WriteBuffer;
  /** What a memory stream's buffer has let through: the pipe's contents so far. */
  private piped: string[] = [];
  /** The descriptor's offset for seekable files (reads and writes are positional). */
  private filePos = 0;
  private readonly seekable: boolean;
  /**
   * A character device such as /dev/null or /dev/zero, where lseek succeeds and answers 0:
   * positions are what glibc's fseek/ftell make of that, from its own idea of the descriptor's
   * offset (`devOffset`, unknown until a seek sets it).
   */
  private readonly device: boolean;
  private devOffset: number | undefined = undefined;
  /** A directory's offset (reads fail, seeks work), up to LLONG_MAX; undefined for other files. */
  private dirPos: bigint | undefined = undefined;

  constructor(readonly target: StreamTarget) {
    // glibc line-buffers a stream on a terminal
    this.wbuf = new WriteBuffer(target.fd >= 0 ? defaultMode(target.fd) : "full", (data) => this.writeOut(data));
    const kind = target.fd >= 0 ? fileKind(target.fd) : "pipe";
    this.seekable = kind === "file";
    this.device = kind === "device";
    if (kind === "directory") this.dirPos = 0n;
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

  /** fread: up to n bytes (fewer at end of file). */
  readBytes(n: number): string {
    const parts: string[] = [];
    while (n > 0) {
      if (this.readOff >= this.readBuf.length) {
        // glibc reads a request of a whole buffer or more straight from the descriptor, resetting
        // the buffer first: written bytes not yet flushed are lost
        if (n >= this.wbuf.capacity) this.dropPending();
        if (!this.fill()) break;
      }
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

  /** read_all: freads of LUAL_BUFFERSIZE bytes until one comes back short. */
  readAll(): string {
    const parts: string[] = [];
    for (;;) {
      const s = this.readBytes(LUAL_BUFFERSIZE);
      parts.push(s);
      if (s.length < LUAL_BUFFERSIZE) return parts.join("");
    }
  }

  /** Reads more input into the buffer; false at end of file. */
  private fill(): boolean {
    const t = this.target;
    if (!t.readable) throw systemError("EBADF");
    this.wbuf.flush();
    this.wbuf.reset();
    if (t.fd < 0) return false;
    if (this.wbuf.mode !== "full") t.beforeInput?.();
    // the buffer is reused: everything in it has been consumed when it is refilled
    const size = this.wbuf.capacity;
    if (this.input === undefined || this.input.length !== size) this.input = Buffer.allocUnsafe(size);
    const buf = this.input;
    const n = readRetrying(t.fd, buf, this.seekable ? this.filePos : null);
    if (this.seekable) this.filePos += n;
    if (this.devOffset !== undefined) this.devOffset += n;
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
    this.wbuf.write(s);
  }

  flush(): void {
    if (this.target.out !== undefined) this.target.out.flush();
    else this.wbuf.flush();
  }

  /** setvbuf(f, NULL, mode, size): glibc ignores the size when given no buffer. */
  setvbuf(mode: BufferMode): void {
    (this.target.out ?? this.wbuf).setvbuf(mode);
  }

  /** Forgets the unflushed writes. */
  private dropPending(): void {
    this.wbuf.take();
  }

  /** Everything written to a memory stream (popen "w"). */
  takeWritten(): string {
    const s = this.piped.join("") + this.wbuf.take();
    this.piped = [];
    return s;
  }

  /** The write buffer's sink: the descriptor at the stream's position, or the memory pipe. */
  private writeOut(data: string): void {
    const t = this.target;
    if (t.fd < 0) {
      this.piped.push(data);
      return;
    }
    const buf = Buffer.from(data, "latin1");
    let off = 0;
    while (off < buf.length) {
      const position = this.seekable && !t.append ? this.filePos + off : null;
      off += writeRetrying(t.fd, buf.subarray(off), position);
    }
    if (this.seekable) this.filePos = t.append ? fs.fstatSync(t.fd).size : this.filePos + buf.length;
    if (this.devOffset !== undefined) this.devOffset += buf.length;
  }

  /** Switching from reading to writing: the descriptor goes back to the logical position. */
  private dropReadAhead(): void {
    if (this.seekable) this.filePos -= this.readBuf.length - this.readOff;
    this.readBuf = Buffer.alloc(0);
    this.readOff = 0;
  }

  // --- positioning (fseek, ftell) ----------------------------------------------------------------

  seek(whence: Whence, offset: number | bigint): number | bigint {
    const t = this.target;
    if (this.device) {
      this.seekDevice(whence, Number(offset));
      return this.tellDevice();
    }
    if (this.dirPos !== undefined) return this.seekDirectory(whence, BigInt(offset));
    if (!this.seekable) throw systemError("ESPIPE");
    if (t.out !== undefined) return this.seekShared(t.out, whence, Number(offset));
    this.wbuf.flush();
    this.wbuf.reset();
    const base = whence === "set" ? 0 : whence === "cur" ? this.tell() : fs.fstatSync(t.fd).size;
    const pos = base + Number(offset);
    if (pos < 0 || pos > maxOffset(t.fd)) throw systemError("EINVAL");
    this.readBuf = Buffer.alloc(0);
    this.readOff = 0;
    this.filePos = pos;
    return pos;
  }

  /** glibc's fseek (_IO_new_file_seekoff) over a descriptor whose lseek always answers 0. */
  private seekDevice(whence: Whence, offset: number): void {
    this.wbuf.flush();
    this.wbuf.reset();
    const unread = this.readBuf.length - this.readOff;
    if (whence === "end" || (whence === "cur" && this.devOffset === undefined)) return this.dumbSeek();
    if (whence === "cur") {
      offset += this.devOffset! - unread;
      if (offset < 0) throw systemError("EINVAL");
    }
    // within the buffer: only the read position moves
    const start = (this.devOffset ?? 0) - this.readBuf.length;
    if (this.devOffset !== undefined && offset >= start && offset < this.devOffset) {
      this.readOff = offset - start;
      return;
    }
    if (!this.target.readable) return this.dumbSeek();
    // lseek to the block boundary (answered 0), then read up to the requested offset
    const cap = this.wbuf.capacity;
    const delta = offset - Math.floor(offset / cap) * cap;
    const buf = Buffer.allocUnsafe(this.readBuf.length === 0 ? delta : cap);
    const count = delta === 0 ? 0 : readRetrying(this.target.fd, buf, null);
    if (count < delta) return this.dumbSeek();
    this.readBuf = buf.subarray(0, count);
    this.readOff = delta;
    this.devOffset = count;
  }

  /** fseek's fallback: lseek (0 on such a device) and an empty buffer. */
  private dumbSeek(): void {
    this.devOffset = 0;
    this.readBuf = Buffer.alloc(0);
    this.readOff = 0;
  }

  /** ftell: glibc's offset (or lseek's 0) corrected by the buffer; negative is EINVAL. */
  private tellDevice(): number {
    const pending = this.wbuf.pending;
    const pos = (this.devOffset ?? 0) + (pending > 0 ? pending : this.readOff - this.readBuf.length);
    if (pos < 0) throw systemError("EINVAL");
    return pos;
  }

  /** lseek on a directory: ext4 puts its end at LLONG_MAX, tmpfs has no end. */
  private seekDirectory(whence: Whence, offset: bigint): bigint {
    let base = 0n;
    if (whence === "cur") base = this.dirPos!;
    else if (whence === "end") {
      const fsType = fileSystemType(this.target.fd);
      if (fsType === TMPFS_MAGIC) throw systemError("EINVAL");
      base = fsType === EXT4_SUPER_MAGIC ? LLONG_MAX : BigInt(fs.fstatSync(this.target.fd).size);
    }
    const pos = base + offset;
    if (pos < 0n || pos > LLONG_MAX) throw systemError("EINVAL");
    this.dirPos = pos;
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
    return this.filePos - (this.readBuf.length - this.readOff) + this.wbuf.pending;
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
