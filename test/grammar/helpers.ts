// Shared helpers of the grammar tests: parse a snippet and pick nodes out of its AST.
import * as A from "../../grammar/ast";
import { parse } from "../../grammar/parse";

/** Parses `source` as `load` does from a main chunk (chunk name = the source). */
export function parseChunk(source: string): A.Chunk {
  return parse(source, source, { cCallDepth: 2 });
}

export function statsOf(source: string): A.Stat[] {
  return parseChunk(source).main.body.stats;
}

/** The expression of `return <exp>`. */
export function expOf(source: string): A.Expr {
  const stats = statsOf(`return ${source}`);
  return (stats[0] as A.ReturnStat).exprs[0];
}

/** The message of the syntax error `source` raises (or "OK"). */
export function errorOf(source: string, chunkName = source): string {
  try {
    parse(source, chunkName, { cCallDepth: 2 });
    return "OK";
  } catch (e) {
    return (e as Error).message;
  }
}

/** A fully parenthesized rendering of an expression, to check precedence. */
export function show(e: A.Expr): string {
  switch (e.kind) {
    case "Binary":
      return `(${show(e.left)} ${e.op} ${show(e.right)})`;
    case "Unary":
      return `(${e.op}${e.op === "not" ? " " : ""}${show(e.operand)})`;
    case "Name":
      return e.name;
    case "Number":
      return String(e.value);
    case "String":
      return JSON.stringify(e.value);
    case "Paren":
      return `[${show(e.expr)}]`;
    case "Call":
      return `${show(e.callee)}(${e.args.map(show).join(", ")})`;
    case "Index":
      return `${show(e.object)}[${show(e.key)}]`;
    default:
      return e.kind;
  }
}
