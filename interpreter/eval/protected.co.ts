// Calls that can be yielded through (manual §4.7 lua_callk and lua_pcallk, as pcall, xpcall and
// dofile use them): written in the generator flavour; protected.direct.ts is derived from it.
import type { LuaValue } from "../runtime/value";
import type { Protected } from "../runtime/state";
import type { Runtime } from "./runtime";
import type { Co } from "./flavour-gen";
import { call } from "./ops.co";
import { GcMetamethodError } from "../gc/finalizers";
import { LUAI_MAXCCALLS } from "../../grammar/limits";

/** Runs `f` as luaD_call does from a C function: counting a C level. */
export function* callk(L: Runtime, f: LuaValue, args: LuaValue[]): Co<LuaValue[]> {
  if (++L.cCalls >= LUAI_MAXCCALLS) L.cStackOverflow();
  const r = yield* call(L, f, args);
  L.cCalls--;
  return r;
}

/** lua_pcallk without a message handler: the stack is restored to this call's on an error. */
export function* pcall(L: Runtime, f: LuaValue, args: LuaValue[]): Co<Protected> {
  const restore = L.savePoint();
  try {
    return { ok: true, values: yield* callk(L, f, args) };
  } catch (e) {
    const error = L.errorValue(e);
    restore();
    return { ok: false, error };
  }
}

/** lua_pcallk with a message handler, which runs where the error happened, before the stack unwinds. */
export function* xpcall(L: Runtime, f: LuaValue, args: LuaValue[], handler: LuaValue): Co<Protected> {
  const restore = L.savePoint();
  try {
    return { ok: true, values: yield* callk(L, f, args) };
  } catch (e) {
    const value = L.errorValue(e);
    if (e instanceof GcMetamethodError) {
      // raised past the message handler (LUA_ERRGCMM)
      restore();
      return { ok: false, error: value };
    }
    // the handler runs before the stack unwinds, so that it can see where the error happened
    let handled: LuaValue;
    try {
      handled = (yield* callk(L, handler, [value]))[0];
    } catch {
      handled = "error in error handling";
    }
    restore();
    return { ok: false, error: handled };
  }
}
