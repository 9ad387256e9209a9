// Active local variables at a point of a function (manual §4.9 lua_getlocal, ldebug.c's
// luaF_getlocalname): found by walking the function's AST down to the node being executed.
import type * as A from "../../grammar/ast";
import type { LuaValue } from "../runtime/value";
import { Cell } from "../runtime/value";
import type { Frame, PcNode } from "./frame";

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
