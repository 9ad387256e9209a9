// Tests for number.ts (manual §2.1, §3.4.1–3.4.3): expected values recorded from lua5.3 (PUC 5.3.6).
import { expect } from "chai";
import { spawnSync } from "child_process";
import {
  add, band, bnot, bor, bxor, div, float, floatToInteger, idiv, int, isFloat, isInteger, isNumber, mod, mul,
  numberToString, numEq, numLe, numLt, pow, shl, shr, str2number, sub, toFloat, tointeger, tonumber, unm,
  type LuaNumber,
} from "../../interpreter/runtime/number";
import { formatFloat } from "../../interpreter/runtime/printf";
import { LuaFloat } from "../../interpreter/runtime/value";

/** "i:<decimal>" for an integer, "f:<%.17g>" for a float, "nil": how the tables below show results. */
function show(v: LuaNumber | undefined): string {
  if (v === undefined) return "nil";
  if (isInteger(v)) return `i:${v}`;
  return `f:${formatFloat({ flags: "", width: undefined, precision: 17, conversion: "g" }, toFloat(v))}`;
}

/** Checks the representation invariant of value.ts on a result. */
function checkRepresentation(v: LuaNumber | undefined): void {
  if (typeof v === "bigint") expect(Number.isSafeInteger(Number(v)) && BigInt(Number(v)) === v, `${v}n is safe`).to.equal(false);
  if (typeof v === "number" && Number.isSafeInteger(v)) expect(Object.is(v, -0), "integer -0").to.equal(false);
  if (v instanceof LuaFloat) expect(Number.isSafeInteger(v.n), `boxed ${v.n}`).to.equal(true);
}

const MAXINT = 0x7fffffffffffffffn;
const MININT = -0x8000000000000000n;

// [string, lua5.3's tonumber(string) shown as above]
const STRINGS: [string, string][] = [
  ["10", "i:10"],
  ["  10  ", "i:10"],
  ["\t\n\v\f\r10\r\n", "i:10"],
  ["-10", "i:-10"],
  ["+10", "i:10"],
  ["- 10", "nil"],
  ["+-1", "nil"],
  ["0x10", "i:16"],
  ["0X1f", "i:31"],
  ["-0x10", "i:-16"],
  ["+0x10", "i:16"],
  ["0x", "nil"],
  ["0xg", "nil"],
  ["0xffffffffffffffff", "i:-1"],
  ["0x7fffffffffffffff", "i:9223372036854775807"],
  ["0x8000000000000000", "i:-9223372036854775808"],
  ["0x1ffffffffffffffff0", "i:-16"],
  ["9223372036854775807", "i:9223372036854775807"],
  ["9223372036854775808", "f:9.2233720368547758e+18"],
  ["-9223372036854775808", "i:-9223372036854775808"],
  ["-9223372036854775809", "f:-9.2233720368547758e+18"],
  ["18446744073709551616", "f:1.8446744073709552e+19"],
  ["1e", "nil"],
  ["1e5", "f:100000"],
  ["1E+5", "f:100000"],
  ["1e-5", "f:1.0000000000000001e-05"],
  [".5", "f:0.5"],
  ["5.", "f:5"],
  [".", "nil"],
  ["-.5", "f:-0.5"],
  ["1.5e3", "f:1500"],
  ["1e400", "f:inf"],
  ["-1e400", "f:-inf"],
  ["1e-400", "f:0"],
  ["0x.8", "f:0.5"],
  ["0xA.", "f:10"],
  ["0x.p1", "nil"],
  ["0x1p4", "f:16"],
  ["0x1P-2", "f:0.25"],
  ["0x1.8", "f:1.5"],
  ["-0x1.8p1", "f:-3"],
  ["0x1p99999", "f:inf"],
  ["0x1p-1074", "f:4.9406564584124654e-324"],
  ["0x1p-1075", "f:0"],
  ["0x1.8p-1074", "f:9.8813129168249309e-324"],
  ["0x1.000000000000080000000001p0", "f:1.0000000000000002"],
  ["0x1.00000000000008p0", "f:1"],
  ["0x1.00000000000018p0", "f:1.0000000000000004"],
  ["inf", "nil"],
  ["nan", "nil"],
  ["-inf", "nil"],
  ["Infinity", "nil"],
  ["1 2", "nil"],
  ["", "nil"],
  ["  ", "nil"],
  ["1\0", "nil"],
  ["1e1.5", "nil"],
  ["0x1e", "i:30"],
  ["0x1e+1", "nil"],
  ["00012", "i:12"],
  ["1__0", "nil"],
  ["\u00a07", "nil"],
  ["12a", "nil"],
  ["0.1", "f:0.10000000000000001"],
  ["123456789012345678901234567890", "f:1.2345678901234568e+29"],
  ["4.9e-324", "f:4.9406564584124654e-324"],
  ["2.4703282292062328e-324", "f:4.9406564584124654e-324"],
  ["2.4703282292062327e-324", "f:0"],
  ["1.7976931348623158e308", "f:1.7976931348623157e+308"],
  ["1.7976931348623159e308", "f:inf"],
];

describe("number str2number", () => {
  for (const [s, expected] of STRINGS) {
    it(`tonumber(${JSON.stringify(s)}) is ${expected}`, () => {
      const n = str2number(s);
      checkRepresentation(n);
      expect(show(n)).to.equal(expected);
    });
  }
  it("tonumber passes numbers through and rejects other values", () => {
    expect(tonumber(5)).to.equal(5);
    expect(tonumber(1.5)).to.equal(1.5);
    expect(tonumber(true)).to.equal(undefined);
    expect(tonumber(undefined)).to.equal(undefined);
    expect(show(tonumber(" 0x10 "))).to.equal("i:16");
  });
});

// [double, lua5.3's tostring of that float]
const FLOATS: [number, string][] = [
  [1e15, "1e+15"], [1e16, "1e+16"], [2 ** 53, "9.007199254741e+15"], [2 ** 63, "9.2233720368548e+18"],
  [-(2 ** 63), "-9.2233720368548e+18"], [-0, "-0.0"], [0, "0.0"], [0.1, "0.1"], [1 / 3, "0.33333333333333"],
  [-1 / 3, "-0.33333333333333"], [100, "100.0"], [1e100, "1e+100"], [-1e100, "-1e+100"],
  [123456789012345, "1.2345678901234e+14"], [12345678901234, "12345678901234.0"], [1e14, "1e+14"],
  [99999999999999, "99999999999999.0"], [1e-5, "1e-05"], [0.0001, "0.0001"], [0.00015, "0.00015"],
  [5e-324, "4.9406564584125e-324"], [1.7976931348623157e308, "1.7976931348623e+308"], [Infinity, "inf"],
  [-Infinity, "-inf"], [3.14159265358979, "3.1415926535898"], [10000000000000.5, "10000000000000.0"],
  [100000000000005, "1e+14"], [2.5, "2.5"], [-(2 ** 53), "-9.007199254741e+15"], [2 ** 24, "16777216.0"],
  [Math.PI, "3.1415926535898"], [-Math.PI, "-3.1415926535898"], [1e21, "1e+21"], [123456789, "123456789.0"],
];

describe("number numberToString", () => {
  for (const [x, expected] of FLOATS) {
    it(`tostring(${Object.is(x, -0) ? "-0.0" : x}) is ${expected}`, () => {
      expect(numberToString(float(x))).to.equal(expected);
    });
  }
  it("prints integers in decimal", () => {
    expect(numberToString(42)).to.equal("42");
    expect(numberToString(-0x8000000000000000n)).to.equal("-9223372036854775808");
  });
  it("prints NaN with its sign as lua5.3 on x86-64 does", () => {
    const nan = div(float(0), float(0)); // runtime 0/0: the default NaN, sign bit set
    expect(numberToString(nan)).to.equal("-nan");
    expect(numberToString(unm(nan))).to.equal("nan");
    expect(numberToString(sub(Infinity, Infinity))).to.equal("-nan");
    expect(numberToString(mod(1, float(0)) as LuaNumber)).to.equal("-nan");
    expect(numberToString(mul(Infinity, 0))).to.equal("-nan");
    expect(str2number("nan")).to.equal(undefined);
  });
});

// [Lua expression, result computed here, lua5.3's tostring of the expression]
const INTEGER_OPS: [string, () => LuaNumber | undefined, string][] = [
  ["math.maxinteger + 1", () => add(MAXINT, 1), "-9223372036854775808"],
  ["math.mininteger - 1", () => sub(MININT, 1), "9223372036854775807"],
  ["math.mininteger * -1", () => mul(MININT, -1), "-9223372036854775808"],
  ["math.mininteger // -1", () => idiv(MININT, -1), "-9223372036854775808"],
  ["math.mininteger % -1", () => mod(MININT, -1), "0"],
  ["-math.mininteger", () => unm(MININT), "-9223372036854775808"],
  ["math.maxinteger * 2", () => mul(MAXINT, 2), "-2"],
  ["9007199254740993 - 1", () => sub(9007199254740993n, 1), "9007199254740992"],
  ["9007199254740991 + 1", () => add(9007199254740991, 1), "9007199254740992"],
  ["-9007199254740991 - 1", () => sub(-9007199254740991, 1), "-9007199254740992"],
  ["3037000500 * 3037000500", () => mul(3037000500, 3037000500), "-9223372036709301616"],
  ["94906267 * 94906267", () => mul(94906267, 94906267), "9007199515875289"],
  ["94906265 * 94906265", () => mul(94906265, 94906265), "9007199136250225"],
  ["7 // 2", () => idiv(7, 2), "3"],
  ["-7 // 2", () => idiv(-7, 2), "-4"],
  ["7 // -2", () => idiv(7, -2), "-4"],
  ["-7 // -2", () => idiv(-7, -2), "3"],
  ["7 % 3", () => mod(7, 3), "1"],
  ["-7 % 3", () => mod(-7, 3), "2"],
  ["7 % -3", () => mod(7, -3), "-2"],
  ["-7 % -3", () => mod(-7, -3), "-1"],
  ["0 * -1", () => mul(0, -1), "0"],
  ["-6 % 3", () => mod(-6, 3), "0"],
  ["0 // -3", () => idiv(0, -3), "0"],
  ["math.mininteger // 2", () => idiv(MININT, 2), "-4611686018427387904"],
  ["math.mininteger % 3", () => mod(MININT, 3), "1"],
  ["math.maxinteger // -3", () => idiv(MAXINT, -3), "-3074457345618258603"],
  ["9007199254740991 // 2", () => idiv(9007199254740991, 2), "4503599627370495"],
  ["1 << 63", () => shl(1, 63), "-9223372036854775808"],
  ["1 << 64", () => shl(1, 64), "0"],
  ["1 << -1", () => shl(1, -1), "0"],
  ["-1 >> 1", () => shr(-1, 1), "9223372036854775807"],
  ["-1 >> 63", () => shr(-1, 63), "1"],
  ["-1 >> 64", () => shr(-1, 64), "0"],
  ["-1 << -1", () => shl(-1, -1), "9223372036854775807"],
  ["2 >> -2", () => shr(2, -2), "8"],
  ["-1 >> -64", () => shr(-1, -64), "0"],
  ["1 << math.mininteger", () => shl(1, MININT), "0"],
  ["3 << 62", () => shl(3, 62), "-4611686018427387904"],
  ["0xff & -0x10", () => band(0xff, -0x10), "240"],
  ["5 | (1 << 40)", () => bor(5, 2 ** 40), "1099511627781"],
  ["5 ~ -1", () => bxor(5, -1), "-6"],
  ["~0", () => bnot(0), "-1"],
  ["~math.mininteger", () => bnot(MININT), "9223372036854775807"],
  ["(1 << 53) ~ 1", () => bxor(2n ** 53n, 1), "9007199254740993"],
  ["0x7fffffff << 1", () => shl(0x7fffffff, 1), "4294967294"],
  ["1 // 0", () => idiv(1, 0), "nil"],
  ["1 % 0", () => mod(1, 0), "nil"],
  ["math.mininteger % 0", () => mod(MININT, 0), "nil"],
];

describe("number integer arithmetic", () => {
  for (const [expr, compute, expected] of INTEGER_OPS) {
    it(`${expr} is ${expected}`, () => {
      const r = compute();
      checkRepresentation(r);
      expect(r === undefined ? "nil" : numberToString(r)).to.equal(expected);
    });
  }
});

// [Lua expression, result computed here, lua5.3's tostring of the expression]
const FLOAT_OPS: [string, () => LuaNumber | undefined, string][] = [
  ["1 % math.huge", () => mod(1, Infinity), "1.0"],
  ["-1 % math.huge", () => mod(-1, Infinity), "inf"],
  ["1 % -math.huge", () => mod(1, -Infinity), "-inf"],
  ["5.3 % -2", () => mod(5.3, -2), "-0.7"],
  ["-0.0 % 1", () => mod(float(-0), 1), "-0.0"],
  ["0.0 % -1", () => mod(float(0), -1), "0.0"],
  ["5 // 0.0", () => idiv(5, float(0)), "inf"],
  ["-5 // 0.0", () => idiv(-5, float(0)), "-inf"],
  ["0/0 // 1", () => idiv(div(float(0), float(0)), 1), "-nan"],
  ["7 // 2.0", () => idiv(7, float(2)), "3.0"],
  ["-7 // 2.0", () => idiv(-7, float(2)), "-4.0"],
  ["-0.0 // 1", () => idiv(float(-0), 1), "-0.0"],
  ["7 / 2", () => div(7, 2), "3.5"],
  ["4 / 2", () => div(4, 2), "2.0"],
  ["2^53", () => pow(2, 53), "9.007199254741e+15"],
  ["1 ^ (0/0)", () => pow(1, NaN), "1.0"],
  ["(-1) ^ math.huge", () => pow(-1, Infinity), "1.0"],
  ["(-8) ^ (1/3)", () => pow(-8, 1 / 3), "-nan"],
  ["0.1 + 0.2", () => add(0.1, 0.2), "0.3"],
  ["1 + 1.0", () => add(1, float(1)), "2.0"],
  ["2^53 + 1 (float)", () => add(2 ** 53, 1), "9.007199254741e+15"],
  ["-(0.0)", () => unm(float(0)), "-0.0"],
  ["math.maxinteger + 0.0", () => add(MAXINT, float(0)), "9.2233720368548e+18"],
  ["math.maxinteger * 1.0 == 2^63", () => (numEq(mul(MAXINT, float(1)), 2 ** 63) ? 1 : 0), "1"],
];

describe("number float arithmetic", () => {
  for (const [expr, compute, expected] of FLOAT_OPS) {
    it(`${expr} is ${expected}`, () => {
      const r = compute();
      checkRepresentation(r);
      expect(r === undefined ? "nil" : numberToString(r)).to.equal(expected);
    });
  }
});

// [Lua expression, a, b, lua5.3's string.format("%.17g", a ^ b)]: pow to the last bit.
// (Not listed: exact ties such as 10^23, where glibc rounds either way; see cPow.)
const POWERS: [string, LuaNumber, LuaNumber, string][] = [
  ["63^63", 63, 63, "2.2827303634696703e+113"],
  ["(-7)^65", -7, 65, "-8.5383234134508493e+54"],
  ["5^-5.3", 5, -5.3, "0.00019745083607040315"],
  ["5^(1/3)", 5, 1 / 3, "1.7099759466766968"],
  ["10^-5", 10, -5, "1.0000000000000001e-05"],
  ["2^0.5", 2, 0.5, "1.4142135623730951"],
  ["1.1^2", 1.1, 2, "1.2100000000000002"],
  ["10^22", 10, 22, "1e+22"],
  ["3^-40", 3, -40, "8.2252633399699586e-20"],
  ["0.1^-300", 0.1, -300, "9.999999999999834e+299"],
  ["2^-1074", 2, -1074, "4.9406564584124654e-324"],
  ["2^-1075", 2, -1075, "0"],
  ["(-8)^3", -8, 3, "-512"],
  ["(-0.0)^0.5", float(-0), 0.5, "0"],
];

describe("number pow", () => {
  for (const [expr, a, b, expected] of POWERS) {
    it(`${expr} is ${expected}`, () => {
      expect(show(pow(a, b))).to.equal(`f:${expected}`);
    });
  }
});

// [Lua expression, a, b, expected ==, <, <= from lua5.3]
const COMPARISONS: [string, LuaNumber, LuaNumber, [boolean, boolean, boolean]][] = [
  ["2^53 (int) vs 2^53 (float)", 9007199254740992n, 2 ** 53, [true, false, true]],
  ["2^53+1 (int) vs 2^53 (float)", 9007199254740993n, 2 ** 53, [false, false, false]],
  ["2^53 (float) vs 2^53+1 (int)", 2 ** 53, 9007199254740993n, [false, true, true]],
  ["math.maxinteger vs 2^63", MAXINT, 2 ** 63, [false, true, true]],
  ["math.mininteger vs -2^63", MININT, -(2 ** 63), [true, false, true]],
  ["math.mininteger vs -2^63 - 2048", MININT, -(2 ** 63) - 2048, [false, false, false]],
  ["1 vs 1.0", 1, float(1), [true, false, true]],
  ["-0.0 vs 0", float(-0), 0, [true, false, true]],
  ["1 vs 1.5", 1, 1.5, [false, true, true]],
  ["math.maxinteger vs math.huge", MAXINT, Infinity, [false, true, true]],
  ["math.mininteger vs -math.huge", MININT, -Infinity, [false, false, false]],
  ["0/0 vs 0/0", NaN, NaN, [false, false, false]],
  ["1 vs 0/0", 1, NaN, [false, false, false]],
  ["math.maxinteger vs 0/0", MAXINT, NaN, [false, false, false]],
  ["2^60 vs 2^60+1", 2n ** 60n, 2n ** 60n + 1n, [false, true, true]],
  ["2^60+1 vs 2^60 (float)", 2n ** 60n + 1n, 2 ** 60, [false, false, false]],
  ["2^53-1 vs 9007199254740991.5 (which is 2^53 as a float)", 9007199254740991, 9007199254740991.5, [false, true, true]],
];

describe("number comparisons", () => {
  for (const [label, a, b, [eq, lt, le]] of COMPARISONS) {
    it(`${label}: == ${eq}, < ${lt}, <= ${le}`, () => {
      expect([numEq(a, b), numLt(a, b), numLe(a, b)]).to.deep.equal([eq, lt, le]);
    });
  }
});

describe("number conversions", () => {
  it("tointeger: exact integral values only", () => {
    expect(tointeger(3)).to.equal(3);
    expect(tointeger(float(3))).to.equal(3);
    expect(Object.is(tointeger(float(-0)), 0)).to.equal(true);
    expect(tointeger(3.5)).to.equal(undefined);
    expect(tointeger(2 ** 63)).to.equal(undefined);
    expect(tointeger(-(2 ** 63))).to.equal(MININT);
    expect(tointeger(2 ** 62)).to.equal(2n ** 62n);
    expect(tointeger(NaN)).to.equal(undefined);
    expect(tointeger("0x10")).to.equal(16);
    expect(tointeger(" 3.0 ")).to.equal(3);
    expect(tointeger("3.5")).to.equal(undefined);
    expect(tointeger("x")).to.equal(undefined);
    expect(tointeger(true)).to.equal(undefined);
  });
  it("floatToInteger: floor and ceil modes", () => {
    expect(floatToInteger(-3.5, "floor")).to.equal(-4);
    expect(floatToInteger(-3.5, "ceil")).to.equal(-3);
    expect(Object.is(floatToInteger(-0.5, "ceil"), 0)).to.equal(true);
    expect(floatToInteger(2 ** 63, "floor")).to.equal(undefined);
    expect(floatToInteger(-Infinity, "ceil")).to.equal(undefined);
    expect(floatToInteger(3.5, "exact")).to.equal(undefined);
  });
  it("int wraps and normalises; float boxes integral values", () => {
    expect(int(2n ** 64n + 5n)).to.equal(5);
    expect(int(2n ** 63n)).to.equal(MININT);
    expect(int(2n ** 53n)).to.equal(2n ** 53n);
    expect(float(1.5)).to.equal(1.5);
    expect(float(2)).to.be.instanceOf(LuaFloat);
    expect(float(2 ** 53)).to.equal(2 ** 53);
    expect(toFloat(MAXINT)).to.equal(2 ** 63);
    expect(toFloat(2n ** 53n + 1n)).to.equal(2 ** 53); // round to nearest, ties to even
  });
  it("subtypes", () => {
    expect([isNumber(1), isNumber(1n), isNumber(float(1)), isNumber("1"), isNumber(undefined)]).to.deep.equal([true, true, true, false, false]);
    expect([isInteger(1), isInteger(1n), isInteger(float(1)), isInteger(1.5)]).to.deep.equal([true, true, false, false]);
    expect([isFloat(1), isFloat(1n), isFloat(float(1)), isFloat(1.5), isFloat(NaN)]).to.deep.equal([false, false, true, true, true]);
  });
});

/** A NaN with its sign bit set, as x86 produces for 0/0. */
const NEGATIVE_NAN = new Float64Array(new BigUint64Array([0xfff8000000000000n]).buffer)[0];

// [Lua source, the same value here]: operands for the live comparison with lua5.3.
const POOL: [string, LuaNumber][] = [
  ["0", 0], ["1", 1], ["-1", -1], ["2", 2], ["3", 3], ["-3", -3], ["5", 5], ["-7", -7], ["63", 63], ["64", 64],
  ["-64", -64], ["65", 65], ["math.maxinteger", MAXINT], ["math.mininteger", MININT], ["math.maxinteger - 1", MAXINT - 1n],
  ["9007199254740992", 2n ** 53n], ["9007199254740993", 2n ** 53n + 1n], ["-9007199254740992", -(2n ** 53n)],
  ["9007199254740991", 9007199254740991], ["-9007199254740991", -9007199254740991], ["2147483648", 2147483648],
  ["-2147483648", -2147483648], ["4294967296", 4294967296], ["2147483647", 2147483647], ["3037000500", 3037000500],
  ["94906267", 94906267], ["0.0", float(0)], ["-0.0", float(-0)], ["1.0", float(1)], ["-1.0", float(-1)],
  ["0.5", 0.5], ["5.3", 5.3], ["-5.3", -5.3], ["3.0", float(3)], ["-2.0", float(-2)], ["2.0^53", 2 ** 53],
  ["2.0^53 + 2", 2 ** 53 + 2], ["2.0^63", 2 ** 63], ["-2.0^63", -(2 ** 63)], ["1e308", 1e308],
  ["math.huge", Infinity], ["-math.huge", -Infinity], ["0/0", NEGATIVE_NAN], ["-(0/0)", NaN], ["1/3", 1 / 3],
  ["9007199254740991.0", float(9007199254740991)], ["1e-310", 1e-310],
];

type Binary = (a: LuaNumber, b: LuaNumber) => LuaNumber | boolean | undefined;
type Bitwise = (a: number | bigint, b: number | bigint) => number | bigint;
const ARITHMETIC: [string, Binary][] = [
  ["+", add], ["-", sub], ["*", mul], ["/", div], ["^", pow], ["%", mod], ["//", idiv], ["==", numEq], ["<", numLt], ["<=", numLe],
];
const BITWISE: [string, Bitwise][] = [["&", band], ["|", bor], ["~", bxor], ["<<", shl], [">>", shr]];

/** A result as the Lua side prints it: "err" for an error, "i<n>", "f<%a>" or a boolean. */
function showExact(v: LuaNumber | boolean | undefined): string {
  if (v === undefined) return "err";
  if (typeof v === "boolean") return String(v);
  if (isInteger(v)) return `i${v}`;
  return `f${formatFloat({ flags: "", width: undefined, precision: undefined, conversion: "a" }, toFloat(v))}`;
}

describe("number against a live lua5.3", function () {
  const cases: [string, () => LuaNumber | boolean | undefined][] = [];
  for (const [la, a] of POOL) {
    cases.push([`-(${la})`, () => unm(a)]);
    if (isInteger(a)) cases.push([`~(${la})`, () => bnot(a)]);
    for (const [lb, b] of POOL) {
      for (const [op, f] of ARITHMETIC) cases.push([`(${la}) ${op} (${lb})`, () => f(a, b)]);
      if (isInteger(a) && isInteger(b)) for (const [op, f] of BITWISE) cases.push([`(${la}) ${op} (${lb})`, () => f(a, b)]);
    }
  }
  const prelude = `local function show(ok, x)
    if not ok then return "err" elseif type(x) == "boolean" then return tostring(x)
    elseif math.type(x) == "integer" then return "i" .. x else return "f" .. string.format("%a", x) end
  end\n`;
  const script = prelude + cases.map(([src]) => `print(show(pcall(function() return ${src} end)))`).join("\n");
  const run = spawnSync("lua5.3", ["-"], { input: script, encoding: "latin1", maxBuffer: 1 << 26 });

  it(`computes ${cases.length} operations exactly as lua5.3 does`, function () {
    if (run.error || run.status !== 0) this.skip();
    const lines = run.stdout.split("\n");
    const wrong = cases.map(([src, f], i) => [src, showExact(f()), lines[i]]).filter(([, mine, lua]) => mine !== lua);
    expect(wrong.slice(0, 5)).to.deep.equal([]);
  });
});
