// The string library (manual §6.4): behaviours that need functions, tables or iterators.
// Plain calls with scalar arguments are in lib-string-cases.test.ts, recorded from lua5.3.
import { expect } from "chai";
import { createStringMetatable, stringLib } from "../../interpreter/lib/string";
import { LuaError } from "../../interpreter/runtime/error";
import { NativeFunction } from "../../interpreter/runtime/native";
import { LuaTable } from "../../interpreter/runtime/table";
import { LuaFloat, type LuaValue } from "../../interpreter/runtime/value";
import { FakeState } from "./fake-state";

const L = new FakeState();
const call = (name: string, ...args: LuaValue[]) => L.invoke(stringLib, name, ...args);
const fn = (body: (...args: LuaValue[]) => LuaValue[]) => new NativeFunction("test", (_L, args) => body(...args));

/** The message of the LuaError that `f` raises. */
function errorOf(f: () => unknown): LuaValue {
  try {
    f();
  } catch (e) {
    if (e instanceof LuaError) return e.value;
    throw e;
  }
  throw new Error("no error raised");
}

function table(entries: Record<string, LuaValue>): LuaTable {
  const t = new LuaTable();
  for (const [k, v] of Object.entries(entries)) t.set(k, v);
  return t;
}

describe("string library registration", () => {
  it("registers every 5.3 function, under its Lua name", () => {
    expect(Object.keys(stringLib.functions).sort()).to.deep.equal([
      "byte", "char", "dump", "find", "format", "gmatch", "gsub", "len", "lower", "match",
      "pack", "packsize", "rep", "reverse", "sub", "unpack", "upper",
    ]);
    expect(stringLib.name).to.equal("string");
  });

  it("creates the string metatable with __index = the library table", () => {
    const lib = new LuaTable();
    const mt = createStringMetatable(lib);
    expect(mt.get("__index")).to.equal(lib);
  });
});

describe("string.gsub with a table", () => {
  const t = table({ name: "Lua", version: new LuaFloat(5), n: 42, yes: true, no: false, x: new LuaTable() });

  it("replaces by the first capture's value, keeping the match when it is nil or false", () => {
    expect(call("gsub", "$name $version $missing $n $no", "%$(%w+)", t)).to.deep.equal(["Lua 5.0 $missing 42 $no", 5]);
  });
  it("indexes by the whole match when there are no captures", () => {
    expect(call("gsub", "abc", "%w", table({ a: 1, b: "B" }))).to.deep.equal(["1Bc", 3]);
  });
  it("indexes with position captures as integers", () => {
    const byPosition = new LuaTable();
    byPosition.set(1, "one");
    byPosition.set(3, "three");
    expect(call("gsub", "abc", "()", byPosition)).to.deep.equal(["oneabthreec", 4]);
  });
  it("rejects values that are not strings or numbers", () => {
    expect(errorOf(() => call("gsub", "$yes", "%$(%w+)", t))).to.equal("invalid replacement value (a boolean)");
    expect(errorOf(() => call("gsub", "$x", "%$(%w+)", t))).to.equal("invalid replacement value (a table)");
  });
});

describe("string.gsub with a function", () => {
  it("calls it with the captures and uses its first result", () => {
    const seen: LuaValue[][] = [];
    const f = fn((...args) => {
      seen.push(args);
      return [String(args[0]).toUpperCase() + String(args[1]), "ignored"];
    });
    expect(call("gsub", "hello world", "(%w)(%w*)", f)).to.deep.equal(["Hello World", 2]);
    expect(seen).to.deep.equal([["h", "ello"], ["w", "orld"]]);
  });
  it("passes the whole match when there are no captures, positions as integers", () => {
    const seen: LuaValue[][] = [];
    const f = fn((...args) => {
      seen.push(args);
      return [];
    });
    expect(call("gsub", "ab", "%w", f)).to.deep.equal(["ab", 2]);
    expect(call("gsub", "ab", "()b", f)).to.deep.equal(["ab", 1]);
    expect(seen).to.deep.equal([["a"], ["b"], [2]]);
  });
  it("keeps the match for nil and false, converts numbers", () => {
    expect(call("gsub", "abc", "%w", fn(() => [false]))).to.deep.equal(["abc", 3]);
    expect(call("gsub", "abc", "b", fn(() => [new LuaFloat(2)]))).to.deep.equal(["a2.0c", 1]);
    expect(call("gsub", "abc", "b", fn(() => [1.5]))).to.deep.equal(["a1.5c", 1]);
  });
  it("rejects other results and lets errors through", () => {
    expect(errorOf(() => call("gsub", "abc", "b", fn(() => [new LuaTable()])))).to.equal("invalid replacement value (a table)");
    expect(errorOf(() => call("gsub", "abc", "b", fn(() => [true])))).to.equal("invalid replacement value (a boolean)");
    expect(errorOf(() => call("gsub", "abc", "b", fn(() => { throw new LuaError("boom"); })))).to.equal("boom");
  });
  it("stops after n replacements", () => {
    let calls = 0;
    const f = fn(() => [String(++calls)]);
    expect(call("gsub", "aaa", "a", f, 2)).to.deep.equal(["12a", 2]);
    expect(calls).to.equal(2);
  });
});

describe("string.gmatch", () => {
  it("returns an iterator that returns nothing once exhausted, however often called", () => {
    const [it] = call("gmatch", "one two", "%a+");
    expect(L.call(it, [])).to.deep.equal(["one"]);
    expect(L.call(it, [])).to.deep.equal(["two"]);
    expect(L.call(it, [])).to.deep.equal([]);
    expect(L.call(it, [])).to.deep.equal([]);
  });
  it("raises pattern errors when the iterator runs, not when it is created", () => {
    const [it] = call("gmatch", "x", "(");
    expect(errorOf(() => L.call(it, []))).to.equal("unfinished capture");
  });
  it("matches '^' literally", () => {
    const [it] = call("gmatch", "a^a^ab", "^a");
    expect([L.call(it, []), L.call(it, []), L.call(it, [])]).to.deep.equal([["^a"], ["^a"], []]);
  });
});

describe("string.format with tostring", () => {
  it("uses the state's tostring for %s", () => {
    expect(call("format", "%s|%5s|%-6s|", true, undefined, 1)).to.deep.equal(["true|  nil|1     |"]);
  });
  it("raises 'no value' for a missing argument but accepts an explicit nil", () => {
    expect(errorOf(() => call("format", "%s"))).to.equal("bad argument #2 to 'format' (no value)");
    expect(call("format", "%s", undefined)).to.deep.equal(["nil"]);
  });
});

describe("string.rep beyond the host's limits", () => {
  it("raises 'not enough memory' when the result cannot be a JS string", () => {
    expect(errorOf(() => call("rep", "abcd", 2 ** 28))).to.equal("not enough memory");
  });
});

describe("string.pack argument quirks", () => {
  it("reports a missing first value as nil (the C code's stack mark)", () => {
    expect(errorOf(() => call("pack", "i4"))).to.equal("bad argument #2 to 'pack' (number expected, got nil)");
    expect(errorOf(() => call("pack", "i4 i4", 1))).to.equal("bad argument #3 to 'pack' (number expected, got nil)");
  });
});

describe("string.byte with huge slices", () => {
  it("raises a stack overflow beyond what a Lua stack can return", () => {
    expect(errorOf(() => call("byte", "x".repeat(1_000_001), 1, -1))).to.equal("stack overflow (string slice too long)");
    expect(call("byte", "x".repeat(100_000), 1, -1)).to.have.length(100_000);
  });
});
