// The list of standard libraries (linit.c): opens each one into a runtime's globals and
// package.loaded. The default profile is the official build's, with LUA_COMPAT_5_2.
import { NativeFunction, type LuaLibrary } from "../runtime/native";
import { LuaTable } from "../runtime/table";
import type { LuaValue } from "../runtime/value";
import type { Runtime } from "../eval/runtime";
import { baseLib, nextFunction, yieldableFunctions } from "./base";
import { openCoroutine } from "./coroutine";
import { stringLib, createStringMetatable } from "./string";
import { dumpFunction } from "./string-dump";
import { tableLib } from "./table";
import { mathLib, mathConstants } from "./math";
import { utf8Lib, utf8Constants } from "./utf8";
import { bit32Lib } from "./bit32";
import { openIo } from "./io/io";
import { openOs } from "./os";
import { openPackage } from "./package";
import { openDebug } from "./debug";

export interface LibraryOptions {
  /** LUA_COMPAT_5_2's extras: bit32, math.pow/ldexp/frexp/cosh/sinh/tanh/log10, __ipairs. */
  compat: boolean;
}

/** The math functions that exist only with LUA_COMPAT_MATHLIB. */
const COMPAT_MATH = ["cosh", "sinh", "tanh", "pow", "frexp", "ldexp", "log10"];

function withConstants(L: Runtime, lib: LuaLibrary, constants: Record<string, LuaValue>): LuaTable {
  const t = L.newLibrary(lib.name, lib.functions);
  for (const [k, v] of Object.entries(constants)) t.setStr(k, v);
  return t;
}

export function openLibs(L: Runtime, options: LibraryOptions = { compat: true }): void {
  const G = L.globals;
  const loaded = new LuaTable();
  L.registry.setStr("_LOADED", loaded);

  for (const [k, body] of Object.entries(baseLib.functions)) G.setStr(k, new NativeFunction(k, body));
  G.setStr("next", nextFunction);
  for (const [k, fn] of Object.entries(yieldableFunctions())) G.setStr(k, fn);
  G.setStr("_G", G);
  G.setStr("_VERSION", "Lua 5.3");
  loaded.setStr("_G", G);

  const register = (name: string, t: LuaTable) => {
    G.setStr(name, t);
    loaded.setStr(name, t);
  };
  register("package", openPackage(L, loaded));
  register("coroutine", openCoroutine(L));

  const string = L.newLibrary("string", stringLib.functions);
  string.setStr("dump", new NativeFunction("string.dump", dumpFunction));
  L.stringMetatable = createStringMetatable(string);
  register("string", string);

  register("table", L.newLibrary("table", tableLib.functions));
  register("io", openIo(L));
  register("os", openOs(L));

  const math = withConstants(L, mathLib, mathConstants);
  if (!options.compat) for (const name of COMPAT_MATH) math.setStr(name, undefined);
  register("math", math);
  register("utf8", withConstants(L, utf8Lib, utf8Constants));
  if (options.compat) register("bit32", L.newLibrary("bit32", bit32Lib.functions));
  register("debug", openDebug(L));
  L.compat = options.compat;
  // a first collection measures the libraries, the base of collectgarbage("count")
  L.collectGarbage();
}
