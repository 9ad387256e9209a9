// Line information of a function (manual §4.9, getinfo's "L" activelines): the lines of the
// statements and expressions of its body, approximating the lines PUC attributes instructions to.
import type * as A from "../../grammar/ast";
import type { ChunkUnit } from "./frame";

/** The line of the function's final return: its `end`, or the main chunk's last line of code. */
export function endLine(fn: A.FunctionExpr, unit: ChunkUnit): number {
  if (fn !== unit.root) return fn.lastLine;
  const lines = unit.text.split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i].trim();
    if (t !== "" && !t.startsWith("--") && !(i === 0 && t.startsWith("#"))) return i + 1;
  }
  return 1;
}

/** The lines of `fn` that hold code, in increasing order. */
export function activeLines(fn: A.FunctionExpr, unit: ChunkUnit): number[] {
  const lines = new Set<number>();
  blockLines(fn.body, lines);
  lines.add(endLine(fn, unit));
  return [...lines].sort((a, b) => a - b);
}

function blockLines(b: A.Block, out: Set<number>): void {
  for (const s of b.stats) statLines(s, out);
}

function statLines(s: A.Stat, out: Set<number>): void {
  const exprs = (es: A.Expr[]) => es.forEach((e) => exprLines(e, out));
  switch (s.kind) {
    case "Local": out.add(s.line); exprs(s.exprs); return;
    case "Assign": exprs(s.targets); exprs(s.exprs); out.add(s.line); return;
    case "CallStat": exprLines(s.call, out); return;
    case "Do": blockLines(s.body, out); return;
    case "While": exprLines(s.cond, out); blockLines(s.body, out); return;
    case "Repeat": blockLines(s.body, out); exprLines(s.cond, out); return;
    case "If":
      for (const c of s.clauses) {
        exprLines(c.cond, out);
        blockLines(c.body, out);
      }
      if (s.orelse !== null) blockLines(s.orelse, out);
      return;
    case "NumericFor":
      out.add(s.line);
      exprs([s.start, s.limit, ...(s.step ? [s.step] : [])]);
      blockLines(s.body, out);
      return;
    case "GenericFor": out.add(s.line); out.add(s.callLine); exprs(s.exprs); blockLines(s.body, out); return;
    case "FunctionStat": out.add(s.line); exprLines(s.target, out); return;
    case "LocalFunction": out.add(s.func.lastLine); return;
    case "Return": out.add(s.line); exprs(s.exprs); return;
    case "Break": case "Goto": out.add(s.line); return;
    case "Label": return;
  }
}

function exprLines(e: A.Expr, out: Set<number>): void {
  switch (e.kind) {
    case "Function": out.add(e.lastLine); return;
    case "Binary": exprLines(e.left, out); exprLines(e.right, out); break;
    case "Unary": exprLines(e.operand, out); break;
    case "Paren": exprLines(e.expr, out); return;
    case "Index": exprLines(e.object, out); exprLines(e.key, out); break;
    case "Call": exprLines(e.callee, out); e.args.forEach((a) => exprLines(a, out)); break;
    case "MethodCall": exprLines(e.object, out); e.args.forEach((a) => exprLines(a, out)); break;
    case "Table":
      for (const fd of e.fields) {
        if (fd.kind === "KeyedField") exprLines(fd.key, out);
        exprLines(fd.value, out);
      }
      break;
  }
  out.add(e.line);
}

/** The line of the first instruction of an expression: its leftmost operand is evaluated first. */
export function firstLine(e: A.Expr): number {
  switch (e.kind) {
    case "Binary": return firstLine(e.left);
    case "Paren": return firstLine(e.expr);
    case "Index": return firstLine(e.object);
    case "Call": return firstLine(e.callee);
    case "MethodCall": return firstLine(e.object);
    case "Function": return e.lastLine;
    default: return e.line;
  }
}

/**
 * The line a statement's first instruction has in PUC's code, reported by "line" hooks when the
 * statement starts; -1 for statements that have no code of their own (do, repeat, labels).
 */
export function statementLine(s: A.Stat): number {
  switch (s.kind) {
    case "Local": return s.exprs.length > 0 ? firstLine(s.exprs[0]) : s.line;
    case "Assign": return s.targets[0].kind === "Index" ? firstLine(s.targets[0].object) : firstLine(s.exprs[0]);
    case "CallStat": return firstLine(s.call);
    case "While": return firstLine(s.cond);
    case "If": return firstLine(s.clauses[0].cond);
    case "NumericFor": return firstLine(s.start);
    case "GenericFor": return firstLine(s.exprs[0]);
    case "LocalFunction": return s.func.lastLine;
    case "Return": return s.exprs.length > 0 ? firstLine(s.exprs[0]) : s.line;
    case "Do": case "Repeat": case "Label": return -1;
    default: return s.line;
  }
}
