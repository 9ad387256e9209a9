// The io library (manual §6.8, liolib.c): file handles, the default input and output files,
// io.open/popen/tmpfile/lines and the file methods.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync, type SpawnSyncOptions, type SpawnSyncReturns } from "child_process";
import { NativeFunction } from "../../runtime/native";
import { LuaTable } from "../../runtime/table";
import { Cell, LuaUserdata, type LuaValue, truthy } from "../../runtime/value";
import {
  argCheck, checkAny, checkOption, checkString, cString, isNoneOrNil, optInteger, optString, typeError,
} from "../../runtime/lauxlib";
import { isInteger, isNumber, toFloat } from "../../runtime/number";
import { formatFloat } from "../../runtime/printf";
import type { LuaState } from "../../runtime/state";
import { runtimeOf, type Runtime } from "../../eval/runtime";
import type { BufferMode } from "../../host/output";
import { failResult, fileResult, toSystemError } from "../../host/errno";
import { FileStream, type StreamTarget, type Whence } from "../../host/file-stream";
import { LUAL_BUFFERSIZE } from "../../../grammar/limits";
import { gRead } from "./read";
import { hostPath, shellArguments } from "../../host/host-strings";
import { popenRead, type ReadPipe } from "../../host/popen";

/** How a handle is closed: fclose, pclose, or not at all (the standard files). */
type HandleKind = "file" | "popen" | "standard";

/** The payload of a FILE* userdata (liolib.c's LStream). */
export class LuaFile {
  closed = false;
  constructor(readonly stream: FileStream, readonly kind: HandleKind, readonly command = "") {}
}

/** The library's per-runtime state: the handles' metatable, default files, open handles. */
interface IoState {
  meta: LuaTable;
  input: LuaUserdata;
  output: LuaUserdata;
  open: Set<LuaFile>;
  /** StreamTarget.beforeInput: flushes stdout when it is line-buffered. */
  beforeInput: () => void;
  stdin: FileStream;
}

const states = new WeakMap<LuaState, IoState>();

function ioState(L: LuaState): IoState {
  return states.get(L)!;
}

/** LUA_NUMBER_FMT, which io.write uses for floats (no ".0" suffix, unlike tostring). */
const NUMBER_FORMAT = { flags: "", width: undefined, precision: 14, conversion: "g" };

/** MAXARGLINE: the most formats io.lines and file:lines accept. */
const MAX_ARG_LINE = 250;

// --- handles -----------------------------------------------------------------------------------

function newHandle(L: LuaState, file: LuaFile): LuaUserdata {
  const st = ioState(L);
  const u = new LuaUserdata(file);
  runtimeOf(L).setMetatable(u, st.meta); // marks it for finalization: __gc closes it
  st.open.add(file);
  return u;
}

/** luaL_checkudata(L, i, "FILE*"). */
function checkHandle(L: LuaState, args: LuaValue[], i: number): LuaFile {
  const v = args[i - 1];
  if (v instanceof LuaUserdata && v.metatable === ioState(L).meta) return v.payload as LuaFile;
  return typeError(L, args, i, "FILE*");
}

/** tofile: an open handle. */
function toFile(L: LuaState, args: LuaValue[], i = 1): LuaFile {
  const f = checkHandle(L, args, i);
  if (f.closed) L.error("attempt to use a closed file");
  return f;
}

/** aux_close: closes a handle the way it was opened. */
function closeHandle(L: LuaState, f: LuaFile): LuaValue[] {
  if (f.kind === "standard") return [undefined, "cannot close standard file"];
  f.closed = true;
  ioState(L).open.delete(f);
  if (f.kind === "popen") return pclose(f);
  return fileResult(() => f.stream.close());
}

/**
 * Closes every open file at exit, newest first: lua_close finalizes them in that order, and
 * C's exit then flushes the standard streams (stderr before stdout).
 */
export function closeAllFiles(L: LuaState): void {
  const st = states.get(L);
  if (st === undefined) return;
  const newestFirst = [...st.open].reverse();
  for (const f of newestFirst) {
    if (f.kind === "standard") continue;
    try {
      closeHandle(L, f);
    } catch {
      // a failing close at exit is silent, as in C
    }
  }
  for (const f of newestFirst) if (f.kind === "standard") f.stream.flush();
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

/** C's `stdin` stream, which lua.c and debug.debug read with fgets. */
export function standardInput(L: LuaState): FileStream {
  return ioState(L).stdin;
}

// --- opening -----------------------------------------------------------------------------------

/** l_checkmode: [rwa]%+?b* */
function isValidMode(mode: string): boolean {
  return /^[rwa]\+?b*$/.test(mode);
}

/** fopen: a handle, or a thrown Node error. */
function fopen(L: LuaState, name: string, mode: string): LuaUserdata {
  const plus = mode.includes("+");
  const flags = mode[0] + (plus ? "+" : "");
  const fd = fs.openSync(hostPath(name), flags, 0o666);
  const target: StreamTarget = {
    fd, readable: mode[0] === "r" || plus, writable: mode[0] !== "r" || plus, append: mode[0] === "a",
    beforeInput: ioState(L).beforeInput,
  };
  return newHandle(L, new LuaFile(new FileStream(target), "file"));
}

/** opencheckfile: fopen or raise "cannot open file". */
function openChecked(L: LuaState, name: string, mode: string): LuaUserdata {
  try {
    return fopen(L, name, mode);
  } catch (e) {
    return L.error(`cannot open file '${name}' (${toSystemError(e).message})`);
  }
}

function standardHandle(L: Runtime, target: StreamTarget): LuaUserdata {
  return newHandle(L, new LuaFile(new FileStream(target), "standard"));
}

// --- popen -------------------------------------------------------------------------------------

/** luaL_execresult from a spawnSync result: true|nil, "exit"|"signal", code. */
export function execResult(r: { status: number | null; signal: NodeJS.Signals | null; error?: Error }): LuaValue[] {
  if (r.error !== undefined) return failResult(r.error);
  if (r.signal !== null) return [undefined, "signal", os.constants.signals[r.signal]];
  const code = r.status ?? 0;
  return [code === 0 ? true : undefined, "exit", code];
}

/** Runs `sh -c command` as glibc's system and popen do: argv[0] is "sh", which the shell's messages name. */
export function shell(command: string, options: SpawnSyncOptions): SpawnSyncReturns<Buffer> {
  return spawnSync("/bin/sh", shellArguments(command), { ...options, argv0: "sh" }) as SpawnSyncReturns<Buffer>;
}

function popen(L: Runtime, command: string, mode: string): LuaUserdata {
  // glibc's popen flushes the output streams
  L.stdout.flush();
  if (mode === "r") {
    const pipe = popenRead(command);
    const f = new LuaFile(pipe.stream, "popen", command);
    runningPipes.set(f, pipe);
    return newHandle(L, f);
  }
  const target: StreamTarget = { fd: -1, readable: false, writable: true, append: false };
  return newHandle(L, new LuaFile(new FileStream(target), "popen", command));
}

/** The commands of "r" pipes, running while their output is read. */
const runningPipes = new WeakMap<LuaFile, ReadPipe>();

/** pclose: an "r" pipe's command is waited for; a "w" pipe's runs now on what was written. */
function pclose(f: LuaFile): LuaValue[] {
  const pipe = runningPipes.get(f);
  if (pipe !== undefined) {
    f.stream.close();
    return pipe.wait();
  }
  const input = Buffer.from(f.stream.takeWritten(), "latin1");
  const r = shell(f.command, { input, stdio: ["pipe", "inherit", "inherit"] });
  // a command that exits without reading its input: C's writes had gone into the pipe's buffer
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === "EPIPE") return execResult({ ...r, error: undefined });
  return execResult(r);
}

// --- reading and writing -----------------------------------------------------------------------

/** g_write: strings and numbers (integers with "%d", floats with "%.14g"). */
function gWrite(L: LuaState, handle: LuaValue, f: LuaFile, args: LuaValue[], first: number): LuaValue[] {
  try {
    for (let i = first; i <= args.length; i++) {
      const v = args[i - 1];
      if (isNumber(v)) f.stream.write(isInteger(v) ? String(v) : formatFloat(NUMBER_FORMAT, toFloat(v)));
      else f.stream.write(checkString(L, args, i));
    }
  } catch (e) {
    return failResult(e);
  }
  return [handle];
}

/** aux_lines: the iterator of io.lines and file:lines, reading with the formats args[2..]. */
function linesIterator(L: LuaState, handle: LuaValue, formats: LuaValue[], toClose: boolean): NativeFunction {
  argCheck(L, formats.length <= MAX_ARG_LINE, MAX_ARG_LINE + 2, "too many arguments");
  const f = (handle as LuaUserdata).payload as LuaFile;
  return new NativeFunction("for iterator", (L2) => {
    if (f.closed) return L2.error("file is already closed");
    const results = gRead(L2, f.stream, [handle, ...formats], 2);
    if (truthy(results[0])) return results;
    if (results.length > 1 && typeof results[1] === "string") return L2.error(results[1]);
    if (toClose) closeHandle(L2, f);
    return [];
  }, undefined, [handle, formats.length, toClose, ...formats].map((v) => new Cell(v))); // io_readline's upvalues
}

// --- the default files -------------------------------------------------------------------------

type DefaultFile = "input" | "output";

/** getiofile: the default input or output, which must be open. */
function defaultFile(L: LuaState, which: DefaultFile): LuaUserdata {
  const u = ioState(L)[which];
  if ((u.payload as LuaFile).closed) L.error(`standard ${which} file is closed`);
  return u;
}

/** g_iofile: io.input/io.output, setting the default from a name or a handle, returning it. */
function setDefaultFile(L: LuaState, args: LuaValue[], which: DefaultFile, mode: string): LuaValue[] {
  const st = ioState(L);
  if (!isNoneOrNil(args, 1)) {
    const v = args[0];
    if (typeof v === "string" || isNumber(v)) st[which] = openChecked(L, cString(checkString(L, args, 1)), mode);
    else {
      toFile(L, args, 1);
      st[which] = v as LuaUserdata;
    }
  }
  return [st[which]];
}

// --- the library -------------------------------------------------------------------------------

const SEEK_MODES: readonly Whence[] = ["set", "cur", "end"];
const BUFFER_MODES: readonly BufferMode[] = ["no", "full", "line"];

function fileMethods(): Record<string, (L: LuaState, args: LuaValue[]) => LuaValue[]> {
  return {
    close: (L, args) => closeHandle(L, toFile(L, args)),
    flush: (L, args) => fileResult(() => toFile(L, args).stream.flush()),
    lines(L, args) {
      toFile(L, args);
      return [linesIterator(L, args[0], args.slice(1), false)];
    },
    read: (L, args) => gRead(L, toFile(L, args).stream, args, 2),
    seek(L, args) {
      const f = toFile(L, args);
      const whence = SEEK_MODES[checkOption(L, args, 2, "cur", SEEK_MODES)];
      const offset = optInteger(L, args, 3, 0);
      try {
        return [f.stream.seek(whence, offset)];
      } catch (e) {
        return failResult(e);
      }
    },
    setvbuf(L, args) {
      const f = toFile(L, args);
      const mode = BUFFER_MODES[checkOption(L, args, 2, undefined, BUFFER_MODES)];
      optInteger(L, args, 3, LUAL_BUFFERSIZE); // checked, then ignored by glibc
      f.stream.setvbuf(mode);
      return [true];
    },
    write: (L, args) => gWrite(L, args[0], toFile(L, args), args, 2),
    __gc(L, args) {
      const f = checkHandle(L, args, 1);
      if (!f.closed) closeHandle(L, f);
      return [];
    },
    __tostring(L, args) {
      const f = checkHandle(L, args, 1);
      return [f.closed ? "file (closed)" : `file (${runtimeOf(L).addressOf(args[0] as LuaUserdata)})`];
    },
  };
}

function ioFunctions(): Record<string, (L: LuaState, args: LuaValue[]) => LuaValue[]> {
  return {
    close(L, args) {
      const handle = isNoneOrNil(args, 1) ? ioState(L).output : args[0];
      return closeHandle(L, toFile(L, [handle]));
    },
    flush: (L) => fileResult(() => (defaultFile(L, "output").payload as LuaFile).stream.flush()),
    input: (L, args) => setDefaultFile(L, args, "input", "r"),
    lines(L, args) {
      if (isNoneOrNil(args, 1)) {
        const handle = ioState(L).input;
        toFile(L, [handle]);
        return [linesIterator(L, handle, args.slice(1), false)];
      }
      const handle = openChecked(L, cString(checkString(L, args, 1)), "r");
      return [linesIterator(L, handle, args.slice(1), true)];
    },
    open(L, args) {
      const name = cString(checkString(L, args, 1));
      const mode = cString(optString(L, args, 2, "r"));
      argCheck(L, isValidMode(mode), 2, "invalid mode");
      try {
        return [fopen(L, name, mode)];
      } catch (e) {
        return failResult(e, name);
      }
    },
    output: (L, args) => setDefaultFile(L, args, "output", "w"),
    popen(L, args) {
      const command = cString(checkString(L, args, 1));
      const mode = cString(optString(L, args, 2, "r"));
      argCheck(L, mode === "r" || mode === "w", 2, "invalid mode");
      return [popen(runtimeOf(L), command, mode)];
    },
    read: (L, args) => gRead(L, (defaultFile(L, "input").payload as LuaFile).stream, args, 1),
    tmpfile(L) {
      try {
        return [tmpfile(L)];
      } catch (e) {
        return failResult(e);
      }
    },
    type(L, args) {
      checkAny(L, args, 1);
      const v = args[0];
      if (!(v instanceof LuaUserdata) || v.metatable !== ioState(L).meta) return [undefined];
      return [(v.payload as LuaFile).closed ? "closed file" : "file"];
    },
    write(L, args) {
      const handle = defaultFile(L, "output");
      return gWrite(L, handle, handle.payload as LuaFile, args, 1);
    },
  };
}

/** tmpfile: a "w+b" file that no name refers to. */
function tmpfile(L: LuaState): LuaUserdata {
  const name = path.join(os.tmpdir(), `lua_tmp_${process.pid}_${Date.now()}_${Math.random().toString(36).slice(2)}`);
  const handle = fopen(L, name, "w+b");
  fs.unlinkSync(name);
  return handle;
}

export function openIo(L: Runtime): LuaTable {
  const meta = L.newLibrary("FILE*", fileMethods());
  meta.setStr("__index", meta);
  meta.setStr("__name", "FILE*");
  const beforeInput = () => {
    if (L.stdout.mode === "line") L.stdout.flush();
  };
  // as liolib.c, the metatable and the default files live in the registry (roots for the collector)
  const registry = L.registry;
  registry.setStr("FILE*", meta);
  const st: IoState = {
    meta,
    get input() { return registry.getStr("_IO_input") as LuaUserdata; },
    set input(u: LuaUserdata) { registry.setStr("_IO_input", u); },
    get output() { return registry.getStr("_IO_output") as LuaUserdata; },
    set output(u: LuaUserdata) { registry.setStr("_IO_output", u); },
    open: new Set(),
    beforeInput,
    stdin: undefined!,
  };
  states.set(L, st);
  const stdin = standardHandle(L, { fd: 0, readable: true, writable: false, append: false, beforeInput, offset: inheritedOffset(0) });
  const stdout = standardHandle(L, { fd: 1, readable: false, writable: true, append: false, out: L.stdout });
  const stderr = standardHandle(L, { fd: 2, readable: false, writable: true, append: false, out: L.stderr });
  st.input = stdin;
  st.output = stdout;
  st.stdin = (stdin.payload as LuaFile).stream;
  const io = L.newLibrary("io", ioFunctions());
  io.setStr("stdin", stdin);
  io.setStr("stdout", stdout);
  io.setStr("stderr", stderr);
  return io;
}
