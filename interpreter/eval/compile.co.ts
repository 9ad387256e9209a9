// The evaluator (manual §3.3, §3.4): each AST node is compiled once into a closure over the
// explicit frame `f` (slots, upvalues, varargs). Written in the generator flavour; the direct
// flavour compile.direct.ts is derived from this file (scripts/derive-direct.js).
import type * as A from "../../grammar/ast";
import { LuaTable } from "../runtime/table";
import { Cell, truthy, type LuaValue } from "../runtime/value";
import { NativeFunction } from "../runtime/native";
import * as N from "../runtime/number";
import { BREAK, GotoSignal, LuaClosure, TailCall, NO_VALUES, type Completion, type Frame, type PcNode, type Proto } from "./frame";
import type { Runtime } from "./runtime";
import type { Co } from "./flavour-gen";
import {
  afterLine, beforeLine, endLine, firstLine, ifTestLine, loopTestLine, maxLine, registerLine, shortCircuitLine, statementLine,
  leftOperand, storeLine,
} from "../debug/lines";
import { concatOperands, mayCollect, temporaries } from "../debug/scope";
import { closureBytes, stringBytes, tableBytes, STRING_BYTES } from "../gc/heap-sizes";
import { arith, call, callClosure, concat, eq, index, le, len, lt, setIndex, type ArithOp } from "./ops.co";
import { LFIELDS_PER_FLUSH } from "../../grammar/limits";

type ExprFn = (f: Frame) => Co<LuaValue>;
type MultiFn = (f: Frame) => Co<LuaValue[]>;
type StatFn = (f: Frame) => Co<Completion>;

/**
 * What every node compiler needs: the runtime, the prototype being compiled, and the line of
 * the statement being compiled (line hooks need checks only where code leaves that line).
 */
interface Ctx {
  L: Runtime;
  p: Proto;
  line: number;
  /**
   * The statement is followed by an unconditional jump (a loop's jump back, the jump over an
   * else part, a break): PUC sends the statement's own exit jumps straight to that jump's
   * target, so when they are taken the following jump never runs (luaK_jump's pending list).
   */
  chained: boolean;
}

/** Compiles a function's body; the result runs one activation on a prepared frame. */
export function compileFunction(p: Proto): (f: Frame) => Co<Completion> {
  const C = { L: p.L, p, line: -1, chained: false };
  return runStatements(C, blockParts(C, p.fn.body), true);
}

// --- the points where hooks and interruptions are checked ------------------------------------------
//
// lvm.c checks its hooks once per instruction, in vmfetch (`if (L->hookmask & ...)
// luaG_traceexec(L)`), and lua.c's SIGINT handler works by setting a hook. A tree has no
// instruction stream, so each construct checks at each point where PUC's code for it runs an
// instruction that matters — a statement's first instruction, a jump, a loop's test, function
// entry and exit — with one named call on the hooks, behind one test of `L.hook` (undefined
// unless some thread has a hook): `L.hook?.onLine(...)` is vmfetch's check; `onJump` an OP_JMP
// (`chained`: its target is a jump too, see Ctx); `onJumpBack` a backward jump taken, after
// which the next instruction reports its line even when it is the same line. The points that
// also poll the interrupt flag, where code can loop or run long, or that make several events
// are the functions below. The per-statement checks and a for loop's per-iteration ones are
// written in place: measured on the array and loops benchmarks, a call there is not always
// inlined by V8 and cost 5-9%.

/**
 * lua.c's SIGINT hook, polled where code can run long: function entry and loops' jumps back.
 * `f` and `at` position "interrupted!" in a frame that has not called anything yet.
 */
function poll(L: Runtime, f?: Frame, at?: PcNode): void {
  if (L.interruptRequest[0] !== 0) L.interrupted(f, at);
}

/** Function entry (luaD_precall's callhook), after the interrupt poll. */
function enter(L: Runtime, f: Frame): void {
  poll(L);
  if (L.hook !== undefined) L.hook.onCall(f);
}

/**
 * Function exit (luaD_poscall's rethook): the closing `end`'s line when the body falls off it,
 * then "return". A tail call's callee reports the return instead.
 */
function leave(L: Runtime, p: Proto, f: Frame, r: Completion): void {
  const hook = L.hook;
  if (hook === undefined || r instanceof TailCall) return;
  if (r === undefined) {
    const line = endLine(p.fn, p.unit);
    hook.onLine(f, { kind: "End", line }, line);
  }
  // (a hook function that removed the hooks leaves them with no thread to fire for)
  hook.onReturn(f, f.pc?.line ?? p.fn.lastLine);
}

/**
 * A while loop's jump back to its condition: the interrupt poll (positioned at the loop when
 * the body called nothing), the jump on the body's last line, and the condition's first line.
 */
function whileBack(L: Runtime, f: Frame, s: A.WhileStat, backLine: number, condLine: number): void {
  poll(L, f, s);
  const hook = L.hook;
  if (hook === undefined) return;
  hook.onJump(f, s, backLine, false);
  hook.onJumpBack(f);
  hook.onLine(f, s, condLine);
}

/** A repeat loop whose condition failed jumps back to its body. */
function repeatBack(L: Runtime, f: Frame, s: A.RepeatStat): void {
  poll(L, f, s);
  if (L.hook !== undefined) L.hook.onJumpBack(f);
}

/** A goto to a label of the block: backward jumps re-arm the line event; a goto can loop, so it polls. */
function gotoLabel(L: Runtime, f: Frame, backward: boolean): void {
  if (backward && L.hook !== undefined) L.hook.onJumpBack(f);
  poll(L);
}

/**
 * Runs `fn` after a line check at `line` — only when `line` differs from the statement's, so
 * statements on one line (nearly all) pay nothing.
 */
function before<T>(C: Ctx, node: PcNode, line: number, fn: (f: Frame) => Co<T>): (f: Frame) => Co<T> {
  if (line < 0 || line === C.line) return fn;
  const L = C.L;
  return function* (f) {
    L.hook?.onLine(f, node, line);
    return yield* fn(f);
  };
}

/**
 * Runs `fn` (the last operand of `e`) then a line check for the instruction `e` itself (a call,
 * an operator...), when `e` spans lines or its instruction is on another line than the statement.
 */
function after<T>(C: Ctx, e: A.Expr, line: number, fn: (f: Frame) => Co<T>): (f: Frame) => Co<T> {
  if (line < 0 || (line === C.line && maxLine(e) === C.line)) return fn;
  const L = C.L;
  return function* (f) {
    const v = yield* fn(f);
    L.hook?.onLine(f, e, line);
    return v;
  };
}

// --- statements ----------------------------------------------------------------------------------

/** A block's compiled statements, with their nodes and first lines (for debug hooks) and its labels. */
interface BlockParts {
  nodes: A.Stat[];
  lines: number[];
  stats: StatFn[];
  /** Statement index of each label of the block. */
  labels: Map<object, number>;
}

/** `chained`: the block is followed by an unconditional jump (see Ctx). */
function blockParts(C: Ctx, b: A.Block, chained = false): BlockParts {
  const labels = new Map<object, number>();
  b.stats.forEach((s, i) => {
    if (s.kind === "Label") labels.set(s, i);
  });
  // a break or goto reports its jump itself (it may be skipped, see Ctx)
  const lines = b.stats.map((s, i) => (s.kind === "Break" || s.kind === "Goto" || mergedNil(s, b.stats[i - 1]) ? -1 : statementLine(s)));
  const n = b.stats.length;
  const stats = b.stats.map((s, i) => {
    const next = b.stats[i + 1];
    const followed = i === n - 1 ? chained : next.kind === "Break" || next.kind === "Goto";
    // (a merged `local` has no instruction, not even for its nil)
    return stat({ ...C, line: statementLine(s), chained: followed }, s);
  });
  return { nodes: b.stats, lines, stats, labels };
}

/** `local a` right after `local b`: PUC extends the previous LOADNIL instead of emitting one. */
function mergedNil(s: A.Stat, previous: A.Stat | undefined): boolean {
  const nils = (t: A.Stat | undefined) => t?.kind === "Local" && t.exprs.every((e) => e.kind === "Nil");
  return nils(s) && nils(previous);
}

/** A block declaring a local captured by a closure ends with a jump that closes its upvalues. */
function closesUpvalues(b: A.Block, loopVariables: A.LocalDecl[]): boolean {
  const captured = (d: A.LocalDecl) => d.captured;
  return loopVariables.some(captured) || b.stats.some((s) =>
    (s.kind === "Local" && s.names.some(captured)) || (s.kind === "LocalFunction" && s.decl.captured));
}

/** Runs a block then, when it ends normally, the jump that closes its upvalues (on its last line). */
function closing(C: Ctx, b: A.Block, body: StatFn): StatFn {
  const L = C.L;
  const line = b.lastLine;
  return function* (f) {
    const r = yield* body(f);
    if (r === undefined) L.hook?.onLine(f, b, line);
    return r;
  };
}

function block(C: Ctx, b: A.Block, chained = false, loopVariables: A.LocalDecl[] = []): StatFn {
  const fn = plainBlock(C, b, chained);
  return closesUpvalues(b, loopVariables) ? closing(C, b, fn) : fn;
}

function plainBlock(C: Ctx, b: A.Block, chained: boolean): StatFn {
  const L = C.L;
  const parts = blockParts(C, b, chained);
  const { nodes, lines, stats, labels } = parts;
  const n = stats.length;
  if (labels.size > 0) return runStatements(C, parts, false);
  if (n === 0) return function* () { return undefined; };
  if (n === 1) {
    const only = stats[0];
    const node = nodes[0];
    const line = lines[0];
    return function* (f) {
      L.hook?.onLine(f, node, line);
      return yield* only(f);
    };
  }
  return function* (f) {
    for (let i = 0; i < n; i++) {
      L.hook?.onLine(f, nodes[i], lines[i]);
      const r = yield* stats[i](f);
      // a return, break or goto leaves the block
      if (r !== undefined) return r;
    }
    return undefined;
  };
}

/**
 * Runs statements in order, jumping to the block's labels on goto. A function's body (`isBody`)
 * also reports "call" and "return" to debug hooks — here rather than in a wrapper, which would
 * cost every call a closure (a generator inside coroutines).
 */
function runStatements(C: Ctx, parts: BlockParts, isBody: boolean): StatFn {
  const { L, p } = C;
  const { nodes, lines, stats, labels } = parts;
  const n = stats.length;
  if (isBody && labels.size === 0) {
    // the common function body: no labels to jump to
    return function* (f) {
      enter(L, f);
      for (let i = 0; i < n; i++) {
        L.hook?.onLine(f, nodes[i], lines[i]);
        const r = yield* stats[i](f);
        if (r !== undefined) {
          leave(L, p, f, r);
          return r;
        }
      }
      leave(L, p, f, undefined);
      return undefined;
    };
  }
  return function* (f) {
    if (isBody) enter(L, f);
    let i = 0;
    while (i < n) {
      L.hook?.onLine(f, nodes[i], lines[i]);
      const r = yield* stats[i](f);
      i++;
      if (r !== undefined) {
        // a goto to one of this block's labels continues here; anything else leaves the block
        const target = r instanceof GotoSignal ? labels.get(r.label) : undefined;
        if (target === undefined) {
          if (isBody) leave(L, p, f, r);
          return r;
        }
        gotoLabel(L, f, target < i);
        i = target;
      }
    }
    if (isBody) leave(L, p, f, undefined);
    return undefined;
  };
}

/** One statement's code; it completes with undefined (go on) or how it leaves its block. */
function stat(C: Ctx, s: A.Stat): StatFn {
  switch (s.kind) {
    case "Local": return localStat(C, s);
    case "Assign": return assignStat(C, s);
    case "CallStat": {
      // the call's results are dropped
      const c = multi(C, s.call);
      return function* (f) {
        yield* c(f);
        return undefined;
      };
    }
    case "Do": return block(C, s.body, C.chained);
    case "While": return whileStat(C, s);
    case "Repeat": return repeatStat(C, s);
    case "If": return ifStat(C, s);
    case "NumericFor": return numericFor(C, s);
    case "GenericFor": return genericFor(C, s);
    // `function t.a.b()` is an assignment of the closure, stored on the statement's line
    case "FunctionStat": return assignTo(C, s.target, after(C, s.func, s.line, expr(C, s.func)));
    case "LocalFunction": return localFunction(C, s);
    case "Return": return returnStat(C, s);
    case "Break": {
      const L = C.L;
      return function* (f) {
        L.hook?.onJump(f, s, s.jumpLine, false);
        return BREAK;
      };
    }
    case "Goto": {
      const L = C.L;
      // the enclosing block that declares the label catches the signal (runStatements)
      const signal = new GotoSignal(s.target!);
      return function* (f) {
        L.hook?.onJump(f, s, s.jumpLine, false);
        return signal;
      };
    }
    // a label is only a position: runStatements jumps to its index in the block
    case "Label": return function* () { return undefined; };
  }
}

/** Stores `v` into a freshly declared local (a new cell when an inner function captures it). */
function declare(d: A.LocalDecl): (f: Frame, v: LuaValue) => void {
  const slot = d.slot;
  if (d.captured) return (f, v) => { f.s[slot] = new Cell(v); };
  return (f, v) => { f.s[slot] = v; };
}

/** `local a, b = e1, e2`: the values are all evaluated before any local is declared. */
function localStat(C: Ctx, s: A.LocalStat): StatFn {
  const decls = s.names.map(declare);
  if (decls.length === 1 && s.exprs.length === 1) {
    // the common `local x = e`: no list to build
    const d = decls[0];
    const e = regExpr(C, s.exprs[0]);
    return function* (f) {
      d(f, yield* e(f));
      return undefined;
    };
  }
  // the list adjusted to the names: missing values are nil, extra ones evaluated and dropped
  const values = adjusted(C, s.exprs, decls.length);
  return function* (f) {
    const vs = yield* values(f);
    for (let i = 0; i < decls.length; i++) decls[i](f, vs[i]);
    return undefined;
  };
}

/** `local function f`: f is in scope in its own body (unlike `local f = function`). */
function localFunction(C: Ctx, s: A.LocalFunctionStat): StatFn {
  const slot = s.decl.slot;
  const make = expr(C, s.func);
  if (s.decl.captured) {
    // the function sees itself: the cell exists before the closure captures it
    return function* (f) {
      const cell = new Cell(undefined);
      f.s[slot] = cell;
      cell.v = yield* make(f);
      return undefined;
    };
  }
  return function* (f) {
    f.s[slot] = yield* make(f);
    return undefined;
  };
}

/** A compiled assignment target: evaluates its table and key first, then stores. */
type Target = (f: Frame) => Co<(v: LuaValue) => Co<void>>;

function target(C: Ctx, t: A.LValue): Target {
  const L = C.L;
  if (t.kind === "Index") {
    const pc = { kind: "SetIndex", line: t.line };
    const obj = expr(C, t.object);
    const key = expr(C, t.key);
    return function* (f) {
      const o = yield* obj(f);
      const k = yield* key(f);
      return function* (v: LuaValue) {
        f.pc = pc;
        // fast path: a table without a metatable takes the value raw (lvm.c's luaV_fastset)
        if (o instanceof LuaTable && o.metatable === undefined) {
          L.rawSet(o, k, v);
          return;
        }
        yield* setIndex(L, o, k, v, t.object);
      };
    };
  }
  const store = storeName(C, t);
  return function* (f) {
    return function* (v: LuaValue) {
      yield* store(f, v);
    };
  };
}

/** Stores into a name as the resolver resolved it: a slot, an upvalue's cell, or `_ENV.name`. */
function storeName(C: Ctx, t: A.NameExpr): (f: Frame, v: LuaValue) => Co<void> {
  const L = C.L;
  const ref = t.ref;
  switch (ref.kind) {
    case "Local": {
      const slot = ref.slot;
      if (ref.decl.captured) return function* (f, v) { (f.s[slot] as Cell).v = v; };
      return function* (f, v) { f.s[slot] = v; };
    }
    case "Upvalue": {
      const i = ref.index;
      return function* (f, v) { f.up[i].v = v; };
    }
    case "Global": {
      const env = envGetter(ref.env);
      const name = ref.name;
      const pc = { kind: "SetIndex", line: t.line };
      const envExpr: A.Expr = { kind: "Name", name: "_ENV", ref: ref.env, line: t.line, column: t.column };
      return function* (f, v) {
        const e = env(f);
        // fast path: a global table without a metatable (a string key needs no key checks)
        if (e instanceof LuaTable && e.metatable === undefined) {
          e.setStr(name, v);
          return;
        }
        f.pc = pc;
        yield* setIndex(L, e, name, v, envExpr);
      };
    }
    default:
      throw new Error(`unresolved name '${t.name}'`);
  }
}

/** Reads the `_ENV` a global name goes through: a local of the chunk or an upvalue. */
function envGetter(ref: Exclude<A.VarRef, { kind: "Unresolved" } | { kind: "Global" }>): (f: Frame) => LuaValue {
  if (ref.kind === "Upvalue") {
    const i = ref.index;
    return (f) => f.up[i].v;
  }
  const slot = ref.slot;
  if (ref.decl.captured) return (f) => (f.s[slot] as Cell).v;
  return (f) => f.s[slot];
}

/** `t = value` for one target: the target's table and key are evaluated before the value. */
function assignTo(C: Ctx, t: A.LValue, value: ExprFn): StatFn {
  const tg = target(C, t);
  return function* (f) {
    const store = yield* tg(f);
    yield* store(yield* value(f));
    return undefined;
  };
}

/** An assignment (manual §3.3.3): targets' tables and keys first, then the values, then the stores. */
function assignStat(C: Ctx, s: A.AssignStat): StatFn {
  if (s.targets.length === 1 && s.exprs.length === 1) {
    // the common `x = e`
    const t = s.targets[0];
    const v = s.exprs[0];
    if (t.kind === "Name") {
      const store = storeName(C, t);
      // a local gets the value in its own register (a call's result is moved there)
      const e = t.ref.kind === "Global" ? expr(C, v) : regExpr(C, v);
      const stored = after(C, v, storeLine(t, v), e);
      return function* (f) {
        yield* store(f, yield* stored(f));
        return undefined;
      };
    }
    return assignTo(C, t, after(C, v, storeLine(t, v), expr(C, v)));
  }
  const targets = s.targets.map((t) => target(C, t));
  const values = adjusted(C, s.exprs, targets.length);
  return function* (f) {
    const stores: ((v: LuaValue) => Co<void>)[] = [];
    for (const t of targets) stores.push(yield* t(f));
    const vs = yield* values(f);
    // PUC stores from the last target to the first
    for (let i = stores.length - 1; i >= 0; i--) yield* stores[i](vs[i]);
    return undefined;
  };
}

/** `while cond do body end`: the condition is tested before each pass. */
function whileStat(C: Ctx, s: A.WhileStat): StatFn {
  const L = C.L;
  const cond = tested(C, s.cond, loopTestLine(s.cond));
  const body = block(C, s.body, true);
  const condLine = firstLine(s.cond);
  const backLine = s.body.lastLine; // the jump back is on the body's last line
  const chained = C.chained;
  return function* (f) {
    while (truthy(yield* cond(f))) {
      const r = yield* body(f);
      if (r !== undefined) {
        if (r !== BREAK) return r; // a return or a goto out of the loop
        if (chained) L.hook?.onJump(f, s, -1, true);
        return undefined;
      }
      whileBack(L, f, s, backLine, condLine);
    }
    // the condition's exit jump, sent past a following jump when the loop is chained
    if (chained) L.hook?.onJump(f, s, -1, true);
    return undefined;
  };
}

/** A condition followed by the line check of its test (-1: no test instruction). */
function tested(C: Ctx, cond: A.Expr, testLine: number): ExprFn {
  const L = C.L;
  const e = expr(C, cond);
  if (testLine < 0 || testLine === C.line) return e;
  return function* (f) {
    const v = yield* e(f);
    L.hook?.onLine(f, cond, testLine);
    return v;
  };
}

/** `repeat body until cond`: the body runs at least once; the condition sees its locals. */
function repeatStat(C: Ctx, s: A.RepeatStat): StatFn {
  const L = C.L;
  const condLine = firstLine(s.cond);
  const cond = tested({ ...C, line: condLine }, s.cond, loopTestLine(s.cond));
  const body = plainBlock(C, s.body, false); // its upvalues are closed by the condition's jumps
  return function* (f) {
    for (;;) {
      const r = yield* body(f);
      if (r !== undefined) return r === BREAK ? undefined : r;
      // the condition sees the body's locals: it is compiled inside the body's scope
      L.hook?.onLine(f, s, condLine);
      if (truthy(yield* cond(f))) return undefined;
      repeatBack(L, f, s);
    }
  };
}

/** `if c1 then b1 elseif c2 then b2 else b3 end`: the first true condition's block runs. */
function ifStat(C: Ctx, s: A.IfStat): StatFn {
  const L = C.L;
  const n = s.clauses.length;
  // an elseif's condition starts on its own line; a then-part followed by more parts ends
  // with a jump on its last line
  const conds = s.clauses.map((c, i) => {
    const line = i === 0 ? C.line : firstLine(c.cond);
    return before(C, c.cond, line, tested({ ...C, line }, c.cond, ifTestLine(c.cond, c.thenLine)));
  });
  const chained = C.chained;
  const bodies = s.clauses.map((c, i) => {
    if (i + 1 === n && s.orelse === null) return block(C, c.body, chained);
    const b = block(C, c.body, true);
    const line = c.body.lastLine;
    const node = c.body;
    return function* (f: Frame) {
      const r = yield* b(f);
      if (r === undefined) L.hook?.onJump(f, node, line, chained);
      return r;
    };
  });
  const orelse = s.orelse ? block(C, s.orelse, chained) : undefined;
  return function* (f) {
    for (let i = 0; i < n; i++) {
      if (truthy(yield* conds[i](f))) return yield* bodies[i](f);
    }
    if (orelse !== undefined) return yield* orelse(f);
    // the last test's jump past the statement
    if (chained) L.hook?.onJump(f, s, -1, true);
    return undefined;
  };
}

/** `for v = start, limit, step do body end` (manual §3.3.5): the control values are evaluated once. */
function numericFor(C: Ctx, s: A.NumericForStat): StatFn {
  const L = C.L;
  const start = expr(C, s.start);
  const limit = regExpr(C, s.limit);
  const step = s.step ? regExpr(C, s.step) : undefined;
  const body = block(C, s.body, false, [s.variable]);
  const set = declare(s.variable);
  // `stat` lets debug.getlocal find the loop's scope from this pc
  const pc = { kind: "ForPrep", line: s.doLine, stat: s };
  const loopPc = { kind: "ForLoop", line: s.line, stat: s };
  const hidden = s.hiddenSlot;
  return function* (f) {
    const v0 = yield* start(f);
    const vl = yield* limit(f);
    const vs = step ? yield* step(f) : 1;
    // FORPREP (on the `do` line) jumps to the FORLOOP test (on the `for` line)
    L.hook?.onLine(f, pc, s.doLine);
    L.hook?.onLine(f, loopPc, s.line);
    f.pc = pc;
    // the hidden "(for limit)" and "(for step)" locals, as debug.getlocal shows them
    f.s[hidden + 1] = vl;
    f.s[hidden + 2] = vs;
    // the common case: safe integers that cannot overflow while counting
    if (typeof v0 === "number" && typeof vs === "number" && typeof vl === "number" &&
        Number.isSafeInteger(v0) && Number.isSafeInteger(vs) && Number.isSafeInteger(vl) &&
        Math.abs(vl) + Math.abs(vs) < Number.MAX_SAFE_INTEGER && vs !== 0) {
      // (no 64-bit wraparound can happen, so JS arithmetic is the loop; each pass is FORLOOP's
      // jump back into the body, then its test on the `for` line)
      if (vs > 0) {
        for (let i = v0; i <= vl; i += vs) {
          set(f, i);
          L.hook?.onJumpBack(f);
          const r = yield* body(f);
          if (r !== undefined) return r === BREAK ? undefined : r;
          L.hook?.onLine(f, loopPc, s.line);
          if (L.interruptRequest[0] !== 0) L.interrupted();
        }
      } else {
        for (let i = v0; i >= vl; i += vs) {
          set(f, i);
          L.hook?.onJumpBack(f);
          const r = yield* body(f);
          if (r !== undefined) return r === BREAK ? undefined : r;
          L.hook?.onLine(f, loopPc, s.line);
          if (L.interruptRequest[0] !== 0) L.interrupted();
        }
      }
      return undefined;
    }
    // floats, huge integers, a zero step: lvm.c's forprep/forlimit semantics (for-loop.ts)
    const loop = L.forLoop(v0, vl, vs);
    for (let i = loop.first(); i !== undefined; i = loop.next()) {
      set(f, i);
      L.hook?.onJumpBack(f);
      const r = yield* body(f);
      if (r !== undefined) return r === BREAK ? undefined : r;
      L.hook?.onLine(f, loopPc, s.line);
      if (L.interruptRequest[0] !== 0) L.interrupted();
    }
    return undefined;
  };
}

/** `for v1, ... in explist do body end`: the iterator function, its state and the control variable. */
function genericFor(C: Ctx, s: A.GenericForStat): StatFn {
  const L = C.L;
  const init = adjusted(C, s.exprs, 3);
  const body = block(C, s.body, false, s.variables);
  const vars = s.variables.map(declare);
  const nvars = vars.length;
  const pc = { kind: "ForCall", line: s.callLine, stat: s };
  const doLine = s.body.line;
  const hidden = s.hiddenSlot;
  return function* (f) {
    const [fn, state, first] = yield* init(f);
    // the hidden "(for generator)" and "(for state)" locals, as debug.getlocal shows them
    f.s[hidden] = fn;
    f.s[hidden + 1] = state;
    // a jump (on the `do` line) to the call of the iterator (on the line after `in`)
    L.hook?.onLine(f, pc, doLine);
    let control = first;
    for (;;) {
      // TFORCALL: the iterator is called with the state and the control variable
      L.hook?.onLine(f, pc, s.callLine);
      f.pc = pc;
      const rs = fn instanceof LuaClosure
        ? yield* callClosure(L, fn, [state, control], false)
        : yield* call(L, fn, [state, control]);
      // TFORLOOP: a nil first value ends the loop, else it becomes the control variable
      L.hook?.onLine(f, pc, s.callLine);
      const v1 = rs[0];
      if (v1 === undefined) return undefined;
      control = v1;
      for (let i = 0; i < nvars; i++) vars[i](f, rs[i]);
      L.hook?.onJumpBack(f);
      const r = yield* body(f);
      if (r !== undefined) return r === BREAK ? undefined : r;
      if (L.interruptRequest[0] !== 0) L.interrupted(); // TFORLOOP's jump back to the call
    }
  };
}

/** `return explist`: the values complete the function's body; `return f(x)` is a tail call. */
function returnStat(C: Ctx, s: A.ReturnStat): StatFn {
  const L = C.L;
  const es = s.exprs;
  // the return instruction is on the statement's last line (a Lua tail call never reaches it)
  const retLine = es.reduce((m, e) => Math.max(m, maxLine(e)), s.line);
  const checkRet = retLine !== C.line;
  if (es.length === 1 && (es[0].kind === "Call" || es[0].kind === "MethodCall")) {
    // a tail call: the caller's call loop runs it once this frame is gone
    const c = es[0];
    const prepare = callParts(C, c);
    return function* (f) {
      const [fn, args] = yield* prepare(f);
      // a Lua callee (or `__call` handler) replaces this frame: callClosure's loop runs it
      if (fn instanceof LuaClosure) return new TailCall(fn, args);
      f.pc = c;
      const h = fn instanceof NativeFunction ? undefined : L.getMetafield(fn, "__call");
      if (h instanceof LuaClosure) return new TailCall(h, [fn, ...args]);
      // PUC runs a C function called in tail position as an ordinary call (its caller stays);
      // call() also raises the error for values that cannot be called
      const r = yield* call(L, fn, args, calleeExpr(c));
      if (checkRet) L.hook?.onLine(f, s, retLine);
      return r;
    };
  }
  if (es.length === 0) return function* () { return NO_VALUES; };
  // one plain expression gives one value; a list (or `...`) gives them all
  const values = es.length === 1 && es[0].kind !== "Vararg" ? single(expr(C, es[0])) : list(C, es);
  if (!checkRet) return values;
  return function* (f) {
    const r = yield* values(f);
    L.hook?.onLine(f, s, retLine);
    return r;
  };
}

/** One value as a list of values. */
function single(e: ExprFn): MultiFn {
  return function* (f) { return [yield* e(f)]; };
}

// --- expressions ---------------------------------------------------------------------------------

/** The callee expression of a call, for "attempt to call" descriptions. */
function calleeExpr(c: A.CallExpr | A.MethodCallExpr): A.Expr {
  return c.kind === "Call" ? c.callee : c;
}

/** Evaluates a call's function and arguments (for method calls, looks the method up on the object). */
function callParts(C: Ctx, c: A.CallExpr | A.MethodCallExpr): (f: Frame) => Co<[LuaValue, LuaValue[]]> {
  const L = C.L;
  // the call instruction comes after the arguments, on the line where the call starts
  const args = after(C, c, afterLine(c), list(C, c.args));
  const guarded = c.args.some(mayCollect);
  if (c.kind === "Call") {
    const callee = expr(C, c.callee);
    if (!guarded) {
      return function* (f) {
        const fn = yield* callee(f);
        return [fn, yield* args(f)];
      };
    }
    // an argument can start a collection: the callee waits as a root (in PUC, in its register)
    return function* (f) {
      const fn = yield* callee(f);
      return [fn, yield* pendingWhile(f, fn, args)];
    };
  }
  // `o:name(args)`: the method is looked up once, and `o` becomes the first argument (OP_SELF)
  const obj = expr(C, c.object);
  const name = c.name;
  const objExpr = c.object;
  return function* (f) {
    const o = yield* obj(f);
    let fn: LuaValue;
    if (o instanceof LuaTable && ((fn = o.getStr(name)) !== undefined || o.metatable === undefined)) {
      // found without metamethods
    } else {
      f.pc = c;
      fn = yield* index(L, o, name, objExpr);
    }
    const rest = guarded ? yield* pendingWhile(f, o, args) : yield* args(f);
    // the receiver, then the arguments (a loop: spreading would cost more on this hot path)
    const all = new Array<LuaValue>(rest.length + 1);
    all[0] = o;
    for (let i = 0; i < rest.length; i++) all[i + 1] = rest[i];
    return [fn, all];
  };
}

/** Runs `values` while `v` (a callee or receiver) waits in a register: a root for the collector. */
function* pendingWhile(f: Frame, v: LuaValue, values: MultiFn): Co<LuaValue[]> {
  const pending = f.thread.pending;
  const depth = pending.length;
  pending.push([v]);
  try {
    return yield* values(f);
  } finally {
    pending.length = depth;
  }
}

/** A call or vararg expression producing all its values. */
function multi(C: Ctx, e: A.Expr): MultiFn {
  const L = C.L;
  if (e.kind === "Vararg") return before(C, e, e.line, function* (f) { return f.va; });
  if (e.kind === "Call" || e.kind === "MethodCall") {
    const parts = callParts(C, e);
    const desc = calleeExpr(e);
    return function* (f) {
      const [fn, args] = yield* parts(f);
      // the pc names the callee for its getinfo/tracebacks and positions a failing call
      f.pc = e;
      // fast path: a Lua function is called directly; natives and `__call` go through call()
      if (fn instanceof LuaClosure) return yield* callClosure(L, fn, args, false);
      return yield* call(L, fn, args, desc);
    };
  }
  const single = expr(C, e);
  return function* (f) { return [yield* single(f)]; };
}

function isMulti(e: A.Expr): boolean {
  return e.kind === "Call" || e.kind === "MethodCall" || e.kind === "Vararg";
}

/** All values of an expression list: each expression gives one value, the last gives all of its own. */
function list(C: Ctx, es: A.Expr[]): MultiFn {
  const n = es.length;
  if (n === 0) return function* () { return []; };
  const last = es[n - 1];
  if (!isMulti(last)) {
    // as many values as expressions: an array of the right size
    const fns = es.map((e) => regExpr(C, e));
    if (n === 1) {
      const e0 = fns[0];
      return function* (f) { return [yield* e0(f)]; };
    }
    // no later expression can start a collection: the values need not be roots meanwhile
    if (!es.slice(1).some(mayCollect)) {
      return function* (f) {
        const out = new Array<LuaValue>(n);
        for (let i = 0; i < n; i++) out[i] = yield* fns[i](f);
        return out;
      };
    }
    return function* (f) {
      const out = new Array<LuaValue>(n);
      const pending = f.thread.pending;
      const depth = pending.length;
      pending.push(out); // the values evaluated so far stay reachable while the others run
      try {
        for (let i = 0; i < n; i++) out[i] = yield* fns[i](f);
      } finally {
        pending.length = depth;
      }
      return out;
    };
  }
  // a call or `...` last: one value from each of the others, then all of the last one's
  const firsts = es.slice(0, n - 1).map((e) => regExpr(C, e));
  const tail = multi(C, last);
  if (firsts.length === 0) return tail;
  if (!es.slice(1).some(mayCollect)) {
    return function* (f) {
      const out: LuaValue[] = [];
      for (const e of firsts) out.push(yield* e(f));
      const rest = yield* tail(f);
      for (let i = 0; i < rest.length; i++) out.push(rest[i]);
      return out;
    };
  }
  return function* (f) {
    const out: LuaValue[] = [];
    const pending = f.thread.pending;
    const depth = pending.length;
    pending.push(out); // the values evaluated so far stay reachable while the others run
    try {
      for (const e of firsts) out.push(yield* e(f));
      const rest = yield* tail(f);
      for (let i = 0; i < rest.length; i++) out.push(rest[i]);
    } finally {
      pending.length = depth;
    }
    return out;
  };
}

/** An expression list adjusted to exactly `n` values (extra values are still evaluated). */
function adjusted(C: Ctx, es: A.Expr[], n: number): MultiFn {
  const all = list(C, es);
  return function* (f) {
    const vs = yield* all(f);
    if (vs.length === n) return vs;
    // cut the extra values, or pad with nil (the array's holes read as undefined)
    const out = vs.slice(0, n);
    out.length = n;
    return out;
  };
}

/** An expression; in a statement spanning lines, with the line checks of its instructions. */
function expr(C: Ctx, e: A.Expr): ExprFn {
  return before(C, e, beforeLine(e), exprCode(C, e));
}

/** An expression whose value goes to a register of its own (an argument, an item, a value assigned). */
function regExpr(C: Ctx, e: A.Expr): ExprFn {
  const line = beforeLine(e);
  return before(C, e, line >= 0 ? line : registerLine(e), exprCode(C, e, true));
}

/** `reg`: the value goes to a register of its own (what `and`/`or` pass on to their operands). */
function exprCode(C: Ctx, e: A.Expr, reg = false): ExprFn {
  const L = C.L;
  switch (e.kind) {
    case "Nil": return function* () { return undefined; };
    case "True": return function* () { return true; };
    case "False": return function* () { return false; };
    case "Number": {
      // constants are converted once: an integral float is boxed (LuaFloat) here, not per use
      const v = e.numberKind === "Integer" ? N.int(e.value) : N.float(e.value);
      return function* () { return v; };
    }
    case "String": {
      const v = e.value;
      return function* () { return v; };
    }
    // `...` where one value is wanted: the first extra argument
    case "Vararg": return function* (f) { return f.va[0]; };
    case "Function": return closure(C, e);
    case "Table": return tableConstructor(C, e);
    case "Binary": return binary(C, e, reg);
    case "Unary": return unary(C, e);
    // parentheses cut a call or `...` to one value, which exprCode's callers already take
    case "Paren": return reg ? regExpr(C, e.expr) : expr(C, e.expr);
    case "Name": return nameExpr(C, e);
    case "Index": {
      const objExpr = e.object;
      if (e.key.kind === "String") {
        // `o.name`: a string key goes straight to the hash part
        const obj = after(C, e, afterLine(e), expr(C, e.object));
        const name = e.key.value;
        return function* (f) {
          const o = yield* obj(f);
          // fast path (luaV_fastget): a value present, or absent from a table without a
          // metatable, needs no `__index`
          if (o instanceof LuaTable) {
            const v = o.getStr(name);
            if (v !== undefined || o.metatable === undefined) return v;
          }
          f.pc = e;
          return yield* index(L, o, name, objExpr);
        };
      }
      const obj = expr(C, e.object);
      const key = after(C, e, afterLine(e), expr(C, e.key));
      return function* (f) {
        const o = yield* obj(f);
        const k = yield* key(f);
        if (o instanceof LuaTable) {
          const v = o.get(k);
          if (v !== undefined || o.metatable === undefined) return v;
        }
        f.pc = e;
        return yield* index(L, o, k, objExpr);
      };
    }
    case "Call":
    case "MethodCall": {
      // a call where one value is wanted: its first result (nil when there is none)
      const m = multi(C, e);
      return function* (f) { return (yield* m(f))[0]; };
    }
  }
}

/** Reads a name as the resolver resolved it: a slot (a Cell when captured), an upvalue, `_ENV.name`. */
function nameExpr(C: Ctx, e: A.NameExpr): ExprFn {
  const L = C.L;
  const ref = e.ref;
  switch (ref.kind) {
    case "Local": {
      const slot = ref.slot;
      if (ref.decl.captured) return function* (f) { return (f.s[slot] as Cell).v; };
      return function* (f) { return f.s[slot]; };
    }
    case "Upvalue": {
      const i = ref.index;
      return function* (f) { return f.up[i].v; };
    }
    case "Global": {
      const env = envGetter(ref.env);
      const name = ref.name;
      const envExpr: A.Expr = { kind: "Name", name: "_ENV", ref: ref.env, line: e.line, column: e.column };
      return function* (f) {
        const t = env(f);
        // fast path: the global is in `_ENV`, or `_ENV` has no metatable to ask
        if (t instanceof LuaTable) {
          const v = t.getStr(name);
          if (v !== undefined || t.metatable === undefined) return v;
        }
        f.pc = e;
        return yield* index(L, t, name, envExpr);
      };
    }
    default:
      throw new Error(`unresolved name '${e.name}'`);
  }
}

/** A function expression (OP_CLOSURE): a closure of the prototype over the cells it captures. */
function closure(C: Ctx, e: A.FunctionExpr): ExprFn {
  const L = C.L;
  const proto = C.L.protoFor(e, C.p.unit);
  const descs = e.upvalues;
  const n = descs.length;
  const bytes = closureBytes(n);
  // each upvalue is a local of the enclosing function (its cell) or one of its upvalues
  const upvalue = (f: Frame, i: number): Cell => {
    const d = descs[i];
    return d.fromParentLocal ? (f.s[d.index] as Cell) : f.up[d.index];
  };
  return function* (f) {
    // 5.3 reuses the last closure of this prototype when it captured the very same variables
    const cached = proto.cache;
    if (cached !== undefined) {
      let same = true;
      for (let i = 0; i < n && same; i++) same = cached.upvals[i] === upvalue(f, i);
      if (same) return cached;
    }
    const up = new Array<Cell>(n);
    for (let i = 0; i < n; i++) up[i] = upvalue(f, i);
    // a new object: its size counts towards the next automatic collection (luaC_checkGC)
    if ((L.gcDebt += bytes) > L.gcThreshold) L.automaticCollection();
    return (proto.cache = new LuaClosure(proto, up));
  };
}

/**
 * A table constructor (manual §3.4.9): keyed fields are stored as they come, positional items
 * in batches (OP_SETLIST), the last item's values all of them when it is a call or `...`.
 */
function tableConstructor(C: Ctx, e: A.TableExpr): ExprFn {
  const L = C.L;
  type Field = { keyed: true; key: ExprFn; value: ExprFn } | { keyed: false; value: ExprFn; multi: MultiFn | undefined };
  const n = e.fields.length;
  // each field compiled once, with the line checks of its store
  const fields: Field[] = e.fields.map((fd, i) => {
    if (fd.kind === "KeyedField") {
      // the store is on the value's last line
      return { keyed: true, key: expr(C, fd.key), value: after(C, fd.value, maxLine(fd.value), expr(C, fd.value)) };
    }
    const last = i === n - 1 && isMulti(fd.value);
    // a constant or local item is loaded when the next item starts, the last one at the `}`
    const loadLine = registerLine(fd.value) < 0 ? -1 : i === n - 1 ? e.closeLine : registerLine(fd.value);
    return { keyed: false, value: before(C, fd.value, loadLine, expr(C, fd.value)), multi: last ? multi(C, fd.value) : undefined };
  });
  // the positional items are stored (SETLIST) at the `}`
  const storeLine = e.fields.some((fd) => fd.kind === "ItemField") && e.closeLine !== C.line ? e.closeLine : -1;
  const bytes = tableBytes(fields.filter((fd) => !fd.keyed).length, fields.filter((fd) => fd.keyed).length);
  if (n === 0) {
    return function* () {
      if ((L.gcDebt += bytes) > L.gcThreshold) L.automaticCollection();
      return new LuaTable();
    };
  }
  const allPositional = fields.every((fd) => !fd.keyed);
  // a later field can start a collection: the table and the items not yet stored are roots then
  const guarded = e.fields.slice(1).some((fd) => (fd.kind === "KeyedField" && mayCollect(fd.key)) || mayCollect(fd.value));
  /** Evaluates the fields into `t`, positional ones batched in `pending`; returns how many were stored. */
  const fill = function* (f: Frame, t: LuaTable, pending: LuaValue[]): Co<number> {
    let stored = 0; // positional items already flushed
    for (const fd of fields) {
      if (fd.keyed) {
        // `[k] = v` and `name = v`: stored at once, with rawset's nil/NaN key errors
        const k = yield* fd.key(f);
        const v = yield* fd.value(f);
        f.pc = e;
        L.rawSet(t, k, v);
      } else if (fd.multi !== undefined) {
        // the last item, a call or `...`: every value it gives
        const vs = yield* fd.multi(f);
        for (const v of vs) pending.push(v);
      } else {
        pending.push(yield* fd.value(f));
        // a full batch is stored now, so that a later keyed field for the same index wins
        // over it as in PUC (not needed when there is no keyed field at all)
        if (pending.length === LFIELDS_PER_FLUSH && !allPositional) {
          for (let i = 0; i < pending.length; i++) t.setInt(stored + i + 1, pending[i]);
          stored += pending.length;
          pending.length = 0;
        }
      }
    }
    return stored;
  };
  return function* (f) {
    if ((L.gcDebt += bytes) > L.gcThreshold) L.automaticCollection();
    const t = new LuaTable();
    const pending: LuaValue[] = [];
    let stored: number;
    // the table and the items not yet stored are roots while a field can start a collection
    if (guarded) {
      const roots = f.thread.pending;
      const depth = roots.length;
      roots.push([t], pending);
      try {
        stored = yield* fill(f, t, pending);
      } finally {
        roots.length = depth;
      }
    } else {
      stored = yield* fill(f, t, pending);
    }
    if (storeLine >= 0) L.hook?.onLine(f, e, storeLine);
    // fast path: only positional items — the array becomes the table's array part as it is
    if (stored === 0 && allPositional) return new LuaTable(pending);
    for (let i = 0; i < pending.length; i++) t.setInt(stored + i + 1, pending[i]);
    return t;
  };
}

// --- operators -----------------------------------------------------------------------------------

/** `not`, `-`, `#` and `~` (manual §3.4.1, §3.4.2, §3.4.7). */
function unary(C: Ctx, e: A.UnaryExpr): ExprFn {
  const L = C.L;
  const operand = after(C, e, afterLine(e), expr(C, e.operand));
  const oe = e.operand;
  switch (e.op) {
    case "not": return function* (f) { return !truthy(yield* operand(f)); };
    case "-":
      return function* (f) {
        const a = yield* operand(f);
        // fast path: a non-zero integer, or a float that is not integral (whose negation needs
        // no LuaFloat box); 0 would become JS's -0, which is a float
        if (typeof a === "number" && a !== 0 && (Number.isSafeInteger(a) || !Number.isInteger(a))) return -a;
        f.pc = e;
        return yield* arith(L, "unm", a, a, oe, oe);
      };
    case "#":
      return function* (f) {
        const a = yield* operand(f);
        // fast paths: a string's byte count, a table without a metatable (no `__len`)
        if (typeof a === "string") return a.length;
        if (a instanceof LuaTable && a.metatable === undefined) return a.length();
        f.pc = e;
        return yield* len(L, a, oe);
      };
    case "~":
      return function* (f) {
        const a = yield* operand(f);
        f.pc = e;
        return yield* arith(L, "bnot", a, a, oe, oe);
      };
  }
}

/**
 * Binary operators (manual §3.4). Each arithmetic case tries the JS operation on two JS numbers
 * first, as lvm.c's OP_ADD tries integers then floats before luaT_trybinTM, and keeps its result
 * only when it is already the Lua value (value.ts: a safe integer is a Lua integer, any other JS
 * number a float): an integer result of integers that did not leave ±2^53, or a float result of
 * a float operand that is not integral (an integral float must be boxed as LuaFloat). Anything
 * else — overflow, a boxed float, strings, metamethods — takes ops.co.ts's exact path.
 */
function binary(C: Ctx, e: A.BinaryExpr, reg: boolean): ExprFn {
  const L = C.L;
  const op = e.op;
  if (op === "and" || op === "or") {
    // the left operand's test is on the operator's line
    const l = after(C, e, shortCircuitLine(e), expr(C, leftOperand(e)));
    const r = reg ? regExpr(C, e.right) : expr(C, e.right);
    if (op === "and") return function* (f) { const a = yield* l(f); return truthy(a) ? yield* r(f) : a; };
    return function* (f) { const a = yield* l(f); return truthy(a) ? a : yield* r(f); };
  }
  if (op === "..") return concatChain(C, e);
  // a left operand that must wait in a register while the right one calls (debug.getlocal sees it)
  const slot = temporaries(C.p.fn).slots.get(e);
  if (slot !== undefined) return withTemporary(C, e, slot);
  const l = expr(C, leftOperand(e));
  const r = after(C, e, afterLine(e), expr(C, e.right));
  const le_ = e.left;
  const re = e.right;
  switch (op) {
    // comparisons: identical values are equal without `__eq`; JS numbers compare as Lua's do
    // (integers and non-integral floats exactly); the rest goes to lvm.c's luaV_lessthan & co
    case "==": return function* (f) { const a = yield* l(f), b = yield* r(f); if (a === b) return true; f.pc = e; return yield* eq(L, a, b); };
    case "~=": return function* (f) { const a = yield* l(f), b = yield* r(f); if (a === b) return false; f.pc = e; return !(yield* eq(L, a, b)); };
    case "<": return function* (f) { const a = yield* l(f), b = yield* r(f); if (typeof a === "number" && typeof b === "number") return a < b; f.pc = e; return yield* lt(L, a, b); };
    case "<=": return function* (f) { const a = yield* l(f), b = yield* r(f); if (typeof a === "number" && typeof b === "number") return a <= b; f.pc = e; return yield* le(L, a, b); };
    case ">": return function* (f) { const a = yield* l(f), b = yield* r(f); if (typeof a === "number" && typeof b === "number") return a > b; f.pc = e; return yield* lt(L, b, a); };
    case ">=": return function* (f) { const a = yield* l(f), b = yield* r(f); if (typeof a === "number" && typeof b === "number") return a >= b; f.pc = e; return yield* le(L, b, a); };
    case "+":
      return function* (f) {
        const a = yield* l(f), b = yield* r(f);
        if (typeof a === "number" && typeof b === "number") {
          // a safe-integer sum is the result only for two integers (0.5 + 0.5 is the float 1.0);
          // any other sum only when not both are integers (two integers past 2^53 wrap as int64)
          const s = a + b;
          if (Number.isSafeInteger(s) ? Number.isSafeInteger(a) && Number.isSafeInteger(b) : !(Number.isSafeInteger(a) && Number.isSafeInteger(b))) return s;
        }
        f.pc = e;
        return yield* arith(L, "+", a, b, le_, re);
      };
    case "-":
      return function* (f) {
        const a = yield* l(f), b = yield* r(f);
        if (typeof a === "number" && typeof b === "number") {
          const s = a - b;
          if (Number.isSafeInteger(s) ? Number.isSafeInteger(a) && Number.isSafeInteger(b) : !(Number.isSafeInteger(a) && Number.isSafeInteger(b))) return s;
        }
        f.pc = e;
        return yield* arith(L, "-", a, b, le_, re);
      };
    case "*":
      return function* (f) {
        const a = yield* l(f), b = yield* r(f);
        if (typeof a === "number" && typeof b === "number") {
          // as `+`, and an integer 0 is left to the slow path: JS may give -0 (0 * -5)
          const s = a * b;
          if (Number.isSafeInteger(s) ? Number.isSafeInteger(a) && Number.isSafeInteger(b) && s !== 0 : !(Number.isSafeInteger(a) && Number.isSafeInteger(b))) return s;
        }
        f.pc = e;
        return yield* arith(L, "*", a, b, le_, re);
      };
    case "/":
      return function* (f) {
        const a = yield* l(f), b = yield* r(f);
        if (typeof a === "number" && typeof b === "number") {
          // `/` is always float division: kept unless the quotient is integral (a LuaFloat box)
          const s = a / b;
          if (!Number.isSafeInteger(s)) return s;
        }
        f.pc = e;
        return yield* arith(L, "/", a, b, le_, re);
      };
    case "%":
      return function* (f) {
        const a = yield* l(f), b = yield* r(f);
        // fast path: 32-bit integers and a positive divisor; JS's `%` takes the dividend's sign,
        // Lua's the divisor's (a floor modulo)
        if (typeof a === "number" && typeof b === "number" && (a | 0) === a && (b | 0) === b && b > 0) {
          const m = a % b;
          return m < 0 ? m + b : m + 0; // + 0 turns JS's -0 into the integer 0
        }
        f.pc = e;
        return yield* arith(L, "%", a, b, le_, re);
      };
    default: {
      // `//`, `^` and the bitwise operators: always the exact path
      const aop = op as ArithOp;
      return function* (f) {
        const a = yield* l(f), b = yield* r(f);
        f.pc = e;
        return yield* arith(L, aop, a, b, le_, re);
      };
    }
  }
}

/**
 * `a .. f()`: the operands wait in frame slots while a later one runs, where debug.getlocal sees
 * (and may change) them as "(*temporary)", as in PUC's registers.
 */
function concatWithTemporaries(L: Runtime, e: A.BinaryExpr, operands: A.Expr[], fns: ExprFn[], slot: number): ExprFn {
  const n = fns.length;
  return function* (f) {
    for (let i = 0; i < n; i++) f.s[slot + i] = yield* fns[i](f);
    // read back what a hook may have changed, then free the slots
    const vs = f.s.slice(slot, slot + n);
    for (let i = 0; i < n; i++) f.s[slot + i] = undefined;
    if (++L.gcDebt > L.gcThreshold) L.automaticCollection();
    f.pc = e;
    return yield* concat(L, vs, operands);
  };
}

/**
 * `(a + 1) + f()`: the left value waits in a frame slot while the right operand runs, where
 * debug.getlocal sees (and may change) it as a "(*temporary)", as in PUC's register.
 */
function withTemporary(C: Ctx, e: A.BinaryExpr, slot: number): ExprFn {
  const L = C.L;
  const l = expr(C, leftOperand(e));
  const r = after(C, e, afterLine(e), expr(C, e.right));
  const op = e.op;
  const le_ = e.left;
  const re = e.right;
  return function* (f) {
    f.s[slot] = yield* l(f);
    const b = yield* r(f);
    // the left value as the slot holds it now (debug.setlocal may have changed it)
    const a = f.s[slot];
    f.s[slot] = undefined;
    // binary()'s fast path for `+` and `-`; every other operator takes the exact path
    if (typeof a === "number" && typeof b === "number" && (op === "+" || op === "-")) {
      const s = op === "+" ? a + b : a - b;
      if (Number.isSafeInteger(s) ? Number.isSafeInteger(a) && Number.isSafeInteger(b) : !(Number.isSafeInteger(a) && Number.isSafeInteger(b))) return s;
    }
    f.pc = e;
    switch (op) {
      case "==": return yield* eq(L, a, b);
      case "~=": return !(yield* eq(L, a, b));
      case "<": return yield* lt(L, a, b);
      case "<=": return yield* le(L, a, b);
      case ">": return yield* lt(L, b, a);
      case ">=": return yield* le(L, b, a);
      default: return yield* arith(L, op as ArithOp, a, b, le_, re);
    }
  };
}

/** `a .. b .. c`: the right-associative chain is evaluated left to right, then joined at once. */
function concatChain(C: Ctx, e: A.BinaryExpr): ExprFn {
  const L = C.L;
  const operands = concatOperands(e);
  const chain: A.BinaryExpr[] = [];
  for (let cur: A.Expr = e; cur.kind === "Binary" && cur.op === ".."; cur = cur.right) chain.push(cur);
  // PUC moves every operand to a register; the concatenation is on the last operator's line
  const fns = operands.map((o, i) => {
    const fn = regExpr(C, i < chain.length ? leftOperand(chain[i]) : o);
    return i === operands.length - 1 ? after(C, e, afterLine(e), fn) : fn;
  });
  const slot = temporaries(C.p.fn).slots.get(e);
  if (slot !== undefined) return concatWithTemporaries(L, e, operands, fns, slot);
  const n = fns.length;
  return function* (f) {
    // fast path: only strings, joined at once (a concatenation of many makes one string, as
    // OP_CONCAT's luaV_concat does for a run of strings)
    const vs = new Array<LuaValue>(n);
    let allStrings = true;
    for (let i = 0; i < n; i++) {
      const v = yield* fns[i](f);
      vs[i] = v;
      if (typeof v !== "string") allStrings = false;
    }
    if (allStrings) {
      const s = (vs as string[]).join("");
      if ((L.gcDebt += stringBytes(s)) > L.gcThreshold) L.automaticCollection();
      if (s.length <= L.maxStringLength) return s;
    }
    // numbers turned into strings, or a metamethod's result
    if ((L.gcDebt += STRING_BYTES) > L.gcThreshold) L.automaticCollection();
    f.pc = e;
    return yield* concat(L, vs, operands);
  };
}
