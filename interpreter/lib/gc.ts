// collectgarbage (manual §6.1, §2.5): the options and the values PUC returns for them.
import type { LuaValue } from "../runtime/value";
import type { Runtime } from "../eval/runtime";

export type GcOption = "stop" | "restart" | "collect" | "count" | "step" | "setpause" | "setstepmul" | "isrunning";

/** The collector's tunables and state, as lgc.c keeps them (defaults of luaconf.h). */
export class GcState {
  running = true;
  pause = 200;
  stepMultiplier = 100;
}

/** Live memory in KB: the JS heap in use, the closest measure of what Lua objects occupy. */
function countKb(): number {
  return process.memoryUsage().heapUsed / 1024;
}

export function gcOption(L: Runtime, opt: GcOption, arg: number): LuaValue[] {
  const gc = L.gc;
  switch (opt) {
    case "stop": gc.running = false; return [0];
    case "restart": gc.running = true; return [0];
    case "collect": global.gc?.(); return [0];
    case "count": return [countKb()];
    case "step": global.gc?.(); return [true];
    case "isrunning": return [gc.running];
    case "setpause": { const old = gc.pause; gc.pause = arg; return [old]; }
    case "setstepmul": { const old = gc.stepMultiplier; gc.stepMultiplier = arg; return [old]; }
  }
}
