// Lua numbers (manual §2.1, §3.4.1–3.4.3): integers and floats over the representation of value.ts.
//
// Integers are 64-bit two's complement: a JS number when safe, a bigint otherwise. Floats are
// doubles: a JS number when not a safe integer, a LuaFloat box when they are (1.0, -0.0).
// Every function here keeps that invariant on its results; none of them throws.
import { decompose, formatFloat, signBit, type FormatSpec } from "./printf";
import { LuaFloat, type LuaValue } from "./value";

export type LuaNumber = number | bigint | LuaFloat;

export const MAXINTEGER = 0x7fffffffffffffffn;
export const MININTEGER = -0x8000000000000000n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;
const TWO63 = 2 ** 63;

// ---------------------------------------------------------------------------------------------
// Subtypes and construction

export function isNumber(v: LuaValue): v is LuaNumber {
  return typeof v === "number" || typeof v === "bigint" || v instanceof LuaFloat;
}

export function isInteger(v: LuaValue): v is number | bigint {
  return typeof v === "number" ? Number.isSafeInteger(v) : typeof v === "bigint";
}

export function isFloat(v: LuaValue): boolean {
  return typeof v === "number" ? !Number.isSafeInteger(v) : v instanceof LuaFloat;
}

/** An integer from any bigint: wrapped to int64, then a JS number when safe. */
export function int(b: bigint): number | bigint {
  const w = BigInt.asIntN(64, b);
  return w >= MIN_SAFE && w <= MAX_SAFE ? Number(w) : w;
}

/** A float from a double: boxed when its value is a safe integer (including -0.0). */
export function float(n: number): number | LuaFloat {
  return Number.isSafeInteger(n) ? new LuaFloat(n) : n;
}

/** The double value of a number; integers convert as C's (double) cast (round to nearest even). */
export function toFloat(v: LuaNumber): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  return v.n;
}

/** An integer as a bigint (for the slow paths). */
function big(i: number | bigint): bigint {
  return typeof i === "bigint" ? i : BigInt(i);
}

// ---------------------------------------------------------------------------------------------
// Conversions (§3.4.3)

/** lua_stringtonumber semantics for any value: numbers as they are, numeric strings converted. */
export function tonumber(v: LuaValue): LuaNumber | undefined {
  if (typeof v === "string") return str2number(v);
  return isNumber(v) ? v : undefined;
}

/** luaV_tointeger in exact mode: integers, integral floats in range, strings converting to either. */
export function tointeger(v: LuaValue): number | bigint | undefined {
  if (typeof v === "number") return Number.isSafeInteger(v) ? v : floatToInteger(v, "exact");
  if (typeof v === "bigint") return v;
  if (v instanceof LuaFloat) return v.n + 0; // `+ 0` turns -0.0 into the integer 0
  if (typeof v === "string") {
    const n = str2number(v);
    return n === undefined ? undefined : tointeger(n);
  }
  return undefined;
}

/** luaV_flttointns: a float to an integer (exactly, or rounding down/up); undefined when out of range. */
export function floatToInteger(n: number, mode: "exact" | "floor" | "ceil"): number | bigint | undefined {
  let f = n;
  if (mode === "floor") f = Math.floor(n);
  else if (mode === "ceil") f = Math.ceil(n);
  else if (!Number.isInteger(n)) return undefined;
  if (!(f >= -TWO63 && f < TWO63)) return undefined; // also rejects NaN
  return Number.isSafeInteger(f) ? f + 0 : BigInt(f);
}

// C isspace in the "C" locale, which is also Lua's lisspace.
const SPACE = "[ \\t\\n\\v\\f\\r]*";
const DEC_INT = new RegExp(`^${SPACE}([-+]?)([0-9]+)${SPACE}$`);
const HEX_INT = new RegExp(`^${SPACE}([-+]?)0[xX]([0-9a-fA-F]+)${SPACE}$`);
const DEC_FLOAT = new RegExp(`^${SPACE}([-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)${SPACE}$`);
const HEX_FLOAT = new RegExp(
  `^${SPACE}([-+]?)0[xX]([0-9a-fA-F]*)(?:\\.([0-9a-fA-F]*))?(?:[pP]([-+]?[0-9]+))?${SPACE}$`,
);

/** luaO_str2num: a Lua numeral (integer first, then float, as strtod reads it); undefined if invalid. */
export function str2number(s: string): LuaNumber | undefined {
  let m = DEC_INT.exec(s);
  if (m) {
    const n = m[1] === "-" ? -BigInt(m[2]) : BigInt(m[2]);
    if (n >= MININTEGER && n <= MAXINTEGER) return int(n);
    return float(Number(m[1] + m[2])); // decimal integers that overflow are read as floats
  }
  m = HEX_INT.exec(s);
  if (m) {
    // Hexadecimal integers wrap around (any number of digits).
    const n = BigInt("0x" + m[2]);
    return int(m[1] === "-" ? -n : n);
  }
  m = DEC_FLOAT.exec(s);
  if (m) return float(Number(m[1]));
  m = HEX_FLOAT.exec(s);
  if (m) return hexFloat(m[1] === "-", m[2], m[3] ?? "", m[4]);
  return undefined;
}

/** strtod on a hexadecimal float: correctly rounded (ties to even), like glibc. */
function hexFloat(negative: boolean, intDigits: string, fracDigits: string, exponent: string | undefined): LuaNumber | undefined {
  if (intDigits === "" && fracDigits === "") return undefined;
  const mantissa = BigInt("0x0" + intDigits + fracDigits);
  // Clamping keeps huge exponents finite while still over/underflowing all mantissas.
  const e = Math.max(-1e5, Math.min(1e5, Number(exponent ?? "0"))) - 4 * fracDigits.length;
  const x = scaleBig(mantissa, e);
  return float(negative ? -x : x);
}

/** The double nearest to m * 2^e (ties to even), for m >= 0. */
function scaleBig(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const bits = m.toString(2).length;
  // Keep 64 bits plus a sticky bit: enough for Number() to round to 53 bits correctly.
  if (bits > 64) {
    const drop = BigInt(bits - 64);
    const sticky = m & ((1n << drop) - 1n) ? 1n : 0n;
    m = (m >> drop) | sticky;
    e += bits - 64;
  }
  const top = Math.min(bits, 64) + e - 1; // binary exponent of the leading bit
  if (top > 1023) return Infinity;
  if (top < -1022) return subnormal(m, e);
  return Number(m) * 2 ** Math.trunc(e / 2) * 2 ** (e - Math.trunc(e / 2));
}

/** m * 2^e rounded to a multiple of 2^-1074 (the subnormal range), ties to even. */
function subnormal(m: bigint, e: number): number {
  const shift = -1074 - e; // bits of m below the subnormal unit
  if (shift <= 0) return Number(m) * 2 ** e; // exact
  if (shift > 66) return 0;
  const s = BigInt(shift);
  let q = m >> s;
  const rest = m - (q << s);
  const half = 1n << (s - 1n);
  if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  return Number(q) * 2 ** -1074;
}

// ---------------------------------------------------------------------------------------------
// tostring (lobject.c tostringbuff)

/** A number as `tostring` shows it: integers in decimal, floats as "%.14g" (plus ".0" if integral-looking). */
export function numberToString(v: LuaNumber): string {
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number" && Number.isSafeInteger(v)) return String(v);
  const x = toFloat(v);
  // A fast path for integral floats of at most 14 digits, which "%.14g" prints exactly.
  if (v instanceof LuaFloat && Math.abs(x) < 1e14 && !Object.is(x, -0)) return String(x) + ".0";
  const s = formatFloat(G14, x);
  return /^[-0-9]*$/.test(s) ? s + ".0" : s;
}

const G14: FormatSpec = { flags: "", width: undefined, precision: 14, conversion: "g" };

// ---------------------------------------------------------------------------------------------
// Arithmetic (§3.4.1): integer operation when both operands are integers, else float.

export function add(a: LuaNumber, b: LuaNumber): LuaNumber {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
      // A sum of safe integers is exact whenever it is itself safe.
      return Number.isSafeInteger(r) ? r : int(BigInt(a) + BigInt(b));
    }
    return float(r);
  }
  if (isInteger(a) && isInteger(b)) return int(big(a) + big(b));
  return float(toFloat(a) + toFloat(b));
}

export function sub(a: LuaNumber, b: LuaNumber): LuaNumber {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
      return Number.isSafeInteger(r) ? r : int(BigInt(a) - BigInt(b));
    }
    return float(r);
  }
  if (isInteger(a) && isInteger(b)) return int(big(a) - big(b));
  return float(toFloat(a) - toFloat(b));
}

export function mul(a: LuaNumber, b: LuaNumber): LuaNumber {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
      // A product below 2^53 is exact; at or above it the double may have lost bits.
      return Number.isSafeInteger(r) ? r + 0 : int(BigInt(a) * BigInt(b)); // `+ 0`: no -0 integers
    }
    return float(r);
  }
  if (isInteger(a) && isInteger(b)) return int(big(a) * big(b));
  return float(toFloat(a) * toFloat(b));
}

/** `/`: always a float division. */
export function div(a: LuaNumber, b: LuaNumber): LuaNumber {
  return float(toFloat(a) / toFloat(b));
}

/** `^`: always a float exponentiation, rounded as glibc's pow (see cPow). */
export function pow(a: LuaNumber, b: LuaNumber): LuaNumber {
  return float(cPow(toFloat(a), toFloat(b)));
}

/**
 * C's pow. V8's Math.pow is one ulp off for about 1 in 10 operands; glibc's pow errs only
 * when the exact result lies within ~0.001 ulp of a midpoint between two doubles. So finite
 * cases are computed exactly (integer exponents) or with ~190 bits of precision, then rounded
 * once: this differs from glibc only in those near-midpoint cases (about 1 in 1000 operands),
 * including exact ties such as 10^23, which glibc rounds up or down depending on operands.
 */
function cPow(x: number, y: number): number {
  if (y === 2) return x * x;
  // C99 special cases where JS differs: pow(1, y) is 1 even for NaN y, pow(-1, ±inf) is 1.
  if (x === 1 || (x === -1 && (y === Infinity || y === -Infinity))) return 1;
  // glibc squares a NaN x, then negates it when x's sign bit is set and y is odd: pow(-nan, 3) is nan.
  if (x !== x && Number.isFinite(y) && y !== 0) return signBit(x) && Math.abs(y % 2) === 1 ? -x : x;
  if (x === 0 || y === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return cResult(Math.pow(x, y), x, y);
  if (y === 0.5) return cResult(Math.sqrt(x), x, y);
  const integral = Number.isInteger(y);
  if (x < 0 && !integral) return DEFAULT_NAN;
  const negative = x < 0 && integral && y % 2 !== 0;
  const r = powPositive(Math.abs(x), y, integral);
  return negative ? -r : r;
}

/** |x|^y for finite x > 0 and finite y != 0, correctly rounded (up to ~2^-180 near midpoints). */
function powPositive(x: number, y: number, integral: boolean): number {
  const estimate = y * Math.log2(x);
  if (estimate > 1100) return Infinity;
  if (estimate < -1200) return 0;
  const { m, e } = decompose(x);
  const zeros = (m & -m).toString(2).length - 1; // x = odd × 2^(e + zeros)
  const odd = m >> BigInt(zeros);
  if (integral && Math.abs(y) * odd.toString(2).length <= 4096) {
    // Exact: x^n = odd^n × 2^(e'·n), or 2^(-e'·n) / odd^n for negative n.
    return exactPow(odd, e + zeros, y);
  }
  // x^y = exp(y · ln x) in fixed point with PREC fraction bits.
  const { m: ym, e: ye } = decompose(Math.abs(y));
  let t = lnFixed(m, e) * ym; // ln x · |y| scaled by 2^(PREC - ye)
  t = ye >= 0 ? t << BigInt(ye) : t >> BigInt(-ye);
  return expFixed(y < 0 ? -t : t);
}

/** (m × 2^e)^y for an integer y != 0, correctly rounded (ties to even). */
function exactPow(m: bigint, e: number, y: number): number {
  const n = Math.abs(y);
  const mn = m ** BigInt(n);
  if (y > 0) return scaleBig(mn, e * n);
  const k = mn.toString(2).length + 66; // a quotient of at least 66 bits, plus a sticky bit
  const q = (1n << BigInt(k)) / mn;
  const sticky = q * mn === 1n << BigInt(k) ? 0n : 1n;
  return scaleBig(q | sticky, -k - e * n);
}

const PREC = 192;
const PRECN = BigInt(PREC);
const ONE = 1n << PRECN;

/** atanh(s) for a fixed-point 0 <= s < 1/2: s + s^3/3 + s^5/5 + … */
function atanhFixed(s: bigint): bigint {
  const s2 = (s * s) >> PRECN;
  let term = s;
  let sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * s2) >> PRECN;
  }
  return sum;
}

const LN2 = 2n * atanhFixed(ONE / 3n); // ln 2 = 2 atanh(1/3)

/** ln(m × 2^e) in fixed point, for m > 0. */
function lnFixed(m: bigint, e: number): bigint {
  const bits = m.toString(2).length;
  // f = m / 2^bits is in [1/2, 1), and ln f = -2 atanh((1 - f) / (1 + f)) with 0 <= s <= 1/3.
  const f = (m << PRECN) >> BigInt(bits);
  const s = ((ONE - f) << PRECN) / (ONE + f);
  return BigInt(e + bits) * LN2 - 2n * atanhFixed(s);
}

/** e^t for a fixed-point t, as the nearest double. */
function expFixed(t: bigint): number {
  // t = k ln 2 + r with |r| <= ln 2 / 2, and e^r by its Taylor series.
  const k = (t + LN2 / 2n) / LN2 - (t + LN2 / 2n < 0n ? 1n : 0n);
  const r = t - k * LN2;
  let term = ONE;
  let sum = 0n;
  for (let n = 1n; term !== 0n; n++) {
    sum += term;
    term = ((term * r) >> PRECN) / n;
  }
  return scaleBig(sum, Number(k) - PREC);
}

/** `%` (luaV_mod / luai_nummod): undefined for an integer modulo by zero. */
export function mod(a: LuaNumber, b: LuaNumber): LuaNumber | undefined {
  if (typeof a === "number" && typeof b === "number" && Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
    if (b === 0) return undefined;
    const m = a % b; // truncated remainder, exact
    // Floor semantics: a non-zero remainder takes the divisor's sign. `+ 0` drops -0.
    return m !== 0 && (m < 0) !== (b < 0) ? m + b : m + 0;
  }
  if (isInteger(a) && isInteger(b)) {
    const y = big(b);
    if (y === 0n) return undefined;
    const m = big(a) % y;
    return int(m !== 0n && (m < 0n) !== (y < 0n) ? m + y : m);
  }
  const x = toFloat(a);
  const y = toFloat(b);
  let m = cResult(x % y, x, y); // fmod
  if (m * y < 0) m += y; // Lua 5.3.6: so 1 % inf == 1.0 but -1 % inf == inf
  return float(m);
}

/**
 * The NaN a C library function returns where JS returns its canonical (positive) NaN: a NaN
 * operand propagates (the first one), and an invalid operation gives x86's default NaN, whose
 * sign bit is set (printed "-nan"). Hardware arithmetic (+ - * /) already behaves so in V8.
 */
function cResult(r: number, x: number, y: number): number {
  if (r === r) return r;
  if (x !== x) return x;
  if (y !== y) return y;
  return DEFAULT_NAN;
}

const DEFAULT_NAN = new Float64Array(new BigUint64Array([0xfff8000000000000n]).buffer)[0];

/** `//` (luaV_div / luai_numidiv): undefined for an integer division by zero. */
export function idiv(a: LuaNumber, b: LuaNumber): LuaNumber | undefined {
  if (typeof a === "number" && typeof b === "number" && Number.isSafeInteger(a) && Number.isSafeInteger(b)) {
    if (b === 0) return undefined;
    const m = a % b;
    // (a - m) is an exact multiple of b, so this quotient is exact, unlike Math.floor(a / b).
    const q = (a - m) / b;
    return m !== 0 && (m < 0) !== (b < 0) ? q - 1 : q + 0;
  }
  if (isInteger(a) && isInteger(b)) {
    const x = big(a);
    const y = big(b);
    if (y === 0n) return undefined;
    const q = x / y; // truncated; mininteger // -1 wraps through int()
    return int(x % y !== 0n && (x < 0n) !== (y < 0n) ? q - 1n : q);
  }
  return float(Math.floor(toFloat(a) / toFloat(b)));
}

/** Unary minus; integers wrap (-mininteger == mininteger). */
export function unm(a: LuaNumber): LuaNumber {
  if (typeof a === "number") return Number.isSafeInteger(a) ? 0 - a : -a; // 0 - 0 is +0
  if (typeof a === "bigint") return int(-a);
  return new LuaFloat(-a.n);
}

// ---------------------------------------------------------------------------------------------
// Bitwise operators (§3.4.2) on integers; the caller converts floats and strings.

/** True when a 32-bit JS bitwise operator gives the int64 result (values sign-extend alike). */
function isInt32(i: number | bigint): i is number {
  return typeof i === "number" && (i | 0) === i;
}

export function band(a: number | bigint, b: number | bigint): number | bigint {
  return isInt32(a) && isInt32(b) ? a & b : int(big(a) & big(b));
}

export function bor(a: number | bigint, b: number | bigint): number | bigint {
  return isInt32(a) && isInt32(b) ? a | b : int(big(a) | big(b));
}

export function bxor(a: number | bigint, b: number | bigint): number | bigint {
  return isInt32(a) && isInt32(b) ? a ^ b : int(big(a) ^ big(b));
}

export function bnot(a: number | bigint): number | bigint {
  return isInt32(a) ? ~a : int(~big(a));
}

/** `<<` (luaV_shiftl): counts of 64 or more give 0; a negative count shifts right. */
export function shl(a: number | bigint, n: number | bigint): number | bigint {
  if (n < 0) return n <= -64 ? 0 : shiftRight(a, -Number(n));
  return n >= 64 ? 0 : shiftLeft(a, Number(n));
}

/** `>>`: a logical shift (zeros enter from the left); a negative count shifts left. */
export function shr(a: number | bigint, n: number | bigint): number | bigint {
  if (n < 0) return n <= -64 ? 0 : shiftLeft(a, -Number(n));
  return n >= 64 ? 0 : shiftRight(a, Number(n));
}

function shiftLeft(a: number | bigint, n: number): number | bigint {
  if (typeof a === "number" && a >= 0) {
    const r = a * 2 ** n;
    if (Number.isSafeInteger(r)) return r;
  }
  return int(big(a) << BigInt(n));
}

function shiftRight(a: number | bigint, n: number): number | bigint {
  if (typeof a === "number" && a >= 0) return Math.floor(a / 2 ** n);
  return int(BigInt.asUintN(64, big(a)) >> BigInt(n));
}

// ---------------------------------------------------------------------------------------------
// Comparisons (lvm.c LTnum/LEnum/luaV_equalobj): exact for every mix of integers and floats.
// JS relational and `==` operators compare a bigint with a number by mathematical value,
// which is exactly what the mixed int/float comparisons need.

function plain(v: LuaNumber): number | bigint {
  return v instanceof LuaFloat ? v.n : v;
}

export function numEq(a: LuaNumber, b: LuaNumber): boolean {
  if (typeof a === "number" && typeof b === "number") return a === b;
  return plain(a) == plain(b); // `==`, not `===`: a bigint equals a number of the same value
}

export function numLt(a: LuaNumber, b: LuaNumber): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return plain(a) < plain(b);
}

export function numLe(a: LuaNumber, b: LuaNumber): boolean {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  return plain(a) <= plain(b);
}
