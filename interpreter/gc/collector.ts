// Garbage-collection semantics (manual §2.5): luaref's own mark phase over explicit roots, so
// that weak tables (§2.5.2, with ephemeron semantics for weak keys) lose exactly the entries
// PUC's collector would remove. Memory itself is JS's to free; this decides what Lua can see.
import { LuaTable } from "../runtime/table";
import { LuaFloat, LuaFunction, LuaThread, LuaUserdata, Cell, type LuaValue } from "../runtime/value";
import { NativeFunction } from "../runtime/native";
import { Coroutine } from "../eval/coroutine";
import { LuaClosure, type Frame, type PcNode } from "../eval/frame";
import { activeLocalsAt } from "../debug/scope";
import type { Finalizable } from "./finalizers";
import * as H from "./heap-sizes";
import type { Runtime } from "../eval/runtime";

/** Values a weak table can lose: objects, not strings, numbers or booleans (lgc.c's iscleared). */
function isCollectable(v: LuaValue): boolean {
  return v instanceof LuaTable || v instanceof LuaFunction || v instanceof LuaUserdata || v instanceof LuaThread;
}

interface WeakTable {
  table: LuaTable;
  weakKeys: boolean;
  weakValues: boolean;
}

/** One full collection's mark state. */
class Marker {
  readonly marked = new Set<object>();
  /** Strings reached (PUC interns them: each counts once). */
  private readonly strings = new Set<string>();
  /** The size of everything reached, as collectgarbage("count") reports it. */
  bytes = 0;
  private readonly gray: object[] = [];
  readonly weak: WeakTable[] = [];
  private readonly ephemerons: LuaTable[] = [];

  mark(v: LuaValue | Cell): void {
    if (typeof v === "string") {
      if (!this.strings.has(v)) {
        this.strings.add(v);
        this.bytes += H.stringBytes(v);
      }
      return;
    }
    if (typeof v !== "object" || v instanceof LuaFloat || this.marked.has(v)) return;
    this.marked.add(v);
    this.gray.push(v);
  }

  /** Traverses everything reachable from what has been marked so far. */
  propagate(): void {
    for (let o = this.gray.pop(); o !== undefined; o = this.gray.pop()) {
      if (o instanceof LuaTable) this.traverseTable(o);
      else if (o instanceof Cell) {
        this.bytes += H.UPVALUE_BYTES;
        this.mark(o.v);
      } else if (o instanceof LuaClosure) {
        this.bytes += H.closureBytes(o.upvals.length);
        o.upvals.forEach((c) => this.mark(c));
      } else if (o instanceof NativeFunction) {
        this.bytes += H.NATIVE_BYTES + o.upvalues.length * H.SLOT_BYTES;
        o.upvalues.forEach((c) => this.mark(c));
      } else if (o instanceof LuaUserdata) {
        this.bytes += H.USERDATA_BYTES;
        this.mark(o.metatable);
        this.mark(o.userValue);
      } else if (o instanceof Coroutine) this.traverseCoroutine(o);
    }
  }

  private traverseTable(t: LuaTable): void {
    this.bytes += H.tableBytes(t.arr.length, t.hash.size);
    const mt = t.metatable;
    this.mark(mt);
    const mode = mt?.getStr("__mode");
    const weakKeys = typeof mode === "string" && mode.includes("k");
    const weakValues = typeof mode === "string" && mode.includes("v");
    if (weakKeys || weakValues) this.weak.push({ table: t, weakKeys, weakValues });
    if (!weakValues) for (const v of t.arr) this.mark(v);
    if (weakKeys && !weakValues) {
      this.ephemerons.push(t);
      this.markEphemeron(t);
      return;
    }
    for (const [k, v] of t.hash) {
      if (v === undefined) continue; // a dead entry kept for `next`
      if (!weakKeys) this.mark(k);
      if (!weakValues) this.mark(v);
    }
  }

  /** A value that must survive: not collectable, or reached. */
  private alive(v: LuaValue): boolean {
    return !isCollectable(v) || this.marked.has(v as object);
  }

  /** Marks the values of a weak-keyed table whose keys are alive; true when it marked any. */
  private markEphemeron(t: LuaTable): boolean {
    let changed = false;
    for (const [k, v] of t.hash) {
      if (v === undefined || this.alive(v)) continue;
      if (this.alive(k)) {
        this.mark(v);
        changed = true;
      }
    }
    return changed;
  }

  private traverseCoroutine(co: Coroutine): void {
    this.bytes += H.THREAD_BYTES;
    this.mark(co.body);
    // ldblib.c keeps hooks in a weak-keyed registry table: a live thread keeps its hook alive
    this.mark(co.L.hook?.settings(co)?.fn);
    for (const values of co.pending) for (const v of values) this.mark(v);
    for (let f = co.frame; f !== undefined; f = f.prev) {
      this.bytes += H.CALLINFO_BYTES + (f.s.length + f.va.length) * H.SLOT_BYTES;
      this.mark(f.fn);
      const live = f === co.frame ? undefined : liveSlots(f);
      if (live === undefined) for (const v of f.s) this.mark(v);
      else {
        for (const i of live) this.mark(f.s[i]);
        // past the locals: pending operands kept for getlocal's (*temporary), empty when unused
        for (let i = (f.fn as LuaClosure).p.fn.frameSize; i < f.s.length; i++) this.mark(f.s[i]);
      }
      for (const c of f.up) this.mark(c);
      for (const v of f.va) this.mark(v);
    }
  }

  /**
   * remarkupvals: a thread that was not reached but ran since the last collection keeps alive,
   * for this cycle, the values of its open upvalues (PUC creates them "touched").
   */
  remarkThreads(threads: Set<Coroutine>): void {
    for (const co of threads) {
      if (this.marked.has(co)) continue;
      threads.delete(co);
      for (let f = co.frame; f !== undefined; f = f.prev) {
        for (const v of f.s) if (v instanceof Cell) this.mark(v.v);
      }
    }
  }

  isMarked(o: object): boolean {
    return this.marked.has(o);
  }

  /** Propagates until no ephemeron table gains a live value (lgc.c's convergeephemerons). */
  converge(): void {
    this.propagate();
    for (let changed = true; changed; ) {
      changed = false;
      for (const t of this.ephemerons) if (this.markEphemeron(t)) changed = true;
      this.propagate();
    }
  }

  /** Removes the entries of weak tables whose weak value (and, with `keys`, weak key) was not reached. */
  clearWeakTables(keys: boolean): void {
    const dead = (v: LuaValue) => !this.alive(v);
    for (const { table, weakKeys, weakValues } of this.weak) {
      if (weakValues) {
        table.arr.forEach((v, i) => {
          if (dead(v)) table.setInt(i + 1, undefined);
        });
      }
      for (const [k, v] of table.hash) {
        if (v !== undefined && ((keys && weakKeys && dead(k)) || (weakValues && dead(v)))) table.set(k, undefined);
      }
    }
  }
}

/** Slots of the locals active at a frame's pc, per pc node (the collection's hot path). */
const slotsAt = new WeakMap<PcNode, number[]>();

/**
 * The slots of a Lua frame that PUC's stack would still hold while the frame calls out: its
 * active locals. The registers of locals whose block has ended are reused by the call itself,
 * so what they held is garbage (gc.lua counts on it). Undefined: every slot.
 */
function liveSlots(f: Frame): number[] | undefined {
  const pc = f.pc;
  if (!(f.fn instanceof LuaClosure) || pc === undefined) return undefined;
  let slots = slotsAt.get(pc);
  if (slots === undefined) {
    // not found: a synthetic pc (a finalizer's caller) that tells nothing of the scope
    slots = activeLocalsAt(f.fn.p.fn, pc)?.map((l) => l.slot);
    if (slots === undefined) return undefined;
    slotsAt.set(pc, slots);
  }
  return slots;
}

/**
 * A full collection (lgc.c's atomic phase and separation of objects to finalize): marks from
 * the roots, clears weak tables, queues the unreached objects that have finalizers and marks
 * them again (they live until finalized). Returns the size of what lives, in bytes.
 */
export function fullCollection(L: Runtime): number {
  const m = new Marker();
  m.mark(L.registry);
  m.mark(L.globals);
  m.mark(L.stringMetatable);
  for (const mt of L.typeMetatables.values()) m.mark(mt);
  m.mark(L.main);
  m.mark(L.current);
  for (const o of L.finalizers.waiting()) m.mark(o);
  m.propagate();
  m.remarkThreads(L.resumedThreads);
  m.converge();
  // weak values go before resurrection: a finalizer does not see objects that died with it
  m.clearWeakTables(false);
  for (const o of L.finalizers.separate((o: Finalizable) => !m.isMarked(o))) m.mark(o);
  m.converge();
  m.clearWeakTables(true);
  return m.bytes;
}
