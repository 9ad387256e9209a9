// string.dump and loading of binary chunks (manual §6.4 string.dump, §3.3.2 load). The header is
// PUC's (lundump.h: signature, version, format, LUAC_DATA, type sizes, LUAC_INT, LUAC_NUM) and is
// checked as lundump.c checks it; the body is luaref's own: its length, then the chunk's source
// text and the position of the function among the chunk's functions, so that load rebuilds
// exactly the same function.
import type { Block, Expr, FunctionExpr, Stat } from "../../grammar/ast";
import { parse } from "../../grammar/parse";
import { chunkid } from "../../grammar/chunk-name";
import { LuaError } from "../runtime/error";
import { Cell, type LuaValue } from "../runtime/value";
import { LuaClosure, type ChunkUnit } from "./frame";
import type { Runtime } from "./runtime";

/** Little-endian bytes of a 64-bit integer. */
function int64Bytes(n: bigint): string {
  let out = "";
  for (let i = 0n; i < 8n; i++) out += String.fromCharCode(Number((n >> (8n * i)) & 0xffn));
  return out;
}

/** Little-endian bytes of a double. */
function doubleBytes(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x, true);
  let out = "";
  for (let i = 0; i < 8; i++) out += String.fromCharCode(view.getUint8(i));
  return out;
}

/** The header fields in order, each with lundump.c's complaint when it does not match. */
const HEADER: [string, string][] = [
  ["\x1bLua", "not a"],
  ["\x53", "version mismatch in"],
  ["\x00", "format mismatch in"],
  ["\x19\x93\r\n\x1a\n", "corrupted"],
  ["\x04", "int size mismatch in"],
  ["\x08", "size_t size mismatch in"],
  ["\x04", "Instruction size mismatch in"],
  ["\x08", "lua_Integer size mismatch in"],
  ["\x08", "lua_Number size mismatch in"],
  [int64Bytes(0x5678n), "endianness mismatch in"],
  [doubleBytes(370.5), "float format mismatch in"],
];
const SIGNATURE = HEADER.map(([bytes]) => bytes).join("");

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
  const stripped = strip || unit.stripped;
  // a stripped dump has no source name, as PUC's (its functions report "=?")
  const meta = JSON.stringify({ chunkName: stripped ? "=?" : unit.chunkName, index, strip: stripped });
  const body = meta + "\n" + unit.text;
  return SIGNATURE + int64Bytes(BigInt(body.length)) + body;
}

/** lundump.c's error: "<name>: <why> precompiled chunk". */
function badChunk(chunkName: string, why: string): LuaError {
  const c = chunkName[0];
  const name = c === "@" || c === "=" ? chunkName.slice(1) : c === "\x1b" ? "binary string" : chunkName;
  return new LuaError(`${name}: ${why} precompiled chunk`);
}

/** Checks the header field by field as lundump.c's checkHeader does; returns the body. */
function readBody(s: string, chunkName: string): string {
  let pos = 0;
  for (const [bytes, why] of HEADER) {
    const got = s.slice(pos, pos + bytes.length);
    if (got.length < bytes.length) throw badChunk(chunkName, "truncated");
    if (got !== bytes) throw badChunk(chunkName, why);
    pos += bytes.length;
  }
  if (s.length < pos + 8) throw badChunk(chunkName, "truncated");
  let length = 0;
  for (let i = 7; i >= 0; i--) length = length * 256 + s.charCodeAt(pos + i);
  pos += 8;
  if (s.length - pos < length) throw badChunk(chunkName, "truncated");
  return s.slice(pos, pos + length);
}

/** load of a binary chunk: the dumped function with fresh upvalues, the first one being `env`. */
export function loadBinary(L: Runtime, s: string, chunkName: string, env: LuaValue): LuaClosure {
  const body = readBody(s, chunkName);
  const eol = body.indexOf("\n");
  const meta = JSON.parse(body.slice(0, eol)) as { chunkName: string; index: number; strip: boolean };
  const text = body.slice(eol + 1);
  const chunk = parse(text, meta.chunkName);
  const fn = functionsOf(chunk.main)[meta.index];
  const unit: ChunkUnit = {
    chunkName: meta.chunkName, source: meta.strip ? "?" : chunkid(meta.chunkName), text, root: chunk.main, stripped: meta.strip,
  };
  // fresh upvalues; the first one, if any, is the environment (manual §load)
  const upvals = fn.upvalues.map((_, i) => new Cell(i === 0 ? env : undefined));
  return new LuaClosure(L.protoFor(fn, unit), upvals);
}
