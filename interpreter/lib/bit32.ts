// The bit32 library of Lua 5.2 (5.2 manual §6.7), kept in lua5.3 by LUA_COMPAT_BITLIB.
// Arguments are integers taken modulo 2^32; results are unsigned 32-bit integers.
import { argCheck, checkInt, checkInteger, optInt } from "../runtime/lauxlib";
import type { LuaLibrary, NativeBody } from "../runtime/native";
import type { LuaState } from "../runtime/state";
import type { LuaValue } from "../runtime/value";

const NBITS = 32;

/** luaL_checkunsigned trimmed to 32 bits: argument `i` modulo 2^32, in [0, 2^32). */
function checkUnsigned(L: LuaState, args: LuaValue[], i: number): number {
  const n = checkInteger(L, args, i);
  // `>>> 0` is exact modulo 2^32 for any safe integer
  return typeof n === "number" ? n >>> 0 : Number(BigInt.asUintN(NBITS, n));
}

/** A bitwise operation folding all its arguments, starting from `initial`. */
function fold(initial: number, op: (a: number, b: number) => number): (L: LuaState, args: LuaValue[]) => number {
  return (L, args) => {
    let r = initial;
    for (let i = 1; i <= args.length; i++) r = op(r, checkUnsigned(L, args, i)) >>> 0;
    return r;
  };
}

const andAll = fold(0xffffffff, (a, b) => a & b);
const orAll = fold(0, (a, b) => a | b);
const xorAll = fold(0, (a, b) => a ^ b);

/**
 * b_shift: a logical shift left by `i` (right when negative); 32 or more bits shift everything
 * out, so counts clamped to ±2^53 (checkInt) act as the exact ones.
 */
function shift(r: number, i: number): number {
  if (i < 0) return -i >= NBITS ? 0 : r >>> -i;
  return i >= NBITS ? 0 : (r << i) >>> 0;
}

/** A rotation count modulo 32 (C's `d & 31` on the two's complement), negated for a right rotation. */
function checkRotation(L: LuaState, args: LuaValue[], i: number, right: boolean): number {
  const d = checkInteger(L, args, i);
  if (typeof d === "number") return (right ? -d : d) & (NBITS - 1); // `&` is exact modulo 2^32
  return Number(BigInt.asUintN(5, right ? -d : d));
}

/** b_rot: a left rotation by `i` in [0, 32). */
function rotate(r: number, i: number): number {
  return i === 0 ? r : ((r << i) | (r >>> (NBITS - i))) >>> 0;
}

function arshift(L: LuaState, args: LuaValue[]): LuaValue[] {
  const r = checkUnsigned(L, args, 1);
  const i = checkInt(L, args, 2);
  if (i < 0 || r < 0x80000000) return [shift(r, -i)];
  // a 'negative' number: ones enter from the left
  return [i >= NBITS ? 0xffffffff : (r >> i) >>> 0];
}

/** fieldargs: the field position and width at arguments `farg` and `farg + 1`. */
function fieldArgs(L: LuaState, args: LuaValue[], farg: number): [number, number] {
  const f = checkInt(L, args, farg);
  const w = optInt(L, args, farg + 1, 1);
  argCheck(L, f >= 0, farg, "field cannot be negative");
  argCheck(L, w > 0, farg + 1, "width must be positive");
  if (f + w > NBITS) L.error("trying to access non-existent bits");
  return [f, w];
}

/** A mask of the `w` low bits, 1 <= w <= 32. */
function mask(w: number): number {
  return 0xffffffff >>> (NBITS - w);
}

function extract(L: LuaState, args: LuaValue[]): LuaValue[] {
  const r = checkUnsigned(L, args, 1);
  const [f, w] = fieldArgs(L, args, 2);
  return [((r >>> f) & mask(w)) >>> 0];
}

function replace(L: LuaState, args: LuaValue[]): LuaValue[] {
  const r = checkUnsigned(L, args, 1);
  const v = checkUnsigned(L, args, 2);
  const [f, w] = fieldArgs(L, args, 3);
  const m = mask(w);
  return [((r & ~(m << f)) | ((v & m) << f)) >>> 0];
}

// The count (argument 2) is checked before the value: lua5.3's build evaluates C call arguments
// right to left, and b_rot reads the value only after its caller read the count.
function shiftFn(L: LuaState, args: LuaValue[], right: boolean): LuaValue[] {
  const i = checkInt(L, args, 2);
  return [shift(checkUnsigned(L, args, 1), right ? -i : i)];
}

function rotateFn(L: LuaState, args: LuaValue[], right: boolean): LuaValue[] {
  const i = checkRotation(L, args, 2, right);
  return [rotate(checkUnsigned(L, args, 1), i)];
}

/** lbitlib.c's bitlib[], in its order. */
const functions: Record<string, NativeBody> = {
  arshift,
  band: (L, args) => [andAll(L, args)],
  bnot: (L, args) => [~checkUnsigned(L, args, 1) >>> 0],
  bor: (L, args) => [orAll(L, args)],
  bxor: (L, args) => [xorAll(L, args)],
  btest: (L, args) => [andAll(L, args) !== 0],
  extract,
  lrotate: (L, args) => rotateFn(L, args, false),
  lshift: (L, args) => shiftFn(L, args, false),
  replace,
  rrotate: (L, args) => rotateFn(L, args, true),
  rshift: (L, args) => shiftFn(L, args, true),
};

/** 5.2's lbitlib.c, which lua5.3 keeps with LUA_COMPAT_BITLIB (the LUA_COMPAT_5_2 profile). */
export const bit32Lib: LuaLibrary = { name: "bit32", functions, compatOnly: true };
