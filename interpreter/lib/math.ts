// The mathematical library (manual §6.7), with the functions LUA_COMPAT_MATHLIB keeps in lua5.3.
import {
  argCheck, argError, checkAny, checkInteger, checkNumber, optNumber,
} from "../runtime/lauxlib";
import type { LuaLibrary, NativeBody } from "../runtime/native";
import {
  MAXINTEGER, MININTEGER, float, floatToInteger, int, isInteger, isNumber, pow, tointeger,
} from "../runtime/number";
import type { LuaState } from "../runtime/state";
import type { LuaValue } from "../runtime/value";
import * as libm from "./math-libm";

/** The fields of `math` that are not functions. */
export const mathConstants: Record<string, LuaValue> = {
  pi: Math.PI,
  huge: Infinity,
  maxinteger: MAXINTEGER,
  mininteger: MININTEGER,
};

/** pushnumint: an integral double as an integer when it fits in one, else as a float. */
function numberOrInteger(d: number): LuaValue {
  return floatToInteger(d, "exact") ?? float(d);
}

/** A function of one float returning one float (math.sin and its kin). */
function floatFunction(f: (x: number) => number): NativeBody {
  return (L, args) => [float(f(checkNumber(L, args, 1)))];
}

/** An int64 as a bigint, for the comparisons that need exact 64-bit arithmetic. */
function big(i: number | bigint): bigint {
  return typeof i === "bigint" ? i : BigInt(i);
}

function abs(L: LuaState, args: LuaValue[]): LuaValue[] {
  const v = args[0];
  if (typeof v === "number" && Number.isSafeInteger(v)) return [Math.abs(v)];
  if (typeof v === "bigint") return [v < 0n ? int(-v) : v]; // abs(mininteger) wraps to itself
  return [float(Math.abs(checkNumber(L, args, 1)))];
}

function floor(L: LuaState, args: LuaValue[]): LuaValue[] {
  if (isInteger(args[0])) return [args[0]]; // an integer is its own floor
  return [numberOrInteger(Math.floor(checkNumber(L, args, 1)))];
}

function ceil(L: LuaState, args: LuaValue[]): LuaValue[] {
  if (isInteger(args[0])) return [args[0]];
  return [numberOrInteger(Math.ceil(checkNumber(L, args, 1)))];
}

function fmod(L: LuaState, args: LuaValue[]): LuaValue[] {
  const [a, b] = args;
  if (isInteger(a) && isInteger(b)) {
    if (b === 0) argError(L, 2, "zero");
    if (b === -1) return [0]; // avoids the overflow of mininteger % -1
    // C's % truncates toward zero, like JS's on numbers and on bigints
    if (typeof a === "number" && typeof b === "number") return [a % b];
    return [int(big(a) % big(b))];
  }
  // JS's % on doubles is exactly C's fmod
  return [float(checkNumber(L, args, 1) % checkNumber(L, args, 2))];
}

function modf(L: LuaState, args: LuaValue[]): LuaValue[] {
  if (isInteger(args[0])) return [args[0], float(0)];
  const n = checkNumber(L, args, 1);
  const ip = n < 0 ? Math.ceil(n) : Math.floor(n); // rounds toward zero
  // the test keeps the fraction of ±inf at 0.0
  return [numberOrInteger(ip), float(n === ip ? 0 : n - ip)];
}

function tointegerFn(L: LuaState, args: LuaValue[]): LuaValue[] {
  const n = tointeger(args[0]); // lua_tointegerx: numeric strings convert too
  if (n !== undefined) return [n];
  checkAny(L, args, 1);
  return [undefined];
}

function ult(L: LuaState, args: LuaValue[]): LuaValue[] {
  const a = BigInt.asUintN(64, big(checkInteger(L, args, 1)));
  const b = BigInt.asUintN(64, big(checkInteger(L, args, 2)));
  return [a < b];
}

function log(L: LuaState, args: LuaValue[]): LuaValue[] {
  const x = checkNumber(L, args, 1);
  if (args[1] === undefined) return [float(libm.log(x))];
  const base = checkNumber(L, args, 2);
  if (base === 2) return [float(libm.log2(x))];
  if (base === 10) return [float(libm.log10(x))];
  return [float(libm.log(x) / libm.log(base))];
}

function atan(L: LuaState, args: LuaValue[]): LuaValue[] {
  const y = checkNumber(L, args, 1);
  const x = optNumber(L, args, 2, 1);
  return [float(libm.atan2(y, x))];
}

/** math.min and math.max: the first argument that no later one beats, compared with `<`. */
function extremum(beats: (L: LuaState, candidate: LuaValue, best: LuaValue) => boolean): NativeBody {
  return (L, args) => {
    argCheck(L, args.length >= 1, 1, "value expected");
    let best = args[0];
    for (let i = 1; i < args.length; i++) {
      if (beats(L, args[i], best)) best = args[i];
    }
    return [best];
  };
}

function typeFn(L: LuaState, args: LuaValue[]): LuaValue[] {
  const v = args[0];
  if (isNumber(v)) return [isInteger(v) ? "integer" : "float"];
  checkAny(L, args, 1);
  return [undefined];
}

// --- the 5.2 functions kept by LUA_COMPAT_MATHLIB ------------------------------------------

/** C's ldexp (musl's scalbn): x * 2^n with one final rounding, even into the subnormals. */
export function ldexp(x: number, n: number): number {
  let y = x;
  if (n > 1023) {
    y *= 2 ** 1023;
    n -= 1023;
    if (n > 1023) {
      y *= 2 ** 1023;
      n -= 1023;
      if (n > 1023) n = 1023;
    }
  } else if (n < -1022) {
    // the final n stays below -53 so that a subnormal result is rounded once
    y *= 2 ** -1022 * 2 ** 53;
    n += 1022 - 53;
    if (n < -1022) {
      y *= 2 ** -1022 * 2 ** 53;
      n += 1022 - 53;
      if (n < -1022) n = -1022;
    }
  }
  return y * 2 ** n;
}

/** C's frexp: [m, e] with x = m * 2^e and 0.5 <= |m| < 1; zero, inf and NaN give [x, 0]. */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = Math.floor(Math.log2(Math.abs(x))) + 1; // may be off by one near powers of 2
  let m = ldexp(x, -e);
  while (Math.abs(m) >= 1) { m /= 2; e++; }
  while (Math.abs(m) < 0.5) { m *= 2; e--; }
  return [m, e];
}

/** C's (int) cast of a lua_Integer: its low 32 bits, signed. */
function toCInt(i: number | bigint): number {
  return typeof i === "number" ? i | 0 : Number(BigInt.asIntN(32, i)); // `| 0` is exact modulo 2^32
}

function ldexpFn(L: LuaState, args: LuaValue[]): LuaValue[] {
  const x = checkNumber(L, args, 1);
  return [float(ldexp(x, toCInt(checkInteger(L, args, 2))))];
}

function frexpFn(L: LuaState, args: LuaValue[]): LuaValue[] {
  const [m, e] = frexp(checkNumber(L, args, 1));
  return [float(m), e];
}

// --- pseudo-random numbers -------------------------------------------------------------------

/**
 * glibc's random()/srandom() (TYPE_3: the additive feedback generator r[i] = r[i-3] + r[i-31]),
 * which lua5.3 on Linux uses for math.random: the same seed gives the same sequence.
 */
export class GlibcRandom {
  private readonly state = new Int32Array(31);
  private front = 3; // fptr: rand_sep positions ahead of rear
  private rear = 0; // rptr

  /** An unseeded generator behaves as after srandom(1), as glibc's static table does. */
  constructor(seed = 1) {
    this.seed(seed);
  }

  /** srandom: `seed` is a C unsigned int. */
  seed(seed: number): void {
    const r = this.state;
    let word = seed === 0 ? 1 : seed | 0; // int32_t word = seed
    r[0] = word;
    for (let i = 1; i < 31; i++) {
      // word = 16807 * word % 2147483647, computed without overflowing 31 bits (Schrage)
      const hi = Math.trunc(word / 127773);
      const lo = word % 127773;
      word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      r[i] = word;
    }
    this.front = 3;
    this.rear = 0;
    for (let i = 0; i < 310; i++) this.next();
  }

  /** random(): a number in [0, 2^31). */
  next(): number {
    const r = this.state;
    r[this.front] = (r[this.front] + r[this.rear]) | 0; // Int32Array stores it modulo 2^32
    const result = (r[this.front] >>> 0) >>> 1; // the least random bit is dropped
    this.front = (this.front + 1) % 31;
    this.rear = (this.rear + 1) % 31;
    return result;
  }
}

/** RAND_MAX + 1.0 */
const RAND_RANGE = 2147483648;

/** Each state has its own generator (in C it is process-wide; lua5.3 never seeds it at start). */
const generators = new WeakMap<LuaState, GlibcRandom>();

function generatorOf(L: LuaState): GlibcRandom {
  let g = generators.get(L);
  if (g === undefined) {
    g = new GlibcRandom();
    generators.set(L, g);
  }
  return g;
}

function random(L: LuaState, args: LuaValue[]): LuaValue[] {
  // drawn before the arguments are checked, as lmathlib.c does
  const r = generatorOf(L).next() / RAND_RANGE;
  let low: number | bigint;
  let up: number | bigint;
  switch (args.length) {
    case 0: return [float(r)];
    case 1: low = 1; up = checkInteger(L, args, 1); break;
    case 2: low = checkInteger(L, args, 1); up = checkInteger(L, args, 2); break;
    default: return L.error("wrong number of arguments");
  }
  argCheck(L, low <= up, 1, "interval is empty");
  argCheck(L, low >= 0 || big(up) <= MAXINTEGER + big(low), 1, "interval too large");
  if (typeof low === "number" && typeof up === "number" && Number.isSafeInteger(up - low + 1)) {
    return [Math.floor(r * (up - low + 1)) + low];
  }
  // (double)(up - low) rounds to nearest, as Number(bigint) does; r * it stays below 2^63
  const scaled = r * (Number(big(up) - big(low)) + 1);
  return [int(BigInt(Math.trunc(scaled)) + big(low))];
}

function randomseed(L: LuaState, args: LuaValue[]): LuaValue[] {
  const x = checkNumber(L, args, 1);
  // (unsigned int)(lua_Integer)x: out-of-range doubles and NaN convert to mininteger on x86-64,
  // whose low 32 bits are 0; `>>> 0` keeps the low 32 bits of any other integral double
  const seed = x >= -(2 ** 63) && x < 2 ** 63 ? Math.trunc(x) >>> 0 : 0;
  const g = generatorOf(L);
  g.seed(seed);
  g.next(); // discard the first value to avoid undesirable correlations
  return [];
}

export const mathLib: LuaLibrary = {
  name: "math",
  // lmathlib.c's mathlib[], in its order
  functions: {
    abs,
    acos: floatFunction(libm.acos),
    asin: floatFunction(libm.asin),
    atan,
    ceil,
    cos: floatFunction(libm.cos),
    deg: floatFunction((x) => x * (180 / Math.PI)),
    exp: floatFunction(libm.exp),
    tointeger: tointegerFn,
    floor,
    fmod,
    ult,
    log,
    max: extremum((L, candidate, best) => L.lt(best, candidate)),
    min: extremum((L, candidate, best) => L.lt(candidate, best)),
    modf,
    rad: floatFunction((x) => x * (Math.PI / 180)),
    random,
    randomseed,
    sin: floatFunction(libm.sin),
    sqrt: floatFunction(Math.sqrt),
    tan: floatFunction(libm.tan),
    type: typeFn,
  },
  // LUA_COMPAT_MATHLIB
  compatFunctions: {
    atan2: atan,
    cosh: floatFunction(libm.cosh),
    sinh: floatFunction(libm.sinh),
    tanh: floatFunction(Math.tanh),
    pow: (L, args) => [pow(checkNumber(L, args, 1), checkNumber(L, args, 2))],
    frexp: frexpFn,
    ldexp: ldexpFn,
    log10: floatFunction(libm.log10),
  },
  constants: mathConstants,
};
