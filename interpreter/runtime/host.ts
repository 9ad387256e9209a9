// What luaref asks of the operating system (the role of C's stdio, stdlib and time.h for PUC's
// libraries): standard streams, files, processes, the environment, the CPU clock. The interface
// lives here so that libraries and the evaluator depend on it only; interpreter/host/ holds the
// Node implementation (host/node-host.ts), the one place that touches the system.
//
// Failures are thrown as the C call's errno would be set: host/errno.ts turns them into
// luaL_fileresult's `nil, message, errno`.

/** C stdio's buffering modes (setvbuf's _IONBF, _IOFBF, _IOLBF). */
export type BufferMode = "no" | "full" | "line";

/** fseek's origins (SEEK_SET, SEEK_CUR, SEEK_END). */
export type Whence = "set" | "cur" | "end";

/** A C stdio stream (FILE*) with glibc's observable behaviour: buffers, positions, ungetc. */
export interface CFile {
  /** getc: the next byte, or -1 at end of file. */
  getc(): number;
  /** ungetc of the byte the last getc returned. */
  ungetc(): void;
  /** fread: up to n bytes (fewer at end of file). */
  readBytes(n: number): string;
  /** The bytes up to the next newline or end of file; `newline` tells whether one ended the line. */
  readLine(): { text: string; newline: boolean };
  /** freads of LUAL_BUFFERSIZE bytes until one comes back short. */
  readAll(): string;
  /** fgets(buf, size): a line with its newline, cut after size - 1 bytes; undefined at end of file. */
  gets(size: number): string | undefined;
  /** fwrite. */
  write(s: string): void;
  /** fflush. */
  flush(): void;
  /** setvbuf(f, NULL, mode, size): glibc ignores the size when given no buffer. */
  setvbuf(mode: BufferMode): void;
  /** fseek then ftell: the new position. */
  seek(whence: Whence, offset: number | bigint): number | bigint;
  /** fclose. */
  close(): void;
}

/** How a command ended (the wait status system() and pclose() return), or why it could not run. */
export type ProcessStatus = { exit: number } | { signal: number } | { error: unknown };

/** A stream popen opened, and pclose. */
export interface Pipe {
  readonly file: CFile;
  /** pclose: closes the stream and waits for the command. */
  close(): ProcessStatus;
}

export interface Host {
  /** C's standard streams (stdout line-buffered on a terminal, fully buffered otherwise; stderr unbuffered). */
  readonly stdin: CFile;
  readonly stdout: CFile;
  readonly stderr: CFile;

  /** fopen with a mode l_checkmode accepted ([rwa]+?b*). */
  open(name: string, mode: string): CFile;
  /** tmpfile: a "w+b" file no name refers to. */
  tmpfile(): CFile;
  /** popen(command, "r" | "w") through `sh -c`. */
  popen(command: string, mode: "r" | "w"): Pipe;
  /** system(command) through `sh -c`. */
  system(command: string): ProcessStatus;
  /** remove: unlink, or rmdir for a directory. */
  remove(name: string): void;
  rename(from: string, to: string): void;
  /** mkstemp's fresh file name, or undefined when none could be made. */
  tmpname(): string | undefined;

  /** A Lua source file's bytes (stdin when `name` is undefined), for luaL_loadfilex; throws when unreadable. */
  readFile(name: string | undefined): string;
  /** strerror(errno) for a file that cannot be opened for reading (luaL_loadfilex's errfile). */
  openError(name: string | undefined): string;
  /** fopen(name, "r") would succeed (package.searchpath's readable). */
  isReadable(name: string): boolean;

  /** getenv: a variable's value as bytes, or undefined. */
  getenv(name: string): string | undefined;
  /** clock(): CPU time used by the process, in microseconds (CLOCKS_PER_SEC is 1000000). */
  clock(): number;
  /** The largest buffer malloc could give (io.read's counts are checked against it). */
  allocationLimit(): bigint;
}
