// Coroutines (manual §2.6): each one runs the generator flavour of the evaluator; a
// coroutine.yield deep inside its calls is a JS `yield` carried up by `yield*` to resume.
import { LuaThread, type LuaValue } from "../runtime/value";
import type { Frame } from "./frame";
import type { Runtime } from "./runtime";
import { call } from "./ops.co";
import { LUAI_MAXCCALLS, LUAI_MAXSTACK } from "../../grammar/limits";

export type CoroutineStatus = "running" | "suspended" | "normal" | "dead";

export class Coroutine extends LuaThread {
  /** The innermost active frame (Lua or native) of this coroutine's stack. */
  frame: Frame | undefined = undefined;
  /** C levels in use inside this coroutine while it is suspended. */
  private cCallsInside = 0;
  /**
   * Values lists being built (call arguments, table items) while a later element runs code:
   * what PUC keeps in registers, roots for the collector.
   */
  readonly pending: LuaValue[][] = [];
  /** Stack slots in use, checked against stackLimit ("stack overflow"). */
  stackUsed = 0;
  /** LUAI_MAXSTACK, raised by Runtime.stackOverflow while the overflow is being handled. */
  stackLimit = LUAI_MAXSTACK;
  status: CoroutineStatus;
  /** The suspended computation; undefined before the first resume and after death. */
  private gen: Generator<LuaValue[], LuaValue[], LuaValue[]> | undefined = undefined;

  constructor(
    readonly L: Runtime,
    /** The body function; undefined for the main thread. */
    readonly body: LuaValue,
  ) {
    super();
    this.status = body === undefined ? "running" : "suspended";
    // lua_newthread: the new thread starts with its creator's hook mask and count
    if (body !== undefined) L.hook?.inherit(L.current, this);
  }

  get isMain(): boolean {
    return this.body === undefined;
  }

  /**
   * lua_resume: runs until the body yields, returns or fails. Returns [true, values...] or
   * [false, error] as coroutine.resume does.
   */
  resume(args: LuaValue[]): LuaValue[] {
    const L = this.L;
    if (this.status !== "suspended") {
      const what = this.status === "dead" ? "dead" : "non-suspended";
      return [false, `cannot resume ${what} coroutine`];
    }
    if (L.cCalls >= LUAI_MAXCCALLS) return [false, "C stack overflow"];
    L.resumedThreads.add(this);
    const previous = L.current;
    previous.status = "normal";
    this.status = "running";
    L.current = this;
    // lua_resume: the coroutine runs one C level above its resumer, plus the levels it was
    // suspended inside (a yield from a metamethod or pcall keeps them in the generator)
    const resumerCalls = L.cCalls;
    const base = resumerCalls + 1;
    L.cCalls = base + this.cCallsInside;
    try {
      let r: IteratorResult<LuaValue[], LuaValue[]>;
      if (this.gen === undefined) {
        this.gen = call(L, this.body, args);
        r = this.gen.next(args);
      } else {
        r = this.gen.next(args);
      }
      if (r.done) {
        this.die();
        return [true, ...r.value];
      }
      this.status = "suspended";
      this.cCallsInside = L.cCalls - base;
      return [true, ...r.value];
    } catch (e) {
      this.die();
      return [false, L.errorValue(e)];
    } finally {
      L.cCalls = resumerCalls;
      L.current = previous;
      previous.status = "running";
    }
  }

  private die(): void {
    this.status = "dead";
    this.gen = undefined;
  }
}
