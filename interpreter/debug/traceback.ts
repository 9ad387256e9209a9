// luaL_traceback (lauxlib.c) in PUC's format: "stack traceback:\n\t<src>:<line>: in <name>".
import { globalFunctionName } from "../runtime/lauxlib";
import { NativeFunction } from "../runtime/native";
import type { Coroutine } from "../eval/coroutine";
import { LuaClosure, type Frame } from "../eval/frame";
import type { Runtime } from "../eval/runtime";
import { callSiteName } from "./describe";

/** Levels shown before and after the "..." of a long traceback (LEVELS1, LEVELS2). */
const LEVELS1 = 10;
const LEVELS2 = 11;

/** pushfuncname: how a traceback line names the function of frame `f`. */
export function describeFunction(L: Runtime, f: Frame): string {
  const global = globalFunctionName(L, f.fn);
  if (global !== undefined) return `function '${global}'`;
  const site = callSiteName(L, f);
  if (site !== undefined) return `${site.namewhat} '${site.name}'`;
  if (f.fn instanceof LuaClosure) {
    const p = f.fn.p;
    if (p.fn === p.unit.root) return "main chunk";
    return `function <${p.unit.source}:${p.fn.line}>`;
  }
  return "?";
}

/** The frames of a coroutine from `level` (0 = innermost) outwards. */
function framesFrom(L: Runtime, co: Coroutine, level: number): Frame[] {
  const out: Frame[] = [];
  for (let f = L.frameAt(level, co); f !== undefined; f = f.prev) out.push(f);
  return out;
}

export function traceback(L: Runtime, co: Coroutine, msg: string | undefined, level: number): string {
  const frames = framesFrom(L, co, level);
  const lines: string[] = [];
  if (msg !== undefined) lines.push(`${msg}\n`);
  lines.push("stack traceback:");
  const skip = frames.length > LEVELS1 + LEVELS2;
  frames.forEach((f, i) => {
    if (skip && i === LEVELS1) lines.push("\n\t...");
    if (skip && i >= LEVELS1 && i < frames.length - LEVELS2) return;
    const isLua = f.fn instanceof LuaClosure;
    const src = isLua ? (f.fn as LuaClosure).p.unit.source : "[C]";
    const line = isLua && f.pc !== undefined && !(f.fn as LuaClosure).p.unit.stripped ? `${f.pc.line}:` : "";
    lines.push(`\n\t${src}:${line} in ${describeFunction(L, f)}`);
    if (f.tail) lines.push("\n\t(...tail calls...)");
  });
  return lines.join("");
}

/** The native function lua.c runs everything under, shown as "[C]: in ?" at the bottom. */
export const HOST_FUNCTION = new NativeFunction("?", () => []);
