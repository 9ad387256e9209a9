// Argument checking for library functions (the lauxlib role, manual §5.1 / lauxlib.c):
// every `bad argument #n to 'f' (...)` message is produced here and nowhere else.
//
// `i` is always the 1-based argument position, as in the C API.
import { LuaTable } from "./table";
import { isNumber, numberToString, toFloat, tointeger, tonumber, type LuaNumber } from "./number";
import type { LuaState } from "./state";
import { LuaFunction, LuaUserdata, type LuaValue, type } from "./value";

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
  return L.argError(i, `${expected} expected, got ${typeNameForMessage(L, args, i)}`);
}

/** luaL_argcheck. */
export function argCheck(L: LuaState, cond: boolean, i: number, extramsg: string): void {
  if (!cond) L.argError(i, extramsg);
}

/** luaL_checkany. */
export function checkAny(L: LuaState, args: LuaValue[], i: number): LuaValue {
  if (i > args.length) L.argError(i, "value expected");
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
  if (tonumber(v) !== undefined) return L.argError(i, "number has no integer representation");
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

/** luaL_checkoption: the index of the argument in `options`. */
/** A Lua string as C sees it through a `const char *`: up to its first zero byte. */
export function cString(s: string): string {
  const end = s.indexOf("\0");
  return end < 0 ? s : s.slice(0, end);
}

export function checkOption(
  L: LuaState, args: LuaValue[], i: number, def: string | undefined, options: readonly string[],
): number {
  const name = cString(def !== undefined ? optString(L, args, i, def) : checkString(L, args, i));
  const index = options.indexOf(name);
  if (index < 0) return L.argError(i, `invalid option '${name}'`);
  return index;
}
