// Unit tests of the math library, with expectations recorded from lua5.3.
import { expect } from "chai";
import { GlibcRandom, frexp, ldexp, mathConstants, mathLib } from "../../interpreter/lib/math";
import { MAXINTEGER, MININTEGER } from "../../interpreter/runtime/number";
import { LuaFloat } from "../../interpreter/runtime/value";
import { LibState, describeRecordedCases } from "./lib-cases";

describe("math library", () => {
  describeRecordedCases(mathLib, {
    // sin(16.641428571428573): the exact value lies 0.497 ulp from both neighbours; luaref
    // rounds correctly, glibc does not (see math-libm.ts)
    "sin(f:7701b1a934a43040)": "glibc's sin is not correctly rounded here",
  });

  it("has the constants of lmathlib.c", () => {
    expect(mathConstants).to.deep.equal({ pi: Math.PI, huge: Infinity, maxinteger: MAXINTEGER, mininteger: MININTEGER });
  });

  it("registers every function lua5.3 (with LUA_COMPAT_MATHLIB) has", () => {
    const names = "abs acos asin atan atan2 ceil cos cosh deg exp floor fmod frexp ldexp log log10 max min modf "
      + "pow rad random randomseed sin sinh sqrt tan tanh tointeger type ult";
    const all = [...Object.keys(mathLib.functions), ...Object.keys(mathLib.compatFunctions ?? {})];
    expect(all.sort()).to.deep.equal(names.split(" "));
    expect(Object.keys(mathLib.compatFunctions ?? {})).to.deep.equal(["atan2", "cosh", "sinh", "tanh", "pow", "frexp", "ldexp", "log10"]);
  });

  describe("GlibcRandom", () => {
    it("starts as glibc does without srandom (srandom(1))", () => {
      const g = new GlibcRandom();
      expect([g.next(), g.next(), g.next()]).to.deep.equal([1804289383, 846930886, 1681692777]);
    });
    it("treats seed 0 as 1", () => {
      const a = new GlibcRandom(0);
      const b = new GlibcRandom(1);
      expect(a.next()).to.equal(b.next());
    });
    it("gives lua5.3's math.random(1, 1000) after randomseed", () => {
      // lua5.3 -e 'math.randomseed(42) for i=1,5 do io.write(math.random(1000)," ") end'
      const L = new LibState();
      L.invoke(mathLib, "randomseed", 42);
      const draws = [1, 2, 3, 4, 5].map(() => L.invoke(mathLib, "random", 1000)[0]);
      expect(draws).to.deep.equal([330, 691, 423, 207, 251]);
    });
    it("keeps one sequence per state", () => {
      const a = new LibState();
      const b = new LibState();
      a.invoke(mathLib, "random");
      expect(b.invoke(mathLib, "random", 1, 1000)).to.deep.equal([841]);
    });
  });

  describe("ldexp and frexp", () => {
    it("round once into the subnormals", () => {
      expect(ldexp(1.5, -1073)).to.equal(3 * 2 ** -1074);
      expect(ldexp(1, -1075)).to.equal(0); // a tie, rounded to even
      expect(ldexp(3, -1075)).to.equal(2 * 2 ** -1074);
      expect(ldexp(1, 1024)).to.equal(Infinity);
      expect(ldexp(2 ** -1074, 2097)).to.equal(2 ** 1023);
    });
    it("split every double into [0.5, 1) and an exponent", () => {
      for (const x of [1, 0.5, 10, -3, 2 ** 1023, 5e-324, 1e-310, 12345.678, Number.MAX_VALUE]) {
        const [m, e] = frexp(x);
        expect(Math.abs(m)).to.be.within(0.5, 0.9999999999999999);
        expect(ldexp(m, e)).to.equal(x);
      }
      expect(frexp(0)).to.deep.equal([0, 0]);
      expect(frexp(-Infinity)).to.deep.equal([-Infinity, 0]);
    });
  });

  it("returns integral floats boxed and integers unboxed", () => {
    const L = new LibState();
    expect(L.invoke(mathLib, "sqrt", 16)).to.deep.equal([new LuaFloat(4)]);
    expect(L.invoke(mathLib, "floor", 3.5)).to.deep.equal([3]);
    expect(L.invoke(mathLib, "floor", 2 ** 62 + 0.5)).to.deep.equal([2n ** 62n]);
    expect(L.invoke(mathLib, "abs", MININTEGER)).to.deep.equal([MININTEGER]);
  });
});
