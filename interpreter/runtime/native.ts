// Native ("C") functions: library functions written in TypeScript.
import { LuaFunction, type Cell, type LuaValue } from "./value";
import type { LuaState } from "./state";

export type NativeBody = (L: LuaState, args: LuaValue[]) => LuaValue[];
/** A body that may suspend the running coroutine (yield, pcall, ...): see eval/flavour-gen.ts. */
export type NativeGenBody = (L: LuaState, args: LuaValue[]) => Generator<LuaValue[], LuaValue[], LuaValue[]>;

/**
 * A function implemented by the host. `name` is the library-qualified name used in tracebacks
 * when no better name is known (e.g. "string.rep").
 */
export class NativeFunction extends LuaFunction {
  readonly isNative = true;
  constructor(
    readonly name: string,
    readonly body: NativeBody,
    /** The yieldable variant used inside coroutines, for functions that can yield through. */
    readonly genBody?: NativeGenBody,
    /**
     * The Lua values the body keeps, as a C closure's upvalues: the collector marks them and
     * the debug library shows them (named "").
     */
    readonly upvalues: Cell[] = [],
  ) {
    super();
  }
}

/** A library: its Lua name and its functions, keyed by their exact Lua names (one registration table). */
export interface LuaLibrary {
  name: string;
  functions: Record<string, NativeBody>;
}
