// Scanners for the lexical elements of manual §3.1 that need more than a character class (long
// brackets, strings with escapes, numerals, comments), reading as llex.c does; used by lexer.ts.
import { parseNumeral, NumeralValue } from "./numerals";

/** Payload of a string token: its bytes, and the text llex.c would show in `near '…'`. */
export interface StringPayload {
  value: string;
  /** llex.c's buffer: delimiters plus processed contents (for error messages). */
  raw: string;
}

/** A lexical error found by a matcher; lexer.ts turns offsets into line numbers. */
export interface PendingLexicalError {
  /** Offset of the token that failed. */
  offset: number;
  /** Offset where llex.c stood when it raised the error (decides the line). */
  errorOffset: number;
  /** The message, possibly needing the token's starting line. */
  message: string | ((startLine: number) => string);
  /** The `near` text (quoted), or null for `<eof>`. */
  near: string | null;
}

/** A token read by a matcher: the offset after it, and its payload (value and error text). */
export interface Matched {
  end: number;
  payload: unknown;
}

/** Set by a failing matcher (which then returns null); taken by the lexer. */
let pending: PendingLexicalError | undefined;

/** The error of the matcher that just failed, if any (and forgets it). */
export function takePendingError(): PendingLexicalError | undefined {
  const error = pending;
  pending = undefined;
  return error;
}

function fail(error: PendingLexicalError): null {
  pending = error;
  return null;
}

function matched(end: number, payload: unknown): Matched {
  return { end, payload };
}

// ---------------------------------------------------------------------------------------------
// Character classes (lctype.c, "C" locale)

const CR = 13;
const LF = 10;
const BACKSLASH = 92;

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  const lower = c | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** lisspace: ' ', \t, \n, \v, \f, \r. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** Offset after the line end starting at `i` (inclinenumber: `\r\n` and `\n\r` count once). */
function skipLineEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  return (next === LF || next === CR) && next !== c ? i + 2 : i + 1;
}

// ---------------------------------------------------------------------------------------------
// Long brackets

/** skip_sep: at a `[` or `]`, the level of `[==[` if well formed, else -(level+1). */
function skipSep(text: string, i: number): number {
  const bracket = text.charCodeAt(i);
  let level = 0;
  i++;
  while (text.charCodeAt(i) === 61 /* = */) {
    i++;
    level++;
  }
  return text.charCodeAt(i) === bracket ? level : -level - 1;
}

/** read_long_string: returns the offset after the closing bracket, or -1 when unfinished. */
function longBracketEnd(text: string, open: number, level: number): number {
  const close = "]" + "=".repeat(level) + "]";
  const at = text.indexOf(close, open + level + 2);
  return at < 0 ? -1 : at + close.length;
}

/** Contents of a long bracket: first line end skipped, every line end turned into "\n". */
export function longBracketContents(image: string, level: number): string {
  let start = level + 2;
  const c = image.charCodeAt(start);
  if (c === LF || c === CR) start = skipLineEnd(image, start);
  const body = image.slice(start, image.length - level - 2);
  return body.indexOf("\r") < 0 ? body : body.replace(/\r\n|\n\r|\r|\n/g, "\n");
}

/** The long string at `offset`, a `[` followed by `[` or `=`; null on an error (such as `[=x`). */
export function matchLongString(text: string, offset: number): Matched | null {
  const level = skipSep(text, offset);
  if (level < 0) {
    const delimiter = text.slice(offset, offset - level);
    return fail({ offset, errorOffset: offset - level, message: "invalid long string delimiter", near: `'${delimiter}'` });
  }
  const end = longBracketEnd(text, offset, level);
  if (end < 0) {
    return fail({
      offset,
      errorOffset: text.length,
      message: (line) => `unfinished long string (starting at line ${line})`,
      near: null,
    });
  }
  const value = longBracketContents(text.slice(offset, end), level);
  return matched(end, { value, raw: "[" + "=".repeat(level) + "[" + value + "]" + "=".repeat(level) + "]" });
}

/** The `--` comment at `offset` (long if `--[==[`, otherwise to the end of the line): its end, or -1 on an error. */
export function matchComment(text: string, offset: number): number {
  let i = offset + 2;
  if (text.charCodeAt(i) === 91 /* [ */) {
    const level = skipSep(text, i);
    if (level >= 0) {
      const end = longBracketEnd(text, i, level);
      if (end < 0) {
        fail({
          offset,
          errorOffset: text.length,
          message: (line) => `unfinished long comment (starting at line ${line})`,
          near: null,
        });
        return -1;
      }
      return end;
    }
  }
  for (let c = text.charCodeAt(i); i < text.length && c !== LF && c !== CR; c = text.charCodeAt(++i));
  return i;
}

// ---------------------------------------------------------------------------------------------
// Short strings (read_string)

/** The short string at `offset`, or null on an error. */
export function matchShortString(text: string, offset: number): Matched | null {
  const delimiter = text.charCodeAt(offset);
  // Fast path: no escapes.
  let i = offset + 1;
  let c = text.charCodeAt(i);
  while (i < text.length && c !== delimiter && c !== BACKSLASH && c !== LF && c !== CR) c = text.charCodeAt(++i);
  if (i < text.length && c === delimiter) {
    const image = text.slice(offset, i + 1);
    return matched(i + 1, { value: image.slice(1, -1), raw: image });
  }
  return readEscapedString(text, offset, text.slice(offset, i), i);
}

/**
 * The general case of read_string from offset `i`, with `buffer` holding llex.c's buffer
 * (what `near` shows): escapes already read appear processed, the current one raw.
 */
function readEscapedString(text: string, offset: number, buffer: string, i: number): Matched | null {
  const delimiter = text.charCodeAt(offset);
  // esccheck failed: llex.c saves the current character too, then reports.
  const escapeError = (message: string): null => {
    if (i < text.length) buffer += text[i];
    return fail({ offset, errorOffset: i, message, near: `'${buffer}'` });
  };
  for (;;) {
    if (i >= text.length) return fail({ offset, errorOffset: i, message: "unfinished string", near: null });
    const c = text.charCodeAt(i);
    if (c === delimiter) break;
    if (c === LF || c === CR) return fail({ offset, errorOffset: i, message: "unfinished string", near: `'${buffer}'` });
    if (c !== BACKSLASH) {
      buffer += text[i++];
      continue;
    }
    const escapeStart = buffer.length;
    buffer += "\\";
    i++;
    if (i >= text.length) continue; // unfinished string, reported by the next iteration
    const e = text[i];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      buffer = buffer.slice(0, escapeStart) + simple;
      i++;
    } else if (e === "\n" || e === "\r") {
      buffer = buffer.slice(0, escapeStart) + "\n";
      i = skipLineEnd(text, i);
    } else if (e === "x") {
      // \xXX: exactly two hexadecimal digits
      buffer += "x";
      i++;
      const high = hexValue(text.charCodeAt(i));
      if (high < 0) return escapeError("hexadecimal digit expected");
      buffer += text[i++];
      const low = hexValue(text.charCodeAt(i));
      if (low < 0) return escapeError("hexadecimal digit expected");
      i++;
      buffer = buffer.slice(0, escapeStart) + String.fromCharCode(high * 16 + low);
    } else if (e === "u") {
      // \u{XXX}: a code point up to 10FFFF (the limit of lua5.3 5.3.6), as UTF-8
      buffer += "u";
      i++;
      if (text.charCodeAt(i) !== 123 /* { */) return escapeError("missing '{'");
      buffer += "{";
      i++;
      let codePoint = hexValue(text.charCodeAt(i));
      if (codePoint < 0) return escapeError("hexadecimal digit expected");
      for (;;) {
        buffer += text[i++];
        const digit = hexValue(text.charCodeAt(i));
        if (digit < 0) break;
        codePoint = codePoint * 16 + digit;
        if (codePoint > 0x10ffff) return escapeError("UTF-8 value too large");
      }
      if (text.charCodeAt(i) !== 125 /* } */) return escapeError("missing '}'");
      i++;
      buffer = buffer.slice(0, escapeStart) + utf8Encode(codePoint);
    } else if (e === "z") {
      // \z: skip the following span of white space, line ends included
      buffer = buffer.slice(0, escapeStart);
      i++;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    } else if (isDigit(text.charCodeAt(i))) {
      // \ddd: up to three decimal digits
      let value = 0;
      for (let n = 0; n < 3 && isDigit(text.charCodeAt(i)); n++) {
        value = value * 10 + text.charCodeAt(i) - 48;
        buffer += text[i++];
      }
      if (value > 255) return escapeError("decimal escape too large");
      buffer = buffer.slice(0, escapeStart) + String.fromCharCode(value);
    } else {
      return escapeError("invalid escape sequence");
    }
  }
  buffer += text[i++];
  const payload: StringPayload = { value: buffer.slice(1, -1), raw: buffer };
  return matched(i, payload);
}

const SIMPLE_ESCAPES: Record<string, string | undefined> = {
  a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\", '"': '"', "'": "'",
};

/** luaO_utf8esc: the UTF-8 bytes of a code point, as a byte string. */
export function utf8Encode(codePoint: number): string {
  if (codePoint < 0x80) return String.fromCharCode(codePoint);
  const bytes: number[] = [];
  let firstByteMax = 0x3f; // largest value that fits in the first byte's free bits
  while (codePoint > firstByteMax) {
    bytes.unshift(0x80 | (codePoint & 0x3f));
    codePoint = Math.floor(codePoint / 64);
    firstByteMax >>= 1;
  }
  bytes.unshift(((~firstByteMax << 1) & 0xff) | codePoint);
  return String.fromCharCode(...bytes);
}

// ---------------------------------------------------------------------------------------------
// Numerals (read_numeral)

/** The numeral at `offset` (a digit, or `.` then a digit), or null on an error. */
export function matchNumeral(text: string, offset: number): Matched | null {
  const first = text.charCodeAt(offset);
  let i = offset + 1;
  let exponentMark = 101; // 'e' (compared in lower case)
  if (first === 48 /* 0 */ && (text.charCodeAt(i) | 32) === 120 /* x */) {
    i++;
    exponentMark = 112; // 'p'
  }
  for (;;) {
    let c = text.charCodeAt(i);
    if ((c | 32) === exponentMark) {
      c = text.charCodeAt(++i);
      if (c === 43 || c === 45) c = text.charCodeAt(++i); // optional sign
    }
    if (hexValue(c) >= 0 || c === 46) i++;
    else break;
  }
  const image = text.slice(offset, i);
  const value: NumeralValue | undefined = parseNumeral(image);
  if (value === undefined) return fail({ offset, errorOffset: i, message: "malformed number", near: `'${image}'` });
  return matched(i, value);
}
