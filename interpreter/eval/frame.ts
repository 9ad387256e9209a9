// Activation records and closures: the explicit environment frames the evaluator runs on.
import type { FunctionExpr } from "../../grammar/ast";
import { LuaFunction, type Cell, type LuaValue } from "../runtime/value";
import type { Coroutine } from "./coroutine";
import type { Runtime } from "./runtime";
import { temporaries } from "../debug/scope";

/**
 * What the evaluator points at while something that can fail or call out is running: any
 * node with a line. Call nodes also let the callee learn its own name (getinfo's name/namewhat).
 */
export interface PcNode {
  line: number;
  kind: string;
}

/** What the functions of one loaded chunk share. */
export interface ChunkUnit {
  /** The chunk name given to load ("@file", "=stdin", or the source). */
  chunkName: string;
  /** luaO_chunkid of chunkName, the prefix of error positions ("?" when stripped). */
  source: string;
  /** The chunk's source text (kept for string.dump). */
  text: string;
  /** The main function of the chunk. */
  root: FunctionExpr;
  /** Loaded from a dump made with strip: no line numbers nor local names. */
  stripped: boolean;
}

/** A function prototype: one per FunctionExpr per runtime, holding both compiled flavours. */
export class Proto {
  /** Body for direct (main-thread or non-yieldable) execution, compiled on first use. */
  direct: DirectBody | undefined = undefined;
  /** Body for execution inside a coroutine (generator flavour), compiled on first use. */
  gen: GenBody | undefined = undefined;
  /** The last closure made of this prototype, reused while its upvalues are the same (lvm.c's cache). */
  cache: LuaClosure | undefined = undefined;
  /** Slots of a frame: the locals' (fn.frameSize), then the temporaries debug.getlocal can see. */
  readonly slots: number;
  constructor(
    readonly L: Runtime,
    readonly fn: FunctionExpr,
    readonly unit: ChunkUnit,
  ) {
    this.slots = temporaries(fn).end;
  }
}

/** A Lua function value: a prototype plus its upvalue cells. */
export class LuaClosure extends LuaFunction {
  readonly isNative = false;
  constructor(readonly p: Proto, readonly upvals: Cell[]) {
    super();
  }
}

/** One activation of a function (Lua or native), linked to its caller. */
export class Frame {
  /** Local variable slots; captured locals hold a Cell. */
  s: LuaValue[];
  /** The running closure's upvalue cells. */
  up: Cell[] = NO_CELLS;
  /** Extra arguments of a vararg function. */
  va: LuaValue[] = NO_VALUES;
  /** The node being executed when the frame last called out or failed (for lines and names). */
  pc: PcNode | undefined = undefined;
  /** True when this activation replaced its caller through a tail call. */
  tail = false;
  constructor(
    /** The running function (LuaClosure or NativeFunction). */
    readonly fn: LuaFunction,
    readonly prev: Frame | undefined,
    readonly thread: Coroutine,
    size: number,
  ) {
    this.s = size === 0 ? NO_VALUES : new Array<LuaValue>(size);
  }
}

export const NO_VALUES: LuaValue[] = [];
const NO_CELLS: Cell[] = [];

/** `return f(args)` of a Lua function: executed by the caller's call loop once this frame is gone. */
export class TailCall {
  constructor(readonly fn: LuaClosure, readonly args: LuaValue[]) {}
}

/** `break` (a jump to the innermost loop's end). */
export const BREAK = { kind: "Break" } as const;

/** `goto label`: propagates outwards until the block that declares the label. */
export class GotoSignal {
  constructor(readonly label: object) {}
}

/** How a statement completes: normally (undefined), by return (values), tail call, break or goto. */
export type Completion = undefined | LuaValue[] | TailCall | typeof BREAK | GotoSignal;

import type { Co } from "./flavour-gen";
export type DirectBody = (f: Frame) => Completion;
export type GenBody = (f: Frame) => Co<Completion>;
