// Numeral conversion (manual §3.1 numerals, §3.4.3), as luaO_str2num: l_str2int, then strtod.

export type NumeralValue = { kind: "Integer"; value: bigint } | { kind: "Float"; value: number };

const HEX_INTEGER = /^0[xX][0-9a-fA-F]+$/;
const HEX_FLOAT = /^0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?(?:[pP]([+-]?[0-9]+))?$/;
const DECIMAL_INTEGER = /^[0-9]+$/;
const DECIMAL_FLOAT = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const MAX_INTEGER = (1n << 63n) - 1n;

/** The value of a numeral as the lexer reads it (no sign, no spaces), or undefined if malformed. */
export function parseNumeral(text: string): NumeralValue | undefined {
  if (isShortDecimalInteger(text)) return { kind: "Integer", value: BigInt(text) }; // the common case, first
  if (HEX_INTEGER.test(text)) {
    // Hexadecimal integers wrap around modulo 2^64.
    return { kind: "Integer", value: BigInt.asIntN(64, BigInt(text)) };
  }
  if (DECIMAL_INTEGER.test(text)) {
    const value = BigInt(text);
    // A decimal integer that overflows is read as a float.
    return value <= MAX_INTEGER ? { kind: "Integer", value } : { kind: "Float", value: Number(text) };
  }
  if (DECIMAL_FLOAT.test(text)) return { kind: "Float", value: Number(text) };
  const hex = HEX_FLOAT.exec(text);
  if (hex === null) return undefined;
  const whole = hex[1];
  const fraction = hex[2] ?? "";
  if (whole.length + fraction.length === 0) return undefined;
  const exponent = Number(hex[3] ?? "0") - 4 * fraction.length;
  return { kind: "Float", value: scaleByPowerOfTwo(BigInt("0x" + whole + fraction), exponent) };
}

/** Up to 18 decimal digits: an integer that cannot overflow. */
function isShortDecimalInteger(text: string): boolean {
  if (text.length === 0 || text.length > 18) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** mantissa * 2^exponent, rounded once to a double (like strtod) except in the subnormal range. */
function scaleByPowerOfTwo(mantissa: bigint, exponent: number): number {
  if (mantissa === 0n) return 0;
  // Keep only the 64 most significant bits (plus a sticky bit) so the conversion stays cheap.
  const extra = mantissa.toString(2).length - 64;
  if (extra > 0) {
    const sticky = mantissa & ((1n << BigInt(extra)) - 1n) ? 1n : 0n;
    mantissa = (mantissa >> BigInt(extra)) | sticky;
    exponent += extra;
  }
  let value = Number(mantissa);
  // Apply the exponent in steps that cannot overflow or underflow prematurely.
  while (exponent > 0) {
    const step = Math.min(exponent, 1000);
    value *= 2 ** step;
    exponent -= step;
  }
  while (exponent < 0) {
    const step = Math.max(exponent, -1000);
    value *= 2 ** step;
    exponent -= step;
  }
  return value;
}
