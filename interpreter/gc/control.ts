// collectgarbage (manual §6.1, §2.5): the options and the values PUC returns for them.
import type { LuaValue } from "../runtime/value";
import { float } from "../runtime/number";
import type { Runtime } from "../eval/runtime";

export type GcOption = "stop" | "restart" | "collect" | "count" | "step" | "setpause" | "setstepmul" | "isrunning";

/** The collector's tunables and state, as lgc.c keeps them (defaults of luaconf.h). */
export class GcState {
  running = true;
  pause = 200;
  stepMultiplier = 200;
  /** KB of work done by "step" calls since the last completed cycle. */
  stepWork = 0;
}

/** lapi.c refuses ridiculously low step multipliers (and 0). */
const MIN_STEP_MULTIPLIER = 40;

/** The work of one basic step (collectgarbage("step", 0)), in KB. */
const BASIC_STEP_KB = 1;

/**
 * collectgarbage("step", n): n KB of work (a basic step when 0); a cycle completes, as a full
 * collection, once the steps have covered the heap. True when this step completed one.
 */
function step(L: Runtime, kb: number): boolean {
  L.gc.stepWork += kb > 0 ? kb : BASIC_STEP_KB;
  if (L.gc.stepWork * 1024 < L.heapEstimate()) return false;
  L.collectGarbage();
  return true;
}

export function gcOption(L: Runtime, opt: GcOption, arg: number): LuaValue[] {
  const gc = L.gc;
  switch (opt) {
    case "stop": gc.running = false; return [0];
    case "restart": gc.running = true; return [0];
    case "collect": L.collectGarbage(); return [0];
    case "count": return [float(L.heapEstimate() / 1024)];
    case "step": return [step(L, arg)];
    case "isrunning": return [gc.running];
    case "setpause": { const old = gc.pause; gc.pause = arg; return [old]; }
    case "setstepmul": {
      const old = gc.stepMultiplier;
      gc.stepMultiplier = Math.max(arg, MIN_STEP_MULTIPLIER);
      return [old];
    }
  }
}
