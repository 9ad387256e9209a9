// C printf conversions as glibc performs them, for string.format (manual §6.4) and tostring (§3.4.3).
//
// Decimal conversions are exact: a double is expanded to its exact decimal value and rounded
// half to even, as glibc does; JS toFixed/toPrecision round ties away from zero instead.

export interface FormatSpec {
  /** Any of "-+ #0". */
  flags: string;
  width: number | undefined;
  precision: number | undefined;
  /** One of "eEfFgGaA" for formatFloat, "diouxX" for formatInteger. */
  conversion: string;
}

// ---------------------------------------------------------------------------------------------
// Floats: %e %E %f %F %g %G %a %A

// A view of a double's bits, as two 32-bit words.
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1; // little-endian: low word first
const HI = 1 - LO;

/** The sign bit of a double, which printf shows even for NaN ("-nan"). */
export function signBit(x: number): boolean {
  f64[0] = x;
  return u32[HI] >>> 31 === 1;
}

export function formatFloat(spec: FormatSpec, n: number): string {
  const conv = spec.conversion.toLowerCase();
  const upper = conv !== spec.conversion;
  const negative = signBit(n);
  const x = Math.abs(n);
  let body: string;
  let prefix = "";
  if (!Number.isFinite(x)) {
    body = Number.isNaN(x) ? "nan" : "inf";
  } else if (conv === "a") {
    prefix = "0x";
    body = hexFloat(x, spec.precision, spec.flags.includes("#"));
  } else {
    body = decimalFloat(conv, x, spec.precision ?? 6, spec.flags.includes("#"));
  }
  if (upper) {
    body = body.toUpperCase();
    prefix = prefix.toUpperCase();
  }
  const sign = negative ? "-" : spec.flags.includes("+") ? "+" : spec.flags.includes(" ") ? " " : "";
  // The 0 flag never applies to inf and nan.
  return pad(spec, sign + prefix, body, Number.isFinite(x) && spec.flags.includes("0"));
}

/** Pads `lead + body` to the field width: with zeros between them, or spaces on either side. */
function pad(spec: FormatSpec, lead: string, body: string, zeroPad: boolean): string {
  const width = spec.width ?? 0;
  const len = lead.length + body.length;
  if (len >= width) return lead + body;
  if (spec.flags.includes("-")) return lead + body + " ".repeat(width - len);
  if (zeroPad) return lead + "0".repeat(width - len) + body;
  return " ".repeat(width - len) + lead + body;
}

/** %e, %f or %g of a finite x >= 0, without sign. */
function decimalFloat(conv: string, x: number, precision: number, alt: boolean): string {
  if (conv === "e") return expNotation(roundSignificant(x, precision + 1), precision, alt);
  if (conv === "f") {
    const exact = exactDecimal(x);
    return fixedNotation(round(exact, exact.exp + 1 + precision), precision, alt);
  }
  // %g: precision P counts significant digits; the exponent X after rounding picks the style.
  const p = precision === 0 ? 1 : precision;
  const r = roundSignificant(x, p);
  const s = p > r.exp && r.exp >= -4 ? fixedNotation(r, p - 1 - r.exp, alt) : expNotation(r, p - 1, alt);
  return alt ? s : stripZeros(s);
}

/** Removes trailing zeros of the fraction (and a bare point), keeping any exponent. */
function stripZeros(s: string): string {
  const e = s.indexOf("e");
  const mantissa = e < 0 ? s : s.slice(0, e);
  if (!mantissa.includes(".")) return s;
  return mantissa.replace(/\.?0+$/, "") + (e < 0 ? "" : s.slice(e));
}

/** A decimal value digits[0].digits[1..] × 10^exp; digits has no trailing zeros ("0" for zero). */
interface Decimal {
  digits: string;
  exp: number;
}

/** The significand (with its hidden bit) and the binary exponent: x = m × 2^e exactly, x >= 0. */
export function decompose(x: number): { m: bigint; e: number } {
  f64[0] = x;
  const hi = u32[HI];
  const biased = (hi >>> 20) & 0x7ff;
  const frac = (BigInt(hi & 0xfffff) << 32n) | BigInt(u32[LO]);
  return biased === 0 ? { m: frac, e: -1074 } : { m: frac | (1n << 52n), e: biased - 1075 };
}

/** The exact decimal expansion of a finite x >= 0. */
function exactDecimal(x: number): Decimal {
  if (x === 0) return { digits: "0", exp: 0 };
  if (Number.isInteger(x)) {
    const s = BigInt(x).toString();
    return { digits: s.replace(/0+$/, ""), exp: s.length - 1 };
  }
  // x = m × 2^e with e < 0, so x = m × 5^-e / 10^-e.
  const { m, e } = decompose(x);
  const s = (m * 5n ** BigInt(-e)).toString();
  return { digits: s.replace(/0+$/, ""), exp: s.length - 1 + e };
}

/**
 * x >= 0 rounded to `keep` significant digits, half to even. Fast path: toExponential rounds
 * correctly except on ties, where it rounds up. A tie needs an exact expansion of keep + 1
 * digits ending in 5; up to 15 digits, that exact expansion is also the shortest one, so
 * the shortest representation reveals every possible tie.
 */
function roundSignificant(x: number, keep: number): Decimal {
  if (keep > 14 || x === 0) return round(exactDecimal(x), keep);
  const shortest = mantissaDigits(x.toExponential());
  if (shortest.length === keep + 1 && shortest.endsWith("5")) return round(exactDecimal(x), keep);
  const s = x.toExponential(keep - 1);
  const e = s.indexOf("e");
  return { digits: mantissaDigits(s), exp: Number(s.slice(e + 1)) };
}

/** The digits of toExponential's mantissa ("1.25e+3" → "125"). */
function mantissaDigits(s: string): string {
  const e = s.indexOf("e");
  return s[0] + s.slice(2, e);
}

/** Rounds to `keep` significant digits (half to even); the result has exactly max(keep, 1) digits. */
function round(d: Decimal, keep: number): Decimal {
  if (d.digits === "0") return { digits: "0".repeat(Math.max(keep, 1)), exp: d.exp };
  if (keep >= d.digits.length) return { digits: d.digits + "0".repeat(keep - d.digits.length), exp: d.exp };
  if (keep < 0) return { digits: "0", exp: 0 }; // below half a unit: rounds to zero
  const kept = d.digits.slice(0, keep);
  const first = d.digits.charCodeAt(keep) - 48; // the first dropped digit
  const more = d.digits.length > keep + 1; // digits has no trailing zeros, so "more" is non-zero
  const lastOdd = keep > 0 && (kept.charCodeAt(keep - 1) & 1) === 1;
  const up = first > 5 || (first === 5 && (more || lastOdd));
  if (keep === 0) return up ? { digits: "1", exp: d.exp + 1 } : { digits: "0", exp: d.exp };
  if (!up) return { digits: kept, exp: d.exp };
  const inc = (BigInt(kept) + 1n).toString();
  // A carry out of all-nines adds a digit: 999 → 1000 becomes 100 with a larger exponent.
  return inc.length > keep ? { digits: inc.slice(0, keep), exp: d.exp + 1 } : { digits: inc, exp: d.exp };
}

/** d.ddd e±XX from a rounded decimal with precision + 1 digits. */
function expNotation(r: Decimal, precision: number, alt: boolean): string {
  const exp = r.exp;
  const point = precision > 0 || alt ? "." : "";
  const e = Math.abs(exp);
  return r.digits[0] + point + r.digits.slice(1) + (exp < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + e;
}

/** ddd.ddd with `precision` fraction digits, from a decimal rounded at 10^-precision. */
function fixedNotation(r: Decimal, precision: number, alt: boolean): string {
  let intPart = "0";
  let fracPart = "";
  if (/[1-9]/.test(r.digits)) {
    if (r.exp >= 0) {
      intPart = r.digits.slice(0, r.exp + 1).padEnd(r.exp + 1, "0");
      fracPart = r.digits.slice(r.exp + 1);
    } else {
      fracPart = "0".repeat(-r.exp - 1) + r.digits;
    }
  }
  // Digits past the precision are zeros left by rounding (a carry shifts them by one).
  fracPart = fracPart.padEnd(precision, "0").slice(0, precision);
  return intPart + (precision > 0 || alt ? "." : "") + fracPart;
}

/** %a of a finite x >= 0, without sign and "0x": glibc style (subnormals as 0x0.…p-1022). */
function hexFloat(x: number, precision: number | undefined, alt: boolean): string {
  const { m, e } = decompose(x);
  const normal = m >= 1n << 52n;
  const exp = x === 0 ? 0 : normal ? e + 52 : -1022;
  // m is lead.frac with 52 fraction bits (13 hex digits); a precision rounds them half to even.
  const digits = precision === undefined ? 13 : Math.min(precision, 13);
  const drop = BigInt(4 * (13 - digits));
  let kept = m >> drop;
  if (drop > 0n) {
    const rest = m - (kept << drop);
    const half = 1n << (drop - 1n);
    if (rest > half || (rest === half && (kept & 1n) === 1n)) kept += 1n;
  }
  const fracBits = BigInt(4 * digits);
  const lead = kept >> fracBits; // 0 or 1, or 2 after a carry (glibc does not renormalise)
  let fracText = digits > 0 ? (kept & ((1n << fracBits) - 1n)).toString(16).padStart(digits, "0") : "";
  fracText = precision === undefined ? fracText.replace(/0+$/, "") : fracText.padEnd(precision, "0");
  const point = fracText !== "" || alt ? "." : "";
  return lead.toString() + point + fracText + "p" + (exp < 0 ? "-" : "+") + Math.abs(exp);
}

// ---------------------------------------------------------------------------------------------
// Integers: %d %i (signed int64) and %o %u %x %X (its bits as unsigned int64)

export function formatInteger(spec: FormatSpec, v: number | bigint): string {
  const conv = spec.conversion;
  const signed = conv === "d" || conv === "i";
  const value = signed ? BigInt(v) : BigInt.asUintN(64, BigInt(v));
  const negative = value < 0n;
  const base = conv === "o" ? 8 : conv === "x" || conv === "X" ? 16 : 10;
  let digits = (negative ? -value : value).toString(base);
  if (conv === "X") digits = digits.toUpperCase();
  const alt = spec.flags.includes("#");
  // An explicit precision is the minimum digit count; precision 0 prints zero as nothing.
  if (spec.precision !== undefined) {
    digits = value === 0n && spec.precision === 0 ? "" : digits.padStart(spec.precision, "0");
  }
  if (alt && conv === "o" && !digits.startsWith("0")) digits = "0" + digits;
  let lead = "";
  if (signed) lead = negative ? "-" : spec.flags.includes("+") ? "+" : spec.flags.includes(" ") ? " " : "";
  else if (alt && base === 16 && value !== 0n) lead = conv === "x" ? "0x" : "0X";
  return pad(spec, lead, digits, spec.precision === undefined && spec.flags.includes("0"));
}
