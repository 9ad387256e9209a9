// The string library (manual §6.4) against calls recorded from PUC lua5.3: the cases of
// lib-string-cases.lua, and every scalar call the test/lua/string programs make
// (lib-string-corpus.json, recorded by lib-string-record.lua).
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { LuaError } from "../../interpreter/runtime/error";
import { NativeFunction } from "../../interpreter/runtime/native";
import { float, int, isInteger, isNumber, toFloat } from "../../interpreter/runtime/number";
import { LuaTable } from "../../interpreter/runtime/table";
import type { LuaValue } from "../../interpreter/runtime/value";
import { stringLib } from "../../interpreter/lib/string";
import { FakeState } from "./fake-state";

interface Case {
  kind: "call" | "gmatch";
  fn: string;
  args: string[];
  out?: string[];
  err?: string;
}

function loadCases(file: string): Case[] {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "../../../test/interpreter", file), "latin1")) as Case[];
}

function fromHex(h: string): string {
  let s = "";
  for (let i = 0; i < h.length; i += 2) s += String.fromCharCode(parseInt(h.slice(i, i + 2), 16));
  return s;
}

function toHex(s: string): string {
  let h = "";
  for (let i = 0; i < s.length; i++) h += s.charCodeAt(i).toString(16).padStart(2, "0");
  return h;
}

function doubleToHex(n: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, n, true);
  return toHex(String.fromCharCode(...new Uint8Array(view.buffer)));
}

/** A tagged value of the case file as a Lua value. */
function decode(tag: string): LuaValue {
  const body = tag.slice(2);
  if (tag.startsWith("s:")) return fromHex(body);
  if (tag.startsWith("i:")) return int(BigInt(body));
  if (tag.startsWith("f:")) {
    const view = new DataView(new ArrayBuffer(8));
    fromHex(body).split("").forEach((c, i) => view.setUint8(i, c.charCodeAt(0)));
    return float(view.getFloat64(0, true));
  }
  if (tag === "nil") return undefined;
  if (tag === "true" || tag === "false") return tag === "true";
  if (tag.startsWith("table:")) return new LuaTable();
  return new NativeFunction("print", () => []);
}

/** A Lua value in the case file's tagged form. */
function encode(v: LuaValue): string {
  if (typeof v === "string") return "s:" + toHex(v);
  if (isInteger(v)) return "i:" + String(v);
  if (isNumber(v)) return "f:" + doubleToHex(toFloat(v));
  if (v === undefined) return "nil";
  if (typeof v === "boolean") return String(v);
  return "other";
}

/** Positions and function names in messages depend on the caller; compare them without. */
function normaliseError(message: string): string {
  return message
    .replace(/^[\w.-]+:\d+: /, "")
    .replace(/^bad argument #(\d+) to '[^']*'/, "bad argument #$1 to '?'");
}

/** Runs a case on luaref: its tagged results, or its error message. */
function run(c: Case): { out?: string[]; err?: string } {
  const L = new FakeState();
  const args = c.args.map(decode);
  try {
    if (c.kind === "call") return { out: L.invoke(stringLib, c.fn, ...args).map(encode) };
    const [iterator] = L.invoke(stringLib, "gmatch", ...args);
    const out: string[] = [];
    for (;;) {
      const [a, b] = L.call(iterator, []);
      if (a === undefined) return { out };
      out.push(encode(a), b === undefined ? encode("<nil>") : encode(b));
    }
  } catch (e) {
    if (e instanceof LuaError && typeof e.value === "string") return { err: toHex(normaliseError(e.value)) };
    throw e;
  }
}

function describeCase(c: Case): string {
  const shown = c.args.map((t) => {
    const v = decode(t);
    return typeof v === "string" ? JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v) : String(v);
  });
  return `${c.kind === "gmatch" ? "gmatch-all" : c.fn}(${shown.join(", ")})`;
}

for (const file of ["lib-string-cases.json", "lib-string-corpus.json"]) {
  describe(`string library: ${file}, recorded from lua5.3`, () => {
    for (const c of loadCases(file)) defineCase(c);
  });
}

/** Results as shown on failure: error messages decoded, values still tagged. */
function readable(r: { out?: string[]; err?: string }): { out?: string[]; err?: string } {
  return r.err !== undefined ? { err: fromHex(r.err) } : { out: r.out };
}

function defineCase(c: Case): void {
  it(describeCase(c), () => {
    const expected = c.err !== undefined ? { err: toHex(normaliseError(fromHex(c.err))) } : { out: c.out };
    expect(readable(run(c))).to.deep.equal(readable(expected));
  });
}
