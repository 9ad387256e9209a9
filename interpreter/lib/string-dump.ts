// string.dump (manual §6.4): Lua functions only, in luaref's binary chunk format (eval/dump.ts).
import { checkFunction } from "../runtime/lauxlib";
import type { LuaState } from "../runtime/state";
import type { LuaValue } from "../runtime/value";
import { LuaClosure } from "../eval/frame";
import { dump } from "../eval/dump";

export function dumpFunction(L: LuaState, args: LuaValue[]): LuaValue[] {
  const fn = checkFunction(L, args, 1);
  if (!(fn instanceof LuaClosure)) return L.error("unable to dump given function");
  return [dump(fn, args[1] !== undefined && args[1] !== false)];
}
