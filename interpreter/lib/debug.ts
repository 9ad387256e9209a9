// The debug library (manual §6.10, ldblib.c) over LuaState's debug interface: argument handling
// and tables here; frames, locals, upvalues and hooks in interpreter/debug/.
import {
  argCheck, argError, checkAny, checkFunction, checkInt, checkString, cString, isNoneOrNil, optInt, typeError,
} from "../runtime/lauxlib";
import type { LibraryFunction, LuaLibrary } from "../runtime/native";
import type { LuaActivation, LuaDebugInfo, LuaState } from "../runtime/state";
import { LuaTable } from "../runtime/table";
import { LuaFunction, LuaThread, LuaUserdata, type LuaValue, type } from "../runtime/value";

/** ldblib.c's getthread: an optional leading thread argument; `arg` is how many it took (0 or 1). */
function getThread(L: LuaState, args: LuaValue[]): { thread: LuaThread; arg: number } {
  const first = args[0];
  if (first instanceof LuaThread) return { thread: first, arg: 1 };
  return { thread: L.running().thread, arg: 0 };
}

/** The activation a level argument names, or "level out of range". */
function checkLevel(L: LuaState, thread: LuaThread, args: LuaValue[], i: number): LuaActivation {
  const ar = L.debug.getStack(checkInt(L, args, i), thread);
  if (ar === undefined) return argError(L, i, "level out of range");
  return ar;
}

// --- getinfo -------------------------------------------------------------------------------------

const INFO_OPTIONS = "SlutnLf>";

/** db_getinfo's table: the fields lua_getinfo filled, activelines as a set of lines. */
function infoTable(info: LuaDebugInfo): LuaTable {
  const t = new LuaTable();
  for (const [key, value] of Object.entries(info) as [keyof LuaDebugInfo, LuaDebugInfo[keyof LuaDebugInfo]][]) {
    if (key !== "activelines") {
      t.setStr(key, value as LuaValue);
      continue;
    }
    if (value === undefined) continue; // a native function has no lines: no field
    const lines = new LuaTable();
    for (const line of value as number[]) lines.setInt(line, true);
    t.setStr(key, lines);
  }
  return t;
}

function getinfo(L: LuaState, args: LuaValue[]): LuaValue[] {
  const { thread, arg } = getThread(L, args);
  const options = isNoneOrNil(args, arg + 2) ? "flnStu" : checkString(L, args, arg + 2);
  const f = args[arg];
  let target: LuaActivation | LuaFunction;
  if (f instanceof LuaFunction) {
    target = f;
  } else {
    const ar = L.debug.getStack(checkInt(L, args, arg + 1), thread);
    if (ar === undefined) return [undefined];
    target = ar;
  }
  for (const c of options) argCheck(L, INFO_OPTIONS.includes(c), arg + 2, "invalid option");
  return [infoTable(L.debug.getInfo(target, options))];
}

// --- locals and upvalues ---------------------------------------------------------------------------

function getlocal(L: LuaState, args: LuaValue[]): LuaValue[] {
  const { thread, arg } = getThread(L, args);
  const n = checkInt(L, args, arg + 2);
  const f = args[arg];
  if (f instanceof LuaFunction) return [L.debug.parameterName(f, n)];
  const local = L.debug.getLocal(checkLevel(L, thread, args, arg + 1), n);
  return local === undefined ? [undefined] : [local.name, local.value];
}

function setlocal(L: LuaState, args: LuaValue[]): LuaValue[] {
  const { thread, arg } = getThread(L, args);
  const level = checkInt(L, args, arg + 1);
  const n = checkInt(L, args, arg + 2);
  const ar = L.debug.getStack(level, thread);
  if (ar === undefined) return argError(L, arg + 1, "level out of range");
  const v = checkAny(L, args, arg + 3);
  return [L.debug.setLocal(ar, n, v)];
}

function getupvalue(L: LuaState, args: LuaValue[]): LuaValue[] {
  const n = checkInt(L, args, 2);
  const up = L.debug.getUpvalue(checkFunction(L, args, 1), n);
  return up === undefined ? [] : [up.name, up.value];
}

function setupvalue(L: LuaState, args: LuaValue[]): LuaValue[] {
  const v = checkAny(L, args, 3);
  const n = checkInt(L, args, 2);
  const name = L.debug.setUpvalue(checkFunction(L, args, 1), n, v);
  return name === undefined ? [] : [name];
}

/** checkupval: argument `argf` is a function with an upvalue numbered by argument `argn`. */
function checkUpvalue(L: LuaState, args: LuaValue[], argf: number, argn: number): { fn: LuaFunction; n: number } {
  const n = checkInt(L, args, argn);
  const fn = checkFunction(L, args, argf);
  argCheck(L, L.debug.getUpvalue(fn, n) !== undefined, argn, "invalid upvalue index");
  return { fn, n };
}

function upvalueid(L: LuaState, args: LuaValue[]): LuaValue[] {
  const { fn, n } = checkUpvalue(L, args, 1, 2);
  return [L.debug.upvalueId(fn, n)];
}

function upvaluejoin(L: LuaState, args: LuaValue[]): LuaValue[] {
  const a = checkUpvalue(L, args, 1, 2);
  const b = checkUpvalue(L, args, 3, 4);
  argCheck(L, !a.fn.isNative, 1, "Lua function expected");
  argCheck(L, !b.fn.isNative, 3, "Lua function expected");
  L.debug.upvalueJoin(a.fn, a.n, b.fn, b.n);
  return [];
}

// --- metatables and user values ------------------------------------------------------------------

function getmetatable(L: LuaState, args: LuaValue[]): LuaValue[] {
  return [L.getMetatable(checkAny(L, args, 1))];
}

function setmetatable(L: LuaState, args: LuaValue[]): LuaValue[] {
  const [v, mt] = args;
  const nilOrTable = (mt === undefined && args.length >= 2) || mt instanceof LuaTable;
  argCheck(L, nilOrTable, 2, "nil or table expected");
  L.setMetatable(v, mt as LuaTable | undefined);
  return [v];
}

function getuservalue(_L: LuaState, args: LuaValue[]): LuaValue[] {
  const u = args[0];
  return [u instanceof LuaUserdata && !u.light ? u.userValue : undefined];
}

function setuservalue(L: LuaState, args: LuaValue[]): LuaValue[] {
  const u = args[0];
  if (!(u instanceof LuaUserdata) || u.light) return typeError(L, args, 1, "userdata");
  u.userValue = checkAny(L, args, 2);
  return [u];
}

// --- traceback and hooks ---------------------------------------------------------------------------

function traceback(L: LuaState, args: LuaValue[]): LuaValue[] {
  const { thread, arg } = getThread(L, args);
  const msg = args[arg];
  // lua_tostring: strings and numbers make the message; any other non-nil value is returned as is
  if (msg !== undefined && typeof msg !== "string" && type(msg) !== "number") return [msg];
  const text = msg === undefined ? undefined : L.tostring(msg);
  const level = optInt(L, args, arg + 2, thread === L.running().thread ? 1 : 0);
  return [L.debug.traceback(thread, text, level)];
}

function sethook(L: LuaState, args: LuaValue[]): LuaValue[] {
  const { thread, arg } = getThread(L, args);
  if (isNoneOrNil(args, arg + 1)) {
    L.debug.setHook(thread, undefined);
    return [];
  }
  const mask = checkString(L, args, arg + 2);
  const fn = checkFunction(L, args, arg + 1);
  const count = optInt(L, args, arg + 3, 0);
  const hook = { fn, call: mask.includes("c"), ret: mask.includes("r"), line: mask.includes("l"), count: Math.max(count, 0) };
  // an empty mask with no count turns the hook off
  L.debug.setHook(thread, hook.call || hook.ret || hook.line || hook.count > 0 ? hook : undefined);
  return [];
}

function gethook(L: LuaState, args: LuaValue[]): LuaValue[] {
  const { thread } = getThread(L, args);
  const hook = L.debug.getHook(thread);
  if (hook === undefined) return [undefined, "", 0];
  const mask = (hook.call ? "c" : "") + (hook.ret ? "r" : "") + (hook.line ? "l" : "");
  return [hook.fn, mask, hook.count];
}

// --- debug.debug ---------------------------------------------------------------------------------

/** db_debug's buffer: commands are read with fgets(buffer, 250, stdin). */
const DEBUG_LINE_SIZE = 250;

/** Runs one debug command as lua_pcall without a message handler; the error message, if any. */
function runCommand(L: LuaState, line: string): string | undefined {
  // luaL_loadbuffer(buffer, strlen(buffer)): the command ends at a zero byte
  const loaded = L.loadChunk(cString(line), "=(debug command)", "bt");
  if (typeof loaded === "string") return loaded;
  const r = L.pcall(loaded, []);
  if (r.ok) return undefined;
  // lua_tostring: NULL (printed "(null)" by glibc) for what is neither a string nor a number
  return typeof r.error === "string" || type(r.error) === "number" ? L.tostring(r.error) : "(null)";
}

/** db_debug: runs lines from C's stdin until "cont" or the end of input. */
function debugLoop(L: LuaState): LuaValue[] {
  const { stdin, stderr } = L.host;
  for (;;) {
    stderr.write("lua_debug> ");
    stderr.flush();
    const line = stdin.gets(DEBUG_LINE_SIZE);
    if (line === undefined || line === "cont\n") return [];
    const err = runCommand(L, line);
    if (err !== undefined) {
      stderr.write(`${err}\n`);
      stderr.flush();
    }
  }
}

/** ldblib.c's dblib[], in its order. */
const functions = {
  debug: debugLoop,
  getuservalue,
  gethook,
  getinfo,
  getlocal,
  getregistry: (L) => [L.registry],
  getmetatable,
  getupvalue,
  upvaluejoin,
  upvalueid,
  setuservalue,
  sethook,
  setlocal,
  setmetatable,
  setupvalue,
  traceback,
} satisfies Record<string, LibraryFunction>;

export const debugLib: LuaLibrary = { name: "debug", functions };
