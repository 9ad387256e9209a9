// The coroutine library (manual §6.2) over eval/coroutine.ts.
import { LuaError } from "../runtime/error";
import { NativeFunction, type NativeBody } from "../runtime/native";
import { checkFunction } from "../runtime/lauxlib";
import type { LuaState } from "../runtime/state";
import { LuaTable } from "../runtime/table";
import { Cell, type LuaValue } from "../runtime/value";
import { Coroutine } from "../eval/coroutine";
import { runtimeOf as rt, type Runtime } from "../eval/runtime";

function checkCoroutine(L: LuaState, args: LuaValue[], i: number): Coroutine {
  const co = args[i - 1];
  if (co instanceof Coroutine) return co;
  return L.argError(i, "thread expected");
}

/** coroutine.yield outside the generator flavour: there is nothing to suspend. */
function yieldFails(L: LuaState): never {
  const message = rt(L).current.isMain ? "attempt to yield from outside a coroutine" : "attempt to yield across a C-call boundary";
  return L.error(message, 0);
}

function* yieldValues(L: LuaState, args: LuaValue[]): Generator<LuaValue[], LuaValue[], LuaValue[]> {
  if (rt(L).current.isMain) return L.error("attempt to yield from outside a coroutine", 0);
  return yield args;
}

const functions: Record<string, NativeBody> = {
  create(L, args) {
    return [new Coroutine(rt(L), checkFunction(L, args, 1))];
  },
  resume(L, args) {
    return checkCoroutine(L, args, 1).resume(args.slice(1));
  },
  running(L) {
    const co = rt(L).current;
    return [co, co.isMain];
  },
  status(L, args) {
    const co = checkCoroutine(L, args, 1);
    return [co === rt(L).current ? "running" : co.status];
  },
  wrap(L, args) {
    const co = new Coroutine(rt(L), checkFunction(L, args, 1));
    return [new NativeFunction("wrap", (L2, a) => {
      const r = co.resume(a);
      if (r[0] === true) return r.slice(1);
      let err = r[1];
      if (typeof err === "string") err = rt(L2).where(rt(L2).frameAt(1)) + err;
      throw new LuaError(err);
    }, undefined, [new Cell(co)])];
  },
};

/** The coroutine library table: yield and isyieldable have a generator body for use inside coroutines. */
export function openCoroutine(L: Runtime): LuaTable {
  const t = L.newLibrary("coroutine", functions);
  t.setStr("yield", new NativeFunction("coroutine.yield", yieldFails, yieldValues));
  t.setStr("isyieldable", new NativeFunction("coroutine.isyieldable", () => [false], function* (L2) {
    return [!rt(L2).current.isMain];
  }));
  return t;
}
