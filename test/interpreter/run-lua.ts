// Running Lua source in-process for unit tests: a fresh runtime with the standard libraries.
import { Runtime } from "../../interpreter/eval/runtime";
import { openLibs } from "../../interpreter/lib/index";
import { LuaError } from "../../interpreter/runtime/error";
import type { LuaValue } from "../../interpreter/runtime/value";

/** Runs a Lua chunk on a fresh runtime with the standard libraries; its results. */
export function lua(source: string): LuaValue[] {
  const L = new Runtime();
  openLibs(L);
  return L.call(L.load(source, "=test"), []);
}

/** The value of the error a Lua chunk raises. */
export function luaError(source: string): LuaValue {
  try {
    lua(source);
  } catch (e) {
    if (e instanceof LuaError) return e.value;
    throw e;
  }
  throw new Error("no error raised");
}
