// The basic library (manual §6.1): print, type, pairs, pcall, error, load, tonumber, ...
import { LuaSyntaxError } from "../../grammar/syntax-error";
import { LuaError } from "../runtime/error";
import { NativeFunction, type LuaLibrary } from "../runtime/native";
import * as N from "../runtime/number";
import { argCheck, checkAny, checkInt, checkOption, checkString, checkTable, optInt, optString, typeError } from "../runtime/lauxlib";
import type { LuaState } from "../runtime/state";
import { LuaTable } from "../runtime/table";
import { LuaFunction, type LuaValue, type } from "../runtime/value";
import * as direct from "../eval/protected.direct";
import * as gen from "../eval/protected.co";
import { runtimeOf as rt, type Runtime } from "../eval/runtime";
import { loadBinary, isBinaryChunk } from "../eval/dump";
import { gcOption } from "../gc/control";
import { openErrorText, tryReadSourceFile } from "../host/source-file";

/** An explicit `env` argument of load/loadfile (which may be nil), or undefined when absent. */
type EnvArg = { value: LuaValue } | undefined;

function envArg(args: LuaValue[], i: number): EnvArg {
  return args.length >= i ? { value: args[i - 1] } : undefined;
}

/** lua_load's result for load/loadfile: the function, or nil plus the message. */
function loadChunk(L: Runtime, source: string, chunkName: string, mode: string, env: EnvArg): LuaValue[] {
  const binary = isBinaryChunk(source);
  if (binary && !mode.includes("b")) return [undefined, `attempt to load a binary chunk (mode is '${mode}')`];
  if (!binary && !mode.includes("t")) return [undefined, `attempt to load a text chunk (mode is '${mode}')`];
  try {
    const envValue = env === undefined ? L.globals : env.value;
    return [binary ? loadBinary(L, source, chunkName, envValue) : L.load(source, chunkName, envValue)];
  } catch (e) {
    if (e instanceof LuaSyntaxError) return [undefined, e.message];
    if (e instanceof LuaError) return [undefined, e.value];
    throw e;
  }
}


/** luaL_loadfilex: skips a first line starting with '#' (kept as an empty line). */
function loadFile(L: Runtime, filename: string | undefined, mode: string, env: EnvArg): LuaValue[] {
  const chunkName = filename === undefined ? "=stdin" : `@${filename}`;
  const text = tryReadSourceFile(filename);
  if (text === undefined) return [undefined, `cannot open ${filename ?? "stdin"}: ${openErrorText(filename)}`];
  return loadChunk(L, text, chunkName, mode, env);
}

function ipairsAux(L: LuaState, args: LuaValue[]): LuaValue[] {
  const i = (N.tointeger(args[1]) as number) + 1;
  const t = args[0];
  const v = t instanceof LuaTable && t.metatable === undefined ? t.getInt(i) : L.index(t, i);
  return v === undefined ? [undefined] : [i, v];
}

function next(L: LuaState, args: LuaValue[]): LuaValue[] {
  const t = checkTable(L, args, 1);
  const e = t.next(args[1]);
  if (e === null) return L.error("invalid key to 'next'", 0);
  return e === undefined ? [undefined] : e;
}

const ipairsAuxFunction = new NativeFunction("ipairs_aux", ipairsAux);
/** The global `next`, also the iterator `pairs` returns (so `pairs({}) == next`). */
export const nextFunction = new NativeFunction("next", next);

/** pairs/ipairs: the `__pairs`/`__ipairs` metamethod, or the raw iterator. */
function pairsMeta(L: LuaState, args: LuaValue[], event: string, iter: NativeFunction, initial: LuaValue): LuaValue[] {
  checkAny(L, args, 1);
  const h = L.getMetafield(args[0], event);
  if (h === undefined) return [iter, args[0], initial];
  const r = L.call(h, [args[0]]);
  return [r[0], r[1], r[2]];
}

/** tonumber with a base: the digits of `s` in that base, or undefined. */
function parseInBase(s: string, base: number): LuaValue {
  const m = /^[ \f\n\r\t\v]*([-+])?([0-9a-zA-Z]+)[ \f\n\r\t\v]*$/.exec(s);
  if (m === null) return undefined;
  let n = 0n;
  for (const ch of m[2].toLowerCase()) {
    const d = parseInt(ch, 36);
    if (d >= base) return undefined;
    n = n * BigInt(base) + BigInt(d);
  }
  return N.int(m[1] === "-" ? -n : n);
}

const functions: Record<string, (L: LuaState, args: LuaValue[]) => LuaValue[]> = {
  assert(L, args) {
    if (args[0] !== undefined && args[0] !== false) return args;
    checkAny(L, args, 1);
    // luaB_assert hands its message (default "assertion failed!") to luaB_error, at level 1
    return functions.error(L, [args.length >= 2 ? args[1] : "assertion failed!"]);
  },

  collectgarbage(L, args) {
    const options = ["stop", "restart", "collect", "count", "step", "setpause", "setstepmul", "isrunning"] as const;
    const opt = options[checkOption(L, args, 1, "collect", options)];
    return gcOption(rt(L), opt, optInt(L, args, 2, 0));
  },

  error(L, args) {
    const level = optInt(L, args, 2, 1);
    let value = args[0];
    if (typeof value === "string" && level > 0) value = rt(L).where(rt(L).frameAt(level)) + value;
    throw new LuaError(value);
  },

  getmetatable(L, args) {
    checkAny(L, args, 1);
    const mt = L.getMetatable(args[0]);
    if (mt === undefined) return [undefined];
    const protectedValue = mt.getStr("__metatable");
    return [protectedValue !== undefined ? protectedValue : mt];
  },

  ipairs(L, args) {
    if (rt(L).compat) return pairsMeta(L, args, "__ipairs", ipairsAuxFunction, 0);
    checkAny(L, args, 1);
    return [ipairsAuxFunction, args[0], 0];
  },

  load(L, args) {
    const chunk = args[0];
    const mode = optString(L, args, 3, "bt");
    const env = envArg(args, 4);
    if (typeof chunk === "string") {
      const name = optString(L, args, 2, chunk);
      return loadChunk(rt(L), chunk, name, mode, env);
    }
    if (!(chunk instanceof LuaFunction)) return typeError(L, args, 1, "function");
    const name = optString(L, args, 2, "=(load)");
    // lua_load runs the reader in protected mode: its errors become load's message
    const pieces: string[] = [];
    const restore = rt(L).savePoint();
    try {
      for (;;) {
        const piece = L.call(chunk, [])[0];
        if (piece === undefined || piece === "") break;
        if (typeof piece !== "string") return [undefined, "reader function must return a string"];
        pieces.push(piece);
      }
    } catch (e) {
      const value = rt(L).errorValue(e);
      restore();
      return [undefined, value];
    }
    return loadChunk(rt(L), pieces.join(""), name, mode, env);
  },

  loadfile(L, args) {
    const name = args[0] === undefined ? undefined : checkString(L, args, 1);
    const mode = optString(L, args, 2, "bt");
    return loadFile(rt(L), name, mode, envArg(args, 3));
  },

  pairs(L, args) {
    return pairsMeta(L, args, "__pairs", nextFunction, undefined);
  },

  print(L, args) {
    const tostring = L.index(L.globals, "tostring");
    const parts: string[] = [];
    for (const v of args) {
      const s = L.call(tostring, [v])[0];
      if (typeof s !== "string") return L.error("'tostring' must return a string to 'print'");
      parts.push(s);
    }
    // lua_writeline: print ends with fflush(stdout), io.write does not
    rt(L).stdout.write(parts.join("\t") + "\n");
    rt(L).stdout.flush();
    return [];
  },

  rawequal(L, args) {
    checkAny(L, args, 1);
    checkAny(L, args, 2);
    const [a, b] = args;
    return [a === b || (N.isNumber(a) && N.isNumber(b) && N.numEq(a, b))];
  },

  rawget(L, args) {
    const t = checkTable(L, args, 1);
    checkAny(L, args, 2);
    return [t.get(args[1])];
  },

  rawlen(L, args) {
    const v = args[0];
    if (v instanceof LuaTable) return [v.length()];
    if (typeof v === "string") return [v.length];
    return L.argError(1, "table or string expected");
  },

  rawset(L, args) {
    const t = checkTable(L, args, 1);
    checkAny(L, args, 2);
    checkAny(L, args, 3);
    rt(L).rawSet(t, args[1], args[2]);
    return [t];
  },

  select(L, args) {
    const n = args[0];
    if (n === "#") return [args.length - 1];
    let i = checkInt(L, args, 1);
    if (i < 0) i = args.length + i;
    else if (i > args.length) i = args.length;
    argCheck(L, 1 <= i, 1, "index out of range");
    return args.slice(i);
  },

  setmetatable(L, args) {
    const t = checkTable(L, args, 1);
    const mt = args[1];
    if (args.length < 2 || (mt !== undefined && !(mt instanceof LuaTable))) return L.argError(2, "nil or table expected");
    if (t.metatable?.getStr("__metatable") !== undefined) return L.error("cannot change a protected metatable");
    rt(L).setMetatable(t, mt);
    return [t];
  },

  tonumber(L, args) {
    if (args[1] === undefined) {
      checkAny(L, args, 1);
      const v = args[0];
      if (N.isNumber(v)) return [v];
      return [typeof v === "string" ? N.str2number(v) : undefined];
    }
    const base = checkInt(L, args, 2);
    const v = args[0];
    if (typeof v !== "string") typeError(L, args, 1, "string");
    argCheck(L, 2 <= base && base <= 36, 2, "base out of range");
    return [parseInBase(v as string, base)];
  },

  tostring(L, args) {
    checkAny(L, args, 1);
    return [L.tostring(args[0])];
  },

  type(L, args) {
    checkAny(L, args, 1);
    return [type(args[0])];
  },
};

export const baseLib: LuaLibrary = { name: "_G", functions };

/** dofile's chunk, loaded as luaL_loadfile does; load errors are raised. */
function dofileChunk(L: LuaState, args: LuaValue[]): LuaValue {
  const name = args[0] === undefined ? undefined : checkString(L, args, 1);
  const r = loadFile(rt(L), name, "bt", undefined);
  if (r[0] === undefined) throw new LuaError(r[1]);
  return r[0];
}

/** pcall, xpcall and dofile, which can be yielded through: a direct body and a generator body each. */
export function yieldableFunctions(): Record<string, NativeFunction> {
  return {
    dofile: new NativeFunction(
      "dofile",
      (L, a) => direct.callk(rt(L), dofileChunk(L, a), []),
      (L, a) => gen.callk(rt(L), dofileChunk(L, a), []),
    ),
    pcall: new NativeFunction("pcall", (L, a) => direct.pcall(rt(L), a), (L, a) => gen.pcall(rt(L), a)),
    xpcall: new NativeFunction("xpcall", (L, a) => direct.xpcall(rt(L), a), (L, a) => gen.xpcall(rt(L), a)),
  };
}
