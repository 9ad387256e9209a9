// The debug interface (manual §4.9, ldebug.c's lua_getstack, lua_getinfo, lua_getlocal,
// lua_setlocal, lua_getupvalue, lua_upvalueid, lua_upvaluejoin, lua_sethook) over the evaluator's
// explicit frames: what LuaState.debug offers the debug library and luaL_argerror.
import type { FunctionExpr } from "../../grammar/ast";
import { NativeFunction } from "../runtime/native";
import type { HookSettings, LuaActivation, LuaDebug, LuaDebugInfo, LuaVariable } from "../runtime/state";
import { Cell, LuaFunction, LuaThread, LuaUserdata, type LuaValue } from "../runtime/value";
import type { Coroutine } from "../eval/coroutine";
import { Frame, LuaClosure } from "../eval/frame";
import type { Runtime } from "../eval/runtime";
import { callSiteName } from "./describe";
import { DebugHooks } from "./hooks";
import { activeLines } from "./lines";
import { activeLocals, activeTemporaries } from "./scope";
import { traceback } from "./traceback";

/** A local of an activation, to read and to write. */
interface LocalRef {
  name: string;
  get(): LuaValue;
  set(v: LuaValue): void;
}

/** lua_getinfo's options, in the order ldblib.c's db_getinfo stores their fields. */
const INFO_ORDER = "SlutnLf";

/** One light-userdata-like identity per upvalue cell (compared by identity, printed as userdata). */
const upvalueIds = new WeakMap<Cell, LuaUserdata>();

export class DebugInterface implements LuaDebug {
  /** The hook settings of every thread, made at the first sethook; `Runtime.hook` points at them while some thread has one. */
  private hooks: DebugHooks | undefined = undefined;

  constructor(private readonly L: Runtime) {}

  getStack(level: number, thread?: LuaThread): Frame | undefined {
    if (level < 0) return undefined;
    return this.L.frameAt(level, thread === undefined ? this.L.current : (thread as Coroutine));
  }

  getInfo(target: LuaActivation | LuaFunction, what: string): LuaDebugInfo {
    const frame = target instanceof LuaFunction ? undefined : activation(target);
    const fn = frame === undefined ? (target as LuaFunction) : frame.fn;
    const info: LuaDebugInfo = {};
    // in db_getinfo's order, whatever the order of `what` (the table's fields follow it)
    for (const option of INFO_ORDER) {
      if (!what.includes(option)) continue;
      switch (option) {
        case "S": setSource(info, fn); break;
        case "l": info.currentline = currentLine(fn, frame); break;
        case "u": setParams(info, fn); break;
        case "n": {
          const site = frame === undefined ? undefined : callSiteName(this.L, frame);
          info.name = site?.name;
          info.namewhat = site?.namewhat ?? "";
          break;
        }
        case "t": info.istailcall = frame?.tail ?? false; break;
        case "L": info.activelines = fn instanceof LuaClosure ? (fn.p.unit.stripped ? [] : activeLines(fn.p.fn, fn.p.unit)) : undefined; break;
        case "f": info.func = fn; break;
      }
    }
    return info;
  }

  getLocal(ar: LuaActivation, n: number): LuaVariable | undefined {
    const ref = findLocal(activation(ar), n);
    return ref === undefined ? undefined : { name: ref.name, value: ref.get() };
  }

  setLocal(ar: LuaActivation, n: number, value: LuaValue): string | undefined {
    const ref = findLocal(activation(ar), n);
    ref?.set(value);
    return ref?.name;
  }

  parameterName(fn: LuaFunction, n: number): string | undefined {
    if (!(fn instanceof LuaClosure) || fn.p.unit.stripped) return undefined;
    const params: FunctionExpr["params"] = fn.p.fn.params;
    return n >= 1 && n <= params.length ? params[n - 1].name : undefined;
  }

  getUpvalue(fn: LuaFunction, n: number): LuaVariable | undefined {
    const up = upvalue(fn, n);
    return up === undefined ? undefined : { name: up.name, value: up.cell.v };
  }

  setUpvalue(fn: LuaFunction, n: number, value: LuaValue): string | undefined {
    const up = upvalue(fn, n);
    if (up === undefined) return undefined;
    up.cell.v = value;
    return up.name;
  }

  upvalueId(fn: LuaFunction, n: number): LuaValue {
    const cell = upvalue(fn, n)?.cell;
    if (cell === undefined) return undefined;
    let id = upvalueIds.get(cell);
    if (id === undefined) {
      id = new LuaUserdata(cell, true);
      upvalueIds.set(cell, id);
    }
    return id;
  }

  upvalueJoin(f1: LuaFunction, n1: number, f2: LuaFunction, n2: number): void {
    (f1 as LuaClosure).upvals[n1 - 1] = (f2 as LuaClosure).upvals[n2 - 1];
  }

  setHook(thread: LuaThread, hook: HookSettings | undefined): void {
    this.hooks ??= new DebugHooks(this.L);
    // the evaluator tests Runtime.hook only: it is set while some thread has a hook
    this.L.hook = this.hooks.set(thread as Coroutine, hook) ? this.hooks : undefined;
  }

  getHook(thread: LuaThread): HookSettings | undefined {
    return this.hooks?.settings(thread as Coroutine);
  }

  traceback(thread: LuaThread, message: string | undefined, level: number): string {
    return traceback(this.L, thread as Coroutine, message, level);
  }
}

/** The frame behind an activation record (they are the evaluator's frames). */
function activation(ar: LuaActivation): Frame {
  if (!(ar instanceof Frame)) throw new TypeError("not an activation record of this interpreter");
  return ar;
}

// --- lua_getinfo ---------------------------------------------------------------------------------

function setSource(info: LuaDebugInfo, fn: LuaFunction): void {
  if (!(fn instanceof LuaClosure)) {
    info.source = "=[C]";
    info.short_src = "[C]";
    info.linedefined = -1;
    info.lastlinedefined = -1;
    info.what = "C";
    return;
  }
  const { fn: node, unit } = fn.p;
  const main = node === unit.root;
  info.source = unit.stripped ? "=?" : unit.chunkName;
  info.short_src = unit.source;
  info.linedefined = main ? 0 : node.lineDefined;
  info.lastlinedefined = main ? 0 : node.lastLine;
  info.what = main ? "main" : "Lua";
}

/** currentline: the line of the node the activation is at (-1 for natives and bare functions). */
function currentLine(fn: LuaFunction, frame: Frame | undefined): number {
  if (frame === undefined || !(fn instanceof LuaClosure) || fn.p.unit.stripped) return -1;
  return frame.pc?.line ?? fn.p.fn.lineDefined;
}

function setParams(info: LuaDebugInfo, fn: LuaFunction): void {
  const lua = fn instanceof LuaClosure ? fn.p.fn : undefined;
  info.nups = fn instanceof LuaClosure ? fn.upvals.length : 0;
  info.nparams = lua === undefined ? 0 : lua.params.length;
  info.isvararg = lua === undefined ? true : lua.isVararg;
}

// --- lua_getlocal ---------------------------------------------------------------------------------

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

// --- upvalues --------------------------------------------------------------------------------------

/** The n-th upvalue of a function: its name (from the prototype; "" for natives) and cell. */
function upvalue(fn: LuaFunction, n: number): { name: string; cell: Cell } | undefined {
  if (fn instanceof NativeFunction) {
    return n >= 1 && n <= fn.upvalues.length ? { name: "", cell: fn.upvalues[n - 1] } : undefined;
  }
  if (!(fn instanceof LuaClosure) || n < 1 || n > fn.upvals.length) return undefined;
  const desc = fn.p.fn.upvalues[n - 1];
  const name = fn.p.unit.stripped || desc === undefined ? "(*no name)" : desc.name;
  return { name, cell: fn.upvals[n - 1] };
}
