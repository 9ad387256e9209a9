// The coroutine library (manual §6.2, lcorolib.c): one registration table; yield and isyieldable
// declare the yieldable forms a coroutine runs in their entries.
import { LuaError } from "../runtime/error";
import { NativeFunction, type LibraryFunction, type LuaLibrary } from "../runtime/native";
import { argError, checkFunction } from "../runtime/lauxlib";
import type { LuaState } from "../runtime/state";
import { Cell, LuaThread, type LuaValue } from "../runtime/value";

function checkCoroutine(L: LuaState, args: LuaValue[], i: number): LuaThread {
  const co = args[i - 1];
  if (co instanceof LuaThread) return co;
  return argError(L, i, "thread expected");
}

/** lcorolib.c's co_funcs[], in its order. */
const functions = {
  create(L, args) {
    return [L.newThread(checkFunction(L, args, 1))];
  },
  resume(L, args) {
    return L.resume(checkCoroutine(L, args, 1), args.slice(1));
  },
  running(L) {
    const { thread, isMain } = L.running();
    return [thread, isMain];
  },
  status(L, args) {
    return [L.status(checkCoroutine(L, args, 1))];
  },
  wrap(L, args) {
    const co = L.newThread(checkFunction(L, args, 1));
    return [new NativeFunction("wrap", (L2, a) => {
      const r = L2.resume(co, a);
      if (r[0] === true) return r.slice(1);
      let err = r[1];
      if (typeof err === "string") err = L2.where(1) + err;
      throw new LuaError(err);
    }, undefined, [new Cell(co)])];
  },
  yield: {
    // outside the generator flavour there is nothing to suspend
    body(L) {
      const message = L.running().isMain ? "attempt to yield from outside a coroutine" : "attempt to yield across a C-call boundary";
      return L.error(message, 0);
    },
    // the one real JS `yield`: resume receives these values, and returns here with its arguments
    *yieldable(L, args) {
      if (L.running().isMain) return L.error("attempt to yield from outside a coroutine", 0);
      return yield args;
    },
  },
  isyieldable: {
    // a native function called in the direct flavour runs where no yield can cross it
    body: () => [false],
    *yieldable(L) {
      return [!L.running().isMain];
    },
  },
} satisfies Record<string, LibraryFunction>;

export const coroutineLib: LuaLibrary = { name: "coroutine", functions };
