// Lua errors (manual §2.3): any Lua value can be raised; LuaError carries it through JS.
import type { LuaValue } from "./value";

/**
 * A raised Lua error. Deliberately not a JS Error: no JS stack trace is captured (pcall-heavy
 * programs stay fast) and none can ever be shown to a Lua program or the user.
 */
export class LuaError {
  /** Filled by the standalone interpreter's message handler (lua.c's msghandler). */
  traceback: string | undefined = undefined;
  constructor(readonly value: LuaValue) {}
}
