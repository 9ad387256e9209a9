// string.dump and loading of binary chunks (manual §6.4 string.dump, §3.3.2 load). The format is
// luaref's own: PUC's 12-byte header signature, then the chunk's source text and the position of
// the function among the chunk's functions, so that load rebuilds exactly the same function.
import type { Block, Expr, FunctionExpr, Stat } from "../../grammar/ast";
import { parse } from "../../grammar/parse";
import { LuaError } from "../runtime/error";
import { Cell, type LuaValue } from "../runtime/value";
import { LuaClosure, type ChunkUnit } from "./frame";
import type { Runtime } from "./runtime";

/** "\x1bLua", version 5.3, format 0, LUAC_DATA — the start of every binary chunk, as PUC's. */
const SIGNATURE = "\x1bLua\x53\x00\x19\x93\r\n\x1a\n";
/** Marks luaref's own payload after the signature. */
const MARK = "luaref-ast-1\n";

export function isBinaryChunk(s: string): boolean {
  return s.charCodeAt(0) === 0x1b;
}

/** Every function of a chunk in pre-order (the main function first). */
function functionsOf(root: FunctionExpr): FunctionExpr[] {
  const out: FunctionExpr[] = [];
  const visitFn = (fn: FunctionExpr) => {
    out.push(fn);
    visitBlock(fn.body);
  };
  const visitBlock = (b: Block) => b.stats.forEach(visitStat);
  const visitExprs = (es: Expr[]) => es.forEach(visitExpr);
  const visitStat = (s: Stat): void => {
    switch (s.kind) {
      case "Local": return visitExprs(s.exprs);
      case "Assign": visitExprs(s.targets); return visitExprs(s.exprs);
      case "CallStat": return visitExpr(s.call);
      case "Do": return visitBlock(s.body);
      case "While": visitExpr(s.cond); return visitBlock(s.body);
      case "Repeat": visitBlock(s.body); return visitExpr(s.cond);
      case "If":
        for (const c of s.clauses) { visitExpr(c.cond); visitBlock(c.body); }
        if (s.orelse) visitBlock(s.orelse);
        return;
      case "NumericFor":
        visitExpr(s.start); visitExpr(s.limit);
        if (s.step) visitExpr(s.step);
        return visitBlock(s.body);
      case "GenericFor": visitExprs(s.exprs); return visitBlock(s.body);
      case "FunctionStat": visitExpr(s.target); return visitFn(s.func);
      case "LocalFunction": return visitFn(s.func);
      case "Return": return visitExprs(s.exprs);
      default: return;
    }
  };
  const visitExpr = (e: Expr): void => {
    switch (e.kind) {
      case "Function": return visitFn(e);
      case "Table":
        for (const f of e.fields) {
          if (f.kind === "KeyedField") visitExpr(f.key);
          visitExpr(f.value);
        }
        return;
      case "Binary": visitExpr(e.left); return visitExpr(e.right);
      case "Unary": return visitExpr(e.operand);
      case "Paren": return visitExpr(e.expr);
      case "Index": visitExpr(e.object); return visitExpr(e.key);
      case "Call": visitExpr(e.callee); return visitExprs(e.args);
      case "MethodCall": visitExpr(e.object); return visitExprs(e.args);
      default: return;
    }
  };
  visitFn(root);
  return out;
}

/** string.dump of a Lua closure. */
export function dump(cl: LuaClosure, strip: boolean): string {
  const unit = cl.p.unit;
  const index = functionsOf(unit.root).indexOf(cl.p.fn);
  const header = JSON.stringify({ chunkName: unit.chunkName, index, strip: strip || unit.stripped });
  return SIGNATURE + MARK + header + "\n" + unit.text;
}

/** load of a binary chunk: the dumped function with fresh upvalues, the first one being `env`. */
export function loadBinary(L: Runtime, s: string, env: LuaValue | undefined): LuaClosure {
  const bad = () => new LuaError(`${"binary string"}: bad binary format (truncated chunk)`);
  if (!s.startsWith(SIGNATURE)) throw new LuaError("binary string: bad binary format (not a luaref chunk)");
  if (!s.startsWith(MARK, SIGNATURE.length)) throw bad();
  const start = SIGNATURE.length + MARK.length;
  const eol = s.indexOf("\n", start);
  if (eol < 0) throw bad();
  const meta = JSON.parse(s.slice(start, eol)) as { chunkName: string; index: number; strip: boolean };
  const text = s.slice(eol + 1);
  const chunk = parse(text, meta.chunkName);
  const fn = functionsOf(chunk.main)[meta.index];
  if (fn === undefined) throw bad();
  const unit: ChunkUnit = {
    chunkName: meta.chunkName, source: meta.strip ? "?" : L.chunkSource(meta.chunkName), text, root: chunk.main, stripped: meta.strip,
  };
  const upvals = fn.upvalues.map((_, i) => new Cell(i === 0 ? (env === undefined ? L.globals : env) : undefined));
  return new LuaClosure(L.protoFor(fn, unit), upvals);
}
