// luaref as a library: create a runtime, open the standard libraries, load and call Lua code.
export { Runtime } from "./eval/runtime";
export { openLibs, type LibraryOptions } from "./lib/index";
export { LuaError } from "./runtime/error";
export { LuaTable } from "./runtime/table";
export { NativeFunction, type LuaLibrary } from "./runtime/native";
export { LuaFloat, LuaUserdata, type LuaValue } from "./runtime/value";
export { parse } from "../grammar/parse";
export { LuaSyntaxError } from "../grammar/syntax-error";
