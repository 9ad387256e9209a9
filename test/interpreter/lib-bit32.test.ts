// Unit tests of the bit32 library (5.2's, kept by lua5.3), with expectations recorded from lua5.3.
import { expect } from "chai";
import { bit32Lib } from "../../interpreter/lib/bit32";
import { LibState, describeRecordedCases } from "./lib-cases";

describe("bit32 library", () => {
  describeRecordedCases(bit32Lib);

  it("registers the functions of 5.2's lbitlib.c", () => {
    expect(Object.keys(bit32Lib.functions).sort()).to.deep.equal([
      "arshift", "band", "bnot", "bor", "btest", "bxor", "extract", "lrotate", "lshift", "replace", "rrotate", "rshift",
    ]);
  });

  it("agrees with the 32-bit JS operators on unsigned values", () => {
    const L = new LibState();
    const values = [0, 1, 0x7fffffff, 0x80000000, 0xffffffff, 0x12345678, 0xdeadbeef];
    for (const a of values) {
      for (const b of values) {
        expect(L.invoke(bit32Lib, "band", a, b)).to.deep.equal([(a & b) >>> 0]);
        expect(L.invoke(bit32Lib, "bxor", a, b)).to.deep.equal([(a ^ b) >>> 0]);
      }
      for (let s = 0; s < 32; s++) {
        expect(L.invoke(bit32Lib, "lshift", a, s)).to.deep.equal([(a << s) >>> 0]);
        expect(L.invoke(bit32Lib, "rshift", a, s)).to.deep.equal([a >>> s]);
        expect(L.invoke(bit32Lib, "lrotate", a, s)).to.deep.equal([((a << s) | (a >>> (32 - s))) >>> 0]);
      }
    }
  });
});
