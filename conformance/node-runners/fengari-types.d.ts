// The part of fengari's (untyped) API the fengari runner uses.
declare module "fengari" {
  export type LuaState = { readonly __brand: "fengari.lua_State" };
  export const FENGARI_VERSION: string;
  export function to_luastring(s: string): Uint8Array;
  export const lua: {
    LUA_OK: number;
    LUA_VERSION: string;
    lua_createtable(L: LuaState, narr: number, nrec: number): void;
    lua_pushstring(L: LuaState, s: Uint8Array): void;
    lua_rawseti(L: LuaState, index: number, i: number): void;
    lua_setglobal(L: LuaState, name: Uint8Array): void;
    lua_pcall(L: LuaState, nargs: number, nresults: number, msgh: number): number;
    lua_tojsstring(L: LuaState, index: number): string | null;
  };
  export const lauxlib: {
    luaL_newstate(): LuaState;
    luaL_loadfile(L: LuaState, filename: Uint8Array): number;
    luaL_tolstring(L: LuaState, index: number): Uint8Array;
  };
  export const lualib: {
    luaL_openlibs(L: LuaState): void;
  };
}
