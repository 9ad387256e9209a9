// Unit tests of the utf8 library, with expectations recorded from lua5.3.
import { expect } from "chai";
import { utf8Constants, utf8Lib } from "../../interpreter/lib/utf8";
import { LuaError } from "../../interpreter/runtime/error";
import type { LuaValue } from "../../interpreter/runtime/value";
import { LibState, callNative, describeRecordedCases } from "./lib-cases";

/** All (position, code) pairs of a generic for over utf8.codes(s), or the error message. */
function iterate(s: LuaValue): LuaValue[] | string {
  const L = new LibState();
  const [f, state, start] = L.invoke(utf8Lib, "codes", s);
  const pairs: LuaValue[] = [];
  L.currentName = "for iterator";
  try {
    for (let control = start; ;) {
      const r = callNative(L, f, [state, control]);
      if (r[0] === undefined) return pairs;
      pairs.push(...r);
      control = r[0];
    }
  } catch (e) {
    if (e instanceof LuaError) return String(e.value);
    throw e;
  }
}

describe("utf8 library", () => {
  describeRecordedCases(utf8Lib);

  it("has charpattern as in lutf8lib.c", () => {
    expect(utf8Constants.charpattern).to.equal("[\x00-\x7F\xC2-\xF4][\x80-\xBF]*");
  });

  describe("codes", () => {
    // lua5.3 -e 'for p, c in utf8.codes("héllo €") do io.write(p, ":", c, " ") end'
    it("walks the code points with their byte positions", () => {
      expect(iterate("h\xc3\xa9llo \xe2\x82\xac")).to.deep.equal(
        [1, 104, 2, 233, 4, 108, 5, 108, 6, 111, 7, 32, 8, 8364],
      );
      expect(iterate("")).to.deep.equal([]);
      expect(iterate("\xf4\x8f\xbf\xbfa")).to.deep.equal([1, 1114111, 5, 97]);
    });
    it("raises on invalid sequences, including a stray continuation after a code", () => {
      expect(iterate("a\x80")).to.equal("invalid UTF-8 code");
      expect(iterate("ab\xff")).to.equal("invalid UTF-8 code");
      expect(iterate("\xe4\xb8")).to.equal("invalid UTF-8 code");
      expect(iterate("a\xc3\xa9\xa9")).to.equal("invalid UTF-8 code");
    });
    it("returns the original subject (numbers are converted at each step)", () => {
      expect(iterate(123)).to.deep.equal([1, 49, 2, 50, 3, 51]);
    });
    it("restarts from any control value, as lua5.3's iterator does", () => {
      const L = new LibState();
      const [f] = L.invoke(utf8Lib, "codes", "ab");
      expect(callNative(L, f, ["ab", 5])).to.deep.equal([]);
      expect(callNative(L, f, ["ab", -3])).to.deep.equal([1, 97]);
      expect(callNative(L, f, ["h\xc3\xa9llo", 2])).to.deep.equal([4, 108]);
    });
  });
});
