// Operations with metamethods (manual §2.4) and the call machinery (§3.4.10), lvm.c's slow paths.
// Written in the generator flavour (see flavour-gen.ts); ops.direct.ts is derived from it.
import type { Expr } from "../../grammar/ast";
import { LuaTable } from "../runtime/table";
import { Cell, LuaFunction, type LuaValue, type } from "../runtime/value";
import { NativeFunction } from "../runtime/native";
import * as N from "../runtime/number";
import { Frame, LuaClosure, TailCall } from "./frame";
import type { Runtime } from "./runtime";
import { bodyOf, callNative, type Co } from "./flavour-gen";
import { compileFunction } from "./compile.co";
import { ARITH_OPS, BITWISE_EVENTS, OPERATOR_EVENTS, UNARY_EVENTS, metamethodName, type ArithOp, type MetamethodName } from "../runtime/events";
import { LUAI_MAXCCALLS, MAXTAGLOOP } from "../../grammar/limits";

// --- calls ---------------------------------------------------------------------------------------

/** Calls any value: functions directly, other values through `__call`. `e` describes the callee for errors. */
export function* call(L: Runtime, fn: LuaValue, args: LuaValue[], e?: Expr): Co<LuaValue[]> {
  if (fn instanceof LuaClosure) return yield* callClosure(L, fn, args, false);
  if (fn instanceof NativeFunction) return yield* callNativeFrame(L, fn, args);
  const h = L.getMetafield(fn, "__call");
  if (!(h instanceof LuaFunction)) return L.runError(`attempt to call a ${L.typeName(fn)} value${L.describe(e)}`);
  return yield* call(L, h, [fn, ...args]);
}

/** luaT_callTM: a metamethod runs through luaD_call, so it counts a C level. */
function* callMetamethod(L: Runtime, h: LuaValue, args: LuaValue[]): Co<LuaValue[]> {
  if (++L.cCalls >= LUAI_MAXCCALLS) L.cStackOverflow();
  const r = yield* call(L, h, args);
  L.cCalls--;
  return r;
}

function* callNativeFrame(L: Runtime, fn: NativeFunction, args: LuaValue[]): Co<LuaValue[]> {
  const th = L.current;
  const caller = th.frame;
  const f = new Frame(fn, caller, th, 0);
  f.va = args; // the arguments stay visible to the collector and the debug library
  th.frame = f;
  if (L.hook !== undefined) L.hook.onCall(f);
  const r = yield* callNative(L, fn, args);
  if (L.hook !== undefined) L.hook.onReturn(f, -1);
  // an interruption requested while the native ran (lua.c's hook sees its return)
  if (L.interruptRequest[0] !== 0) L.interrupted();
  th.frame = caller;
  return r;
}

/** Runs a Lua closure; tail calls made by its body loop here instead of growing the stack. */
export function* callClosure(L: Runtime, cl: LuaClosure, args: LuaValue[], tail: boolean): Co<LuaValue[]> {
  const th = L.current;
  const caller = th.frame;
  for (;;) {
    const p = cl.p;
    const fn = p.fn;
    const f = new Frame(cl, caller, th, p.slots);
    f.tail = tail;
    // parameters, then the extra arguments of a vararg function
    const params = fn.params;
    const s = f.s;
    for (let i = 0; i < params.length; i++) {
      const d = params[i];
      s[d.slot] = d.captured ? new Cell(args[i]) : args[i];
    }
    if (fn.isVararg && args.length > params.length) f.va = args.slice(params.length);
    const size = fn.frameSize + 1;
    if ((th.stackUsed += size) > th.stackLimit) {
      th.stackUsed -= size;
      L.stackOverflow(th);
    }
    f.up = cl.upvals;
    th.frame = f;
    const r = yield* bodyOf(p, compileFunction)(f);
    th.frame = caller;
    th.stackUsed -= size;
    if (r === undefined) return [];
    if (Array.isArray(r)) return r;
    if (r instanceof TailCall) {
      tail = true;
      cl = r.fn;
      args = r.args;
      continue;
    }
    return []; // break/goto cannot escape a function: the resolver rejects them
  }
}

// --- indexing ------------------------------------------------------------------------------------

/** `o[k]` with `__index` (luaV_finishget). `e` describes `o` for the error message. */
export function* index(L: Runtime, o: LuaValue, k: LuaValue, e?: Expr): Co<LuaValue> {
  for (let loop = 0; loop < MAXTAGLOOP; loop++) {
    let h: LuaValue;
    if (o instanceof LuaTable) {
      const v = o.get(k);
      if (v !== undefined) return v;
      const mt = o.metatable;
      if (mt === undefined) return undefined;
      h = mt.getStr("__index");
      if (h === undefined) return undefined;
    } else {
      h = L.getMetafield(o, "__index");
      if (h === undefined) return L.runError(`attempt to index a ${L.typeName(o)} value${loop === 0 ? L.describe(e) : ""}`);
    }
    if (h instanceof LuaFunction) return (yield* callMetamethod(L, h, [o, k]))[0];
    o = h;
  }
  return L.runError("'__index' chain too long; possible loop");
}

/** `o[k] = v` with `__newindex` (luaV_finishset). */
export function* setIndex(L: Runtime, o: LuaValue, k: LuaValue, v: LuaValue, e?: Expr): Co<void> {
  for (let loop = 0; loop < MAXTAGLOOP; loop++) {
    let h: LuaValue;
    if (o instanceof LuaTable) {
      const mt = o.metatable;
      if (mt === undefined || (h = mt.getStr("__newindex")) === undefined || o.get(k) !== undefined) {
        L.rawSet(o, k, v);
        return;
      }
    } else {
      h = L.getMetafield(o, "__newindex");
      if (h === undefined) return L.runError(`attempt to index a ${L.typeName(o)} value${loop === 0 ? L.describe(e) : ""}`);
    }
    if (h instanceof LuaFunction) {
      yield* callMetamethod(L, h, [o, k, v]);
      return;
    }
    o = h;
  }
  return L.runError("'__newindex' chain too long; possible loop");
}

// --- arithmetic ----------------------------------------------------------------------------------

export type { ArithOp };

/** An arithmetic operation: a binary operator, or the unary minus ("unm") and not ("bnot"). */
type ArithOperation = ArithOp | "unm" | "bnot";

/** The event of each arithmetic operation, from the event table. */
const OPERATION_EVENTS = { ...OPERATOR_EVENTS, unm: UNARY_EVENTS["-"], bnot: UNARY_EVENTS["~"] };
const OPERATIONS: readonly ArithOperation[] = [...ARITH_OPS, "unm", "bnot"];

/** The metamethod name of each operation, computed once. */
const METAMETHODS = Object.fromEntries(OPERATIONS.map((op) => [op, metamethodName(OPERATION_EVENTS[op])])) as
  Record<ArithOperation, MetamethodName>;

/** The operations whose operands must be integers (the bitwise events). */
const BITWISE = new Set<string>(OPERATIONS.filter((op) => BITWISE_EVENTS.has(OPERATION_EVENTS[op])));

/** Arithmetic on two numbers already coerced; undefined for integer division by zero. */
function numberArith(op: ArithOp, a: N.LuaNumber, b: N.LuaNumber): N.LuaNumber | undefined {
  switch (op) {
    case "+": return N.add(a, b);
    case "-": return N.sub(a, b);
    case "*": return N.mul(a, b);
    case "/": return N.div(a, b);
    case "//": return N.idiv(a, b);
    case "%": return N.mod(a, b);
    case "^": return N.pow(a, b);
    default: return undefined;
  }
}

function bitwiseArith(op: ArithOp | "bnot", a: number | bigint, b: number | bigint): number | bigint {
  switch (op) {
    case "&": return N.band(a, b);
    case "|": return N.bor(a, b);
    case "~": return N.bxor(a, b);
    case "<<": return N.shl(a, b);
    case ">>": return N.shr(a, b);
    default: return N.bnot(a);
  }
}

/**
 * A binary (or, with `op` "unm"/"bnot", unary) arithmetic or bitwise operation with string
 * coercion and metamethods (luaO_arith + luaT_trybinTM). `ea`/`eb` describe the operands.
 */
export function* arith(
  L: Runtime, op: ArithOperation, a: LuaValue, b: LuaValue, ea?: Expr, eb?: Expr,
): Co<LuaValue> {
  if (op !== "unm" && op !== "bnot") {
    // PUC names a constant only when it sits in a register, never as a binary operand (RK)
    if (isConstant(ea)) ea = undefined;
    if (isConstant(eb)) eb = undefined;
  }
  if (BITWISE.has(op)) {
    const ia = N.tointeger(a);
    const ib = N.tointeger(b);
    if (ia !== undefined && ib !== undefined) return bitwiseArith(op as ArithOp, ia, ib);
  } else {
    let na = N.tonumber(a);
    let nb = N.tonumber(b);
    if (na !== undefined && nb !== undefined) {
      // a string operand makes it float arithmetic, as lvm.c converts with tonumber (lua_Number)
      if (typeof a === "string" || typeof b === "string") {
        na = N.float(N.toFloat(na));
        nb = N.float(N.toFloat(nb));
      }
      if (op === "unm") return N.unm(na);
      const r = numberArith(op as ArithOp, na, nb);
      if (r !== undefined) return r;
      // lvm.c's luaV_mod / luaV_div wording
      return L.runError(op === "%" ? "attempt to perform 'n%0'" : "attempt to divide by zero");
    }
  }
  const event = METAMETHODS[op];
  let h = L.getMetafield(a, event);
  if (h === undefined) h = L.getMetafield(b, event);
  if (h !== undefined) return (yield* callMetamethod(L, h, [a, b]))[0];
  if (BITWISE.has(op)) {
    if (N.tonumber(a) !== undefined && N.tonumber(b) !== undefined) {
      // both numbers, so one has no integer representation
      const culprit = N.tointeger(a) === undefined ? ea : eb;
      return L.runError(`number${L.describe(culprit)} has no integer representation`);
    }
    return opError(L, a, b, ea, eb, "perform bitwise operation on");
  }
  return opError(L, a, b, ea, eb, "perform arithmetic on");
}

function isConstant(e: Expr | undefined): boolean {
  return e !== undefined && (e.kind === "String" || (e.kind === "Paren" && e.expr.kind === "String"));
}

/** luaG_opinterror: blames the first operand that is not a number. */
function opError(L: Runtime, a: LuaValue, b: LuaValue, ea: Expr | undefined, eb: Expr | undefined, what: string): never {
  const [v, e] = N.tonumber(a) === undefined ? [a, ea] : [b, eb];
  return L.runError(`attempt to ${what} a ${L.typeName(v)} value${L.describe(e)}`);
}

// --- concatenation, length, comparison -----------------------------------------------------------

function isStringLike(v: LuaValue): v is string | N.LuaNumber {
  return typeof v === "string" || N.isNumber(v);
}

function toStringLike(v: string | N.LuaNumber): string {
  return typeof v === "string" ? v : N.numberToString(v);
}

/**
 * `v1 .. v2 .. ... .. vn` as luaV_concat does it: from the right, joining runs of strings and
 * numbers at once, calling `__concat` for the rightmost pair that is not. `es` describe operands.
 */
export function* concat(L: Runtime, values: LuaValue[], es?: Expr[]): Co<LuaValue> {
  let top = values.length;
  let acc: LuaValue = values[top - 1];
  let accExpr = es?.[top - 1];
  top--;
  while (top > 0) {
    const left = values[top - 1];
    if (isStringLike(left) && isStringLike(acc)) {
      // collect as many string-like operands to the left as possible
      let n = top - 1;
      while (n > 0 && isStringLike(values[n - 1])) n--;
      let s = toStringLike(acc);
      for (let i = top - 1; i >= n; i--) s = toStringLike(values[i] as string | N.LuaNumber) + s;
      if (s.length > L.maxStringLength) L.runError("string length overflow");
      acc = s;
      accExpr = undefined;
      top = n;
      continue;
    }
    let h = L.getMetafield(left, "__concat");
    if (h === undefined) h = L.getMetafield(acc, "__concat");
    if (h === undefined) {
      const [v, e] = isStringLike(left) ? [acc, accExpr] : [left, es?.[top - 1]];
      return L.runError(`attempt to concatenate a ${L.typeName(v)} value${L.describe(e)}`);
    }
    acc = (yield* callMetamethod(L, h, [left, acc]))[0];
    accExpr = undefined;
    top--;
  }
  return acc;
}

/** `#o` (luaV_objlen). */
export function* len(L: Runtime, o: LuaValue, e?: Expr): Co<LuaValue> {
  if (typeof o === "string") return o.length;
  const h = L.getMetafield(o, "__len");
  if (h !== undefined) return (yield* callMetamethod(L, h, [o]))[0];
  if (o instanceof LuaTable) return o.length();
  return L.runError(`attempt to get length of a ${L.typeName(o)} value${L.describe(e)}`);
}

/** `a == b` (luaV_equalobj with `__eq` for tables and userdata). */
export function* eq(L: Runtime, a: LuaValue, b: LuaValue): Co<boolean> {
  if (a === b) return true;
  const ta = typeof a;
  if (ta !== "object" || typeof b !== "object") {
    return N.isNumber(a) && N.isNumber(b) && N.numEq(a, b);
  }
  if (N.isNumber(a) || N.isNumber(b)) return N.isNumber(a) && N.isNumber(b) && N.numEq(a, b);
  const t = type(a);
  if ((t !== "table" && t !== "userdata") || type(b) !== t) return false;
  let h = L.getMetafield(a, "__eq");
  if (h === undefined) h = L.getMetafield(b, "__eq");
  if (h === undefined) return false;
  const r = (yield* callMetamethod(L, h, [a, b]))[0];
  return r !== undefined && r !== false;
}

/** `a < b` (luaV_lessthan). */
export function* lt(L: Runtime, a: LuaValue, b: LuaValue): Co<boolean> {
  if (N.isNumber(a) && N.isNumber(b)) return N.numLt(a, b);
  if (typeof a === "string" && typeof b === "string") return a < b;
  let h = L.getMetafield(a, "__lt");
  if (h === undefined) h = L.getMetafield(b, "__lt");
  if (h === undefined) return L.orderError(a, b);
  const r = (yield* callMetamethod(L, h, [a, b]))[0];
  return r !== undefined && r !== false;
}

/** `a <= b` (luaV_lessequal, with the 5.3 fallback `not (b < a)` through `__lt`). */
export function* le(L: Runtime, a: LuaValue, b: LuaValue): Co<boolean> {
  if (N.isNumber(a) && N.isNumber(b)) return N.numLe(a, b);
  if (typeof a === "string" && typeof b === "string") return a <= b;
  let h = L.getMetafield(a, "__le");
  if (h === undefined) h = L.getMetafield(b, "__le");
  if (h !== undefined) {
    const r = (yield* callMetamethod(L, h, [a, b]))[0];
    return r !== undefined && r !== false;
  }
  h = L.getMetafield(b, "__lt");
  if (h === undefined) h = L.getMetafield(a, "__lt");
  if (h === undefined) return L.orderError(a, b);
  const r = (yield* callMetamethod(L, h, [b, a]))[0];
  return r === undefined || r === false;
}


