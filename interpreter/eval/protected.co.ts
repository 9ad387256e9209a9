// Library calls that can be yielded through (manual §6.1 pcall, xpcall, dofile — lua_callk and
// lua_pcallk in C): written in the generator flavour; protected.direct.ts is derived from it.
import { LuaFunction, type LuaValue } from "../runtime/value";
import { typeError } from "../runtime/lauxlib";
import type { Runtime } from "./runtime";
import type { Co } from "./flavour-gen";
import { call } from "./ops.co";
import { GcMetamethodError } from "../gc/finalizers";
import { LUAI_MAXCCALLS } from "../../grammar/limits";

/** Runs `body` as luaD_call does from a C function: counting a C level. */
export function* callk(L: Runtime, f: LuaValue, args: LuaValue[]): Co<LuaValue[]> {
  if (++L.cCalls >= LUAI_MAXCCALLS) L.cStackOverflow();
  const r = yield* call(L, f, args);
  L.cCalls--;
  return r;
}

export function* pcall(L: Runtime, args: LuaValue[]): Co<LuaValue[]> {
  if (args.length === 0) L.argError(1, "value expected");
  const restore = L.savePoint();
  try {
    const r = yield* callk(L, args[0], args.slice(1));
    return [true, ...r];
  } catch (e) {
    const value = L.errorValue(e);
    restore();
    return [false, value];
  }
}

export function* xpcall(L: Runtime, args: LuaValue[]): Co<LuaValue[]> {
  if (!(args[1] instanceof LuaFunction)) typeError(L, args, 2, "function");
  const handler = args[1];
  const restore = L.savePoint();
  try {
    const r = yield* callk(L, args[0], args.slice(2));
    return [true, ...r];
  } catch (e) {
    const value = L.errorValue(e);
    if (e instanceof GcMetamethodError) {
      // raised past the message handler (LUA_ERRGCMM)
      restore();
      return [false, value];
    }
    // the handler runs where the error happened, before the stack unwinds (for tracebacks)
    let handled: LuaValue;
    try {
      handled = (yield* callk(L, handler, [value]))[0];
    } catch {
      handled = "error in error handling";
    }
    restore();
    return [false, handled];
  }
}
