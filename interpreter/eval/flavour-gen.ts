// The generator flavour of the evaluator: code running inside a coroutine can suspend.
// Files named *.co.ts are written in this flavour; scripts/derive-direct.js derives the
// direct flavour (*.direct.ts) from them by dropping `function*`'s star and `yield*`.
import type { LuaValue } from "../runtime/value";
import type { NativeFunction } from "../runtime/native";
import type { Co, LuaState } from "../runtime/state";
import type { Frame, Proto, GenBody, Completion } from "./frame";

/** A computation that may suspend: yields the values passed to coroutine.yield, resumes with resume's. */
export type { Co };

export const FLAVOUR = "gen";

/** Calls a native function: through its yieldable body when it has one (pcall, yield, ...). */
export function* callNative(L: LuaState, fn: NativeFunction, args: LuaValue[]): Co<LuaValue[]> {
  const genBody = fn.genBody;
  return genBody !== undefined ? yield* genBody(L, args) : fn.body(L, args);
}

/** The compiled body of this flavour, compiling it on first use. */
export function bodyOf(p: Proto, compile: (p: Proto) => GenBody): (f: Frame) => Co<Completion> {
  return p.gen ?? (p.gen = compile(p));
}
