// The list of standard libraries (linit.c's loadedlibs[]) and the one way each is opened
// (luaL_requiref): its table made from its registration table, its constants and its own
// luaopen work, stored in package.loaded and the globals. The default profile is the official
// build's, with LUA_COMPAT_5_2; `{ compat: false }` is strict Lua 5.3.
import type { LuaLibrary } from "../runtime/native";
import { setFuncs } from "../runtime/lauxlib";
import type { LuaState } from "../runtime/state";
import { LuaTable } from "../runtime/table";
import { baseLib } from "./base";
import { bit32Lib } from "./bit32";
import { coroutineLib } from "./coroutine";
import { debugLib } from "./debug";
import { ioLib } from "./io/io";
import { mathLib } from "./math";
import { osLib } from "./os";
import { packageLib } from "./package";
import { stringLib } from "./string";
import { tableLib } from "./table";
import { utf8Lib } from "./utf8";

export interface LibraryOptions {
  /** LUA_COMPAT_5_2's extras: bit32, math.pow/ldexp/frexp/cosh/sinh/tanh/log10/atan2, __ipairs. */
  compat: boolean;
}

/** linit.c's loadedlibs[], in its order (bit32 last, as LUA_COMPAT_BITLIB adds it). */
export const LOADED_LIBS: readonly LuaLibrary[] = [
  baseLib, packageLib, coroutineLib, tableLib, ioLib, osLib, stringLib, mathLib, utf8Lib, debugLib, bit32Lib,
];

/** luaL_openlibs: every library of the profile, in order. */
export function openLibs(L: LuaState, options: LibraryOptions = { compat: true }): void {
  L.compat = options.compat;
  const loaded = new LuaTable();
  L.registry.setStr("_LOADED", loaded);
  for (const lib of LOADED_LIBS) {
    if (lib.compatOnly && !options.compat) continue;
    const t = lib.name === "_G" ? L.globals : new LuaTable();
    setFuncs(t, lib.name, lib.functions);
    if (options.compat && lib.compatFunctions !== undefined) setFuncs(t, lib.name, lib.compatFunctions);
    for (const [key, value] of Object.entries(lib.constants ?? {})) t.setStr(key, value);
    lib.open?.(L, t);
    loaded.setStr(lib.name, t);
    if (lib.name !== "_G") L.globals.setStr(lib.name, t);
  }
  // a first collection measures the libraries, the base of collectgarbage("count")
  L.gc("collect", 0);
}
