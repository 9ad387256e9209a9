// The UTF-8 library (manual §6.5). Strings are byte strings (one char code per byte); 5.3's
// decoder accepts surrogates and rejects overlong forms and code points above U+10FFFF.
import { argCheck, checkInt, checkInteger, checkString, clampToSafe, optInt } from "../runtime/lauxlib";
import { NativeFunction, type LuaLibrary } from "../runtime/native";
import { tointeger } from "../runtime/number";
import type { LuaState } from "../runtime/state";
import type { LuaValue } from "../runtime/value";

const MAXUNICODE = 0x10ffff;

/** The fields of `utf8` that are not functions. */
export const utf8Constants: Record<string, LuaValue> = {
  charpattern: "[\x00-\x7F\xC2-\xF4][\x80-\xBF]*",
};

/** Byte `i` (0-based) of `s`; past the end it reads as C's terminating '\0'. */
function byteAt(s: string, i: number): number {
  return i < s.length ? s.charCodeAt(i) : 0;
}

function isContinuation(s: string, i: number): boolean {
  return (byteAt(s, i) & 0xc0) === 0x80;
}

/**
 * u_posrelat: a negative position counts back from the end; too negative becomes 0. Positions
 * arrive clamped to ±2^53 (optInt), which changes no outcome: strings are shorter.
 */
function relativePosition(pos: number, len: number): number {
  if (pos >= 0) return pos;
  if (-pos > len) return 0;
  return len + pos + 1;
}

/** The smallest code point each sequence length may encode (anything less is overlong). */
const LIMITS = [0xff, 0x7f, 0x7ff, 0xffff];

/** utf8_decode: the code point starting at byte `i` and the index after it, or undefined. */
function decode(s: string, i: number): { code: number; next: number } | undefined {
  let c = byteAt(s, i);
  if (c < 0x80) return { code: c, next: i + 1 };
  let res = 0;
  let count = 0; // continuation bytes read
  for (; c & 0x40; c <<= 1) {
    const cc = byteAt(s, i + ++count);
    if ((cc & 0xc0) !== 0x80) return undefined;
    res = (res << 6) | (cc & 0x3f);
  }
  if (count > 3) return undefined;
  res |= (c & 0x7f) << (count * 5); // the bits of the first byte
  if (res > MAXUNICODE || res <= LIMITS[count]) return undefined;
  return { code: res, next: i + count + 1 };
}

/** %U of lua_pushfstring: the UTF-8 bytes of a code point. */
function encode(code: number): string {
  if (code < 0x80) return String.fromCharCode(code);
  const bytes: number[] = [];
  let first = 0x3f; // the most bits the first byte can still hold
  while (code > first) {
    bytes.unshift(0x80 | (code & 0x3f));
    code >>>= 6;
    first >>= 1;
  }
  bytes.unshift(((~first << 1) & 0xff) | code);
  return String.fromCharCode(...bytes);
}

function char(L: LuaState, args: LuaValue[]): LuaValue[] {
  let s = "";
  for (let i = 1; i <= args.length; i++) {
    const code = checkInteger(L, args, i);
    argCheck(L, code >= 0 && code <= MAXUNICODE, i, "value out of range");
    s += encode(Number(code));
  }
  return [s];
}

function codepoint(L: LuaState, args: LuaValue[]): LuaValue[] {
  const s = checkString(L, args, 1);
  const posi = relativePosition(optInt(L, args, 2, 1), s.length);
  const pose = relativePosition(optInt(L, args, 3, posi), s.length);
  argCheck(L, posi >= 1, 2, "out of range");
  argCheck(L, pose <= s.length, 3, "out of range");
  const codes: LuaValue[] = [];
  // a sequence starting before pose may extend past it
  for (let i = posi - 1; i < pose;) {
    const d = decode(s, i);
    if (d === undefined) return L.error("invalid UTF-8 code");
    codes.push(d.code);
    i = d.next;
  }
  return codes;
}

function len(L: LuaState, args: LuaValue[]): LuaValue[] {
  const s = checkString(L, args, 1);
  const posi = relativePosition(optInt(L, args, 2, 1), s.length);
  const posj = relativePosition(optInt(L, args, 3, -1), s.length);
  argCheck(L, posi >= 1 && posi - 1 <= s.length, 2, "initial position out of string");
  argCheck(L, posj - 1 < s.length, 3, "final position out of string");
  let n = 0;
  for (let i = posi - 1; i < posj;) { // i is 0-based: the sequences starting in [posi, posj]
    const d = decode(s, i);
    if (d === undefined) return [undefined, i + 1]; // fail, and the position of the bad byte
    i = d.next;
    n++;
  }
  return [n];
}

/** utf8.offset's walk from 0-based byte `posi` over `n` characters; undefined if it runs out. */
function walk(s: string, n: number, posi: number): number | undefined {
  if (n < 0) {
    for (; n < 0 && posi > 0; n++) {
      do posi--; while (posi > 0 && isContinuation(s, posi)); // to the previous character's start
    }
  } else {
    for (n--; n > 0 && posi < s.length; n--) { // the first character is where we are
      do posi++; while (isContinuation(s, posi)); // to the next character's start ('\0' stops it)
    }
  }
  return n === 0 ? posi : undefined;
}

function offset(L: LuaState, args: LuaValue[]): LuaValue[] {
  const s = checkString(L, args, 1);
  const n = checkInt(L, args, 2); // counts beyond 2^53 run out of string all the same
  const start = relativePosition(optInt(L, args, 3, n >= 0 ? 1 : s.length + 1), s.length);
  argCheck(L, start >= 1 && start - 1 <= s.length, 3, "position out of range");
  let posi = start - 1; // 0-based from here on
  if (n === 0) {
    // the start of the character containing byte posi
    while (posi > 0 && isContinuation(s, posi)) posi--;
    return [posi + 1];
  }
  if (isContinuation(s, posi)) return L.error("initial position is a continuation byte");
  const found = walk(s, n, posi);
  return [found === undefined ? undefined : found + 1];
}

/** The iterator of utf8.codes: from the byte position it returned last to the next code. */
function codesStep(L: LuaState, args: LuaValue[]): LuaValue[] {
  const s = checkString(L, args, 1);
  let n = clampToSafe(tointeger(args[1]) ?? 0) - 1; // lua_tointeger: 0 when not a number
  if (n < 0) {
    n = 0; // first iteration
  } else if (n < s.length) {
    n++; // skip the current byte and its continuations
    while (isContinuation(s, n)) n++;
  }
  if (n >= s.length) return []; // no more codes
  const d = decode(s, n);
  if (d === undefined || isContinuation(s, d.next)) return L.error("invalid UTF-8 code");
  return [n + 1, d.code];
}

const codesIterator = new NativeFunction("for iterator", codesStep);

function codes(L: LuaState, args: LuaValue[]): LuaValue[] {
  checkString(L, args, 1);
  return [codesIterator, args[0], 0];
}

export const utf8Lib: LuaLibrary = {
  name: "utf8",
  // lutf8lib.c's funcs[], in its order
  functions: { offset, codepoint, char, len, codes },
  constants: utf8Constants,
};
