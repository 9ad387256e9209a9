// The debug library (manual §6.10) — minimal first version.
import { LuaTable } from "../runtime/table";
import type { Runtime } from "../eval/runtime";

export function openDebug(L: Runtime): LuaTable {
  return L.newLibrary("debug", {
    getregistry: () => [L.registry],
  });
}
