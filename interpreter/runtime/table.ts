// Lua tables (manual §2.1, §3.4.7): an array part and a hash part, raw access only.
//
// Keys are normalised before they reach the hash part: a float with an integral value is the
// integer key (t[1.0] is t[1]); see `normaliseKey`. NaN and nil keys are rejected by the
// callers (they raise PUC's messages), never stored.
import { LuaFloat, type LuaValue } from "./value";

/**
 * A key as stored: LuaFloat keys are turned into integers (`2.0` → `2`), other values are
 * kept. Floats with a non-integral value are plain JS numbers that are not safe integers, so
 * they never collide with integer keys in a Map (SameValueZero compares bigints by value).
 */
export function normaliseKey(key: LuaValue): LuaValue {
  if (key instanceof LuaFloat) return key.n === 0 ? 0 : key.n; // -0.0 is key 0
  if (typeof key === "number" && !Number.isSafeInteger(key) && Number.isInteger(key)) {
    // an integral float beyond 2^53: an integer key if it fits in 64 bits
    if (key >= -9223372036854775808 && key < 9223372036854775808) return BigInt(key);
  }
  return key;
}

export class LuaTable {
  /** arr[i] holds t[i + 1]. It may contain holes but never ends with undefined. */
  arr: LuaValue[];
  /**
   * Every other key. A key assigned nil keeps its entry (with value undefined) so that `next`
   * can continue from it during a traversal; such dead entries are purged on growth.
   */
  hash: Map<LuaValue, LuaValue> = new Map();
  private deadEntries = 0;
  /**
   * The longest the array part has been. PUC's array part keeps its size when its end is set
   * to nil, so `next` still accepts those keys: a traversal may clear fields as it goes.
   */
  private arrayExtent = 0;
  metatable: LuaTable | undefined = undefined;

  /** The iterator of the last `next` call and the key it returned, to make `pairs` O(1) per step. */
  private iterKey: LuaValue = undefined;
  private iter: Iterator<[LuaValue, LuaValue]> | undefined = undefined;

  constructor(arr: LuaValue[] = []) {
    this.arr = arr;
    this.trimArray();
  }

  // --- reads -----------------------------------------------------------------------------------

  /** Raw get (rawget) with any key; the key needs no normalisation by the caller. */
  get(key: LuaValue): LuaValue {
    if (typeof key === "number") {
      const a = this.arr;
      if (key >= 1 && key <= a.length && (key | 0) === key) return a[key - 1];
    } else if (typeof key === "string") {
      return this.hash.get(key);
    } else if (key instanceof LuaFloat) {
      return this.get(normaliseKey(key));
    }
    if (this.hash.size === 0) return undefined;
    return this.hash.get(normaliseKey(key));
  }

  /** Raw get with a string key. */
  getStr(key: string): LuaValue {
    return this.hash.get(key);
  }

  /** Raw get with an integer key (a safe JS integer). */
  getInt(i: number): LuaValue {
    const a = this.arr;
    if (i >= 1 && i <= a.length) return a[i - 1];
    return this.hash.size === 0 ? undefined : this.hash.get(i);
  }

  // --- writes ----------------------------------------------------------------------------------

  /** Raw set (rawset). The caller has already rejected nil and NaN keys. */
  set(key: LuaValue, value: LuaValue): void {
    if (typeof key === "number" && Number.isSafeInteger(key)) {
      this.setInt(key, value);
      return;
    }
    if (typeof key === "string") {
      this.setHash(key, value);
      return;
    }
    const k = normaliseKey(key);
    if (typeof k === "number" && Number.isSafeInteger(k)) this.setInt(k, value);
    else this.setHash(k, value);
  }

  setStr(key: string, value: LuaValue): void {
    this.setHash(key, value);
  }

  /** Raw set with an integer key (a safe JS integer). */
  setInt(i: number, value: LuaValue): void {
    const a = this.arr;
    const n = a.length;
    if (i >= 1 && i <= n) {
      a[i - 1] = value;
      if (i === n && value === undefined) this.trimArray();
      return;
    }
    if (i === n + 1 && value !== undefined) {
      a.push(value);
      if (this.hash.size !== 0) this.migrateFromHash();
      return;
    }
    this.setHash(i, value);
  }

  private setHash(key: LuaValue, value: LuaValue): void {
    const h = this.hash;
    if (value === undefined) {
      if (h.get(key) !== undefined) {
        h.set(key, undefined); // keep the entry: a traversal may be positioned on it
        this.deadEntries++;
      }
      return;
    }
    if (this.deadEntries > 0 && this.deadEntries >= h.size >> 1 && !h.has(key)) this.purgeDead();
    h.set(key, value);
  }

  /** After the array part grew to n, move keys n+1, n+2, ... from the hash part into it. */
  private migrateFromHash(): void {
    const a = this.arr;
    const h = this.hash;
    for (;;) {
      const k = a.length + 1;
      const v = h.get(k);
      if (v === undefined) return;
      h.delete(k);
      a.push(v);
    }
  }

  private trimArray(): void {
    const a = this.arr;
    let n = a.length;
    if (n > this.arrayExtent) this.arrayExtent = n;
    while (n > 0 && a[n - 1] === undefined) n--;
    a.length = n;
  }

  private purgeDead(): void {
    for (const [k, v] of this.hash) if (v === undefined) this.hash.delete(k);
    this.deadEntries = 0;
    this.iter = undefined;
  }

  // --- length and traversal --------------------------------------------------------------------

  /** The border `#t` returns without `__len` (luaH_getn): the array part, then an unbound search. */
  length(): number {
    let j = this.arr.length;
    if (this.hash.size === 0 || this.hash.get(j + 1) === undefined) return j;
    // unbound search in the hash part, as ltable.c does
    let i = j;
    j++;
    while (this.getInt(j) !== undefined) {
      i = j;
      if (j > Number.MAX_SAFE_INTEGER / 2) {
        // pathological table: linear search
        let k = 1;
        while (this.getInt(k) !== undefined) k++;
        return k - 1;
      }
      j *= 2;
    }
    while (j - i > 1) {
      const m = Math.floor((i + j) / 2);
      if (this.getInt(m) === undefined) j = m;
      else i = m;
    }
    return i;
  }

  /**
   * The entry after `key` in traversal order (the array part first, then the hash part in
   * insertion order), or undefined at the end. Returns null when `key` is not in the table
   * (the caller raises "invalid key to 'next'").
   */
  next(key: LuaValue): [LuaValue, LuaValue] | undefined | null {
    const a = this.arr;
    let i = 0; // index in the array part to scan from
    if (key !== undefined) {
      const k = normaliseKey(key);
      if (typeof k === "number" && k >= 1 && k <= a.length && Number.isInteger(k)) i = k;
      // a key of the array part's former extent (it shrank under the traversal): go on with the hash part
      else if (typeof k === "number" && k > a.length && k <= this.arrayExtent && Number.isInteger(k) && !this.hash.has(k)) i = a.length;
      else return this.nextInHash(k);
    }
    for (; i < a.length; i++) {
      if (a[i] !== undefined) return [i + 1, a[i]];
    }
    this.iter = this.hash.entries();
    this.iterKey = undefined;
    return this.advance();
  }

  private nextInHash(key: LuaValue): [LuaValue, LuaValue] | undefined | null {
    if (this.iter === undefined || this.iterKey !== key) {
      if (!this.hash.has(key)) return null;
      // reposition: a fresh iterator moved just past `key`
      this.iter = this.hash.entries();
      for (;;) {
        const r = this.iter.next();
        if (r.done) return undefined;
        if (r.value[0] === key || (key !== key && r.value[0] !== r.value[0])) break;
      }
    }
    return this.advance();
  }

  private advance(): [LuaValue, LuaValue] | undefined {
    const it = this.iter!;
    for (;;) {
      const r = it.next();
      if (r.done) {
        this.iter = undefined;
        return undefined;
      }
      if (r.value[1] !== undefined) {
        this.iterKey = r.value[0];
        return r.value;
      }
    }
  }
}
