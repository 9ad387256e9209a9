// The io library (manual §6.8, liolib.c): file handles over the host's C streams, the default
// input and output files, io.open/popen/tmpfile/lines and the file methods.
import { NativeFunction, type LibraryFunction, type LuaLibrary } from "../../runtime/native";
import type { BufferMode, CFile, Pipe, Whence } from "../../runtime/host";
import { LuaTable } from "../../runtime/table";
import { Cell, LuaUserdata, type LuaValue, truthy } from "../../runtime/value";
import {
  argCheck, checkAny, checkOption, checkString, cString, isNoneOrNil, newLib, optInteger, optString, typeError,
} from "../../runtime/lauxlib";
import { isInteger, isNumber, toFloat } from "../../runtime/number";
import { formatFloat } from "../../runtime/printf";
import type { LuaState } from "../../runtime/state";
import { execResult, failResult, fileResult, toSystemError } from "../../host/errno";
import { LUAL_BUFFERSIZE } from "../../../grammar/limits";
import { gRead } from "./read";

/** How a handle is closed: fclose, pclose, or not at all (the standard files). */
type HandleKind = "file" | "popen" | "standard";

/** The payload of a FILE* userdata (liolib.c's LStream): the C stream, and pclose for a pipe. */
export class LuaFile {
  closed = false;
  constructor(readonly stream: CFile, readonly kind: HandleKind, readonly pipe?: Pipe) {}
}

/** The library's per-runtime state: the handles' metatable, default files, open handles. */
interface IoState {
  meta: LuaTable;
  input: LuaUserdata;
  output: LuaUserdata;
  open: Set<LuaFile>;
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
  L.setMetatable(u, st.meta); // marks it for finalization: __gc closes it
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
  if (f.pipe !== undefined) return execResult(f.pipe.close());
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

// --- opening -----------------------------------------------------------------------------------

/** l_checkmode: [rwa]%+?b* */
function isValidMode(mode: string): boolean {
  return /^[rwa]\+?b*$/.test(mode);
}

/** fopen: a handle, or the system error thrown. */
function fopen(L: LuaState, name: string, mode: string): LuaUserdata {
  return newHandle(L, new LuaFile(L.host.open(name, mode), "file"));
}

/** opencheckfile: fopen or raise "cannot open file". */
function openChecked(L: LuaState, name: string, mode: string): LuaUserdata {
  try {
    return fopen(L, name, mode);
  } catch (e) {
    return L.error(`cannot open file '${name}' (${toSystemError(e).message})`);
  }
}

function standardHandle(L: LuaState, stream: CFile): LuaUserdata {
  return newHandle(L, new LuaFile(stream, "standard"));
}

// --- popen -------------------------------------------------------------------------------------

function popen(L: LuaState, command: string, mode: "r" | "w"): LuaUserdata {
  const pipe = L.host.popen(command, mode);
  return newHandle(L, new LuaFile(pipe.file, "popen", pipe));
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

/** liolib.c's meth[]: the methods of FILE* handles, and their metamethods. */
const fileMethods = {
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
    return [f.closed ? "file (closed)" : `file (${L.addressOf(args[0] as LuaUserdata)})`];
  },
} satisfies Record<string, LibraryFunction>;

/** liolib.c's iolib[]. */
const functions = {
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
    return [popen(L, command, mode as "r" | "w")];
  },
  read: (L, args) => gRead(L, (defaultFile(L, "input").payload as LuaFile).stream, args, 1),
  tmpfile(L) {
    try {
      return [newHandle(L, new LuaFile(L.host.tmpfile(), "file"))];
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
} satisfies Record<string, LibraryFunction>;

/**
 * luaopen_io's work besides the functions: the handles' metatable (with `__index` to itself),
 * kept in the registry with the default files as liolib.c does (roots for the collector), and
 * the standard files io.stdin, io.stdout and io.stderr over the host's streams.
 */
function openIo(L: LuaState, io: LuaTable): void {
  const meta = newLib({ name: "FILE*", functions: fileMethods });
  meta.setStr("__index", meta);
  meta.setStr("__name", "FILE*");
  const registry = L.registry;
  registry.setStr("FILE*", meta);
  const st: IoState = {
    meta,
    get input() { return registry.getStr("_IO_input") as LuaUserdata; },
    set input(u: LuaUserdata) { registry.setStr("_IO_input", u); },
    get output() { return registry.getStr("_IO_output") as LuaUserdata; },
    set output(u: LuaUserdata) { registry.setStr("_IO_output", u); },
    open: new Set(),
  };
  states.set(L, st);
  const stdin = standardHandle(L, L.host.stdin);
  const stdout = standardHandle(L, L.host.stdout);
  const stderr = standardHandle(L, L.host.stderr);
  st.input = stdin;
  st.output = stdout;
  io.setStr("stdin", stdin);
  io.setStr("stdout", stdout);
  io.setStr("stderr", stderr);
}

export const ioLib: LuaLibrary = { name: "io", functions, open: openIo };

