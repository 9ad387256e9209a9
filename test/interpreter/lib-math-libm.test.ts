// Unit tests of math-libm: correctly rounded elementary functions and glibc's special cases.
import { expect } from "chai";
import * as libm from "../../interpreter/lib/math-libm";

describe("math-libm", () => {
  it("rounds exp and log correctly where V8's Math differs from glibc", () => {
    // values from lua5.3 (glibc 2.36), printed with %a
    expect(libm.log(27) / libm.log(3)).to.equal(3);
    expect(libm.exp(1)).to.equal(Math.E);
    expect(libm.log(Math.E)).to.equal(1);
    expect(libm.log2(8)).to.equal(3);
    expect(libm.log10(1000)).to.equal(3);
  });

  it("keeps C's special values", () => {
    expect(libm.log(0)).to.equal(-Infinity);
    expect(libm.log(-1)).to.be.NaN;
    expect(libm.log(Infinity)).to.equal(Infinity);
    expect(libm.exp(-Infinity)).to.equal(0);
    expect(libm.exp(710)).to.equal(Infinity);
    expect(libm.exp(-745.2)).to.equal(0);
    expect(Object.is(libm.sin(-0), -0)).to.equal(true);
    expect(libm.cos(0)).to.equal(1);
    expect(libm.atan2(0, -0)).to.equal(Math.PI);
    expect(libm.atan2(-0, -1)).to.equal(-Math.PI);
    expect(libm.acos(1)).to.equal(0);
    expect(libm.asin(2)).to.be.NaN;
    expect(libm.cosh(0)).to.equal(1);
    expect(libm.sinh(-1000)).to.equal(-Infinity);
  });

  it("rounds subnormal results of exp once", () => {
    // lua5.3: string.format("%.17g", math.exp(x))
    expect(libm.exp(-708.5)).to.equal(2.006132305331306e-308);
    expect(libm.exp(-720)).to.equal(2.0322308024183599e-313);
    expect(libm.exp(-740)).to.equal(4.1995579896505956e-322);
    expect(libm.exp(-745.13)).to.equal(4.9406564584124654e-324);
    expect(libm.exp(-745.1332191019412)).to.equal(0);
  });

  it("agrees with the double-precision functions to within one ulp", () => {
    for (let i = 1; i < 2000; i++) {
      const x = i * 0.731;
      for (const [mine, v8] of [
        [libm.sin(x), Math.sin(x)], [libm.cos(x), Math.cos(x)], [libm.tan(x), Math.tan(x)],
        [libm.exp(x / 10), Math.exp(x / 10)], [libm.log(x), Math.log(x)], [libm.atan2(x, 7), Math.atan2(x, 7)],
      ]) {
        expect(Math.abs(mine - v8)).to.be.at.most(Math.abs(v8) * 2 ** -52);
      }
    }
  });
});
