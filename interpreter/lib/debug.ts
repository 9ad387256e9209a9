// The debug library (manual §6.10), following ldblib.c over the evaluator's explicit frames.
import type { FunctionExpr } from "../../grammar/ast";
import { LuaSyntaxError } from "../../grammar/syntax-error";
import { argCheck, checkAny, checkInt, checkString, isNoneOrNil, optInt, typeError } from "../runtime/lauxlib";
import { NativeFunction, type NativeBody } from "../runtime/native";
import type { LuaState } from "../runtime/state";
import { LuaTable } from "../runtime/table";
import { Cell, LuaFunction, LuaUserdata, type LuaValue, type } from "../runtime/value";
import { Coroutine } from "../eval/coroutine";
import { activeLines } from "../debug/lines";
import { DebugHooks } from "../debug/hooks";
import { activeLocals, activeTemporaries } from "../debug/scope";
import { LuaClosure, type Frame } from "../eval/frame";
import { runtimeOf as rt, type Runtime } from "../eval/runtime";
import { traceback } from "../debug/traceback";
import { standardInput } from "./io/io";

/** ldblib.c's getthread: an optional leading thread argument; `arg` is how many it took (0 or 1). */
function getThread(L: LuaState, args: LuaValue[]): { co: Coroutine; arg: number } {
  const first = args[0];
  if (first instanceof Coroutine) return { co: first, arg: 1 };
  return { co: rt(L).current, arg: 0 };
}

/** lua_getstack: the frame `level` levels up `co`'s stack, or undefined. */
function frameAtLevel(L: LuaState, co: Coroutine, level: number): Frame | undefined {
  return level < 0 ? undefined : rt(L).frameAt(level, co);
}

// --- getinfo -------------------------------------------------------------------------------------

const INFO_OPTIONS = "SlutnLf>";

/** One getinfo query: the function and, for a stack level, its activation. */
interface InfoTarget {
  fn: LuaFunction;
  frame: Frame | undefined;
}

function setSource(t: LuaTable, fn: LuaFunction): void {
  if (!(fn instanceof LuaClosure)) {
    t.setStr("source", "=[C]");
    t.setStr("short_src", "[C]");
    t.setStr("linedefined", -1);
    t.setStr("lastlinedefined", -1);
    t.setStr("what", "C");
    return;
  }
  const { fn: node, unit } = fn.p;
  const main = node === unit.root;
  t.setStr("source", unit.stripped ? "=?" : unit.chunkName);
  t.setStr("short_src", unit.source);
  t.setStr("linedefined", main ? 0 : node.lineDefined);
  t.setStr("lastlinedefined", main ? 0 : node.lastLine);
  t.setStr("what", main ? "main" : "Lua");
}

/** currentline: the line of the node the activation is at (-1 for natives and bare functions). */
function currentLine(target: InfoTarget): number {
  const { fn, frame } = target;
  if (frame === undefined || !(fn instanceof LuaClosure) || fn.p.unit.stripped) return -1;
  return frame.pc?.line ?? fn.p.fn.lineDefined;
}

function setParams(t: LuaTable, fn: LuaFunction): void {
  const lua = fn instanceof LuaClosure ? fn.p.fn : undefined;
  t.setStr("nups", fn instanceof LuaClosure ? fn.upvals.length : 0);
  t.setStr("nparams", lua === undefined ? 0 : lua.params.length);
  t.setStr("isvararg", lua === undefined ? true : lua.isVararg);
}

function setName(L: LuaState, t: LuaTable, frame: Frame | undefined): void {
  const site = frame === undefined ? undefined : rt(L).callSiteName(frame);
  t.setStr("name", site?.name);
  t.setStr("namewhat", site?.namewhat ?? "");
}

function activeLinesTable(fn: LuaFunction): LuaTable | undefined {
  if (!(fn instanceof LuaClosure)) return undefined;
  const t = new LuaTable();
  if (fn.p.unit.stripped) return t;
  for (const line of activeLines(fn.p.fn, fn.p.unit)) t.setInt(line, true);
  return t;
}

function infoTable(L: LuaState, target: InfoTarget, options: string): LuaTable {
  const t = new LuaTable();
  const { fn, frame } = target;
  if (options.includes("S")) setSource(t, fn);
  if (options.includes("l")) t.setStr("currentline", currentLine(target));
  if (options.includes("u")) setParams(t, fn);
  if (options.includes("n")) setName(L, t, frame);
  if (options.includes("t")) t.setStr("istailcall", frame?.tail ?? false);
  if (options.includes("L")) t.setStr("activelines", activeLinesTable(fn));
  if (options.includes("f")) t.setStr("func", fn);
  return t;
}

function getinfo(L: LuaState, args: LuaValue[]): LuaValue[] {
  const { co, arg } = getThread(L, args);
  const options = isNoneOrNil(args, arg + 2) ? "flnStu" : checkString(L, args, arg + 2);
  const f = args[arg];
  let target: InfoTarget;
  if (f instanceof LuaFunction) {
    target = { fn: f, frame: undefined };
  } else {
    const frame = frameAtLevel(L, co, checkInt(L, args, arg + 1));
    if (frame === undefined) return [undefined];
    target = { fn: frame.fn, frame };
  }
  for (const c of options) argCheck(L, INFO_OPTIONS.includes(c), arg + 2, "invalid option");
  return [infoTable(L, target, options)];
}

// --- locals --------------------------------------------------------------------------------------

/** A local of an activation: by index among the active locals, or a vararg for negative `n`. */
interface LocalRef {
  name: string;
  get(): LuaValue;
  set(v: LuaValue): void;
}

function varargRef(frame: Frame, n: number): LocalRef | undefined {
  const i = -n - 1;
  if (i >= frame.va.length) return undefined;
  return { name: "(*vararg)", get: () => frame.va[i], set: (v) => { frame.va[i] = v; } };
}

/** A stack slot PUC shows as "(*temporary)": a native function's argument, a pending value. */
function temporary(get: () => LuaValue, set: (v: LuaValue) => void): LocalRef {
  return { name: "(*temporary)", get, set };
}

/**
 * luaG_findlocal: the active locals, then the stack slots in use past them, which PUC names
 * "(*temporary)": a native function's arguments; the values a Lua function keeps in registers
 * while it calls (`(a + 1) + f()`); and, while its hook runs, its whole register window, whose
 * values luaref does not have (nil).
 */
function findLocal(frame: Frame, n: number): LocalRef | undefined {
  const fn = frame.fn;
  if (!(fn instanceof LuaClosure)) {
    const args = frame.va;
    return n >= 1 && n <= args.length ? temporary(() => args[n - 1], (v) => { args[n - 1] = v; }) : undefined;
  }
  if (n < 0) return fn.p.fn.isVararg ? varargRef(frame, n) : undefined;
  if (n === 0) return undefined;
  const locals = [...activeLocals(fn.p.fn, frame.pc), ...activeTemporaries(fn.p.fn, frame.pc)];
  const local = locals[n - 1];
  if (local === undefined) {
    // PUC's hook protects the registers up to the function's maxstacksize (plus the hook's own slot)
    const inHook = frame.pc?.kind === "Hook";
    return inHook && n <= Math.max(fn.p.slots, 2) + 1 ? temporary(() => undefined, () => undefined) : undefined;
  }
  // a stripped function has no local names: PUC sees only unnamed stack slots
  const name = fn.p.unit.stripped ? "(*temporary)" : local.name;
  return { name, get: () => local.get(frame), set: (v) => local.set(frame, v) };
}

/** `getlocal(f, n)` on a function: the name of its n-th parameter. */
function parameterName(fn: LuaFunction, n: number): string | undefined {
  if (!(fn instanceof LuaClosure) || fn.p.unit.stripped) return undefined;
  const params: FunctionExpr["params"] = fn.p.fn.params;
  return n >= 1 && n <= params.length ? params[n - 1].name : undefined;
}

function levelFrame(L: LuaState, co: Coroutine, args: LuaValue[], i: number): Frame {
  const frame = frameAtLevel(L, co, checkInt(L, args, i));
  if (frame === undefined) return L.argError(i, "level out of range");
  return frame;
}

function getlocal(L: LuaState, args: LuaValue[]): LuaValue[] {
  const { co, arg } = getThread(L, args);
  const n = checkInt(L, args, arg + 2);
  const f = args[arg];
  if (f instanceof LuaFunction) return [parameterName(f, n)];
  const ref = findLocal(levelFrame(L, co, args, arg + 1), n);
  return ref === undefined ? [undefined] : [ref.name, ref.get()];
}

function setlocal(L: LuaState, args: LuaValue[]): LuaValue[] {
  const { co, arg } = getThread(L, args);
  const level = checkInt(L, args, arg + 1);
  const n = checkInt(L, args, arg + 2);
  const frame = frameAtLevel(L, co, level);
  if (frame === undefined) return L.argError(arg + 1, "level out of range");
  const v = checkAny(L, args, arg + 3);
  const ref = findLocal(frame, n);
  ref?.set(v);
  return [ref?.name];
}

// --- upvalues ------------------------------------------------------------------------------------

/** The n-th upvalue of a function: its name (from the prototype; "" for natives) and cell. */
function upvalue(fn: LuaFunction, n: number): { name: string; cell: Cell; closure: LuaClosure | undefined } | undefined {
  if (fn instanceof NativeFunction) {
    return n >= 1 && n <= fn.upvalues.length ? { name: "", cell: fn.upvalues[n - 1], closure: undefined } : undefined;
  }
  if (!(fn instanceof LuaClosure) || n < 1 || n > fn.upvals.length) return undefined;
  const desc = fn.p.fn.upvalues[n - 1];
  const name = fn.p.unit.stripped || desc === undefined ? "(*no name)" : desc.name;
  return { name, cell: fn.upvals[n - 1], closure: fn };
}

function checkFunctionArg(L: LuaState, args: LuaValue[], i: number): LuaFunction {
  const f = args[i - 1];
  if (f instanceof LuaFunction) return f;
  return typeError(L, args, i, "function");
}

function getupvalue(L: LuaState, args: LuaValue[]): LuaValue[] {
  const n = checkInt(L, args, 2);
  const up = upvalue(checkFunctionArg(L, args, 1), n);
  return up === undefined ? [] : [up.name, up.cell.v];
}

function setupvalue(L: LuaState, args: LuaValue[]): LuaValue[] {
  const v = checkAny(L, args, 3);
  const n = checkInt(L, args, 2);
  const up = upvalue(checkFunctionArg(L, args, 1), n);
  if (up === undefined) return [];
  up.cell.v = v;
  return [up.name];
}

/** checkupval: argument `argf` is a function with an upvalue numbered by argument `argn`. */
function checkUpvalue(L: LuaState, args: LuaValue[], argf: number, argn: number): { fn: LuaFunction; n: number } {
  const n = checkInt(L, args, argn);
  const fn = checkFunctionArg(L, args, argf);
  argCheck(L, upvalue(fn, n) !== undefined, argn, "invalid upvalue index");
  return { fn, n };
}

/** One light-userdata-like identity per upvalue cell (compared by identity, printed as userdata). */
const upvalueIds = new WeakMap<Cell, LuaUserdata>();

function upvalueid(L: LuaState, args: LuaValue[]): LuaValue[] {
  const { fn, n } = checkUpvalue(L, args, 1, 2);
  const cell = upvalue(fn, n)!.cell;
  let id = upvalueIds.get(cell);
  if (id === undefined) {
    id = new LuaUserdata(cell, true);
    upvalueIds.set(cell, id);
  }
  return [id];
}

function upvaluejoin(L: LuaState, args: LuaValue[]): LuaValue[] {
  const a = checkUpvalue(L, args, 1, 2);
  const b = checkUpvalue(L, args, 3, 4);
  argCheck(L, a.fn instanceof LuaClosure, 1, "Lua function expected");
  argCheck(L, b.fn instanceof LuaClosure, 3, "Lua function expected");
  (a.fn as LuaClosure).upvals[a.n - 1] = (b.fn as LuaClosure).upvals[b.n - 1];
  return [];
}

// --- metatables and user values ------------------------------------------------------------------

function getmetatable(L: LuaState, args: LuaValue[]): LuaValue[] {
  return [rt(L).getMetatable(checkAny(L, args, 1))];
}

function setmetatable(L: LuaState, args: LuaValue[]): LuaValue[] {
  const [v, mt] = args;
  const nilOrTable = (mt === undefined && args.length >= 2) || mt instanceof LuaTable;
  argCheck(L, nilOrTable, 2, "nil or table expected");
  rt(L).setMetatable(v, mt as LuaTable | undefined);
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

// --- traceback -----------------------------------------------------------------------------------

function tracebackFn(L: LuaState, args: LuaValue[]): LuaValue[] {
  const { co, arg } = getThread(L, args);
  const msg = args[arg];
  // lua_tostring: strings and numbers make the message; any other non-nil value is returned as is
  if (msg !== undefined && typeof msg !== "string" && type(msg) !== "number") return [msg];
  const text = msg === undefined ? undefined : L.tostring(msg);
  const level = optInt(L, args, arg + 2, co === rt(L).current ? 1 : 0);
  return [traceback(rt(L), co, text, level)];
}

// --- hooks ---------------------------------------------------------------------------------------

/** Each runtime's hook settings; `Runtime.hook` points at them only while some thread has a hook. */
const hookStates = new WeakMap<Runtime, DebugHooks>();

function hooksOf(L: Runtime): DebugHooks {
  let hooks = hookStates.get(L);
  if (hooks === undefined) {
    hooks = new DebugHooks(L);
    hookStates.set(L, hooks);
  }
  return hooks;
}

function sethook(L: LuaState, args: LuaValue[]): LuaValue[] {
  const R = rt(L);
  const { co, arg } = getThread(L, args);
  const hooks = hooksOf(R);
  let installed = false;
  if (!isNoneOrNil(args, arg + 1)) {
    const mask = checkString(L, args, arg + 2);
    const fn = checkFunctionArg(L, args, arg + 1);
    const count = optInt(L, args, arg + 3, 0);
    const settings = { fn, call: mask.includes("c"), ret: mask.includes("r"), line: mask.includes("l"), count: Math.max(count, 0) };
    installed = settings.call || settings.ret || settings.line || settings.count > 0;
    if (installed) R.hook = hooks.set(co, settings) ? hooks : undefined;
  }
  if (!installed) R.hook = hooks.set(co, undefined) ? hooks : undefined;
  return [];
}

function gethook(L: LuaState, args: LuaValue[]): LuaValue[] {
  const R = rt(L);
  const { co } = getThread(L, args);
  const s = hooksOf(R).settings(co);
  if (s === undefined) return [undefined, "", 0];
  const mask = (s.call ? "c" : "") + (s.ret ? "r" : "") + (s.line ? "l" : "");
  return [s.fn, mask, s.count];
}

// --- debug.debug ---------------------------------------------------------------------------------

/** db_debug's buffer: commands are read with fgets(buffer, 250, stdin). */
const DEBUG_LINE_SIZE = 250;

/** Runs one debug command as lua_pcall without a message handler; the error message, if any. */
function runCommand(L: Runtime, line: string): string | undefined {
  const restore = L.savePoint();
  try {
    // luaL_loadbuffer(buffer, strlen(buffer)): the command ends at a zero byte
    const nul = line.indexOf("\0");
    L.call(L.load(nul < 0 ? line : line.slice(0, nul), "=(debug command)"), []);
    return undefined;
  } catch (e) {
    if (e instanceof LuaSyntaxError) return e.message;
    const v = L.errorValue(e);
    restore();
    // lua_tostring: NULL (printed "(null)" by glibc) for what is neither a string nor a number
    return typeof v === "string" || type(v) === "number" ? L.tostring(v) : "(null)";
  }
}

/** db_debug: runs lines from C's stdin until "cont" or the end of input. */
function debugLoop(L: LuaState): LuaValue[] {
  const R = rt(L);
  const stdin = standardInput(R);
  for (;;) {
    R.stderr.write("lua_debug> ");
    R.stderr.flush();
    const line = stdin.gets(DEBUG_LINE_SIZE);
    if (line === undefined || line === "cont\n") return [];
    const err = runCommand(R, line);
    if (err !== undefined) {
      R.stderr.write(`${err}\n`);
      R.stderr.flush();
    }
  }
}

const functions: Record<string, NativeBody> = {
  debug: debugLoop,
  getuservalue,
  gethook,
  getinfo,
  getlocal,
  getregistry: (L) => [rt(L).registry],
  getmetatable,
  getupvalue,
  upvaluejoin,
  upvalueid,
  setuservalue,
  sethook,
  setlocal,
  setmetatable,
  setupvalue,
  traceback: tracebackFn,
};

export function openDebug(L: Runtime): LuaTable {
  return L.newLibrary("debug", functions);
}
