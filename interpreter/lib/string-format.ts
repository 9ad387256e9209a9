// string.format (manual §6.4): C printf conversions plus Lua's `%q`, as lstrlib.c's str_format.
//
// This module scans the format string and checks the arguments; the numeric conversions
// themselves are printf.ts's. `%c`, `%s` and `%q` are done here.
import { argCheck, argError, checkInteger, checkNumber, checkString } from "../runtime/lauxlib";
import { isInteger, isNumber, MININTEGER, toFloat } from "../runtime/number";
import { formatFloat, formatInteger, type FormatSpec } from "../runtime/printf";
import type { LuaState } from "../runtime/state";
import type { LuaValue } from "../runtime/value";
import { isCntrl, isDigit } from "./lua-pattern";

/** The printf flags (L_FMTFLAGS); more than five of them in one item is an error. */
const FLAGS = "-+ #0";
const INTEGER_CONVERSIONS = "diouxX";
const FLOAT_CONVERSIONS = "aAeEfgG";

/** A char in a luaO_pushfstring `%c`: itself when printable, else `<\code>`. */
export function charForMessage(c: string): string {
  const code = c.charCodeAt(0);
  return code >= 0x20 && code < 0x7f ? c : `<\\${code}>`;
}

/** A cursor over the format string. */
class FormatScanner {
  i = 0;
  constructor(readonly L: LuaState, readonly fmt: string) {}

  private digitHere(): boolean {
    return this.i < this.fmt.length && isDigit(this.fmt.charCodeAt(this.i));
  }

  /** At most two digits (scanformat's limit), as a number, or undefined when there are none. */
  private smallNumber(): number | undefined {
    const start = this.i;
    if (this.digitHere()) this.i++;
    if (this.digitHere()) this.i++;
    return this.i > start ? Number(this.fmt.slice(start, this.i)) : undefined;
  }

  /** scanformat: the flags, width and precision of an item; leaves `i` on the conversion char. */
  spec(): FormatSpec {
    const start = this.i;
    while (this.i < this.fmt.length && FLAGS.includes(this.fmt[this.i])) this.i++;
    if (this.i - start > FLAGS.length) this.L.error("invalid format (repeated flags)");
    const flags = this.fmt.slice(start, this.i);
    const width = this.smallNumber();
    let precision: number | undefined;
    if (this.fmt[this.i] === ".") {
      this.i++;
      precision = this.smallNumber() ?? 0; // "%.f" is precision 0, as in C
    }
    if (this.digitHere()) this.L.error("invalid format (width or precision too long)");
    // past the end, the conversion is the C string's terminating '\0'
    return { flags, width, precision, conversion: this.fmt[this.i++] ?? "\0" };
  }
}

/** Pads `text` to the spec's width with spaces (glibc ignores '0' for %c and %s). */
function padToWidth(spec: FormatSpec, text: string): string {
  const width = spec.width ?? 0;
  if (text.length >= width) return text;
  return spec.flags.includes("-") ? text.padEnd(width) : text.padStart(width);
}

/** `%c`: the argument converted as C's (int) then (unsigned char) casts do. */
function formatChar(L: LuaState, args: LuaValue[], arg: number, spec: FormatSpec): string {
  const code = Number(BigInt.asUintN(8, BigInt(checkInteger(L, args, arg))));
  return padToWidth(spec, String.fromCharCode(code));
}

/** `%s`: tostring of the argument, whole when there are no modifiers or it is long. */
function formatString(L: LuaState, args: LuaValue[], arg: number, spec: FormatSpec): string {
  const s = L.tostring(args[arg - 1]);
  const plain = spec.flags === "" && spec.width === undefined && spec.precision === undefined;
  if (plain) return s;
  argCheck(L, !s.includes("\0"), arg, "string contains zeros");
  // no precision and too long to be formatted into the C buffer: kept entire
  if (spec.precision === undefined && s.length >= 100) return s;
  return padToWidth(spec, spec.precision === undefined ? s : s.slice(0, spec.precision));
}

/** addquoted: a string as a Lua literal that reads back to the same bytes. */
export function quoteString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = s.charCodeAt(i);
    if (c === '"' || c === "\\" || c === "\n") {
      out += "\\" + c;
    } else if (isCntrl(code)) {
      // a following digit would be read as part of the escape: use the 3-digit form
      const nextIsDigit = i + 1 < s.length && isDigit(s.charCodeAt(i + 1));
      out += "\\" + (nextIsDigit ? String(code).padStart(3, "0") : String(code));
    } else {
      out += c;
    }
  }
  return out + '"';
}

/** addliteral (`%q`): strings quoted, integers in decimal, floats in hex, nil/booleans by name. */
function formatLiteral(L: LuaState, args: LuaValue[], arg: number): string {
  const v = args[arg - 1];
  if (typeof v === "string") return quoteString(v);
  if (isInteger(v)) {
    // the minimum integer has no decimal literal (its negation overflows): written in hex
    return BigInt(v) === MININTEGER ? "0x8000000000000000" : String(v);
  }
  if (isNumber(v)) {
    return formatFloat({ flags: "", width: undefined, precision: undefined, conversion: "a" }, toFloat(v));
  }
  if (v === undefined || typeof v === "boolean") return L.tostring(v);
  return argError(L, arg, "value has no literal form");
}

/** One conversion item for argument `arg`. */
function formatItem(L: LuaState, args: LuaValue[], arg: number, spec: FormatSpec): string {
  const conv = spec.conversion;
  if (conv === "c") return formatChar(L, args, arg, spec);
  if (INTEGER_CONVERSIONS.includes(conv)) return formatInteger(spec, checkInteger(L, args, arg));
  if (FLOAT_CONVERSIONS.includes(conv)) return formatFloat(spec, checkNumber(L, args, arg));
  if (conv === "q") return formatLiteral(L, args, arg); // 5.3 ignores any modifiers of %q
  if (conv === "s") return formatString(L, args, arg, spec);
  return L.error(`invalid option '%${charForMessage(conv)}' to 'format'`);
}

/** string.format (formatstring, ···) */
export function format(L: LuaState, args: LuaValue[]): LuaValue[] {
  const scanner = new FormatScanner(L, checkString(L, args, 1));
  const fmt = scanner.fmt;
  const out: string[] = [];
  let arg = 1;
  while (scanner.i < fmt.length) {
    const next = fmt.indexOf("%", scanner.i);
    if (next < 0) {
      out.push(fmt.slice(scanner.i));
      break;
    }
    out.push(fmt.slice(scanner.i, next));
    scanner.i = next + 1;
    if (fmt[scanner.i] === "%") {
      out.push("%");
      scanner.i++;
      continue;
    }
    if (++arg > args.length) argError(L, arg, "no value");
    out.push(formatItem(L, args, arg, scanner.spec()));
  }
  return [out.join("")];
}
