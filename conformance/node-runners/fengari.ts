// Runs one driver file on fengari (usage: node fengari.js <driver.lua> | --version), like `lua driver.lua`.
import * as fs from "fs";
import { FENGARI_VERSION, lauxlib, lua, lualib, to_luastring } from "fengari";

function main(argv: string[]): number {
  if (argv[0] === "--version") {
    const pkg = JSON.parse(fs.readFileSync(require.resolve("fengari/package.json"), "utf8")) as { version: string };
    process.stdout.write(`fengari ${pkg.version} (${FENGARI_VERSION}, ${lua.LUA_VERSION})\n`);
    return 0;
  }
  const script = argv[0];
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  // arg, as the standalone interpreter builds it: arg[-1] the interpreter, arg[0] the script
  lua.lua_createtable(L, 0, 2);
  lua.lua_pushstring(L, to_luastring("fengari"));
  lua.lua_rawseti(L, -2, -1);
  lua.lua_pushstring(L, to_luastring(script));
  lua.lua_rawseti(L, -2, 0);
  lua.lua_setglobal(L, to_luastring("arg"));
  const status = lauxlib.luaL_loadfile(L, to_luastring(script));
  if (status !== lua.LUA_OK || lua.lua_pcall(L, 0, 0, 0) !== lua.LUA_OK) {
    process.stderr.write(`fengari: ${lua.lua_tojsstring(L, -1) ?? "(error object is not a string)"}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
