// Runs one driver file on lua-wasm-bindings' PUC Lua 5.3.6 wasm build (usage: node lua-wasm-bindings.js <driver.lua> | --version).
import * as fs from "fs";
import { LUA_OK, LuaState } from "lua-wasm-bindings/dist/lua";
import { lauxlib, lua, lualib } from "lua-wasm-bindings/dist/lua.53";

/**
 * The bindings expose no file-system API, and strings cross into wasm as UTF-8 C strings, so a
 * suite file cannot be handed over as is. Instead each file is written into emscripten's
 * in-memory FS by Lua itself, from an ASCII hex literal: byte for byte. Only the top-level files
 * are copied (io.open cannot create directories; libs/ and ltests/ hold C sources only).
 */
function install(L: LuaState, name: string, bytes: Buffer): void {
  const code =
    `local f = assert(io.open(${JSON.stringify(name)}, "wb"))\n` +
    `f:write((string.gsub("${bytes.toString("hex")}", "..", function (h) return string.char(tonumber(h, 16)) end)))\n` +
    `f:close()`;
  if (lauxlib.luaL_dostring(L, code) !== LUA_OK) throw new Error(`cannot install ${name}: ${lua.lua_tostring(L, -1)}`);
}

function main(argv: string[]): number {
  const L = lauxlib.luaL_newstate();
  lualib.luaL_openlibs(L);
  if (argv[0] === "--version") {
    lauxlib.luaL_dostring(L, "return _VERSION");
    process.stdout.write(`lua-wasm-bindings (${lua.lua_tostring(L, -1)} wasm)\n`);
    return 0;
  }
  for (const name of fs.readdirSync(".")) if (fs.statSync(name).isFile()) install(L, name, fs.readFileSync(name));
  const driver = fs.readFileSync(argv[0], "latin1");
  if (/[^\x00-\x7f]/.test(driver)) throw new Error("the driver must be ASCII to cross the UTF-8 boundary");
  const status = lauxlib.luaL_dostring(L, `arg = { [-1] = "lua-wasm-bindings", [0] = "driver" }\n` + driver);
  if (status !== LUA_OK) {
    process.stderr.write(`lua-wasm-bindings: ${lua.lua_tostring(L, -1)}\n`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
