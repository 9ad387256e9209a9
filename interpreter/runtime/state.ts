// The interface library functions see of the interpreter — the role of lua.h for PUC's libraries,
// none of which includes lstate.h: values and metatables, calls and errors, loading, threads,
// the collector, the host, and a debug interface (lua_getstack, lua_getinfo, lua_getlocal,
// lua_sethook, ...) for the debug library. Argument checking is built on it in lauxlib.ts.
import type { Host } from "./host";
import type { LuaTable } from "./table";
import type { LuaFunction, LuaThread, LuaValue } from "./value";

/** A computation that may suspend the running coroutine: yields coroutine.yield's values, resumes with resume's. */
export type Co<T> = Generator<LuaValue[], T, LuaValue[]>;

/** The outcome of a protected call: its results, or the error value (the stack restored). */
export type Protected = { ok: true; values: LuaValue[] } | { ok: false; error: LuaValue };

/** lua_gc's options, as collectgarbage names them. */
export type GcOption = "stop" | "restart" | "collect" | "count" | "step" | "setpause" | "setstepmul" | "isrunning";

/** coroutine.status's answers. */
export type ThreadStatus = "running" | "suspended" | "normal" | "dead";

export interface LuaState {
  /** The global table `_G`. */
  readonly globals: LuaTable;
  /** The registry (debug.getregistry). */
  readonly registry: LuaTable;
  /** The metatable shared by all strings (set up by the string library). */
  stringMetatable: LuaTable | undefined;
  /** The LUA_COMPAT_5_2 profile (__ipairs, bit32, the compat math functions), set by openLibs. */
  compat: boolean;
  /** lua.c's -E: LUA_PATH, LUA_CPATH and LUA_INIT are ignored. */
  readonly ignoreEnv: boolean;
  /** The operating system as the libraries see it: streams, files, processes, environment, clock. */
  readonly host: Host;

  // --- calls -------------------------------------------------------------------------------------

  /** lua_call: calls any callable value (function or object with `__call`), not yieldable. */
  call(f: LuaValue, args: LuaValue[]): LuaValue[];
  /** lua_pcall without a message handler, from a native function that must survive errors. */
  pcall(f: LuaValue, args: LuaValue[]): Protected;
  /** lua_callk as pcall and dofile use it, outside a coroutine (yieldable.callk inside one). */
  callk(f: LuaValue, args: LuaValue[]): LuaValue[];
  /** lua_pcallk with an optional message handler (xpcall's), outside a coroutine. */
  pcallk(f: LuaValue, args: LuaValue[], handler?: LuaValue): Protected;
  /** The forms of callk and pcallk a native's yieldable body delegates to (`yield*`) inside a coroutine. */
  readonly yieldable: {
    callk(f: LuaValue, args: LuaValue[]): Co<LuaValue[]>;
    pcallk(f: LuaValue, args: LuaValue[], handler?: LuaValue): Co<Protected>;
  };

  // --- errors ------------------------------------------------------------------------------------

  /**
   * luaL_error: raises `message` prefixed by the position of the Lua code at `level`
   * (1 = the function that called the running native function, the default).
   */
  error(message: string, level?: number): never;
  /** luaL_where: "chunk:line: " for the Lua function at `level`, "" for a native one or none. */
  where(level: number): string;

  // --- values ------------------------------------------------------------------------------------

  /** luaL_tolstring: tostring with `__tostring` and `__name`. */
  tostring(v: LuaValue): string;
  /** The address `%p` and tostring show for a table, function, thread or userdata (lua_topointer). */
  addressOf(v: object): string;

  // Operations with metamethods (manual §2.4), as lua_gettable/lua_settable/... do them.
  index(o: LuaValue, key: LuaValue): LuaValue;
  setIndex(o: LuaValue, key: LuaValue, value: LuaValue): void;
  /** The length operator `#` (with `__len`); the result may be any value. */
  len(o: LuaValue): LuaValue;
  eq(a: LuaValue, b: LuaValue): boolean;
  lt(a: LuaValue, b: LuaValue): boolean;
  le(a: LuaValue, b: LuaValue): boolean;
  concat(values: LuaValue[]): LuaValue;
  /** lua_rawset, with its "table index is nil"/"table index is NaN" errors. */
  rawSet(t: LuaTable, k: LuaValue, v: LuaValue): void;

  getMetatable(v: LuaValue): LuaTable | undefined;
  /** lua_setmetatable: per object for tables and full userdata, per type for the others. */
  setMetatable(v: LuaValue, mt: LuaTable | undefined): void;
  /** A metatable field (luaL_getmetafield), undefined when absent. */
  getMetafield(v: LuaValue, event: string): LuaValue;

  // --- loading -----------------------------------------------------------------------------------

  /**
   * lua_load: a text or binary chunk (as `mode`, "b", "t" or "bt", allows) made a function whose
   * first upvalue is `env` (the globals when absent; an explicit nil stays nil), or the message.
   */
  loadChunk(chunk: string, chunkName: string, mode: string, ...env: [LuaValue?]): LuaFunction | string;
  /** luaL_loadfilex: a file (stdin when `filename` is undefined) loaded as lua_load does, or the message. */
  loadFile(filename: string | undefined, mode: string, ...env: [LuaValue?]): LuaFunction | string;
  /** lua_dump: a Lua function as a binary chunk; undefined for a native function. */
  dump(fn: LuaFunction, strip: boolean): string | undefined;

  // --- threads -----------------------------------------------------------------------------------

  /** lua_newthread with `body` as the function it will run. */
  newThread(body: LuaFunction): LuaThread;
  /** lua_resume: [true, values...] when the thread yields or returns, [false, error] when it fails. */
  resume(thread: LuaThread, args: LuaValue[]): LuaValue[];
  /** lua_pushthread: the running thread, and whether it is the main one. */
  running(): { thread: LuaThread; isMain: boolean };
  status(thread: LuaThread): ThreadStatus;

  // --- the collector and the state -----------------------------------------------------------------

  /** lua_gc: "count" answers in KB (a fraction), "step" and "isrunning" 1 or 0, the others as lua_gc does. */
  gc(option: GcOption, arg: number): number;
  /** lua_close: the finalizers of every object still marked for finalization run. */
  close(): void;

  /** The debug interface (manual §4.9), for the debug library. */
  readonly debug: LuaDebug;
}

// --- the debug interface ----------------------------------------------------------------------------

/** One activation on a thread's stack, as lua_getstack finds it (lua_Debug's private i_ci). */
export interface LuaActivation {
  /** The function running in it. */
  readonly fn: LuaFunction;
}

/** lua_Debug's fields (manual §4.9): those the options of lua_getinfo asked for. */
export interface LuaDebugInfo {
  // "S"
  source?: string;
  short_src?: string;
  linedefined?: number;
  lastlinedefined?: number;
  what?: "Lua" | "C" | "main";
  // "l"
  currentline?: number;
  // "u"
  nups?: number;
  nparams?: number;
  isvararg?: boolean;
  // "n"
  name?: string;
  namewhat?: string;
  // "t"
  istailcall?: boolean;
  // "L": the lines with code, undefined for a native function
  activelines?: number[];
  // "f"
  func?: LuaFunction;
}

/** A local variable or an upvalue: its name and value. */
export interface LuaVariable {
  name: string;
  value: LuaValue;
}

/** What debug.sethook installs on a thread (lua_sethook's function, mask and count). */
export interface HookSettings {
  fn: LuaValue;
  call: boolean;
  ret: boolean;
  line: boolean;
  /** Fire "count" every `count` steps (0: never). */
  count: number;
}

export interface LuaDebug {
  /** lua_getstack: the activation `level` levels up `thread`'s stack (the running thread's by default). */
  getStack(level: number, thread?: LuaThread): LuaActivation | undefined;
  /** lua_getinfo: the fields the options in `what` ask for, of an activation or of a function. */
  getInfo(target: LuaActivation | LuaFunction, what: string): LuaDebugInfo;
  /** lua_getlocal: the n-th local of an activation (negative n: its varargs). */
  getLocal(ar: LuaActivation, n: number): LuaVariable | undefined;
  /** lua_setlocal: sets the n-th local, answering its name. */
  setLocal(ar: LuaActivation, n: number, value: LuaValue): string | undefined;
  /** lua_getlocal on a function: the name of its n-th parameter. */
  parameterName(fn: LuaFunction, n: number): string | undefined;
  /** lua_getupvalue: the n-th upvalue of a function ("" names a native function's). */
  getUpvalue(fn: LuaFunction, n: number): LuaVariable | undefined;
  /** lua_setupvalue: sets the n-th upvalue, answering its name. */
  setUpvalue(fn: LuaFunction, n: number, value: LuaValue): string | undefined;
  /** lua_upvalueid: a light userdata identifying the n-th upvalue's cell. */
  upvalueId(fn: LuaFunction, n: number): LuaValue;
  /** lua_upvaluejoin: f1's n1-th upvalue becomes f2's n2-th (both Lua functions). */
  upvalueJoin(f1: LuaFunction, n1: number, f2: LuaFunction, n2: number): void;
  /** lua_sethook on a thread; undefined removes its hook. */
  setHook(thread: LuaThread, hook: HookSettings | undefined): void;
  getHook(thread: LuaThread): HookSettings | undefined;
  /** luaL_traceback of `thread` from `level`, after `message` when there is one. */
  traceback(thread: LuaThread, message: string | undefined, level: number): string;
}
