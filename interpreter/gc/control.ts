// lua_gc (lapi.c, manual §2.5 and §4.9's collectgarbage options): the collector's tunables and
// what each option does and answers.
import type { GcOption } from "../runtime/state";
import type { Runtime } from "../eval/runtime";

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
 * LUA_GCSTEP: n KB of work (a basic step when 0); a cycle completes, as a full collection, once
 * the steps have covered the heap. True when this step completed one.
 */
function step(L: Runtime, kb: number): boolean {
  L.gcState.stepWork += kb > 0 ? kb : BASIC_STEP_KB;
  if (L.gcState.stepWork * 1024 < L.heapEstimate()) return false;
  L.collectGarbage();
  return true;
}

/** lua_gc: "count" in KB (with the fraction lua_gc gives as LUA_GCCOUNTB), booleans as 1 or 0. */
export function gcControl(L: Runtime, option: GcOption, arg: number): number {
  const gc = L.gcState;
  switch (option) {
    case "stop": gc.running = false; return 0;
    case "restart": gc.running = true; return 0;
    case "collect": L.collectGarbage(); return 0;
    case "count": return L.heapEstimate() / 1024;
    case "step": return step(L, arg) ? 1 : 0;
    case "isrunning": return gc.running ? 1 : 0;
    case "setpause": { const old = gc.pause; gc.pause = arg; return old; }
    case "setstepmul": {
      const old = gc.stepMultiplier;
      gc.stepMultiplier = Math.max(arg, MIN_STEP_MULTIPLIER);
      return old;
    }
  }
}
