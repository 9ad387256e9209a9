// Argument checking for library functions (the lauxlib role, manual §5.1 / lauxlib.c):
// every `bad argument #n to 'f' (...)` message is produced here and nowhere else.
//
// `i` is always the 1-based argument position, as in the C API. Also here: the other lauxlib
// services libraries share (pushglobalfuncname, luaL_newlib).
import { LuaTable } from "./table";
import { isNumber, numberToString, toFloat, tointeger, tonumber, type LuaNumber } from "./number";
import { NativeFunction, type LuaLibrary, type LibraryFunction } from "./native";
import type { LuaState } from "./state";
import { LuaFunction, LuaUserdata, type LuaValue, type } from "./value";

/**
 * luaL_argerror: `bad argument #arg to 'name' (extramsg)`, naming the running function as its
 * caller did; for a method call the receiver is argument 0 ("calling 'm' on bad self").
 */
export function argError(L: LuaState, arg: number, extramsg: string): never {
  const ar = L.debug.getStack(0);
  const info = ar === undefined ? undefined : L.debug.getInfo(ar, "n");
  if (info?.namewhat === "method") {
    arg--;
    if (arg === 0) return L.error(`calling '${info.name}' on bad self (${extramsg})`);
  }
  const name = info?.name ?? (ar === undefined ? undefined : globalFunctionName(L, ar.fn)) ?? "?";
  return L.error(`bad argument #${arg} to '${name}' (${extramsg})`);
}

/** pushglobalfuncname: "mod.name" of a function found in package.loaded ("_G." dropped). */
export function globalFunctionName(L: LuaState, fn: LuaValue): string | undefined {
  const loaded = L.registry.getStr("_LOADED");
  if (!(loaded instanceof LuaTable)) return undefined;
  for (let e = loaded.next(undefined); e; e = loaded.next(e[0])) {
    const [modName, mod] = e;
    if (!(mod instanceof LuaTable) || typeof modName !== "string") continue;
    for (let g = mod.next(undefined); g; g = mod.next(g[0])) {
      if (g[1] === fn && typeof g[0] === "string") {
        return modName === "_G" ? g[0] : `${modName}.${g[0]}`;
      }
    }
  }
  return undefined;
}

/** The type name a message shows for argument `i`: "no value" when absent, else `__name` or the type. */
export function typeNameForMessage(L: LuaState, args: LuaValue[], i: number): string {
  if (i > args.length) return "no value";
  const v = args[i - 1];
  const name = L.getMetafield(v, "__name");
  if (typeof name === "string") return name;
  if (v instanceof LuaUserdata && v.light) return "light userdata";
  return type(v);
}

/** luaL_typeerror: `<expected> expected, got <type>`. */
export function typeError(L: LuaState, args: LuaValue[], i: number, expected: string): never {
  return argError(L, i, `${expected} expected, got ${typeNameForMessage(L, args, i)}`);
}

/** luaL_argcheck. */
export function argCheck(L: LuaState, cond: boolean, i: number, extramsg: string): void {
  if (!cond) argError(L, i, extramsg);
}

/** luaL_checkany. */
export function checkAny(L: LuaState, args: LuaValue[], i: number): LuaValue {
  if (i > args.length) argError(L, i, "value expected");
  return args[i - 1];
}

/** True when argument `i` is absent or nil (lua_isnoneornil). */
export function isNoneOrNil(args: LuaValue[], i: number): boolean {
  return args[i - 1] === undefined;
}

export function checkTable(L: LuaState, args: LuaValue[], i: number): LuaTable {
  const v = args[i - 1];
  if (v instanceof LuaTable) return v;
  return typeError(L, args, i, "table");
}

export function checkFunction(L: LuaState, args: LuaValue[], i: number): LuaFunction {
  const v = args[i - 1];
  if (v instanceof LuaFunction) return v;
  return typeError(L, args, i, "function");
}

/** luaL_checkinteger: an exact 64-bit integer (number when safe, bigint otherwise). */
export function checkInteger(L: LuaState, args: LuaValue[], i: number): number | bigint {
  const v = args[i - 1];
  if (typeof v === "number" && Number.isSafeInteger(v)) return v;
  const n = tointeger(v);
  if (n !== undefined) return n;
  if (tonumber(v) !== undefined) return argError(L, i, "number has no integer representation");
  return typeError(L, args, i, "number");
}

export function optInteger(L: LuaState, args: LuaValue[], i: number, def: number | bigint): number | bigint {
  return isNoneOrNil(args, i) ? def : checkInteger(L, args, i);
}

/**
 * An integer argument as a JS number, clamped to ±2^53: for positions, counts and sizes, where
 * every value beyond that range behaves like the range's end.
 */
export function checkInt(L: LuaState, args: LuaValue[], i: number): number {
  return clampToSafe(checkInteger(L, args, i));
}

export function optInt(L: LuaState, args: LuaValue[], i: number, def: number): number {
  return isNoneOrNil(args, i) ? def : checkInt(L, args, i);
}

export function clampToSafe(n: number | bigint): number {
  if (typeof n === "number") return n;
  return n > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
}

/** luaL_checknumber keeping the subtype: an integer or a float. */
export function checkNumeric(L: LuaState, args: LuaValue[], i: number): LuaNumber {
  const v = args[i - 1];
  if (isNumber(v)) return v;
  const n = tonumber(v);
  if (n !== undefined) return n;
  return typeError(L, args, i, "number");
}

/** luaL_checknumber: the argument's value as a double. */
export function checkNumber(L: LuaState, args: LuaValue[], i: number): number {
  const v = args[i - 1];
  if (typeof v === "number") return v;
  return toFloat(checkNumeric(L, args, i));
}

export function optNumber(L: LuaState, args: LuaValue[], i: number, def: number): number {
  return isNoneOrNil(args, i) ? def : checkNumber(L, args, i);
}

/** luaL_checklstring: strings, and numbers converted as `tostring` does. */
export function checkString(L: LuaState, args: LuaValue[], i: number): string {
  const v = args[i - 1];
  if (typeof v === "string") return v;
  if (isNumber(v)) return numberToString(v);
  return typeError(L, args, i, "string");
}

export function optString(L: LuaState, args: LuaValue[], i: number, def: string): string {
  return isNoneOrNil(args, i) ? def : checkString(L, args, i);
}

/** A Lua string as C sees it through a `const char *`: up to its first zero byte. */
export function cString(s: string): string {
  const end = s.indexOf("\0");
  return end < 0 ? s : s.slice(0, end);
}

/** luaL_checkoption: the index of the argument in `options`. */
export function checkOption(
  L: LuaState, args: LuaValue[], i: number, def: string | undefined, options: readonly string[],
): number {
  const name = cString(def !== undefined ? optString(L, args, i, def) : checkString(L, args, i));
  const index = options.indexOf(name);
  if (index < 0) return argError(L, i, `invalid option '${name}'`);
  return index;
}

/**
 * luaL_setfuncs: a library's functions into `t`, each a native function named after its library
 * ("string.rep"; the basic library's by their bare names). An entry that is already a native
 * function (one whose identity matters, as `next`'s) is stored as it is.
 */
export function setFuncs(t: LuaTable, libName: string, functions: Readonly<Record<string, LibraryFunction>>): void {
  for (const [key, entry] of Object.entries(functions)) t.setStr(key, nativeFunction(libName === "_G" ? key : `${libName}.${key}`, entry));
}

/** The native function of one registration entry. */
function nativeFunction(name: string, entry: LibraryFunction): NativeFunction {
  if (entry instanceof NativeFunction) return entry;
  if (typeof entry === "function") return new NativeFunction(name, entry);
  return new NativeFunction(name, entry.body, entry.yieldable);
}

/** luaL_newlib: a new table holding a library's functions. */
export function newLib(lib: Pick<LuaLibrary, "name" | "functions">): LuaTable {
  const t = new LuaTable();
  setFuncs(t, lib.name, lib.functions);
  return t;
}
