// The interpreter state (lua_State + global_State): globals, registry, metatables, the running
// coroutine, the host, error raising with PUC's positions and names — and the LuaState interface
// the libraries see, implemented over the evaluator.
import type { Expr, FunctionExpr } from "../../grammar/ast";
import { parse } from "../../grammar/parse";
import { chunkid } from "../../grammar/chunk-name";
import { ERRORSTACKSIZE, LUAI_MAXCCALLS, LUAI_MAXSTACK } from "../../grammar/limits";
import { LuaError } from "../runtime/error";
import type { Host } from "../runtime/host";
import * as N from "../runtime/number";
import type { Co, GcOption, LuaState, Protected, ThreadStatus } from "../runtime/state";
import { LuaTable } from "../runtime/table";
import { Cell, LuaFloat, LuaFunction, LuaUserdata, type LuaThread, type LuaValue, type } from "../runtime/value";
import { NodeHost } from "../host/node-host";
import { ExitRequest } from "../host/exit-request";
import { GcState, gcControl } from "../gc/control";
import { fullCollection } from "../gc/collector";
import { Finalizers } from "../gc/finalizers";
import { describe } from "../debug/describe";
import type { DebugHooks } from "../debug/hooks";
import { DebugInterface } from "../debug/interface";
import { Coroutine } from "./coroutine";
import { dump } from "./dump";
import { NumericForLoop } from "./for-loop";
import { LuaClosure, Proto, type ChunkUnit, type Frame, type PcNode } from "./frame";
import { loadChunk, loadFile } from "./load";
import * as D from "./ops.direct";
import * as PD from "./protected.direct";
import * as PG from "./protected.co";

/** The fewest bytes allocated between two automatic collections. */
const MIN_GC_THRESHOLD = 640_000;

export class Runtime implements LuaState {
  readonly globals = new LuaTable();
  readonly registry = new LuaTable();
  stringMetatable: LuaTable | undefined = undefined;
  /** Metatables of the other basic types, set with debug.setmetatable. */
  readonly typeMetatables = new Map<string, LuaTable>();

  readonly main: Coroutine;
  current: Coroutine;
  /** Nested native→Lua calls in progress, as PUC's nCcalls. */
  cCalls = 0;
  /** The longest string V8 can build; longer results fail as PUC fails to allocate them. */
  readonly maxStringLength = 0x1fffffe8;
  /** LUA_COMPAT_5_2 behaviours (__ipairs, ...) are on. */
  compat = true;
  /** lua.c's -E: LUA_PATH, LUA_CPATH and LUA_INIT are ignored. */
  ignoreEnv = false;
  readonly gcState = new GcState();
  /** Bytes allocated by Lua code since the last collection, and how many start the next one. */
  gcDebt = 0;
  gcThreshold = MIN_GC_THRESHOLD;
  /** Bytes the last collection found alive (gc/heap-sizes.ts). */
  gcLive = 0;
  readonly finalizers = new Finalizers(this);
  /** Coroutines resumed since the last collection (see Marker.remarkThreads). */
  readonly resumedThreads = new Set<Coroutine>();
  /** The debug hooks, present only while some thread has one set (the evaluator checks this). */
  hook: DebugHooks | undefined = undefined;
  readonly debug = new DebugInterface(this);
  /**
   * A request to interrupt the running code, set from outside it (the command's SIGINT handler,
   * in another thread, shares this array): the evaluator polls it at calls and loop iterations.
   */
  interruptRequest: Int32Array<ArrayBufferLike> = new Int32Array(1);

  readonly yieldable = {
    callk: (f: LuaValue, args: LuaValue[]): Co<LuaValue[]> => PG.callk(this, f, args),
    pcallk: (f: LuaValue, args: LuaValue[], handler?: LuaValue): Co<Protected> =>
      handler === undefined ? PG.pcall(this, f, args) : PG.xpcall(this, f, args, handler),
  };

  private readonly protos = new WeakMap<FunctionExpr, Proto>();
  private readonly addresses = new WeakMap<object, number>();
  private nextAddress = 0x55a4c2b0;

  /** A state over `host` (the Node one by default): what the libraries use of the operating system. */
  constructor(readonly host: Host = new NodeHost()) {
    this.main = new Coroutine(this, undefined);
    this.current = this.main;
    this.registry.setInt(1, this.main);
    this.registry.setInt(2, this.globals);
  }

  // --- loading -----------------------------------------------------------------------------------

  protoFor(fn: FunctionExpr, unit: ChunkUnit): Proto {
    let p = this.protos.get(fn);
    if (p === undefined) {
      p = new Proto(this, fn, unit);
      this.protos.set(fn, p);
    }
    return p;
  }

  /**
   * Compiles Lua source text (a byte string) into a function whose `_ENV` is `env` (default:
   * globals); a syntax error is thrown as LuaSyntaxError.
   */
  load(source: string, chunkName: string, ...env: [LuaValue?]): LuaClosure {
    // a rest parameter, not a default: an explicit nil environment must stay nil
    // the parser's C levels start where the caller's are (PUC's parser uses L->nCcalls)
    const chunk = parse(source, chunkName, { cCallDepth: Math.max(1, this.cCalls) });
    const unit = { chunkName, source: chunkid(chunkName), text: source, root: chunk.main, stripped: false };
    return new LuaClosure(this.protoFor(chunk.main, unit), [new Cell(env.length > 0 ? env[0] : this.globals)]);
  }

  loadChunk(chunk: string, chunkName: string, mode: string, ...env: [LuaValue?]): LuaClosure | string {
    return loadChunk(this, chunk, chunkName, mode, env.length > 0 ? env[0] : this.globals);
  }

  loadFile(filename: string | undefined, mode: string, ...env: [LuaValue?]): LuaClosure | string {
    return loadFile(this, filename, mode, env.length > 0 ? env[0] : this.globals);
  }

  dump(fn: LuaFunction, strip: boolean): string | undefined {
    return fn instanceof LuaClosure ? dump(fn, strip) : undefined;
  }

  // --- metatables --------------------------------------------------------------------------------

  getMetatable(v: LuaValue): LuaTable | undefined {
    if (v instanceof LuaTable || (v instanceof LuaUserdata && !v.light)) return v.metatable;
    if (typeof v === "string") return this.stringMetatable;
    return this.typeMetatables.get(typeMetatableKey(v));
  }

  /** lua_setmetatable: per object for tables and full userdata, per type for the others. */
  setMetatable(v: LuaValue, mt: LuaTable | undefined): void {
    if (v instanceof LuaTable || (v instanceof LuaUserdata && !v.light)) {
      v.metatable = mt;
      this.finalizers.check(v, mt);
    } else if (typeof v === "string") this.stringMetatable = mt;
    else if (mt === undefined) this.typeMetatables.delete(typeMetatableKey(v));
    else this.typeMetatables.set(typeMetatableKey(v), mt);
  }

  getMetafield(v: LuaValue, event: string): LuaValue {
    const mt = this.getMetatable(v);
    return mt === undefined ? undefined : mt.getStr(event);
  }

  /** luaT_objtypename: `__name` when the metatable has a string one, else the type. */
  typeName(v: LuaValue): string {
    if (v instanceof LuaTable || v instanceof LuaUserdata) {
      const name = v.metatable?.getStr("__name");
      if (typeof name === "string") return name;
    }
    return type(v);
  }

  // --- raw access with PUC's key checks ----------------------------------------------------------

  rawSet(t: LuaTable, k: LuaValue, v: LuaValue): void {
    if (typeof k === "string" || (typeof k === "number" && Number.isSafeInteger(k))) {
      t.set(k, v);
      return;
    }
    if (k === undefined) this.runError("table index is nil");
    if (typeof k === "number" && Number.isNaN(k)) this.runError("table index is NaN");
    t.set(k, v);
  }

  // --- errors ------------------------------------------------------------------------------------

  /** The frame `level` levels up the current coroutine's stack (0 = the running function). */
  frameAt(level: number, co: Coroutine = this.current): Frame | undefined {
    let f = co.frame;
    for (let i = 0; i < level && f !== undefined; i++) f = f.prev;
    return f;
  }

  where(level: number): string {
    return this.position(this.frameAt(level));
  }

  /** luaL_where of a frame: "chunk:line: " for a Lua frame, "" otherwise. */
  private position(f: Frame | undefined): string {
    if (f === undefined || !(f.fn instanceof LuaClosure) || f.pc === undefined) return "";
    const unit = f.fn.p.unit;
    return unit.stripped ? "?:-1: " : `${unit.source}:${f.pc.line}: `;
  }

  /** luaG_runerror: an error raised by the evaluator, positioned at the running Lua function. */
  runError(message: string): never {
    throw new LuaError(this.position(this.current.frame) + message);
  }

  /**
   * lua.c's lstop hook: "interrupted!" in the main thread, positioned at the interrupted
   * function's caller; `at` is where a frame without a pc yet stands (a loop that called nothing).
   */
  interrupted(f?: Frame, at?: PcNode): void {
    if (this.current !== this.main) return; // lua.c hooks the main thread only
    Atomics.store(this.interruptRequest, 0, 0);
    if (f !== undefined && f.pc === undefined) f.pc = at;
    this.error("interrupted!", 1);
  }

  error(message: string, level = 1): never {
    throw new LuaError(this.where(level) + message);
  }

  /**
   * varinfo: how the running Lua function names an operand (" (local 'x')"), or nothing when
   * its chunk was loaded from a stripped dump, which has no names.
   */
  describe(e: Expr | undefined): string {
    const f = this.current.frame;
    return f !== undefined && f.fn instanceof LuaClosure && f.fn.p.unit.stripped ? "" : describe(e);
  }

  orderError(a: LuaValue, b: LuaValue): never {
    const t1 = this.typeName(a);
    const t2 = this.typeName(b);
    return this.runError(t1 === t2 ? `attempt to compare two ${t1} values` : `attempt to compare ${t1} with ${t2}`);
  }

  /**
   * luaD_growstack's overflow: "stack overflow", after which the stack gets ERRORSTACKSIZE's extra
   * room for the error to be handled; overflowing that too raises "error in error handling"
   * (LUA_ERRERR). The extra room goes when a protected call recovers (savePoint).
   */
  stackOverflow(th: Coroutine): never {
    if (th.stackLimit > LUAI_MAXSTACK) throw new LuaError("error in error handling");
    th.stackLimit = ERRORSTACKSIZE;
    return this.runError("stack overflow");
  }

  /** What a protected call restores when it catches an error (lua_pcall's saved CallInfo and top). */
  savePoint(): () => void {
    const th = this.current;
    const frame = th.frame;
    const stackUsed = th.stackUsed;
    const cCalls = this.cCalls;
    return () => {
      this.current = th;
      th.frame = frame;
      th.stackUsed = stackUsed;
      this.cCalls = cCalls;
      // luaD_shrinkstack: the overflow's extra room goes once the stack is back within the limit
      if (stackUsed <= LUAI_MAXSTACK) th.stackLimit = LUAI_MAXSTACK;
    };
  }

  /**
   * The Lua value of anything caught while running Lua code. os.exit's ExitRequest is not a
   * Lua error: it is rethrown, so it unwinds through every protected call and coroutine.
   */
  errorValue(e: unknown): LuaValue {
    if (e instanceof LuaError) return e.value;
    if (e instanceof ExitRequest) throw e;
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      return this.position(this.current.frame) + "stack overflow";
    }
    // a bug in luaref itself: report it as a Lua error rather than crash with a JS trace
    const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return `luaref internal error: ${text}`;
  }

  // --- garbage collection ---------------------------------------------------------------------------

  /**
   * A full collection (luaC_fullgc): finishes the finalizers a previous cycle left, marks,
   * clears weak tables, then calls the finalizers of the objects found dead. An error in one
   * of them propagates from here; the others wait for the next collection.
   */
  collectGarbage(): void {
    this.finalizers.runPending();
    const live = fullCollection(this);
    this.gcLive = live;
    this.gcDebt = 0;
    this.gcState.stepWork = 0;
    // the pause: wait until the heap has grown by gc.pause percent before the next one
    this.gcThreshold = Math.max(MIN_GC_THRESHOLD, Math.floor((live * this.gcState.pause) / 100));
    this.finalizers.runPending();
  }

  gc(option: GcOption, arg: number): number {
    return gcControl(this, option, arg);
  }

  close(): void {
    this.finalizers.close();
  }

  /** Called by the evaluator when allocations pass the threshold: an automatic collection. */
  automaticCollection(): void {
    // a stopped collector lets the debt (and so collectgarbage "count") grow
    if (this.gcState.running) this.collectGarbage();
  }

  /** Estimated bytes of Lua objects: those alive at the last collection plus those made since. */
  heapEstimate(): number {
    return this.gcLive + this.gcDebt;
  }

  // --- numeric for -------------------------------------------------------------------------------

  forLoop(start: LuaValue, limit: LuaValue, step: LuaValue): NumericForLoop {
    return new NumericForLoop(this, start, limit, step);
  }

  // --- calls (direct flavour: not yieldable) ------------------------------------------------------

  call(f: LuaValue, args: LuaValue[]): LuaValue[] {
    if (++this.cCalls >= LUAI_MAXCCALLS) {
      this.cCalls--;
      this.cStackOverflow();
    }
    const r = D.call(this, f, args);
    this.cCalls--;
    return r;
  }

  pcall(f: LuaValue, args: LuaValue[]): Protected {
    const restore = this.savePoint();
    try {
      return { ok: true, values: this.call(f, args) };
    } catch (e) {
      const error = this.errorValue(e);
      restore();
      return { ok: false, error };
    }
  }

  callk(f: LuaValue, args: LuaValue[]): LuaValue[] {
    return PD.callk(this, f, args);
  }

  pcallk(f: LuaValue, args: LuaValue[], handler?: LuaValue): Protected {
    return handler === undefined ? PD.pcall(this, f, args) : PD.xpcall(this, f, args, handler);
  }

  cStackOverflow(): never {
    if (this.cCalls >= LUAI_MAXCCALLS + (LUAI_MAXCCALLS >> 3)) return this.runError("error while handling stack overflow");
    return this.runError("C stack overflow");
  }

  tostring(v: LuaValue): string {
    const h = this.getMetafield(v, "__tostring");
    if (h !== undefined) {
      const r = this.call(h, [v])[0];
      if (typeof r === "string") return r;
      if (N.isNumber(r)) return N.numberToString(r);
      return this.error("'__tostring' must return a string");
    }
    switch (typeof v) {
      case "string": return v;
      case "undefined": return "nil";
      case "boolean": return v ? "true" : "false";
      case "number": case "bigint": return N.numberToString(v);
    }
    if (v instanceof LuaFloat) return N.numberToString(v);
    return `${this.typeName(v)}: ${this.addressOf(v)}`;
  }

  /** A stable fake address for tables, functions, threads and userdata, as `%p` shows them. */
  addressOf(v: object): string {
    let a = this.addresses.get(v);
    if (a === undefined) {
      a = this.nextAddress;
      this.nextAddress += 0x40;
      this.addresses.set(v, a);
    }
    return "0x" + a.toString(16).padStart(12, "0");
  }

  index(o: LuaValue, key: LuaValue): LuaValue {
    return D.index(this, o, key);
  }
  setIndex(o: LuaValue, key: LuaValue, value: LuaValue): void {
    D.setIndex(this, o, key, value);
  }
  len(o: LuaValue): LuaValue {
    return D.len(this, o);
  }
  eq(a: LuaValue, b: LuaValue): boolean {
    return D.eq(this, a, b);
  }
  lt(a: LuaValue, b: LuaValue): boolean {
    return D.lt(this, a, b);
  }
  le(a: LuaValue, b: LuaValue): boolean {
    return D.le(this, a, b);
  }
  concat(values: LuaValue[]): LuaValue {
    return values.length === 0 ? "" : D.concat(this, values);
  }

  // --- threads ------------------------------------------------------------------------------------

  newThread(body: LuaFunction): Coroutine {
    return new Coroutine(this, body);
  }

  resume(thread: LuaThread, args: LuaValue[]): LuaValue[] {
    return (thread as Coroutine).resume(args);
  }

  running(): { thread: Coroutine; isMain: boolean } {
    return { thread: this.current, isMain: this.current.isMain };
  }

  status(thread: LuaThread): ThreadStatus {
    return thread === this.current ? "running" : (thread as Coroutine).status;
  }
}

/** The key of a shared per-type metatable: the type name, light userdata apart. */
function typeMetatableKey(v: LuaValue): string {
  return v instanceof LuaUserdata ? "light userdata" : type(v);
}
