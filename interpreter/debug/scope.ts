// Active local variables at a point of a function (manual §4.9 lua_getlocal, ldebug.c's
// luaF_getlocalname): found by walking the function's AST down to the node being executed.
import type * as A from "../../grammar/ast";
import type { LuaValue } from "../runtime/value";
import { Cell } from "../runtime/value";
import type { Frame, PcNode } from "../eval/frame";
import { isLeaf } from "./lines";

/** One visible local: a declared name, or one of a for loop's hidden control variables. */
export interface ActiveLocal {
  name: string;
  /** The frame slot holding it (a Cell when captured). */
  slot: number;
  get(f: Frame): LuaValue;
  set(f: Frame, v: LuaValue): void;
}

/**
 * The pc objects the evaluator synthesises for loops carry the loop statement they belong to;
 * those of hooked frames ("At", "Hook") carry the node the frame is at.
 */
interface LoopPc extends PcNode {
  stat?: PcNode;
}

function declared(d: A.LocalDecl): ActiveLocal {
  const slot = d.slot;
  return {
    name: d.name,
    slot,
    get: (f) => {
      const v = f.s[slot];
      return v instanceof Cell ? v.v : v;
    },
    set: (f, v) => {
      const c = f.s[slot];
      if (c instanceof Cell) c.v = v;
      else f.s[slot] = v;
    },
  };
}

/**
 * A hidden for-loop variable. The evaluator stores the loop's constants in the hidden slots when
 * the loop starts; the running index/control is the first loop variable (as PUC's copy of it).
 */
function hidden(name: string, slot: number, first: A.LocalDecl | undefined): ActiveLocal {
  if (first !== undefined) return { ...declared(first), name };
  return { ...declared({ name, slot, captured: false, line: 0, column: 0 }), name };
}

function forHidden(s: A.NumericForStat | A.GenericForStat): ActiveLocal[] {
  const h = s.hiddenSlot;
  if (s.kind === "NumericFor") {
    return [hidden("(for index)", h, s.variable), hidden("(for limit)", h + 1, undefined), hidden("(for step)", h + 2, undefined)];
  }
  return [hidden("(for generator)", h, undefined), hidden("(for state)", h + 1, undefined), hidden("(for control)", h + 2, s.variables[0])];
}

/** The locals active while `pc` runs in `fn` (parameters first); only parameters when `pc` is unknown. */
export function activeLocals(fn: A.FunctionExpr, pc: PcNode | undefined): ActiveLocal[] {
  return activeLocalsAt(fn, pc) ?? fn.params.map(declared);
}

/** The locals active while `pc` runs in `fn`; undefined when `pc` is no node of `fn`'s own code. */
export function activeLocalsAt(fn: A.FunctionExpr, pc: PcNode | undefined): ActiveLocal[] | undefined {
  const params = fn.params.map(declared);
  let at = pc;
  while (at !== undefined && (at.kind === "At" || at.kind === "Hook")) at = (at as LoopPc).stat;
  if (at === undefined) return params;
  return searchBlock(fn.body, at, params, undefined);
}

function declaredBy(s: A.Stat): A.LocalDecl[] {
  if (s.kind === "Local") return s.names;
  if (s.kind === "LocalFunction") return [s.decl];
  return [];
}

/** Searches a block; `tail` is an expression that sees the block's locals (a repeat's condition). */
function searchBlock(b: A.Block, pc: PcNode, outer: ActiveLocal[], tail: A.Expr | undefined): ActiveLocal[] | undefined {
  const scope = [...outer];
  for (const s of b.stats) {
    const found = searchStat(s, pc, scope);
    if (found !== undefined) return found;
    for (const d of declaredBy(s)) scope.push(declared(d));
  }
  return tail !== undefined && inExpr(tail, pc) ? scope : undefined;
}

function searchStat(s: A.Stat, pc: PcNode, scope: ActiveLocal[]): ActiveLocal[] | undefined {
  if (s === pc) return scope;
  const loop = (pc as LoopPc).stat as A.Stat | undefined;
  switch (s.kind) {
    case "Local": return s.exprs.some((e) => inExpr(e, pc)) ? scope : undefined;
    case "Assign": return [...s.targets, ...s.exprs].some((e) => inExpr(e, pc)) ? scope : undefined;
    case "CallStat": return inExpr(s.call, pc) ? scope : undefined;
    case "FunctionStat": return inExpr(s.target, pc) ? scope : undefined;
    case "Return": return s.exprs.some((e) => inExpr(e, pc)) ? scope : undefined;
    case "Do": return searchBlock(s.body, pc, scope, undefined);
    case "While": return inExpr(s.cond, pc) ? scope : searchBlock(s.body, pc, scope, undefined);
    case "Repeat": return searchBlock(s.body, pc, scope, s.cond);
    case "If": {
      for (const c of s.clauses) {
        if (inExpr(c.cond, pc)) return scope;
        const found = searchBlock(c.body, pc, scope, undefined);
        if (found !== undefined) return found;
      }
      return s.orelse === null ? undefined : searchBlock(s.orelse, pc, scope, undefined);
    }
    case "NumericFor": {
      if ([s.start, s.limit, ...(s.step ? [s.step] : [])].some((e) => inExpr(e, pc))) return scope;
      return loopBody(s, [s.variable], pc, scope, loop);
    }
    case "GenericFor": {
      if (s.exprs.some((e) => inExpr(e, pc))) return scope;
      return loopBody(s, s.variables, pc, scope, loop);
    }
    default: return undefined;
  }
}

function loopBody(
  s: A.NumericForStat | A.GenericForStat, vars: A.LocalDecl[], pc: PcNode, scope: ActiveLocal[], loop: A.Stat | undefined,
): ActiveLocal[] | undefined {
  const withHidden = [...scope, ...forHidden(s)];
  if (loop === s) return withHidden;
  return searchBlock(s.body, pc, [...withHidden, ...vars.map(declared)], undefined);
}

/** True when `pc` is `e` or inside it (not inside nested functions: they run in their own frames). */
function inExpr(e: A.Expr, pc: PcNode): boolean {
  if (e === pc) return true;
  switch (e.kind) {
    case "Binary": return inExpr(e.left, pc) || inExpr(e.right, pc);
    case "Unary": return inExpr(e.operand, pc);
    case "Paren": return inExpr(e.expr, pc);
    case "Index": return inExpr(e.object, pc) || inExpr(e.key, pc);
    case "Call": return inExpr(e.callee, pc) || e.args.some((a) => inExpr(a, pc));
    case "MethodCall": return inExpr(e.object, pc) || e.args.some((a) => inExpr(a, pc));
    case "Table": return e.fields.some((fd) => (fd.kind === "KeyedField" && inExpr(fd.key, pc)) || inExpr(fd.value, pc));
    default: return false;
  }
}

// --- temporaries ---------------------------------------------------------------------------------

/** The operands of an expression evaluated in the same frame (nested functions excluded). */
function operands(e: A.Expr): A.Expr[] {
  switch (e.kind) {
    case "Binary": return [e.left, e.right];
    case "Unary": return [e.operand];
    case "Paren": return [e.expr];
    case "Index": return [e.object, e.key];
    case "Call": return [e.callee, ...e.args];
    case "MethodCall": return [e.object, ...e.args];
    case "Table": return e.fields.flatMap((fd) => (fd.kind === "KeyedField" ? [fd.key, fd.value] : [fd.value]));
    default: return [];
  }
}

/**
 * True when evaluating `e` can run Lua code or allocate, and so start a collection while values
 * evaluated before it wait in PUC's registers (the collector must then see them).
 */
export function mayCollect(e: A.Expr): boolean {
  return e.kind === "Call" || e.kind === "MethodCall" || e.kind === "Table" || e.kind === "Function" ||
    (e.kind === "Binary" && e.op === "..") || operands(e).some(mayCollect);
}

function containsCall(e: A.Expr): boolean {
  return e.kind === "Call" || e.kind === "MethodCall" || operands(e).some(containsCall);
}


/** The expressions directly in a statement, and the blocks it contains. */
function statParts(s: A.Stat): { exprs: A.Expr[]; blocks: A.Block[] } {
  switch (s.kind) {
    case "Local": return { exprs: s.exprs, blocks: [] };
    case "Assign": return { exprs: [...s.targets, ...s.exprs], blocks: [] };
    case "CallStat": return { exprs: [s.call], blocks: [] };
    case "Do": return { exprs: [], blocks: [s.body] };
    case "While": return { exprs: [s.cond], blocks: [s.body] };
    case "Repeat": return { exprs: [s.cond], blocks: [s.body] };
    case "If": return { exprs: s.clauses.map((c) => c.cond), blocks: [...s.clauses.map((c) => c.body), ...(s.orelse ? [s.orelse] : [])] };
    case "NumericFor": return { exprs: [s.start, s.limit, ...(s.step ? [s.step] : [])], blocks: [s.body] };
    case "GenericFor": return { exprs: s.exprs, blocks: [s.body] };
    case "FunctionStat": return { exprs: [s.target], blocks: [] };
    case "Return": return { exprs: s.exprs, blocks: [] };
    default: return { exprs: [], blocks: [] };
  }
}

/** The operands of a chain `a .. b .. c` (right-associative), in order. */
export function concatOperands(e: A.BinaryExpr): A.Expr[] {
  const out: A.Expr[] = [];
  let cur: A.Expr = e;
  while (cur.kind === "Binary" && cur.op === "..") {
    out.push(cur.left);
    cur = cur.right;
  }
  out.push(cur);
  return out;
}

/** Where a function's temporaries live: the first slot of each operation's, and the slots needed. */
interface Temporaries {
  slots: Map<A.BinaryExpr, number>;
  end: number;
}

const temporaryCache = new WeakMap<A.FunctionExpr, Temporaries>();

/**
 * The operations whose operands wait in temporary registers while a later operand calls a
 * function — `(a + 1) + f()`, `a .. f()` — which debug.getlocal shows as "(*temporary)" to that
 * function. Each gets frame slots past the function's locals: an arithmetic or comparison one
 * for its left value, a concatenation one per operand (PUC moves them all to registers).
 */
export function temporaries(fn: A.FunctionExpr): Temporaries {
  const cached = temporaryCache.get(fn);
  if (cached !== undefined) return cached;
  const slots = new Map<A.BinaryExpr, number>();
  let end = fn.frameSize;
  const visit = (e: A.Expr, depth: number): void => {
    if (e.kind === "Binary" && e.op === "..") {
      const ops = concatOperands(e);
      const pending = ops.slice(1).some(containsCall);
      if (pending) {
        slots.set(e, fn.frameSize + depth);
        end = Math.max(end, fn.frameSize + depth + ops.length);
      }
      ops.forEach((o, i) => visit(o, pending ? depth + i : depth));
      return;
    }
    if (e.kind === "Binary" && e.op !== "and" && e.op !== "or" && !isLeaf(e.left) && containsCall(e.right)) {
      slots.set(e, fn.frameSize + depth);
      end = Math.max(end, fn.frameSize + depth + 1);
      visit(e.left, depth);
      visit(e.right, depth + 1);
      return;
    }
    for (const o of operands(e)) visit(o, depth);
  };
  const block = (b: A.Block): void => {
    for (const s of b.stats) {
      const { exprs, blocks } = statParts(s);
      exprs.forEach((e) => visit(e, 0));
      blocks.forEach(block);
    }
  };
  block(fn.body);
  const result = { slots, end };
  temporaryCache.set(fn, result);
  return result;
}

/** The slots of the temporaries waiting while `pc` (a call) runs, outermost first. */
function liveTemporaries(fn: A.FunctionExpr, pc: PcNode | undefined): number[] {
  if (pc === undefined) return [];
  const live: number[] = [];
  for (const [e, slot] of temporaries(fn).slots) {
    if (e.op !== "..") {
      if (inExpr(e.right, pc)) live.push(slot);
      continue;
    }
    const at = concatOperands(e).findIndex((o) => inExpr(o, pc));
    for (let i = 0; i < at; i++) live.push(slot + i);
  }
  return live.sort((a, b) => a - b);
}

/** The slot-backed temporaries visible after the active locals while `pc` runs. */
export function activeTemporaries(fn: A.FunctionExpr, pc: PcNode | undefined): ActiveLocal[] {
  return liveTemporaries(fn, pc).map((slot) => declared({ name: "(*temporary)", slot, captured: false, line: 0, column: 0 }));
}
