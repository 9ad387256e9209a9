// Patterns (manual §6.4.1): the backtracking matcher of lstrlib.c around one MatchState.
//
// Positions are indices into the subject (`src`) or the pattern (`pat`); -1 means "no match"
// where the C code returns NULL. Both strings hold one byte per char code (value.ts).
import type { LuaState } from "../runtime/state";
import { LUA_MAXCAPTURES, MAXCCALLS } from "../../grammar/limits";

/** Capture lengths with a special meaning: still open, or a position capture `()`. */
const CAP_UNFINISHED = -1;
const CAP_POSITION = -2;

const NO_MATCH = -1;

/** The pattern's special characters, by name (lstrlib.c spells them as C character literals). */
const code = (c: string) => c.charCodeAt(0);
const L_ESC = code("%");
const OPEN_CAPTURE = code("(");
const CLOSE_CAPTURE = code(")");
const OPEN_SET = code("[");
const CLOSE_SET = code("]");
const COMPLEMENT = code("^");
const RANGE = code("-");
const ANY = code(".");
const ANCHOR_END = code("$");
/** Repetition suffixes: `*` (0 or more, longest), `+` (1 or more), `-` (0 or more, shortest), `?`. */
const STAR = code("*");
const PLUS = code("+");
const MINUS = code("-");
const OPTIONAL = code("?");
/** `%b`, `%f` and the first back-reference digit `%1`. */
const BALANCE = code("b");
const FRONTIER = code("f");
const FIRST_CAPTURE_DIGIT = code("1");
/** The characters that make a pattern more than a plain substring. */
const SPECIALS = "^$*+?.([%-";

interface Capture {
  init: number;
  /** A length, or CAP_UNFINISHED / CAP_POSITION. */
  len: number;
}

/** A capture's value: a substring, or a 1-based position for `()`. */
export type CaptureValue = string | number;

export class MatchState {
  matchdepth = MAXCCALLS;
  level = 0;
  readonly capture: Capture[] = [];

  /** The pattern's bytes: indexing a typed array is markedly faster than charCodeAt here. */
  readonly patCodes: Uint8Array;

  constructor(readonly L: LuaState, readonly src: string, readonly pat: string) {
    this.patCodes = new Uint8Array(pat.length);
    for (let i = 0; i < pat.length; i++) this.patCodes[i] = pat.charCodeAt(i);
  }

  /** reprepstate: forget the captures of a failed attempt before the next one. */
  reprep(): void {
    this.level = 0;
    this.matchdepth = MAXCCALLS;
  }
}

/** True when `p` has no magic characters, so `find` may search it as plain text. */
export function noSpecials(p: string): boolean {
  for (let i = 0; i < p.length; i++) if (SPECIALS.includes(p[i])) return false;
  return true;
}

// --- character classes (C locale, bytes 0..255) ---------------------------------------------

// The C locale's ctype.h: ASCII ranges only.
const DIGIT_0 = code("0");
const DIGIT_9 = code("9");
const LOWER_A = code("a");
const LOWER_F = code("f");
const LOWER_Z = code("z");
const UPPER_A = code("A");
const UPPER_F = code("F");
const UPPER_Z = code("Z");
const SPACE = code(" ");
const TAB = code("\t");
const CR = code("\r");
const DEL = 0x7f;
/** An ASCII letter's case is its 0x20 bit. */
const LOWER_CASE_BIT = 0x20;

export const isDigit = (c: number) => c >= DIGIT_0 && c <= DIGIT_9;
const isLower = (c: number) => c >= LOWER_A && c <= LOWER_Z;
const isUpper = (c: number) => c >= UPPER_A && c <= UPPER_Z;
const isAlpha = (c: number) => isLower(c) || isUpper(c);
const isAlnum = (c: number) => isAlpha(c) || isDigit(c);
export const isCntrl = (c: number) => c < SPACE || c === DEL;
const isGraph = (c: number) => c > SPACE && c < DEL;
const isPunct = (c: number) => isGraph(c) && !isAlnum(c);
// ' ', and '\t' '\n' '\v' '\f' '\r'
const isSpace = (c: number) => c === SPACE || (c >= TAB && c <= CR);
const isXDigit = (c: number) => isDigit(c) || (c >= LOWER_A && c <= LOWER_F) || (c >= UPPER_A && c <= UPPER_F);

/** The C-locale predicates behind `%a %c %d %g %l %p %s %u %w %x` (and `%z`), keyed by the lower-case letter. */
const CLASSES: Record<string, (c: number) => boolean> = {
  a: isAlpha, c: isCntrl, d: isDigit, g: isGraph, l: isLower,
  p: isPunct, s: isSpace, u: isUpper, w: isAlnum, x: isXDigit,
  z: (c) => c === 0, // deprecated in 5.2 but still accepted by 5.3: the zero byte
};

/**
 * CLASS_MEMBERS[letter][byte]: the classes as lookup tables, indexed by the lower-case class
 * letter's code (the matcher's inner loop tests a class once per subject byte).
 */
const CLASS_MEMBERS: (Uint8Array | undefined)[] = [];
for (const [letter, test] of Object.entries(CLASSES)) {
  const members = new Uint8Array(256);
  for (let c = 0; c < 256; c++) members[c] = test(c) ? 1 : 0;
  CLASS_MEMBERS[letter.charCodeAt(0)] = members;
}

/** match_class: does byte `c` belong to class letter `cl`? Upper-case letters complement. */
function matchClass(c: number, cl: number): boolean {
  const members = isAlpha(cl) ? CLASS_MEMBERS[cl | LOWER_CASE_BIT] : undefined;
  if (members === undefined) return cl === c; // `%.` and friends: the char itself
  return isUpper(cl) ? members[c] === 0 : members[c] === 1;
}

// --- single-character items ---------------------------------------------------------------------

/** classEnd: the index just past the single-character class starting at `p`. */
function classEnd(ms: MatchState, p: number): number {
  const pat = ms.patCodes;
  const c = pat[p++];
  if (c === L_ESC) {
    if (p >= pat.length) ms.L.error("malformed pattern (ends with '%')");
    return p + 1;
  }
  if (c === OPEN_SET) {
    if (pat[p] === COMPLEMENT) p++;
    do { // look for the closing ']'; the first char after '[' (or '[^') never closes
      if (p >= pat.length) ms.L.error("malformed pattern (missing ']')");
      const cc = pat[p++];
      if (cc === L_ESC && p < pat.length) p++; // skip escapes such as '%]'
    } while (pat[p] !== CLOSE_SET);
    return p + 1;
  }
  return p;
}

/** matchbracketclass: does byte `c` belong to the set `[...]` spanning p .. ec (the ']')? */
function matchBracketClass(ms: MatchState, c: number, p: number, ec: number): boolean {
  const pat = ms.patCodes;
  let sig = true; // what a member answers: true, or false in a complemented set `[^...]`
  if (pat[p + 1] === COMPLEMENT) {
    sig = false;
    p++;
  }
  while (++p < ec) {
    const pc = pat[p];
    if (pc === L_ESC) {
      p++;
      if (matchClass(c, pat[p])) return sig;
    } else if (pat[p + 1] === RANGE && p + 2 < ec) {
      p += 2;
      if (pc <= c && c <= pat[p]) return sig;
    } else if (pc === c) {
      return sig;
    }
  }
  return !sig;
}

/** singlematch: does the subject byte at `s` match the class at p .. ep? */
function singleMatch(ms: MatchState, s: number, p: number, ep: number): boolean {
  if (s >= ms.src.length) return false;
  const c = ms.src.charCodeAt(s);
  const pc = ms.patCodes[p];
  switch (pc) {
    case ANY: return true;
    case L_ESC: return matchClass(c, ms.patCodes[p + 1]);
    case OPEN_SET: return matchBracketClass(ms, c, p, ep - 1);
    default: return pc === c;
  }
}

// --- the matcher ----------------------------------------------------------------------------------

/** %bxy: a balanced run from x to y starting at `s`; p points at x. */
function matchBalance(ms: MatchState, s: number, p: number): number {
  const { src, pat } = ms;
  if (p >= pat.length - 1) ms.L.error("malformed pattern (missing arguments to '%b')");
  if (s >= src.length || src[s] !== pat[p]) return NO_MATCH;
  const open = pat[p];
  const close = pat[p + 1];
  let depth = 1;
  while (++s < src.length) {
    const c = src[s];
    if (c === close) {
      if (--depth === 0) return s + 1;
    } else if (c === open) {
      depth++;
    }
  }
  return NO_MATCH;
}

/** Greedy repetition (`*`, `+`): the longest run first, then back off one byte at a time. */
function maxExpand(ms: MatchState, s: number, p: number, ep: number): number {
  let i = 0;
  while (singleMatch(ms, s + i, p, ep)) i++;
  for (; i >= 0; i--) {
    const res = match(ms, s + i, ep + 1);
    if (res !== NO_MATCH) return res;
  }
  return NO_MATCH;
}

/** Lazy repetition (`-`): try the rest of the pattern before each extra byte. */
function minExpand(ms: MatchState, s: number, p: number, ep: number): number {
  for (;;) {
    const res = match(ms, s, ep + 1);
    if (res !== NO_MATCH) return res;
    if (!singleMatch(ms, s, p, ep)) return NO_MATCH;
    s++;
  }
}

function startCapture(ms: MatchState, s: number, p: number, what: number): number {
  const level = ms.level;
  if (level >= LUA_MAXCAPTURES) ms.L.error("too many captures");
  ms.capture[level] = { init: s, len: what };
  ms.level = level + 1;
  const res = match(ms, s, p);
  if (res === NO_MATCH) ms.level--; // undo the capture
  return res;
}

function endCapture(ms: MatchState, s: number, p: number): number {
  const l = captureToClose(ms);
  ms.capture[l].len = s - ms.capture[l].init;
  const res = match(ms, s, p);
  if (res === NO_MATCH) ms.capture[l].len = CAP_UNFINISHED; // undo the capture
  return res;
}

/** The innermost capture still open, which a ')' closes. */
function captureToClose(ms: MatchState): number {
  for (let level = ms.level - 1; level >= 0; level--) {
    if (ms.capture[level].len === CAP_UNFINISHED) return level;
  }
  return ms.L.error("invalid pattern capture");
}

/** The 0-based index of the closed capture named by digit `l` (a char code) in `%1`..`%9`. */
function checkCapture(ms: MatchState, l: number): number {
  l -= FIRST_CAPTURE_DIGIT;
  if (l < 0 || l >= ms.level || ms.capture[l].len === CAP_UNFINISHED) {
    ms.L.error(`invalid capture index %${l + 1}`);
  }
  return l;
}

/** A back-reference `%1`..`%9`: the same bytes as the capture, again at `s`. */
function matchCapture(ms: MatchState, s: number, l: number): number {
  const cap = ms.capture[checkCapture(ms, l)];
  const len = cap.len;
  if (ms.src.length - s >= len && ms.src.substr(cap.init, len) === ms.src.substr(s, len)) return s + len;
  return NO_MATCH;
}

/** %f[set]: the frontier where the previous byte is not in the set and the current one is. */
function matchFrontier(ms: MatchState, s: number, p: number): number {
  if (ms.pat[p] !== "[") ms.L.error("missing '[' after '%f' in pattern");
  const ep = classEnd(ms, p);
  const previous = s === 0 ? 0 : ms.src.charCodeAt(s - 1);
  const current = s < ms.src.length ? ms.src.charCodeAt(s) : 0; // the C string's final '\0'
  if (!matchBracketClass(ms, previous, p, ep - 1) && matchBracketClass(ms, current, p, ep - 1)) return ep;
  return NO_MATCH;
}

/**
 * match: matches pattern position `p` onwards at subject position `s`; returns the end of the
 * match or NO_MATCH. lstrlib.c's tail calls (`goto init`) are iterations of the loop: each
 * `continue` below says which `return match(...)` it stands for; each `break` ends the match
 * with the result in `s`.
 */
export function match(ms: MatchState, s: number, p: number): number {
  if (ms.matchdepth-- === 0) ms.L.error("pattern too complex");
  const pat = ms.patCodes;
  const plen = pat.length;
  for (;;) {
    if (p >= plen) break; // end of pattern: success
    const pc = pat[p];
    if (pc === OPEN_CAPTURE) {
      s = pat[p + 1] === CLOSE_CAPTURE
        ? startCapture(ms, s, p + 2, CAP_POSITION)
        : startCapture(ms, s, p + 1, CAP_UNFINISHED);
      break;
    }
    if (pc === CLOSE_CAPTURE) {
      s = endCapture(ms, s, p + 1);
      break;
    }
    if (pc === ANCHOR_END && p + 1 === plen) {
      if (s !== ms.src.length) s = NO_MATCH;
      break;
    }
    if (pc === L_ESC && p + 1 < plen) {
      const next = pat[p + 1];
      if (next === BALANCE) {
        s = matchBalance(ms, s, p + 2);
        if (s === NO_MATCH) break;
        p += 4;
        continue; // return match(ms, s, p + 4): after `%bxy`
      }
      if (next === FRONTIER) {
        const ep = matchFrontier(ms, s, p + 2);
        if (ep === NO_MATCH) {
          s = NO_MATCH;
          break;
        }
        p = ep;
        continue; // return match(ms, s, ep): after `%f[set]`, which consumed nothing
      }
      if (isDigit(next)) {
        s = matchCapture(ms, s, next);
        if (s === NO_MATCH) break;
        p += 2;
        continue; // return match(ms, s + len, p + 2): after the back-reference `%n`
      }
    }
    // a single-character class, possibly followed by a repetition suffix
    const ep = classEnd(ms, p);
    const suffix = ep < plen ? pat[ep] : -1; // -1: no suffix at the end of the pattern
    if (!singleMatch(ms, s, p, ep)) {
      if (suffix === STAR || suffix === OPTIONAL || suffix === MINUS) {
        p = ep + 1; // the item accepts zero occurrences
        continue; // return match(ms, s, ep + 1): past the item and its suffix
      }
      s = NO_MATCH;
      break;
    }
    if (suffix === OPTIONAL) {
      const res = match(ms, s + 1, ep + 1);
      if (res !== NO_MATCH) {
        s = res;
        break;
      }
      p = ep + 1;
      continue; // return match(ms, s, ep + 1): the optional item left out
    }
    if (suffix === PLUS) {
      s = maxExpand(ms, s + 1, p, ep);
      break;
    }
    if (suffix === STAR) {
      s = maxExpand(ms, s, p, ep);
      break;
    }
    if (suffix === MINUS) {
      s = minExpand(ms, s, p, ep);
      break;
    }
    s++;
    p = ep;
    // (no suffix) return match(ms, s + 1, ep): the next item, one byte further
  }
  ms.matchdepth++;
  return s;
}

// --- captures as values ---------------------------------------------------------------------------

/**
 * get_onecapture: capture `i` (0-based) of a match spanning s .. e; capture 0 of a pattern
 * without captures is the whole match.
 */
export function getCapture(ms: MatchState, i: number, s: number, e: number): CaptureValue {
  if (i >= ms.level) {
    if (i !== 0) ms.L.error(`invalid capture index %${i + 1}`);
    return ms.src.slice(s, e);
  }
  const { init, len } = ms.capture[i];
  if (len === CAP_UNFINISHED) ms.L.error("unfinished capture");
  if (len === CAP_POSITION) return init + 1;
  return ms.src.substr(init, len);
}

/**
 * push_captures: every capture of a match, or the whole match when there are none. With
 * `wholeIfNone` false (find's case) a pattern without captures yields nothing.
 */
export function getCaptures(ms: MatchState, s: number, e: number, wholeIfNone: boolean): CaptureValue[] {
  const n = ms.level === 0 && wholeIfNone ? 1 : ms.level;
  const values: CaptureValue[] = [];
  for (let i = 0; i < n; i++) values.push(getCapture(ms, i, s, e));
  return values;
}
