// The basic library (manual §6.1, lbaselib.c): print, type, pairs, pcall, error, load, tonumber, ...
// One registration table, as lbaselib.c's base_funcs[]; pcall, xpcall and dofile declare their
// yieldable forms in their entries.
import { LuaError } from "../runtime/error";
import { NativeFunction, type LibraryFunction, type LuaLibrary } from "../runtime/native";
import * as N from "../runtime/number";
import {
  argCheck, argError, checkAny, checkFunction, checkInt, checkOption, checkString, checkTable, optInt, optString, typeError,
} from "../runtime/lauxlib";
import type { GcOption, LuaState, Protected } from "../runtime/state";
import { LuaTable } from "../runtime/table";
import { LuaFunction, type LuaValue, type } from "../runtime/value";

/** An explicit `env` argument of load/loadfile (which may be nil): [] when absent, [env] when given. */
function envArg(args: LuaValue[], i: number): [LuaValue?] {
  return args.length >= i ? [args[i - 1]] : [];
}

/** load_aux: lua_load's outcome as load's results — the function, or nil plus the message. */
function loadResults(loaded: LuaFunction | string): LuaValue[] {
  return typeof loaded === "string" ? [undefined, loaded] : [loaded];
}

/** luaL_loadfilex of loadfile and dofile's argument 1 (stdin when absent). */
function loadFileArg(L: LuaState, args: LuaValue[], mode: string, env: [LuaValue?]): LuaFunction | string {
  const name = args[0] === undefined ? undefined : checkString(L, args, 1);
  return L.loadFile(name, mode, ...env);
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
const nextFunction = new NativeFunction("next", next);

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

/** luaB_error: raises the value; a string gets the position of the function at `level` first. */
function error(L: LuaState, args: LuaValue[]): never {
  const level = optInt(L, args, 2, 1);
  let value = args[0];
  if (typeof value === "string" && level > 0) value = L.where(level) + value;
  throw new LuaError(value);
}

/** The options of collectgarbage, in lbaselib.c's order. */
const GC_OPTIONS: readonly GcOption[] = ["stop", "restart", "collect", "count", "step", "setpause", "setstepmul", "isrunning"];

/** dofile's chunk, loaded as luaL_loadfile does; a load error is raised. */
function dofileChunk(L: LuaState, args: LuaValue[]): LuaFunction {
  const loaded = loadFileArg(L, args, "bt", []);
  if (typeof loaded === "string") throw new LuaError(loaded);
  return loaded;
}

/** finishpcall: true plus the results, or false plus the error. */
function pcallResults(r: Protected): LuaValue[] {
  return r.ok ? [true, ...r.values] : [false, r.error];
}

/** lbaselib.c's base_funcs[], in its order. */
const functions = {
  assert(L, args) {
    if (args[0] !== undefined && args[0] !== false) return args;
    checkAny(L, args, 1);
    // luaB_assert hands its message (default "assertion failed!") to luaB_error, at level 1
    return error(L, [args.length >= 2 ? args[1] : "assertion failed!"]);
  },

  collectgarbage(L, args) {
    const opt = GC_OPTIONS[checkOption(L, args, 1, "collect", GC_OPTIONS)];
    const r = L.gc(opt, optInt(L, args, 2, 0));
    switch (opt) {
      case "count": return [N.float(r)];
      case "step": case "isrunning": return [r !== 0];
      default: return [r];
    }
  },

  dofile: {
    // lua_callk: the chunk may yield inside a coroutine
    body: (L, args) => L.callk(dofileChunk(L, args), []),
    *yieldable(L, args) {
      return yield* L.yieldable.callk(dofileChunk(L, args), []);
    },
  },

  error,

  getmetatable(L, args) {
    checkAny(L, args, 1);
    const mt = L.getMetatable(args[0]);
    if (mt === undefined) return [undefined];
    const protectedValue = mt.getStr("__metatable");
    return [protectedValue !== undefined ? protectedValue : mt];
  },

  ipairs(L, args) {
    if (L.compat) return pairsMeta(L, args, "__ipairs", ipairsAuxFunction, 0);
    checkAny(L, args, 1);
    return [ipairsAuxFunction, args[0], 0];
  },

  loadfile(L, args) {
    const mode = optString(L, args, 2, "bt");
    return loadResults(loadFileArg(L, args, mode, envArg(args, 3)));
  },

  load(L, args) {
    const chunk = args[0];
    const mode = optString(L, args, 3, "bt");
    const env = envArg(args, 4);
    if (typeof chunk === "string") {
      const name = optString(L, args, 2, chunk);
      return loadResults(L.loadChunk(chunk, name, mode, ...env));
    }
    if (!(chunk instanceof LuaFunction)) return typeError(L, args, 1, "function");
    const name = optString(L, args, 2, "=(load)");
    // lua_load runs the reader in protected mode: its errors become load's message
    const pieces: string[] = [];
    for (;;) {
      const r = L.pcall(chunk, []);
      if (!r.ok) return [undefined, r.error];
      const piece = r.values[0];
      if (piece === undefined || piece === "") break;
      if (typeof piece !== "string") return [undefined, "reader function must return a string"];
      pieces.push(piece);
    }
    return loadResults(L.loadChunk(pieces.join(""), name, mode, ...env));
  },

  next: nextFunction,

  pairs(L, args) {
    return pairsMeta(L, args, "__pairs", nextFunction, undefined);
  },

  pcall: {
    body(L, args) {
      checkAny(L, args, 1);
      return pcallResults(L.pcallk(args[0], args.slice(1)));
    },
    *yieldable(L, args) {
      checkAny(L, args, 1);
      return pcallResults(yield* L.yieldable.pcallk(args[0], args.slice(1)));
    },
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
    L.host.stdout.write(parts.join("\t") + "\n");
    L.host.stdout.flush();
    return [];
  },

  rawequal(L, args) {
    checkAny(L, args, 1);
    checkAny(L, args, 2);
    const [a, b] = args;
    return [a === b || (N.isNumber(a) && N.isNumber(b) && N.numEq(a, b))];
  },

  rawlen(L, args) {
    const v = args[0];
    if (v instanceof LuaTable) return [v.length()];
    if (typeof v === "string") return [v.length];
    return argError(L, 1, "table or string expected");
  },

  rawget(L, args) {
    const t = checkTable(L, args, 1);
    checkAny(L, args, 2);
    return [t.get(args[1])];
  },

  rawset(L, args) {
    const t = checkTable(L, args, 1);
    checkAny(L, args, 2);
    checkAny(L, args, 3);
    L.rawSet(t, args[1], args[2]);
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
    if (args.length < 2 || (mt !== undefined && !(mt instanceof LuaTable))) return argError(L, 2, "nil or table expected");
    if (t.metatable?.getStr("__metatable") !== undefined) return L.error("cannot change a protected metatable");
    L.setMetatable(t, mt);
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

  xpcall: {
    body(L, args) {
      const handler = checkFunction(L, args, 2);
      return pcallResults(L.pcallk(args[0], args.slice(2), handler));
    },
    *yieldable(L, args) {
      const handler = checkFunction(L, args, 2);
      return pcallResults(yield* L.yieldable.pcallk(args[0], args.slice(2), handler));
    },
  },
} satisfies Record<string, LibraryFunction>;

export const baseLib: LuaLibrary = {
  name: "_G",
  functions,
  constants: { _VERSION: "Lua 5.3" },
  open(_L, G) {
    G.setStr("_G", G);
  },
};
