// Debug hooks (manual §4.9 lua_sethook, §6.10 debug.sethook): per-thread hook settings and the
// events the evaluator reports while a hook is set. The evaluator only checks `Runtime.hook`,
// which is undefined unless some thread has a hook.
import type { LuaValue } from "../runtime/value";
import type { Coroutine } from "./coroutine";
import { LuaClosure, type Frame, type PcNode } from "./frame";
import type { Runtime } from "./runtime";

/** What debug.sethook installed on one thread. */
export interface HookSettings {
  fn: LuaValue;
  call: boolean;
  ret: boolean;
  line: boolean;
  /** Fire "count" every `count` steps (0: never). */
  count: number;
}

/**
 * The pc of a hooked frame: "At" while it runs code at `line` for `stat`; "Hook" while its hook
 * runs (getinfo names the hook function "hook" '?' from it). `stat` is the node the frame was
 * at, for getlocal's scope (undefined at function entry).
 */
export interface HookPc extends PcNode {
  kind: "Hook" | "At";
  stat: PcNode | undefined;
}

export class DebugHooks {
  private readonly threads = new Map<Coroutine, HookSettings>();
  /** Frames that jumped back since their last line event. */
  private readonly jumped = new WeakSet<Frame>();
  /** Steps left before the next count event, per thread. */
  private readonly countdown = new Map<Coroutine, number>();
  /** True while a hook runs: hooks do not fire inside hooks (PUC's allowhook). */
  private running = false;

  constructor(private readonly L: Runtime) {}

  settings(co: Coroutine): HookSettings | undefined {
    return this.threads.get(co);
  }

  /** Installs (or with undefined removes) the hook of `co`; returns false when no thread has one left. */
  set(co: Coroutine, s: HookSettings | undefined): boolean {
    if (s === undefined) {
      this.threads.delete(co);
      this.countdown.delete(co);
    } else {
      this.threads.set(co, s);
      this.countdown.set(co, s.count);
    }
    return this.threads.size > 0;
  }

  /** Function entry: "call", or "tail call" for an activation that replaced its caller. */
  onCall(f: Frame): void {
    const s = this.active();
    if (s?.call) this.fire(s, f, f.tail ? "tail call" : "call", undefined, undefined);
  }

  /** Function exit at `line` (the return statement's, or the closing `end`'s). */
  onReturn(f: Frame, line: number): void {
    const s = this.active();
    if (s?.ret) this.fire(s, f, "return", undefined, { kind: "Hook", line, stat: f.pc });
  }

  /**
   * Code at `line` about to run for `node` (a statement or loop header): one count step, and
   * "line" when the frame comes to a new line or jumped back. `line` < 0: no code of its own.
   */
  onStatement(f: Frame, node: PcNode, line: number): void {
    const s = this.active();
    if (s === undefined || line < 0) return;
    // PUC's oldpc: the line the frame was last at (none on entry, which always reports)
    const last = f.pc?.line;
    // while hooked, a frame's pc follows its statements (return hooks and getlocal read it)
    f.pc = { kind: "At", line, stat: node } as HookPc;
    this.step(s, f, node, stepsOf(node));
    if (!s.line) return;
    const jumped = this.jumped.delete(f);
    if (!jumped && last === line) return;
    this.fire(s, f, "line", line, { kind: "Hook", line, stat: f.pc });
  }

  /** A loop jumps back: the next code reports its line even when it is the same line. */
  onJumpBack(f: Frame): void {
    if (this.active() !== undefined) this.jumped.add(f);
  }

  private active(): HookSettings | undefined {
    return this.running ? undefined : this.threads.get(this.L.current);
  }

  private step(s: HookSettings, f: Frame, at: PcNode | undefined, steps: number): void {
    if (s.count === 0) return;
    const co = this.L.current;
    let left = (this.countdown.get(co) ?? s.count) - steps;
    // one event per `count` steps crossed
    while (left <= 0) {
      left += s.count;
      this.countdown.set(co, left);
      this.fire(s, f, "count", undefined, { kind: "Hook", line: at?.line ?? currentLine(f), stat: at });
      if (this.threads.get(co) !== s) return; // the hook changed the hook
    }
    this.countdown.set(co, left);
  }


  /** Calls the hook function from frame `f` as hookf does: (event, line or nil). */
  private fire(s: HookSettings, f: Frame, event: string, line: number | undefined, pc: HookPc | undefined): void {
    const saved = f.pc;
    f.pc = pc ?? { kind: "Hook", line: currentLine(f), stat: undefined } as HookPc;
    this.running = true;
    try {
      this.L.call(s.fn, [event, line]);
    } finally {
      this.running = false;
      f.pc = saved;
    }
  }
}

/**
 * How many "instructions" a count hook charges for starting `node`: one per statement, and for a
 * loop's start one per control value loaded plus the preparation, as PUC's code has.
 */
function stepsOf(node: PcNode): number {
  return node.kind === "NumericFor" || node.kind === "GenericFor" ? 4 : 1;
}

/** The line a frame is at: its pc's, else (at entry) its function's first line. */
function currentLine(f: Frame): number {
  if (f.pc !== undefined) return f.pc.line;
  return f.fn instanceof LuaClosure ? f.fn.p.fn.lineDefined : -1;
}
