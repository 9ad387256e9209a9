// The table library (manual §6.6). As in 5.3, elements are read and written through
// metamethods (lua_geti/lua_seti) and lengths are taken with `__len` (luaL_len).
import {
  argCheck, checkFunction, checkInteger, isNoneOrNil, optInteger, optString, typeError,
} from "../runtime/lauxlib";
import type { LuaLibrary } from "../runtime/native";
import { MAXINTEGER, int, isNumber, numberToString, tointeger } from "../runtime/number";
import type { LuaState } from "../runtime/state";
import { LuaTable } from "../runtime/table";
import { truthy, type, type LuaValue } from "../runtime/value";
import { LUAI_MAXSTACK } from "../../grammar/limits";

/** A Lua integer: a JS number when safe, a bigint otherwise. */
type Int = number | bigint;

function big(i: Int): bigint {
  return typeof i === "bigint" ? i : BigInt(i);
}

/** a + b with int64 wrap-around. */
function addInt(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    if (Number.isSafeInteger(r)) return r;
  }
  return int(big(a) + big(b));
}

/** `(lua_Unsigned)a < (lua_Unsigned)b` */
function unsignedLess(a: Int, b: Int): boolean {
  if (typeof a === "number" && typeof b === "number" && a >= 0 && b >= 0) return a < b;
  return BigInt.asUintN(64, big(a)) < BigInt.asUintN(64, big(b));
}

/** C's %d of a lua_Integer in lua_pushfstring, which reads only its low 32 bits. */
function toCInt(i: Int): number {
  return typeof i === "number" ? i | 0 : Number(BigInt.asIntN(32, i));
}

// --- element access ------------------------------------------------------------------------

/** lua_geti: t[i] with `__index`; the raw fast path for a table without a metatable. */
function geti(L: LuaState, t: LuaValue, i: Int): LuaValue {
  if (t instanceof LuaTable && t.metatable === undefined) return typeof i === "number" ? t.getInt(i) : t.get(i);
  return L.index(t, i);
}

/** lua_seti: t[i] = v with `__newindex`. */
function seti(L: LuaState, t: LuaValue, i: Int, v: LuaValue): void {
  if (t instanceof LuaTable && t.metatable === undefined) {
    if (typeof i === "number") t.setInt(i, v);
    else t.set(i, v);
  } else {
    L.setIndex(t, i, v);
  }
}

/** What a function does with its table argument: a non-table passes if its metatable allows it. */
const TAB_R = 1;
const TAB_W = 2;
const TAB_L = 4;
const TAB_RW = TAB_R | TAB_W;

/** checktab: argument `i` is a table, or has a metatable with the metamethods `what` needs. */
function checkTab(L: LuaState, args: LuaValue[], i: number, what: number): void {
  const v = args[i - 1];
  if (v instanceof LuaTable) return;
  const mt = L.getMetatable(v);
  const has = (event: string) => mt !== undefined && mt.get(event) !== undefined;
  const allowed = mt !== undefined
    && (!(what & TAB_R) || has("__index"))
    && (!(what & TAB_W) || has("__newindex"))
    && (!(what & TAB_L) || has("__len"));
  if (!allowed) typeError(L, args, i, "table");
}

/** luaL_len: `#t` (with `__len`), which must be an integer. */
function lengthOf(L: LuaState, t: LuaValue): Int {
  if (t instanceof LuaTable && t.metatable === undefined) return t.length();
  const n = tointeger(L.len(t));
  if (n === undefined) return L.error("object length is not an integer");
  return n;
}

/** aux_getn: checks argument 1 for `what` and returns its length. */
function checkedLength(L: LuaState, args: LuaValue[], what: number): Int {
  checkTab(L, args, 1, what | TAB_L);
  return lengthOf(L, args[0]);
}

// --- the functions -------------------------------------------------------------------------

function insert(L: LuaState, args: LuaValue[]): LuaValue[] {
  const t = args[0];
  const e = addInt(checkedLength(L, args, TAB_RW), 1); // first empty element
  let pos: Int;
  switch (args.length) {
    case 2:
      pos = e;
      break;
    case 3:
      pos = checkInteger(L, args, 2);
      argCheck(L, unsignedLess(addInt(pos, -1), e), 2, "position out of bounds");
      for (let i = e; i > pos; i = addInt(i, -1)) seti(L, t, i, geti(L, t, addInt(i, -1))); // move up
      break;
    default:
      return L.error("wrong number of arguments to 'insert'");
  }
  seti(L, t, pos, args[args.length - 1]);
  return [];
}

function remove(L: LuaState, args: LuaValue[]): LuaValue[] {
  const t = args[0];
  const size = checkedLength(L, args, TAB_RW);
  let pos = optInteger(L, args, 2, size);
  if (pos !== size) {
    // a given position may also be size + 1; the message names argument 1, as PUC's does
    argCheck(L, !unsignedLess(size, addInt(pos, -1)), 1, "position out of bounds");
  }
  const result = geti(L, t, pos);
  for (; pos < size; pos = addInt(pos, 1)) seti(L, t, pos, geti(L, t, addInt(pos, 1)));
  seti(L, t, pos, undefined);
  return [result];
}

function move(L: LuaState, args: LuaValue[]): LuaValue[] {
  const f = checkInteger(L, args, 2);
  const e = checkInteger(L, args, 3);
  const t = checkInteger(L, args, 4);
  const destArg = isNoneOrNil(args, 5) ? 1 : 5;
  checkTab(L, args, 1, TAB_R);
  checkTab(L, args, destArg, TAB_W);
  const src = args[0];
  const dest = args[destArg - 1];
  if (e >= f) {
    argCheck(L, f > 0 || big(e) < MAXINTEGER + big(f), 3, "too many elements to move");
    const n = big(e) - big(f) + 1n; // number of elements to move
    argCheck(L, big(t) <= MAXINTEGER - n + 1n, 4, "destination wrap around");
    const count = int(n); // at most maxinteger, maybe beyond 2^53: the loops count in Int
    // overlapping ranges in the same table are copied from the end
    if (t > e || t <= f || (destArg !== 1 && !L.eq(src, dest))) {
      for (let i: Int = 0; i < count; i = addInt(i, 1)) seti(L, dest, addInt(t, i), geti(L, src, addInt(f, i)));
    } else {
      for (let i = addInt(count, -1); i >= 0; i = addInt(i, -1)) {
        seti(L, dest, addInt(t, i), geti(L, src, addInt(f, i)));
      }
    }
  }
  return [dest];
}

/** One element of table.concat: a string or a number. */
function concatField(L: LuaState, t: LuaValue, i: Int): string {
  const v = geti(L, t, i);
  if (typeof v === "string") return v;
  if (isNumber(v)) return numberToString(v);
  return L.error(`invalid value (${type(v)}) at index ${toCInt(i)} in table for 'concat'`);
}

function concat(L: LuaState, args: LuaValue[]): LuaValue[] {
  const t = args[0];
  let last = checkedLength(L, args, TAB_R);
  const sep = optString(L, args, 2, "");
  let i = optInteger(L, args, 3, 1);
  last = optInteger(L, args, 4, last);
  const parts: string[] = [];
  for (; i < last; i = addInt(i, 1)) parts.push(concatField(L, t, i));
  if (i === last) parts.push(concatField(L, t, i)); // the interval was not empty
  return [parts.join(sep)];
}

function pack(_L: LuaState, args: LuaValue[]): LuaValue[] {
  const t = new LuaTable(args.slice());
  t.setStr("n", args.length);
  return [t];
}

/**
 * The most results unpack may return: lua_checkstack fails beyond LUAI_MAXSTACK (1000000)
 * slots; 17 are in use when a main chunk calls it through pcall, where lua5.3's limit shows.
 */
const UNPACK_LIMIT = LUAI_MAXSTACK - 17;

function unpack(L: LuaState, args: LuaValue[]): LuaValue[] {
  const t = args[0];
  let i = optInteger(L, args, 2, 1);
  const e = isNoneOrNil(args, 3) ? lengthOf(L, t) : checkInteger(L, args, 3);
  if (i > e) return []; // empty range
  // the number of elements, as an unsigned difference (e - i may overflow int64)
  const n = typeof i === "number" && typeof e === "number" ? e - i + 1 : BigInt.asUintN(64, big(e) - big(i)) + 1n;
  if (n > UNPACK_LIMIT) return L.error("too many results to unpack");
  const results: LuaValue[] = [];
  for (; i < e; i = addInt(i, 1)) results.push(geti(L, t, i)); // stops before e: no overflow
  results.push(geti(L, t, e));
  return results;
}

// --- sort (ltablib.c's quicksort, so that non-strict orders fail the same way) --------------

/** Intervals shorter than this take the middle element as pivot, never a random one. */
const RANLIMIT = 100;
const INT_MAX = 2147483647;

/** l_randomizePivot: the sum of the 32-bit halves of clock() and time(). */
function randomizePivot(L: LuaState): number {
  const clock = L.host.clock(); // microseconds, as CLOCKS_PER_SEC is 1000000
  const time = Math.floor(Date.now() / 1000);
  const halves = (x: number) => [x >>> 0, Math.floor(x / 2 ** 32) >>> 0];
  return [...halves(clock), ...halves(time)].reduce((a, b) => (a + b) >>> 0, 0);
}

/** choosePivot: a position in the middle half of [lo, up], picked by `rnd`. */
function choosePivot(lo: number, up: number, rnd: number): number {
  const r4 = Math.floor((up - lo) / 4);
  return (rnd % (r4 * 2)) + (lo + r4);
}

/** The state of one table.sort call: the table and the order. */
class Sorter {
  constructor(
    private readonly L: LuaState,
    private readonly t: LuaValue,
    private readonly order: LuaValue, // a function, or undefined for `<`
  ) {}

  private get(i: number): LuaValue {
    return geti(this.L, this.t, i);
  }

  private set(i: number, v: LuaValue): void {
    seti(this.L, this.t, i, v);
  }

  /** sort_comp: a < b in the sort's order. */
  private lessThan(a: LuaValue, b: LuaValue): boolean {
    if (this.order === undefined) return this.L.lt(a, b);
    return truthy(this.L.call(this.order, [a, b])[0]);
  }

  private invalidOrder(): never {
    return this.L.error("invalid order function for sorting");
  }

  /** Sorts a[lo..up]: median of three as pivot, recursion into the smaller part, a loop for the other. */
  sort(lo: number, up: number, rnd: number): void {
    while (lo < up) {
      this.orderPair(lo, up);
      if (up - lo === 1) return; // only 2 elements
      let p = up - lo < RANLIMIT || rnd === 0 ? Math.floor((lo + up) / 2) : choosePivot(lo, up, rnd);
      this.medianOfThree(lo, p, up);
      if (up - lo === 2) return; // only 3 elements
      const pivot = this.get(p);
      // the pivot goes to a[up - 1], where partition expects it
      this.set(p, this.get(up - 1));
      this.set(up - 1, pivot);
      p = this.partition(lo, up, pivot);
      let n: number; // size of the smaller interval
      if (p - lo < up - p) {
        this.sort(lo, p - 1, rnd);
        n = p - lo;
        lo = p + 1;
      } else {
        this.sort(p + 1, up, rnd);
        n = up - p;
        up = p - 1;
      }
      if (Math.floor((up - lo) / 128) > n) rnd = randomizePivot(this.L); // too imbalanced: randomize
    }
  }

  /** Swaps a[i] and a[j] when a[j] < a[i]. */
  private orderPair(i: number, j: number): void {
    const ai = this.get(i);
    const aj = this.get(j);
    if (this.lessThan(aj, ai)) {
      this.set(i, aj);
      this.set(j, ai);
    }
  }

  /** Puts the median of a[lo], a[p], a[up] at p, given a[lo] <= a[up]. */
  private medianOfThree(lo: number, p: number, up: number): void {
    const ap = this.get(p);
    const alo = this.get(lo);
    if (this.lessThan(ap, alo)) {
      this.set(p, alo);
      this.set(lo, ap);
      return;
    }
    const aup = this.get(up);
    if (this.lessThan(aup, ap)) {
      this.set(p, aup);
      this.set(up, ap);
    }
  }

  /**
   * Partitions a[lo..up] around `pivot` (stored at a[up - 1]) and returns its final position.
   * Invariant: a[lo..i] <= pivot <= a[j..up].
   */
  private partition(lo: number, up: number, pivot: LuaValue): number {
    let i = lo;
    let j = up - 1;
    for (;;) {
      let ai: LuaValue;
      while (this.lessThan((ai = this.get(++i)), pivot)) {
        if (i === up - 1) this.invalidOrder(); // a[i] < P but a[up - 1] == P
      }
      let aj: LuaValue;
      while (this.lessThan(pivot, (aj = this.get(--j)))) {
        if (j < i) this.invalidOrder(); // j < i but a[j] > P
      }
      if (j < i) {
        // nothing left to exchange: swap the pivot with a[i]
        this.set(up - 1, ai);
        this.set(i, pivot);
        return i;
      }
      this.set(i, aj);
      this.set(j, ai);
    }
  }
}

function sort(L: LuaState, args: LuaValue[]): LuaValue[] {
  const n = checkedLength(L, args, TAB_RW);
  if (n > 1) {
    argCheck(L, n < INT_MAX, 1, "array too big");
    if (!isNoneOrNil(args, 2)) checkFunction(L, args, 2);
    new Sorter(L, args[0], args[1]).sort(1, Number(n), 0);
  }
  return [];
}

export const tableLib: LuaLibrary = {
  name: "table",
  // ltablib.c's tab_funcs[], in its order
  functions: { concat, insert, pack, unpack, remove, move, sort },
};
