// How ldebug.c names things: variable descriptions in runtime error messages, as getobjname and
// varinfo word them (" (local 'x')", " (global 'x')", " (upvalue 'x')", " (field 'x')",
// " (method 'm')", " (constant 'x')"), and the name a caller gave the function it called
// (getfuncname: "global 'f'", "method 'm'", "metamethod 'add'", ...).
import type { Expr } from "../../grammar/ast";
import { OPERATOR_EVENTS, UNARY_EVENTS, metamethodName, type Event, type OperatorWithEvent } from "../runtime/events";
import { LuaClosure, type Frame, type PcNode } from "../eval/frame";
import type { Runtime } from "../eval/runtime";

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

/**
 * getfuncname: how the caller named the function running in frame `f` — from the call node
 * the caller was executing — as {name, namewhat}, or undefined.
 */
export function callSiteName(L: Runtime, f: Frame): { name: string; namewhat: string } | undefined {
  // getfuncname's CIST_FIN: the frame that caused a running finalizer reports itself so
  if (L.finalizers.isCaller(f)) return { name: "__gc", namewhat: "metamethod" };
  const caller = f.prev;
  if (f.tail || caller === undefined || !(caller.fn instanceof LuaClosure) || caller.pc === undefined) return undefined;
  return pcName(caller.pc);
}

/** funcnamefromcode: the name the instruction at `pc` gives the function it calls. */
function pcName(pc: PcNode): { name: string; namewhat: string } | undefined {
  const node = pc as PcNode & { op?: string; callee?: Expr; name?: string };
  switch (pc.kind) {
    case "Call": {
      const v = node.callee === undefined ? undefined : variableOf(node.callee);
      return v === undefined ? undefined : { name: v.name, namewhat: v.kind };
    }
    case "MethodCall": return { name: node.name!, namewhat: "method" };
    case "Hook": return { name: "?", namewhat: "hook" };
    case "ForCall": return { name: "for iterator", namewhat: "for iterator" };
    case "Index": case "Name": return { name: "__index", namewhat: "metamethod" };
    case "SetIndex": return { name: "__newindex", namewhat: "metamethod" };
    case "Binary": {
      const event = OPERATOR_EVENTS[node.op as OperatorWithEvent] as Event | undefined;
      return { name: event === undefined ? "?" : metamethodName(event), namewhat: "metamethod" };
    }
    case "Unary": return { name: metamethodName(UNARY_EVENTS[node.op as keyof typeof UNARY_EVENTS]), namewhat: "metamethod" };
    default: return undefined;
  }
}
