// Debug hooks (manual §4.9 lua_sethook, §6.10 debug.sethook): per-thread hook settings and the
// events the evaluator reports while a hook is set. The evaluator only checks `Runtime.hook`,
// which is undefined unless some thread has a hook.
import type { HookSettings } from "../runtime/state";
import type { Coroutine } from "../eval/coroutine";
import { LuaClosure, type Frame, type PcNode, type Proto } from "../eval/frame";
import { activeLines } from "./lines";
import type { Runtime } from "../eval/runtime";

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
  /**
   * PUC's oldpc: the line of the last instruction each frame reported. Frames absent from it
   * (the hook was set while they ran) are at their pc's line; a new frame is at none.
   */
  private readonly lastLines = new WeakMap<Frame, number>();
  /** Frames whose last jump goes straight past the next jump instruction (see onJump). */
  private readonly chained = new WeakSet<Frame>();
  /** Frames that jumped back since their last line event. */
  private readonly jumped = new WeakSet<Frame>();
  /** Steps left before the next count event, per thread. */
  private readonly countdown = new Map<Coroutine, number>();
  /** Threads running a hook: hooks do not fire inside hooks (PUC's per-thread allowhook). */
  private readonly running = new Set<Coroutine>();

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

  /**
   * lua_newthread copies the creator's hook mask and count to the new thread, but ldblib's hook
   * table has no function for it: its events call nothing, and gethook shows the mask with nil.
   */
  inherit(creator: Coroutine, co: Coroutine): void {
    const s = this.threads.get(creator);
    if (s !== undefined) this.set(co, { ...s, fn: undefined });
  }

  /** Function entry (Lua or native): "call", or "tail call" for an activation that replaced its caller. */
  onCall(f: Frame): void {
    const s = this.active();
    if (s?.call) this.fire(s, f, f.tail ? "tail call" : "call", undefined, undefined);
  }

  /** Function exit at `line` (the return statement's, or the closing `end`'s; -1 for natives). */
  onReturn(f: Frame, line: number): void {
    const s = this.active();
    if (s?.ret) this.fire(s, f, "return", undefined, { kind: "Hook", line, stat: f.pc });
  }

  /**
   * An instruction at `line` about to run for `node` (a statement, loop header or expression):
   * one count step, and "line" when the frame comes to a new line or jumped back (luaG_traceexec).
   */
  onLine(f: Frame, node: PcNode, line: number): void {
    const s = this.active();
    if (s === undefined || line < 0) return;
    this.chained.delete(f);
    const last = this.lastLines.has(f) ? this.lastLines.get(f) : f.pc?.line;
    this.lastLines.set(f, line);
    // while hooked, a frame's pc follows its instructions (return hooks and getlocal read it)
    f.pc = { kind: "At", line, stat: node } as HookPc;
    this.step(s, f, node);
    if (!s.line) return;
    const jumped = this.jumped.delete(f);
    // a stripped function has no lines: every instruction is at line -1 (reported as nil)
    const stripped = f.fn instanceof LuaClosure && f.fn.p.unit.stripped;
    if (!jumped && (stripped ? last !== undefined : last === line)) return;
    this.fire(s, f, "line", stripped ? undefined : line, { kind: "Hook", line, stat: f.pc });
  }

  /**
   * An unconditional jump at `line` (-1: a jump already reported). When the code just before it
   * exited through a jump chained to it, the jump itself is skipped. `chained`: this jump's
   * target is in turn a jump, which it skips too.
   */
  onJump(f: Frame, node: PcNode, line: number, chained: boolean): void {
    if (this.chained.has(f)) {
      if (!chained) this.chained.delete(f);
      return;
    }
    this.onLine(f, node, line);
    if (chained && this.active() !== undefined) this.chained.add(f);
  }

  /** A loop jumps back: the next code reports its line even when it is the same line. */
  onJumpBack(f: Frame): void {
    if (this.active() !== undefined) this.jumped.add(f);
  }

  private active(): HookSettings | undefined {
    const co = this.L.current;
    return this.running.has(co) ? undefined : this.threads.get(co);
  }

  private step(s: HookSettings, f: Frame, at: PcNode): void {
    if (s.count === 0) return;
    const co = this.L.current;
    const left = (this.countdown.get(co) ?? s.count) - 1;
    if (left > 0) {
      this.countdown.set(co, left);
      return;
    }
    this.countdown.set(co, s.count);
    if (s.fn === undefined) return;
    this.fire(s, f, "count", undefined, { kind: "Hook", line: at.line, stat: at });
    // the hook function's return leaves PUC's oldpc at this very instruction, which the line
    // check then takes for a jump back: a line event follows every count event
    this.jumped.add(f);
  }

  /** Calls the hook function from frame `f` as hookf does: (event, line or nil). */
  private fire(s: HookSettings, f: Frame, event: string, line: number | undefined, pc: HookPc | undefined): void {
    if (s.fn === undefined) return;
    const co = this.L.current;
    const saved = f.pc;
    f.pc = pc ?? { kind: "Hook", line: currentLine(f), stat: undefined } as HookPc;
    this.running.add(co);
    try {
      this.L.call(s.fn, [event, line]);
    } finally {
      this.running.delete(co);
    }
    // an error from the hook unwinds `f` with its "hook" pc, as the traceback shows it
    f.pc = saved;
  }
}

/** The line of each prototype's first instruction. */
const entryLines = new WeakMap<Proto, number>();

/**
 * The line a frame is at: its pc's, else (at entry, for the call hook) the line of its function's
 * first instruction, where PUC's callhook puts the pc.
 */
function currentLine(f: Frame): number {
  if (f.pc !== undefined) return f.pc.line;
  if (!(f.fn instanceof LuaClosure)) return -1;
  const p = f.fn.p;
  let line = entryLines.get(p);
  if (line === undefined) {
    line = activeLines(p.fn, p.unit)[0] ?? p.fn.lineDefined;
    entryLines.set(p, line);
  }
  return line;
}
