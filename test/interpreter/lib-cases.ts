// Replays the library cases recorded from PUC lua5.3 (lib-cases.lua → lib-cases.json) on a
// FakeState: every case becomes one mocha test comparing results, errors and the table argument.
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { LuaError } from "../../interpreter/runtime/error";
import { NativeFunction, type LuaLibrary } from "../../interpreter/runtime/native";
import { float, int, isInteger, isNumber, numLe, numLt, toFloat } from "../../interpreter/runtime/number";
import type { LuaState } from "../../interpreter/runtime/state";
import { LuaTable } from "../../interpreter/runtime/table";
import type { LuaValue } from "../../interpreter/runtime/value";
import { FakeState, bodyOf } from "./fake-state";

interface RecordedCase {
  lib: string;
  fn: string;
  args: string[];
  out?: string[];
  err?: string;
  after?: string;
}

/**
 * FakeState with the numeric comparisons of lvm.c (integers against floats, exactly), and
 * strings indexed as through their metatable's `__index` (the string table) with integer keys.
 */
export class LibState extends FakeState {
  override index(o: LuaValue, key: LuaValue): LuaValue {
    return typeof o === "string" ? undefined : super.index(o, key);
  }
  override lt(a: LuaValue, b: LuaValue): boolean {
    return isNumber(a) && isNumber(b) ? numLt(a, b) : super.lt(a, b);
  }
  override le(a: LuaValue, b: LuaValue): boolean {
    return isNumber(a) && isNumber(b) ? numLe(a, b) : super.le(a, b);
  }
}

/** The comparison functions of lib-cases.lua's FN table. */
const FN: Record<string, (L: LuaState, a: LuaValue, b: LuaValue) => boolean> = {
  gt: (L, a, b) => L.lt(b, a),
  lt: (L, a, b) => L.lt(a, b),
  le: (L, a, b) => L.le(a, b),
  always: () => true,
  never: () => false,
  bylen: (L, a, b) => L.lt(L.len(a), L.len(b)),
};
const fnValues = new Map<string, NativeFunction>(
  Object.entries(FN).map(([name, f]) => [name, new NativeFunction(name, (L, args) => [f(L, args[0], args[1])])]),
);

const hexOf = (s: string) => Buffer.from(s, "latin1").toString("hex");

function decodeTable(body: string): LuaTable {
  const [elements, ...extra] = body.split(";");
  const t = new LuaTable();
  if (elements !== "") elements.split(",").forEach((e, i) => t.setInt(i + 1, decode(e)));
  for (const entry of extra) {
    const eq = entry.indexOf("=");
    t.set(decode(entry.slice(0, eq)), decode(entry.slice(eq + 1)));
  }
  return t;
}

/** A tag of lib-cases.lua as a value. */
export function decode(tag: string): LuaValue {
  if (tag === "nil") return undefined;
  if (tag === "true" || tag === "false") return tag === "true";
  const body = tag.slice(tag.indexOf(":") + 1);
  switch (tag.slice(0, tag.indexOf(":"))) {
    case "s": return Buffer.from(body, "hex").toString("latin1");
    case "i": return int(BigInt(body));
    case "f": return float(Buffer.from(body, "hex").readDoubleLE(0));
    case "t": return decodeTable(body);
    case "fn": return fnValues.get(body);
  }
  throw new Error(`unknown tag ${tag}`);
}

function tableTag(t: LuaTable): string {
  const elements: string[] = [];
  const extra: string[] = [];
  let max = 0;
  for (let k = t.next(undefined); k; k = t.next(k[0])) {
    const [key, value] = k;
    if (typeof key === "number" && Number.isSafeInteger(key) && key >= 1 && key <= 1000) max = Math.max(max, key);
    else extra.push(`${tag(key)}=${tag(value)}`);
  }
  for (let i = 1; i <= max; i++) elements.push(tag(t.getInt(i)));
  extra.sort();
  return `t:${elements.join(",")}${extra.length > 0 ? ";" + extra.join(";") : ""}`;
}

/** A value as lib-cases.lua tags it. */
export function tag(v: LuaValue): string {
  if (v === undefined || typeof v === "boolean") return String(v ?? "nil");
  if (typeof v === "string") return `s:${hexOf(v)}`;
  if (isNumber(v)) {
    if (isInteger(v)) return `i:${v}`;
    const b = Buffer.alloc(8);
    b.writeDoubleLE(toFloat(v));
    return `f:${b.toString("hex")}`;
  }
  if (v instanceof LuaTable) return tableTag(v);
  if (v instanceof NativeFunction) return `fn:${fnValues.get(v.name) === v ? v.name : "?"}`;
  return "?";
}

/** Runs one case the way lib-cases.lua's C() does and reports it in the same shape. */
function replay(L: LibState, lib: LuaLibrary, c: RecordedCase): Omit<RecordedCase, "lib" | "fn" | "args"> {
  const args = c.args.map(decode);
  const report: Omit<RecordedCase, "lib" | "fn" | "args"> = {};
  L.currentName = `${c.lib}.${c.fn}`;
  try {
    report.out = bodyOf(lib.functions[c.fn] ?? lib.compatFunctions![c.fn])(L, args).map(tag);
  } catch (e) {
    if (!(e instanceof LuaError)) throw e;
    report.err = hexOf(String(e.value));
  }
  if (args[0] instanceof LuaTable) report.after = tag(args[0]);
  return report;
}

const recorded: RecordedCase[] = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../../test/interpreter/lib-cases.json"), "utf8"),
);

/**
 * One test per recorded case of library `lib`, replayed in order on one state. Cases named in
 * `knownDeviations` (as the test titles show them) are reported pending with the reason.
 */
export function describeRecordedCases(lib: LuaLibrary, knownDeviations: Record<string, string> = {}): void {
  describe(`cases recorded from lua5.3`, () => {
    const L = new LibState();
    for (const c of recorded.filter((r) => r.lib === lib.name)) {
      const { lib: _lib, fn: _fn, args: _args, ...expected } = c;
      const shown = c.args.map((a) => (a.startsWith("s:") ? JSON.stringify(decode(a)) : a)).join(", ");
      const title = `${c.fn}(${shown})`;
      const readable = (r: typeof expected) => ({ ...r, err: r.err && Buffer.from(r.err, "hex").toString("latin1") });
      const run = () => expect(readable(replay(L, lib, c))).to.deep.equal(readable(expected));
      if (title in knownDeviations) {
        it(`${title} — ${knownDeviations[title]}`, function () {
          replay(L, lib, c); // keeps the state (the random sequence) in step
          this.skip();
        });
      } else {
        it(title, run);
      }
    }
  });
}

/** Calls a native function value (an iterator, say) as the evaluator would. */
export function callNative(L: LuaState, f: LuaValue, args: LuaValue[]): LuaValue[] {
  if (!(f instanceof NativeFunction)) throw new Error("not a native function");
  return f.body(L, args);
}
