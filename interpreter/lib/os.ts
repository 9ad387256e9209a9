// The os library (manual §6.9) — minimal first version.
import { LuaTable } from "../runtime/table";
import { float } from "../runtime/number";
import { checkString } from "../runtime/lauxlib";
import type { Runtime } from "../eval/runtime";

export function openOs(L: Runtime): LuaTable {
  return L.newLibrary("os", {
    clock: () => [float(process.cpuUsage().user / 1e6)],
    time: () => [Math.floor(Date.now() / 1000)],
    getenv: (L2, args) => [process.env[checkString(L2, args, 1)]],
  });
}
