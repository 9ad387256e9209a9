// Variable descriptions in runtime error messages, as ldebug.c's getobjname/varinfo word them:
// " (local 'x')", " (global 'x')", " (upvalue 'x')", " (field 'x')", " (method 'm')", " (constant 'x')".
import type { Expr } from "../../grammar/ast";

/** The `(kind 'name')` pair describing where an operand came from, or undefined. */
export function variableOf(e: Expr): { kind: string; name: string } | undefined {
  switch (e.kind) {
    case "Name":
      switch (e.ref.kind) {
        case "Local": return { kind: "local", name: e.name };
        case "Upvalue": return { kind: "upvalue", name: e.name };
        case "Global": return { kind: "global", name: e.name };
        default: return undefined;
      }
    case "Index": {
      const name = e.key.kind === "String" ? e.key.value : "?";
      const isEnv = e.object.kind === "Name" && e.object.name === "_ENV";
      return { kind: isEnv ? "global" : "field", name };
    }
    case "MethodCall":
      return { kind: "method", name: e.name };
    case "String":
      return { kind: "constant", name: e.value };
    case "Paren":
      return e.expr.kind === "Name" || e.expr.kind === "String" ? variableOf(e.expr) : undefined;
    default:
      return undefined;
  }
}

/** varinfo: " (local 'x')" or "". */
export function describe(e: Expr | undefined): string {
  const v = e === undefined ? undefined : variableOf(e);
  return v === undefined ? "" : ` (${v.kind} '${v.name}')`;
}
