// The direct flavour of the evaluator: plain recursive calls, used outside coroutines and
// wherever a yield must fail ("attempt to yield across a C-call boundary").
import type { LuaValue } from "../runtime/value";
import type { NativeFunction } from "../runtime/native";
import type { LuaState } from "../runtime/state";
import type { Frame, Proto, DirectBody, Completion } from "./frame";

/** In the direct flavour a computation simply returns its value. */
export type Co<T> = T;

export const FLAVOUR = "direct";

export function callNative(L: LuaState, fn: NativeFunction, args: LuaValue[]): LuaValue[] {
  return fn.body(L, args);
}

export function bodyOf(p: Proto, compile: (p: Proto) => DirectBody): (f: Frame) => Completion {
  return p.direct ?? (p.direct = compile(p));
}
