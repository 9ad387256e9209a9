// file:read's formats (manual §6.8, liolib.c g_read): "n", "l", "L", "a" and byte counts.
import { LuaError } from "../../runtime/error";
import type { CFile } from "../../runtime/host";
import { argError, checkInteger, checkString } from "../../runtime/lauxlib";
import { isNumber, str2number } from "../../runtime/number";
import type { LuaState } from "../../runtime/state";
import type { LuaValue } from "../../runtime/value";
import { failResult } from "../../host/errno";

/** L_MAXLENNUM: the longest numeral read_number accepts. */
const MAX_NUMERAL = 200;

/** One read: its value, and whether it succeeded (a failed read ends the list with nil). */
interface ReadResult {
  value: LuaValue;
  ok: boolean;
}

/** read_number's state (liolib.c's RN): the numeral so far and one look-ahead byte. */
class NumeralReader {
  private text = "";
  private overflow = false;
  private c: number;

  constructor(private readonly f: CFile) {
    do this.c = f.getc(); while (isSpace(this.c));
  }

  /** Accepts the look-ahead byte into the numeral (nextc); false when the numeral is too long. */
  private next(): boolean {
    if (this.text.length >= MAX_NUMERAL) {
      this.overflow = true;
      return false;
    }
    this.text += String.fromCharCode(this.c);
    this.c = this.f.getc();
    return true;
  }

  /** test2: accepts the look-ahead byte when it is one of `set`'s two characters. */
  accept(set: string): boolean {
    return (this.c === set.charCodeAt(0) || this.c === set.charCodeAt(1)) && this.next();
  }

  digits(hex: boolean): number {
    let count = 0;
    while ((hex ? isHexDigit(this.c) : isDigit(this.c)) && this.next()) count++;
    return count;
  }

  /** Puts back the look-ahead byte and returns what was read (empty after an overflow). */
  finish(): string {
    if (this.c >= 0) this.f.ungetc();
    return this.overflow ? "" : this.text;
  }
}

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHexDigit = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** read_number: the longest prefix that looks like a numeral, then lua_stringtonumber on it. */
export function readNumber(f: CFile): ReadResult {
  const rn = new NumeralReader(f);
  let count = 0;
  let hex = false;
  rn.accept("-+");
  if (rn.accept("00")) {
    if (rn.accept("xX")) hex = true;
    else count = 1; // the initial '0' is a digit
  }
  count += rn.digits(hex);
  if (rn.accept("..")) count += rn.digits(hex);
  if (count > 0 && rn.accept(hex ? "pP" : "eE")) {
    rn.accept("-+");
    rn.digits(false);
  }
  const n = str2number(rn.finish());
  return { value: n, ok: n !== undefined };
}

/** read_line: a line without (chop) or with its newline; fails only at end of file. */
function readLine(f: CFile, chop: boolean): ReadResult {
  const { text, newline } = f.readLine();
  return { value: newline && !chop ? text + "\n" : text, ok: newline || text.length > 0 };
}

/** read(0): "" unless at end of file. */
function testEof(f: CFile): ReadResult {
  const c = f.getc();
  if (c >= 0) f.ungetc();
  return { value: "", ok: c >= 0 };
}

function readChars(f: CFile, n: number): ReadResult {
  const s = f.readBytes(n);
  return { value: s, ok: s.length > 0 };
}

/** One format: argument `i` of `args`. */
function readFormat(L: LuaState, f: CFile, args: LuaValue[], i: number): ReadResult {
  if (isNumber(args[i - 1])) {
    const n = checkInteger(L, args, i);
    if (n === 0) return testEof(f);
    // read_chars first prepares a buffer of the whole count, taken as a size_t
    const size = BigInt.asUintN(64, BigInt(n));
    if (size > L.host.allocationLimit()) return L.error("not enough memory for buffer allocation");
    return readChars(f, Number(size));
  }
  let p = checkString(L, args, i);
  if (p.startsWith("*")) p = p.slice(1); // the optional '*' of Lua 5.2
  switch (p[0]) {
    case "n": return readNumber(f);
    case "l": return readLine(f, true);
    case "L": return readLine(f, false);
    case "a": return { value: f.readAll(), ok: true };
    default: return argError(L, i, "invalid format");
  }
}

/**
 * g_read: the formats are args[first-1..]; none means one "l". A system error returns
 * nil, message, errno; a failed format ends the results with nil.
 */
export function gRead(L: LuaState, f: CFile, args: LuaValue[], first: number): LuaValue[] {
  const results: LuaValue[] = [];
  try {
    if (args.length < first) {
      const r = readLine(f, true);
      return [r.ok ? r.value : undefined];
    }
    for (let i = first; i <= args.length; i++) {
      const r = readFormat(L, f, args, i);
      results.push(r.ok ? r.value : undefined);
      if (!r.ok) break;
    }
  } catch (e) {
    if (e instanceof LuaError) throw e;
    return failResult(e);
  }
  return results;
}
