// The interface library functions see of the interpreter (the role of lua_State in the C API).
import type { LuaTable } from "./table";
import type { LuaValue } from "./value";

export interface LuaState {
  /** The global table `_G`. */
  readonly globals: LuaTable;
  /** The registry (debug.getregistry). */
  readonly registry: LuaTable;
  /** The metatable shared by all strings (set up by the string library). */
  stringMetatable: LuaTable | undefined;

  /** Calls any callable value (function or object with `__call`), not yieldable. */
  call(f: LuaValue, args: LuaValue[]): LuaValue[];

  /**
   * luaL_error: raises `message` prefixed by the position of the Lua code at `level`
   * (1 = the function that called the running native function, the default).
   */
  error(message: string, level?: number): never;
  /** luaL_argerror: `bad argument #arg to 'name' (extramsg)`, with PUC's naming rules. */
  argError(arg: number, extramsg: string): never;

  /** luaL_tolstring: tostring with `__tostring` and `__name`. */
  tostring(v: LuaValue): string;

  // Operations with metamethods (manual §2.4), as lua_gettable/lua_settable/... do them.
  index(o: LuaValue, key: LuaValue): LuaValue;
  setIndex(o: LuaValue, key: LuaValue, value: LuaValue): void;
  /** The length operator `#` (with `__len`); the result may be any value. */
  len(o: LuaValue): LuaValue;
  eq(a: LuaValue, b: LuaValue): boolean;
  lt(a: LuaValue, b: LuaValue): boolean;
  le(a: LuaValue, b: LuaValue): boolean;
  concat(values: LuaValue[]): LuaValue;

  getMetatable(v: LuaValue): LuaTable | undefined;
  /** A metatable field (luaL_getmetafield), undefined when absent. */
  getMetafield(v: LuaValue, event: string): LuaValue;
}
