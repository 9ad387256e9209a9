// A lower bound on the number of VM instructions PUC's code generator (lcode.c) emits for a
// statement, for the limits that depend on code size: a jump over more than MAXARG_sBx
// instructions is "control structure too long". Being a lower bound, it never reports a
// limit PUC would not; it counts what every compilation needs (operators, stores to tables and
// globals, global reads, calls, closures, table constructors), not register moves or constants.
import type * as A from "./ast";

function sum<T>(items: T[], size: (item: T) => number): number {
  let n = 0;
  for (const item of items) n += size(item);
  return n;
}

export function exprSize(e: A.Expr): number {
  switch (e.kind) {
    case "Binary": return 1 + exprSize(e.left) + exprSize(e.right);
    case "Unary": return 1 + exprSize(e.operand);
    case "Paren": return exprSize(e.expr);
    case "Name": return e.ref.kind === "Global" ? 1 : 0; // GETTABUP
    case "Index": return 1 + exprSize(e.object) + exprSize(e.key);
    case "Call": return 1 + exprSize(e.callee) + sum(e.args, exprSize);
    case "MethodCall": return 2 + exprSize(e.object) + sum(e.args, exprSize); // SELF, CALL
    case "Function": return 1; // CLOSURE
    case "Table":
      return 1 + sum(e.fields, (f) => (f.kind === "KeyedField" ? exprSize(f.key) : 0) + exprSize(f.value));
    default: return 0; // constants and varargs can be operands of other instructions
  }
}

/** Stores needed by an assignment target: a table or global store, after its own operands. */
function targetSize(t: A.LValue): number {
  if (t.kind === "Index") return 1 + exprSize(t.object) + exprSize(t.key);
  return t.ref.kind === "Global" ? 1 : 0;
}

export function blockSize(b: A.Block): number {
  return sum(b.stats, statSize);
}

export function statSize(s: A.Stat): number {
  switch (s.kind) {
    case "Local": return sum(s.exprs, exprSize);
    case "Assign": return sum(s.targets, targetSize) + sum(s.exprs, exprSize);
    case "CallStat": return exprSize(s.call);
    case "Do": return blockSize(s.body);
    case "While": return 1 + exprSize(s.cond) + blockSize(s.body);
    case "Repeat": return exprSize(s.cond) + blockSize(s.body);
    case "If": return sum(s.clauses, (c) => exprSize(c.cond) + blockSize(c.body)) + (s.orelse ? blockSize(s.orelse) : 0);
    case "NumericFor": return 2 + exprSize(s.start) + exprSize(s.limit) + (s.step ? exprSize(s.step) : 0) + blockSize(s.body);
    case "GenericFor": return 2 + sum(s.exprs, exprSize) + blockSize(s.body);
    case "FunctionStat": return 1 + targetSize(s.target);
    case "LocalFunction": return 1;
    case "Return": return 1 + sum(s.exprs, exprSize);
    case "Break": case "Goto": return 1;
    case "Label": return 0;
  }
}
