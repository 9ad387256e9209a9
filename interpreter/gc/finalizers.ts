// Finalizers (manual §2.5.1): objects marked for finalization when they get a metatable with a
// `__gc` field, separated by the collector once unreachable, and called in reverse order of
// marking (lgc.c's finobj and tobefnz lists, GCTM, luaC_freeallobjects).
import { LuaError } from "../runtime/error";
import type { LuaTable } from "../runtime/table";
import { LuaFunction, type LuaUserdata } from "../runtime/value";
import type { Frame, PcNode } from "../eval/frame";
import type { Runtime } from "../eval/runtime";

/** What can have a finalizer: tables and full userdata. */
export type Finalizable = LuaTable | LuaUserdata;

/**
 * An error raised by a `__gc` metamethod during a collection (LUA_ERRGCMM): it reaches the
 * code that caused the collection as "error in __gc metamethod (msg)", past message handlers.
 */
export class GcMetamethodError extends LuaError {}

export class Finalizers {
  /** Marked for finalization and not yet found dead, oldest first (PUC's finobj, reversed). */
  private readonly marked = new Set<Finalizable>();
  /** Found dead, waiting for their finalizer, next first (PUC's tobefnz). */
  private readonly pending: Finalizable[] = [];
  /** After the state closed no object is marked any more (lua_close sweeps them unfinalized). */
  private closed = false;
  /** Frames whose collection is running a finalizer (PUC's CIST_FIN). */
  private readonly callers = new Set<Frame>();

  constructor(private readonly L: Runtime) {}

  /** luaC_checkfinalizer: `o` just got metatable `mt`; a `__gc` field marks it once. */
  check(o: Finalizable, mt: LuaTable | undefined): void {
    if (this.closed || mt === undefined || mt.getStr("__gc") === undefined) return;
    if (this.marked.has(o) || this.pending.includes(o)) return;
    this.marked.add(o);
  }

  isCaller(f: Frame): boolean {
    return this.callers.size > 0 && this.callers.has(f);
  }

  /** Objects waiting for their finalizer: roots of the next mark phase. */
  waiting(): readonly Finalizable[] {
    return this.pending;
  }

  /**
   * separatetobefnz: moves the marked objects that `isDead` says were not reached to the queue,
   * newest first; returns them so the collector can mark them again (resurrection).
   */
  separate(isDead: (o: Finalizable) => boolean): Finalizable[] {
    const dead = [...this.marked].reverse().filter(isDead);
    for (const o of dead) {
      this.marked.delete(o);
      this.pending.push(o);
    }
    return dead;
  }

  /** Runs every queued finalizer; an error stops the run and propagates (GCTM with propagateerrors). */
  runPending(): void {
    for (let o = this.pending.shift(); o !== undefined; o = this.pending.shift()) this.call(o, true);
  }

  /** lua_close: every finalizer still pending or marked runs, newest first; errors are ignored. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.pending.push(...[...this.marked].reverse());
    this.marked.clear();
    for (let o = this.pending.shift(); o !== undefined; o = this.pending.shift()) this.call(o, false);
  }

  /** GCTM: calls `o`'s current `__gc` (when a function) with hooks and automatic collections off. */
  private call(o: Finalizable, propagate: boolean): void {
    const L = this.L;
    const gc = L.getMetafield(o, "__gc");
    if (!(gc instanceof LuaFunction)) return;
    const hook = L.hook;
    const running = L.gcState.running;
    const th = L.current;
    const caller = th.frame;
    const callerPc = caller?.pc;
    // the finalizer is called by no call instruction: getinfo and tracebacks give it no name
    if (caller !== undefined) caller.pc = { kind: "Finalizer", line: callerPc?.line ?? -1 } satisfies PcNode;
    const marksCaller = caller !== undefined && !this.callers.has(caller);
    if (marksCaller) this.callers.add(caller);
    const restore = L.savePoint();
    L.hook = undefined;
    L.gcState.running = false;
    try {
      L.call(gc, [o]);
    } catch (e) {
      const value = L.errorValue(e); // os.exit passes through
      restore();
      if (propagate) {
        const msg = typeof value === "string" ? value : "no message";
        throw new GcMetamethodError(`error in __gc metamethod (${msg})`);
      }
    } finally {
      L.hook ??= hook; // unless the finalizer set a hook of its own
      L.gcState.running = running;
      if (caller !== undefined) caller.pc = callerPc;
      if (marksCaller) this.callers.delete(caller);
    }
  }
}
