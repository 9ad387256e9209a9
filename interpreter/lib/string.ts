// The string library (manual §6.4): one registration table, as lstrlib.c's `strlib`.
//
// Strings are byte strings (one char code 0..255 per byte); case conversions and character
// classes follow the C locale. string.dump gives luaref's binary chunks (eval/dump.ts).
import { LuaError } from "../runtime/error";
import {
  argCheck, argError, checkFunction, checkInt, checkInteger, checkString, optInt, optString,
} from "../runtime/lauxlib";
import { NativeFunction, type LuaLibrary } from "../runtime/native";
import { isNumber, numberToString } from "../runtime/number";
import type { LuaState } from "../runtime/state";
import { LuaTable } from "../runtime/table";
import { Cell, LuaFunction, LuaUserdata, truthy, type, type LuaValue } from "../runtime/value";
import { getCapture, getCaptures, match, MatchState, noSpecials } from "./lua-pattern";
import { format } from "./string-format";
import { pack, packsize, posrelat, unpack } from "./string-pack";
import { LUAI_MAXSTACK, MAXSIZE } from "../../grammar/limits";


// --- basic functions ------------------------------------------------------------------------------

/** string.len (s) */
function len(L: LuaState, args: LuaValue[]): LuaValue[] {
  return [checkString(L, args, 1).length];
}

/** string.sub (s, i [, j]) */
function sub(L: LuaState, args: LuaValue[]): LuaValue[] {
  const s = checkString(L, args, 1);
  const start = Math.max(posrelat(checkInt(L, args, 2), s.length), 1);
  const end = Math.min(posrelat(optInt(L, args, 3, -1), s.length), s.length);
  return [start <= end ? s.slice(start - 1, end) : ""];
}

/** string.reverse (s) */
function reverse(L: LuaState, args: LuaValue[]): LuaValue[] {
  return [checkString(L, args, 1).split("").reverse().join("")];
}

/** Maps every byte of `s` through `f` (a C-locale case conversion). */
function mapBytes(s: string, f: (c: number) => number): string {
  const codes = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = f(s.charCodeAt(i));
  // chunks keep String.fromCharCode's argument list small
  let out = "";
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

/** string.lower (s): only 'A'..'Z' change in the C locale. */
function lower(L: LuaState, args: LuaValue[]): LuaValue[] {
  return [mapBytes(checkString(L, args, 1), (c) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c))];
}

/** string.upper (s): only 'a'..'z' change in the C locale. */
function upper(L: LuaState, args: LuaValue[]): LuaValue[] {
  return [mapBytes(checkString(L, args, 1), (c) => (c >= 0x61 && c <= 0x7a ? c - 0x20 : c))];
}

/** string.rep (s, n [, sep]) */
function rep(L: LuaState, args: LuaValue[]): LuaValue[] {
  const s = checkString(L, args, 1);
  const n = checkInt(L, args, 2);
  const sep = optString(L, args, 3, "");
  if (n <= 0) return [""];
  const unit = s.length + sep.length;
  if (unit > Math.floor(MAXSIZE / n)) L.error("resulting string too large");
  if (unit === 0) return [""];
  try {
    return [sep === "" ? s.repeat(n) : (s + sep).repeat(n - 1) + s];
  } catch (e) {
    // beyond the host's string length limit, which is below PUC's
    if (e instanceof RangeError) throw new LuaError("not enough memory");
    throw e;
  }
}

/** string.byte (s [, i [, j]]) */
function byte(L: LuaState, args: LuaValue[]): LuaValue[] {
  const s = checkString(L, args, 1);
  const first = posrelat(optInt(L, args, 2, 1), s.length);
  // j defaults to i as given, before i is clamped: byte(s, 0) is empty
  const pose = Math.min(posrelat(optInt(L, args, 3, first), s.length), s.length);
  const posi = Math.max(first, 1);
  // luaL_checkstack: more results than a Lua stack can hold
  if (pose - posi >= LUAI_MAXSTACK) L.error("stack overflow (string slice too long)");
  const results: LuaValue[] = [];
  for (let i = posi; i <= pose; i++) results.push(s.charCodeAt(i - 1));
  return results;
}

/** string.char (···) */
function char(L: LuaState, args: LuaValue[]): LuaValue[] {
  const codes: number[] = [];
  for (let i = 1; i <= args.length; i++) {
    const c = checkInteger(L, args, i);
    argCheck(L, c >= 0 && c <= 255, i, "value out of range");
    codes.push(Number(c));
  }
  return [String.fromCharCode(...codes)];
}

/** string.dump (function [, strip]): Lua functions only. */
function dump(L: LuaState, args: LuaValue[]): LuaValue[] {
  const chunk = L.dump(checkFunction(L, args, 1), args[1] !== undefined && args[1] !== false);
  return chunk === undefined ? L.error("unable to dump given function") : [chunk];
}

// --- pattern matching -----------------------------------------------------------------------------

/** str_find_aux: string.find when `find`, else string.match. */
function findAux(L: LuaState, args: LuaValue[], find: boolean): LuaValue[] {
  const s = checkString(L, args, 1);
  let p = checkString(L, args, 2);
  const init = Math.max(posrelat(optInt(L, args, 3, 1), s.length), 1);
  if (init > s.length + 1) return [undefined]; // starts after the string's end: nothing to find
  if (find && (truthy(args[3]) || noSpecials(p))) {
    const at = s.indexOf(p, init - 1);
    return at < 0 ? [undefined] : [at + 1, at + p.length];
  }
  const anchor = p[0] === "^";
  if (anchor) p = p.slice(1);
  const ms = new MatchState(L, s, p);
  for (let s1 = init - 1; ; s1++) {
    ms.reprep();
    const e = match(ms, s1, 0);
    if (e >= 0) return find ? [s1 + 1, e, ...getCaptures(ms, s1, e, false)] : getCaptures(ms, s1, e, true);
    if (s1 >= s.length || anchor) return [undefined];
  }
}

/** string.find (s, pattern [, init [, plain]]) */
function find(L: LuaState, args: LuaValue[]): LuaValue[] {
  return findAux(L, args, true);
}

/** string.match (s, pattern [, init]) */
function matchFn(L: LuaState, args: LuaValue[]): LuaValue[] {
  return findAux(L, args, false);
}

/** string.gmatch (s, pattern): '^' has no special meaning here (it would stop the iteration). */
function gmatch(L: LuaState, args: LuaValue[]): LuaValue[] {
  const s = checkString(L, args, 1);
  const p = checkString(L, args, 2);
  const ms = new MatchState(L, s, p);
  let src = 0;
  let lastMatch = -1; // the end of the previous match: an empty match there is skipped
  const iterator = new NativeFunction("gmatch iterator", () => {
    for (; src <= s.length; src++) {
      ms.reprep();
      const e = match(ms, src, 0);
      if (e >= 0 && e !== lastMatch) {
        const start = src;
        src = lastMatch = e;
        return getCaptures(ms, start, e, true);
      }
    }
    return []; // no results at all, as gmatch_aux returns 0
  }, undefined, [new Cell(s), new Cell(p), new Cell(new LuaUserdata(ms))]);
  return [iterator];
}

/** add_s: a replacement string with `%0`..`%9` and `%%` expanded. */
function expandReplacement(ms: MatchState, repl: string, s: number, e: number): string {
  let out = "";
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c !== "%") {
      out += c;
      continue;
    }
    const d = repl[++i] ?? "\0"; // a final '%' meets the C string's terminator
    if (d === "%") out += d;
    else if (d < "0" || d > "9") ms.L.error("invalid use of '%' in replacement string");
    else if (d === "0") out += ms.src.slice(s, e);
    else out += String(getCapture(ms, d.charCodeAt(0) - 0x31, s, e)); // a position capture is a number
  }
  return out;
}

/** add_value: the replacement text for the match s .. e. */
function replacement(ms: MatchState, repl: LuaValue, s: number, e: number): string {
  const L = ms.L;
  let value: LuaValue;
  if (repl instanceof LuaFunction) value = L.call(repl, getCaptures(ms, s, e, true))[0];
  else if (repl instanceof LuaTable) value = L.index(repl, getCapture(ms, 0, s, e));
  else if (typeof repl === "string") return expandReplacement(ms, repl, s, e);
  else if (isNumber(repl)) return expandReplacement(ms, numberToString(repl), s, e);
  if (!truthy(value)) return ms.src.slice(s, e); // nil or false: keep the original text
  if (typeof value === "string") return value;
  if (isNumber(value)) return numberToString(value);
  return L.error(`invalid replacement value (a ${type(value)})`);
}

/** string.gsub (s, pattern, repl [, n]) */
function gsub(L: LuaState, args: LuaValue[]): LuaValue[] {
  const src = checkString(L, args, 1);
  let p = checkString(L, args, 2);
  const repl = args[2];
  const maxN = optInt(L, args, 4, src.length + 1);
  const replType = type(repl);
  if (replType !== "number" && replType !== "string" && replType !== "function" && replType !== "table") {
    argError(L, 3, "string/function/table expected");
  }
  const anchor = p[0] === "^";
  if (anchor) p = p.slice(1);
  const ms = new MatchState(L, src, p);
  const out: string[] = [];
  let s = 0;
  let lastMatch = -1;
  let n = 0;
  while (n < maxN) {
    ms.reprep();
    const e = match(ms, s, 0);
    if (e >= 0 && e !== lastMatch) {
      n++;
      out.push(replacement(ms, repl, s, e));
      s = lastMatch = e;
    } else if (s < src.length) {
      out.push(src[s++]); // no match here: keep one byte and move on
    } else {
      break;
    }
    if (anchor) break;
  }
  out.push(src.slice(s));
  return [out.join(""), n];
}

// --- registration ---------------------------------------------------------------------------------

/** The metatable of all strings: `("x"):rep(3)` indexes the string library. */
export function createStringMetatable(lib: LuaTable): LuaTable {
  const mt = new LuaTable();
  mt.setStr("__index", lib);
  return mt;
}

export const stringLib: LuaLibrary = {
  name: "string",
  // lstrlib.c's strlib[], in its order
  functions: {
    byte, char, dump, find, format, gmatch, gsub, len, lower, match: matchFn,
    rep, reverse, sub, upper, pack, packsize, unpack,
  },
  open(L, string) {
    L.stringMetatable = createStringMetatable(string);
  },
};
