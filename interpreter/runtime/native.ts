// Native ("C") functions: library functions written in TypeScript, and the shape of a library
// (lauxlib's luaL_Reg table and what luaopen_* does besides).
import { LuaFunction, type Cell, type LuaValue } from "./value";
import type { Co, LuaState } from "./state";
import type { LuaTable } from "./table";

export type NativeBody = (L: LuaState, args: LuaValue[]) => LuaValue[];
/** A body that may suspend the running coroutine (yield, pcall, ...): see eval/flavour-gen.ts. */
export type NativeGenBody = (L: LuaState, args: LuaValue[]) => Co<LuaValue[]>;

/**
 * A function implemented by the host. `name` is the library-qualified name used in tracebacks
 * when no better name is known (e.g. "string.rep").
 */
export class NativeFunction extends LuaFunction {
  readonly isNative = true;
  constructor(
    readonly name: string,
    readonly body: NativeBody,
    /** The yieldable variant used inside coroutines, for functions that can yield through. */
    readonly genBody?: NativeGenBody,
    /**
     * The Lua values the body keeps, as a C closure's upvalues: the collector marks them and
     * the debug library shows them (named "").
     */
    readonly upvalues: Cell[] = [],
  ) {
    super();
  }
}

/**
 * One entry of a registration table: a body; a body with the yieldable form a coroutine runs
 * (what lua_callk/lua_pcallk continuations are in C); or a native function made once, for the
 * functions whose identity Lua code can see (`pairs({}) == next`).
 */
export type LibraryFunction = NativeBody | { body: NativeBody; yieldable: NativeGenBody } | NativeFunction;

/** A library: its Lua name and one registration table (lbaselib.c's base_funcs[], ...). */
export interface LuaLibrary {
  /** The library's Lua name: its global and its package.loaded key ("_G" for the basic library). */
  readonly name: string;
  /** Every function, keyed by its exact Lua name. */
  readonly functions: Readonly<Record<string, LibraryFunction>>;
  /** The functions that exist only in the LUA_COMPAT_5_2 profile (math.pow, ...). */
  readonly compatFunctions?: Readonly<Record<string, LibraryFunction>>;
  /** The fields that are not functions (math.pi, utf8.charpattern, _VERSION). */
  readonly constants?: Readonly<Record<string, LuaValue>>;
  /** The whole library exists only in the LUA_COMPAT_5_2 profile (bit32). */
  readonly compatOnly?: boolean;
  /** What luaopen_<name> does once the functions are registered (metatables, standard files, ...). */
  open?(L: LuaState, lib: LuaTable): void;
}
