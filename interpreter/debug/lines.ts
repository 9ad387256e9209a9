// Line information of a function (manual §4.9: "line" hook events, getinfo's currentline and
// "L" activelines): the lines PUC's code generator (lcode.c, lparser.c) gives the instructions of
// each construct. An instruction gets the line of the last token read when it is emitted
// (`lastline`), except calls, arithmetic, concatenation and `function` statements, which are
// moved to the line of their start or operator (luaK_fixline). The evaluator reports these lines
// at the matching points (compile.co.ts); activeLines collects them.
import type * as A from "../../grammar/ast";
import type { ChunkUnit } from "../eval/frame";

/** The line of the function's final return: its `end`, or the main chunk's last token. */
export function endLine(fn: A.FunctionExpr, unit: ChunkUnit): number {
  return fn === unit.root ? fn.body.lastLine : fn.lastLine;
}

const COMPARISONS = new Set(["==", "~=", "<", "<=", ">", ">="]);

/** A comparison (or `not` of one): PUC compiles it to a conditional jump with no test after it. */
function isJump(e: A.Expr): boolean {
  switch (e.kind) {
    case "Binary": return COMPARISONS.has(e.op) || ((e.op === "and" || e.op === "or") && isJump(e.right));
    case "Unary": return e.op === "not" && isJump(e.operand);
    case "Paren": return isJump(e.expr);
    default: return false;
  }
}

/** A constant that is always true: a condition on it compiles to no instruction at all. */
function alwaysTrue(e: A.Expr): boolean {
  return e.kind === "True" || e.kind === "Number" || e.kind === "String" || (e.kind === "Paren" && alwaysTrue(e.expr));
}

/**
 * A local variable or a constant: PUC uses it where it is, with no instruction nor temporary
 * register of its own unless it is moved into one.
 */
export function isLeaf(e: A.Expr): boolean {
  switch (e.kind) {
    case "Name": return e.ref.kind !== "Global";
    case "Nil": case "True": case "False": case "Number": case "String": return true;
    case "Paren": return isLeaf(e.expr);
    default: return false;
  }
}

/**
 * A binary operator's left operand as PUC emits it: an indexing or a global still pending when
 * the operator is read is emitted then, on the operator's line (a copy of the node with that
 * line, which error messages then report too).
 */
export function leftOperand(e: A.BinaryExpr): A.Expr {
  const l = e.left;
  const pending = l.kind === "Index" || (l.kind === "Name" && l.ref.kind === "Global");
  return pending && l.line !== e.line ? { ...l, line: e.line } : l;
}

/**
 * The line of the first instruction PUC emits for an expression, -1 when it emits none before
 * the instruction that uses it (a local or a constant operand). `reg`: the value goes to a
 * register of its own, so even a local or a constant is moved or loaded there.
 */
export function firstLine(e: A.Expr, reg = false): number {
  const first = (...lines: number[]) => lines.find((l) => l >= 0) ?? -1;
  switch (e.kind) {
    case "Binary": {
      const left = leftOperand(e);
      if (e.op === "and" || e.op === "or") return first(firstLine(left), shortCircuitLine(e), firstLine(e.right, reg));
      if (e.op === "..") return firstLine(left, true);
      return first(firstLine(left), firstLine(e.right), afterLine(e));
    }
    case "Unary": return first(firstLine(e.operand), e.op === "not" && !reg ? -1 : e.line);
    case "Paren": return firstLine(e.expr, reg);
    case "Index": return first(firstLine(e.object), firstLine(e.key), e.line);
    case "Call": return firstLine(e.callee, true);
    case "MethodCall": return first(firstLine(e.object), e.line);
    default: return first(beforeLine(e), reg ? registerLine(e) : -1);
  }
}

/** The last line an expression reaches (the `end` of a function, the `}` of a table...). */
export function maxLine(e: A.Expr): number {
  switch (e.kind) {
    case "Function": return e.lastLine;
    case "Table": return e.closeLine;
    case "String": return e.endLine ?? e.line;
    case "Binary": return Math.max(maxLine(e.left), maxLine(e.right));
    case "Unary": return Math.max(e.line, maxLine(e.operand));
    case "Paren": return maxLine(e.expr);
    case "Index": return Math.max(maxLine(e.object), maxLine(e.key));
    case "Call": return e.args.reduce((m, a) => Math.max(m, maxLine(a)), Math.max(e.line, maxLine(e.callee)));
    case "MethodCall": return e.args.reduce((m, a) => Math.max(m, maxLine(a)), Math.max(e.line, maxLine(e.object)));
    default: return e.line;
  }
}

/** The line of an instruction PUC emits for `e` before evaluating its operands (-1: none). */
export function beforeLine(e: A.Expr): number {
  switch (e.kind) {
    case "Name": return e.ref.kind === "Global" ? e.line : -1;
    case "Vararg": case "Table": return e.line;
    case "Function": return e.lastLine;
    default: return -1;
  }
}

/**
 * The line of the instruction PUC emits for `e` after its operands (-1: none): a call or an
 * arithmetic operation on the line of its start or operator (a chain of `..`: its last one), an
 * indexing on its key's line, a comparison on its last line.
 */
export function afterLine(e: A.Expr): number {
  switch (e.kind) {
    case "Call": case "MethodCall": case "Index": return e.line;
    case "Unary": return e.op === "not" ? -1 : e.line;
    case "Binary":
      if (e.op === "and" || e.op === "or") return -1;
      if (e.op === "..") return e.right.kind === "Binary" && e.right.op === ".." ? afterLine(e.right) : e.line;
      return COMPARISONS.has(e.op) ? maxLine(e) : e.line;
    default: return -1;
  }
}

/**
 * The line of the instruction `e` needs in a register context (call arguments, table items,
 * assigned values): a local or a constant is moved or loaded at its own line; -1 for others,
 * whose instructions come from beforeLine/afterLine.
 */
export function registerLine(e: A.Expr): number {
  if (e.kind === "String") return e.endLine ?? e.line;
  return isLeaf(e) ? e.line : -1;
}

/** The test of `and`/`or`'s left operand: at the operator's line unless the operand is a comparison. */
export function shortCircuitLine(e: A.BinaryExpr): number {
  return isJump(e.left) ? -1 : e.line;
}

/** The line of an `if` condition's test: after `then` is read (-1: no test, always true). */
export function ifTestLine(cond: A.Expr, thenLine: number): number {
  if (alwaysTrue(cond)) return -1;
  return isJump(cond) ? maxLine(cond) : thenLine;
}

/** The line of a `while` or `until` condition's test: its last token (-1: no test). */
export function loopTestLine(cond: A.Expr): number {
  return alwaysTrue(cond) ? -1 : maxLine(cond);
}

/**
 * The line of the instruction that stores `value` into `target` (-1: none): a field or global is
 * stored on the value's last line; a local receives most values in place, but a call's result
 * is moved there.
 */
export function storeLine(target: A.LValue, value: A.Expr): number {
  if (target.kind === "Index" || target.ref.kind === "Global") return maxLine(value);
  return value.kind === "Call" || value.kind === "MethodCall" || value.kind === "Vararg" ? maxLine(value) : -1;
}

/** A `function a.b()` statement whose target needs instructions before the closure is made. */
function targetFirst(t: A.LValue): boolean {
  if (t.kind === "Name") return false;
  return !(t.object.kind === "Name" && t.object.ref.kind !== "Global");
}

/**
 * The line a statement's first instruction has in PUC's code, reported by "line" hooks when the
 * statement starts; -1 for statements that have no code of their own (do, repeat, labels).
 */
export function statementLine(s: A.Stat): number {
  switch (s.kind) {
    case "Local": return s.exprs.length > 0 ? firstLine(s.exprs[0], true) : s.line;
    case "Assign": {
      // a local gets its value in place; a field or global is stored from a constant as it is
      const t = s.targets[0];
      const v = s.exprs[0];
      if (t.kind === "Name" && t.ref.kind !== "Global") return firstLine(v, true);
      const target = t.kind === "Index" ? [firstLine(t.object), firstLine(t.key)] : [];
      return [...target, firstLine(v), maxLine(v)].find((l) => l >= 0) ?? -1;
    }
    case "CallStat": return firstLine(s.call);
    case "While": return firstLine(s.cond);
    case "If": return firstLine(s.clauses[0].cond);
    case "NumericFor": return firstLine(s.start, true);
    case "GenericFor": return firstLine(s.exprs[0], true);
    case "FunctionStat": return targetFirst(s.target) ? s.line : s.func.lastLine;
    case "LocalFunction": return s.func.lastLine;
    case "Return": return s.exprs.length > 0 ? firstLine(s.exprs[0], true) : s.line;
    case "Break": case "Goto": return s.jumpLine;
    case "Do": case "Repeat": case "Label": return -1;
  }
}

// --- active lines --------------------------------------------------------------------------------

/** The lines of `fn` that hold code, in increasing order. */
export function activeLines(fn: A.FunctionExpr, unit: ChunkUnit): number[] {
  const lines = new Set<number>();
  blockLines(fn.body, lines);
  lines.add(endLine(fn, unit));
  lines.delete(-1);
  return [...lines].sort((a, b) => a - b);
}

function blockLines(b: A.Block, out: Set<number>): void {
  for (const s of b.stats) statLines(s, out);
}

function statLines(s: A.Stat, out: Set<number>): void {
  const values = (es: A.Expr[]) => es.forEach((e) => exprLines(e, out, true));
  out.add(statementLine(s));
  switch (s.kind) {
    case "Local": values(s.exprs); return;
    case "Assign":
      s.targets.forEach((t) => exprLines(t, out, false));
      values(s.exprs);
      out.add(storeLine(s.targets[0], s.exprs[0]));
      return;
    case "CallStat": exprLines(s.call, out, false); return;
    case "Do": blockLines(s.body, out); return;
    case "While":
      exprLines(s.cond, out, false);
      out.add(loopTestLine(s.cond));
      blockLines(s.body, out);
      out.add(s.body.lastLine);
      return;
    case "Repeat":
      blockLines(s.body, out);
      exprLines(s.cond, out, false);
      out.add(loopTestLine(s.cond));
      return;
    case "If":
      s.clauses.forEach((c, i) => {
        exprLines(c.cond, out, false);
        out.add(ifTestLine(c.cond, c.thenLine));
        blockLines(c.body, out);
        if (i + 1 < s.clauses.length || s.orelse !== null) out.add(c.body.lastLine);
      });
      if (s.orelse !== null) blockLines(s.orelse, out);
      return;
    case "NumericFor":
      values([s.start, s.limit, ...(s.step ? [s.step] : [])]);
      out.add(s.doLine);
      out.add(s.line);
      blockLines(s.body, out);
      return;
    case "GenericFor":
      values(s.exprs);
      out.add(s.body.line);
      out.add(s.callLine);
      blockLines(s.body, out);
      return;
    case "FunctionStat":
      exprLines(s.target, out, false);
      out.add(s.func.lastLine);
      out.add(s.line);
      return;
    case "LocalFunction": return;
    case "Return": values(s.exprs); out.add(s.exprs.reduce((m, e) => Math.max(m, maxLine(e)), s.line)); return;
    case "Break": case "Goto": case "Label": return;
  }
}

/** The lines of an expression's instructions; `reg`: its value goes to a register of its own. */
function exprLines(e: A.Expr, out: Set<number>, reg: boolean): void {
  out.add(beforeLine(e));
  out.add(afterLine(e));
  if (reg) out.add(registerLine(e));
  switch (e.kind) {
    case "Binary": {
      const logical = e.op === "and" || e.op === "or";
      exprLines(leftOperand(e), out, e.op === "..");
      if (logical) out.add(shortCircuitLine(e));
      exprLines(e.right, out, e.op === ".." || (logical && reg));
      return;
    }
    case "Unary": exprLines(e.operand, out, false); return;
    case "Paren": exprLines(e.expr, out, reg); return;
    case "Index": exprLines(e.object, out, false); exprLines(e.key, out, false); return;
    case "Call": exprLines(e.callee, out, true); e.args.forEach((a) => exprLines(a, out, true)); return;
    case "MethodCall": exprLines(e.object, out, true); e.args.forEach((a) => exprLines(a, out, true)); return;
    case "Table": {
      const last = e.fields.length - 1;
      e.fields.forEach((fd, i) => {
        if (fd.kind === "KeyedField") {
          exprLines(fd.key, out, false);
          exprLines(fd.value, out, false);
          out.add(maxLine(fd.value));
        } else {
          exprLines(fd.value, out, false);
          if (registerLine(fd.value) >= 0) out.add(i === last ? e.closeLine : registerLine(fd.value));
        }
      });
      if (e.fields.some((fd) => fd.kind === "ItemField")) out.add(e.closeLine);
      return;
    }
    default: return;
  }
}
