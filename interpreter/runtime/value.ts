// Lua values (manual §2.1): the JS representation of every Lua type.
//
//   nil        undefined
//   boolean    boolean
//   integer    number when it is a safe integer (|n| < 2^53), bigint otherwise (always normalised)
//   float      number when it is NOT a safe integer (fraction, NaN, ±inf, |n| >= 2^53),
//              LuaFloat when its value is a safe integer (1.0, -0.0, 2^52)
//   string     JS string whose char codes are bytes 0..255 ("latin1")
//   table      LuaTable
//   function   LuaFunction (LuaClosure or NativeFunction)
//   userdata   LuaUserdata
//   thread     LuaThread
//
// So `typeof v === "number" && Number.isSafeInteger(v)` is the integer fast path, and no
// number operation allocates unless its result is an integral float or a huge integer.
import type { LuaTable } from "./table";

/** A float whose value is a safe integer (including -0.0): boxed to tell it from an integer. */
export class LuaFloat {
  constructor(readonly n: number) {}
}

/** A mutable box for a captured local variable or an upvalue. */
export class Cell {
  constructor(public v: LuaValue) {}
}

export type LuaValue =
  | undefined
  | boolean
  | number
  | bigint
  | LuaFloat
  | string
  | LuaTable
  | LuaFunction
  | LuaUserdata
  | LuaThread;

/** Base of Lua functions; the two kinds are LuaClosure (interpreter/eval) and NativeFunction. */
export abstract class LuaFunction {
  abstract readonly isNative: boolean;
}

/**
 * A userdata: an opaque host payload. A full userdata has its own metatable and user value; a
 * light one (`light`, a C pointer in PUC, e.g. what debug.upvalueid returns) has neither and
 * shares the metatable of all light userdata.
 */
export class LuaUserdata {
  metatable: LuaTable | undefined = undefined;
  userValue: LuaValue = undefined;
  constructor(public payload: unknown, readonly light = false) {}
}

/** Implemented by the coroutine machinery (interpreter/eval/coroutine.ts). */
export abstract class LuaThread {}

export const LUA_TYPE_NAMES = [
  "nil", "boolean", "number", "string", "table", "function", "userdata", "thread",
] as const;
export type LuaTypeName = (typeof LUA_TYPE_NAMES)[number];

/** The result of Lua's `type(v)`. */
export function type(v: LuaValue): LuaTypeName {
  switch (typeof v) {
    case "undefined": return "nil";
    case "boolean": return "boolean";
    case "number": case "bigint": return "number";
    case "string": return "string";
  }
  if (v instanceof LuaFloat) return "number";
  if (v instanceof LuaFunction) return "function";
  if (v instanceof LuaUserdata) return "userdata";
  if (v instanceof LuaThread) return "thread";
  return "table";
}

/** Lua truthiness: only nil and false are false. */
export function truthy(v: LuaValue): boolean {
  return v !== undefined && v !== false;
}
