// The package library and require (manual §6.3, loadlib.c). luaref is a build without C
// modules: loadlib answers as PUC built without dynamic-library support does.
import { NativeFunction, type LibraryFunction, type LuaLibrary, type NativeBody } from "../runtime/native";
import { checkString, optString } from "../runtime/lauxlib";
import type { LuaState } from "../runtime/state";
import { LuaTable } from "../runtime/table";
import { LuaFunction, type LuaValue } from "../runtime/value";

/** Debian's lua5.3 defaults (the reference build). */
const LUA_PATH_DEFAULT =
  "/usr/local/share/lua/5.3/?.lua;/usr/local/share/lua/5.3/?/init.lua;/usr/local/lib/lua/5.3/?.lua;" +
  "/usr/local/lib/lua/5.3/?/init.lua;/usr/share/lua/5.3/?.lua;/usr/share/lua/5.3/?/init.lua;./?.lua;./?/init.lua";
const LUA_CPATH_DEFAULT =
  "/usr/local/lib/lua/5.3/?.so;/usr/lib/x86_64-linux-gnu/lua/5.3/?.so;/usr/lib/lua/5.3/?.so;" +
  "/usr/local/lib/lua/5.3/loadall.so;./?.so";
const DLL_NOT_ENABLED = "dynamic libraries not enabled; check your Lua installation";

/** setpath: LUA_PATH_5_3, then LUA_PATH, with ";;" standing for the default; -E ignores both. */
function pathFromEnv(L: LuaState, envNames: string[], def: string): string {
  if (L.ignoreEnv) return def;
  const value = envNames.map((n) => L.host.getenv(n)).find((v) => v !== undefined);
  if (value === undefined) return def;
  // 5.3's setpath: every ";;" (left to right, not overlapping) becomes ";default;"
  return value.split(";;").join(`;${def};`);
}

/** package.searchpath: the first readable file, or undefined and the "no file" list. */
function searchPath(L: LuaState, name: string, path: string, sep: string, rep: string): { file?: string; tried: string } {
  if (sep !== "") name = name.split(sep).join(rep);
  let tried = "";
  for (const template of path.split(";")) {
    if (template === "") continue;
    const file = template.split("?").join(name);
    if (L.host.isReadable(file)) return { file, tried };
    tried += `\n\tno file '${file}'`;
  }
  return { tried };
}

function findInPath(L: LuaState, pkg: LuaTable, name: string, field: "path" | "cpath"): { file?: string; tried: string } {
  const path = pkg.getStr(field);
  if (typeof path !== "string") return L.error(`'package.${field}' must be a string`);
  return searchPath(L, name, path, ".", "/");
}

function loadError(L: LuaState, name: string, file: string, message: LuaValue): never {
  return L.error(`error loading module '${name}' from file '${file}':\n\t${String(message)}`);
}

/** loadlib.c's pk_funcs[]. */
const functions = {
  loadlib(L, args) {
    checkString(L, args, 1);
    checkString(L, args, 2);
    return [undefined, DLL_NOT_ENABLED, "absent"];
  },
  searchpath(L, args) {
    const name = checkString(L, args, 1);
    const path = checkString(L, args, 2);
    const r = searchPath(L, name, path, optString(L, args, 3, "."), optString(L, args, 4, "/"));
    return r.file !== undefined ? [r.file] : [undefined, r.tried];
  },
} satisfies Record<string, LibraryFunction>;

/**
 * luaopen_package's work besides the functions: the searchers, the paths, package.loaded and
 * package.preload (the registry's tables), and `require` in the global table.
 */
function openPackage(L: LuaState, pkg: LuaTable): void {
  const preload = new LuaTable();
  L.registry.setStr("_PRELOAD", preload);
  const loaded = L.registry.getStr("_LOADED") as LuaTable;
  const searchers: NativeBody[] = [
    function searcherPreload(L2, args) {
      const name = checkString(L2, args, 1);
      const loader = preload.get(name);
      return loader === undefined ? [`\n\tno field package.preload['${name}']`] : [loader];
    },
    function searcherLua(L2, args) {
      const name = checkString(L2, args, 1);
      const { file, tried } = findInPath(L2, pkg, name, "path");
      if (file === undefined) return [tried];
      const loader = L2.loadFile(file, "bt");
      return typeof loader === "string" ? loadError(L2, name, file, loader) : [loader, file];
    },
    function searcherC(L2, args) {
      const name = checkString(L2, args, 1);
      const { file, tried } = findInPath(L2, pkg, name, "cpath");
      return file === undefined ? [tried] : loadError(L2, name, file, DLL_NOT_ENABLED);
    },
    function searcherCroot(L2, args) {
      const name = checkString(L2, args, 1);
      const dot = name.indexOf(".");
      if (dot < 0) return [];
      const { file, tried } = findInPath(L2, pkg, name.slice(0, dot), "cpath");
      return file === undefined ? [tried] : loadError(L2, name, file, DLL_NOT_ENABLED);
    },
  ];
  pkg.setStr("searchers", new LuaTable(searchers.map((body) => new NativeFunction(body.name, body))));
  pkg.setStr("path", pathFromEnv(L, ["LUA_PATH_5_3", "LUA_PATH"], LUA_PATH_DEFAULT));
  pkg.setStr("cpath", pathFromEnv(L, ["LUA_CPATH_5_3", "LUA_CPATH"], LUA_CPATH_DEFAULT));
  pkg.setStr("config", "/\n;\n?\n!\n-\n");
  pkg.setStr("loaded", loaded);
  pkg.setStr("preload", preload);
  L.globals.setStr("require", new NativeFunction("require", (L2, args) => requireModule(L2, pkg, loaded, args)));
}

export const packageLib: LuaLibrary = { name: "package", functions, open: openPackage };

/** ll_require: package.loaded, then each searcher in turn; one result, as 5.3 returns. */
function requireModule(L: LuaState, pkg: LuaTable, loaded: LuaTable, args: LuaValue[]): LuaValue[] {
  const name = checkString(L, args, 1);
  const already = loaded.get(name);
  if (already !== undefined && already !== false) return [already];
  const searchers = pkg.getStr("searchers");
  if (!(searchers instanceof LuaTable)) return L.error("'package.searchers' must be a table");
  let messages = "";
  let loader: LuaValue;
  let extra: LuaValue;
  for (let i = 1; ; i++) {
    const searcher = searchers.getInt(i);
    if (searcher === undefined) return L.error(`module '${name}' not found:${messages}`);
    const r = L.call(searcher, [name]);
    if (r[0] instanceof LuaFunction) {
      [loader, extra] = r;
      break;
    }
    if (typeof r[0] === "string") messages += r[0];
  }
  const value = L.call(loader, [name, extra])[0];
  if (value !== undefined) loaded.set(name, value);
  if (loaded.get(name) === undefined) loaded.set(name, true);
  return [loaded.get(name)];
}
