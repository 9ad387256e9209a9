// Tests of the lexer (manual §3.1): tokens, numerals, escapes, long brackets, line counting.
import { expect } from "chai";
import { tokenize } from "../../grammar/lexer";
import * as A from "../../grammar/ast";
import { expOf, errorOf, statsOf } from "./helpers";

function kinds(source: string): string[] {
  return tokenize(source).map((t) => t.tokenType.name);
}

function number(source: string): { kind: string; value: bigint | number } {
  const e = expOf(source) as A.NumberExpr;
  expect(e.kind).to.equal("Number");
  return { kind: e.numberKind, value: e.value };
}

function str(source: string): string {
  const e = expOf(source) as A.StringExpr;
  expect(e.kind).to.equal("String");
  return e.value;
}

describe("lexer", () => {
  it("recognizes every keyword, and names that merely start with one", () => {
    const words = "and break do else elseif end false for function goto if in local nil not or repeat return then true until while";
    expect(kinds(words)).to.deep.equal(words.split(" "));
    expect(kinds("elseifx iff nil_ _end")).to.deep.equal(["Name", "Name", "Name", "Name"]);
  });

  it("recognizes every symbol, longest first", () => {
    const symbols = "+ - * / // % ^ # & ~ | << >> == ~= <= >= < > = ( ) { } [ ] :: ; : , . .. ...";
    expect(tokenize(symbols).map((t) => t.image)).to.deep.equal(symbols.split(" "));
    expect(tokenize("a...b..c.d").map((t) => t.image)).to.deep.equal(["a", "...", "b", "..", "c", ".", "d"]);
    expect(tokenize("~=~<<=>>=//").map((t) => t.image)).to.deep.equal(["~=", "~", "<<", "=", ">>", "=", "//"]);
  });

  it("skips short and long comments of any level", () => {
    expect(kinds("a -- c\nb --[[ x\n ]] c --[==[ ]] ]=] ]==] d --[==x\ne")).to.deep.equal(["Name", "Name", "Name", "Name", "Name"]);
  });

  it("reads decimal and hexadecimal integers, wrapping hex modulo 2^64", () => {
    expect(number("42")).to.deep.equal({ kind: "Integer", value: 42n });
    expect(number("0xff")).to.deep.equal({ kind: "Integer", value: 255n });
    expect(number("0x7fffffffffffffff")).to.deep.equal({ kind: "Integer", value: 9223372036854775807n });
    expect(number("0xffffffffffffffff")).to.deep.equal({ kind: "Integer", value: -1n });
    expect(number("0x10000000000000000")).to.deep.equal({ kind: "Integer", value: 0n });
    expect(number("9223372036854775807")).to.deep.equal({ kind: "Integer", value: 9223372036854775807n });
  });

  it("reads decimal integers that overflow as floats", () => {
    expect(number("9223372036854775808")).to.deep.equal({ kind: "Float", value: 9223372036854775808 });
    expect(number("18446744073709551616")).to.deep.equal({ kind: "Float", value: 2 ** 64 });
  });

  it("reads every float form, hexadecimal ones included", () => {
    expect(number("3.")).to.deep.equal({ kind: "Float", value: 3 });
    expect(number(".5e-3")).to.deep.equal({ kind: "Float", value: 0.0005 });
    expect(number("1E2")).to.deep.equal({ kind: "Float", value: 100 });
    expect(number("0x.8p1")).to.deep.equal({ kind: "Float", value: 1 });
    expect(number("0xA.8P0")).to.deep.equal({ kind: "Float", value: 10.5 });
    expect(number("0x1p-2")).to.deep.equal({ kind: "Float", value: 0.25 });
    expect(number("0x1.")).to.deep.equal({ kind: "Float", value: 1 });
    expect(number("1e400")).to.deep.equal({ kind: "Float", value: Infinity });
  });

  it("rejects malformed numerals as llex.c reads them", () => {
    expect(errorOf("x = 0x")).to.equal(`[string "x = 0x"]:1: malformed number near '0x'`);
    expect(errorOf("x = 3..2")).to.equal(`[string "x = 3..2"]:1: malformed number near '3..2'`);
    expect(errorOf("x = 0b1")).to.equal(`[string "x = 0b1"]:1: malformed number near '0b1'`);
  });

  it("processes every escape sequence", () => {
    expect(str(`"\\a\\b\\f\\n\\r\\t\\v\\\\\\"\\'"`)).to.equal("\x07\b\f\n\r\t\v\\\"'");
    expect(str(`'\\65\\066\\0677'`)).to.equal("ABC7");
    expect(str(`"\\x41\\xfF"`)).to.equal("A\xff");
    expect(str(`"a\\z   \n\t  b"`)).to.equal("ab");
    expect(str(`"a\\\nb\\\r\nc"`)).to.equal("a\nb\nc");
    expect(str(`"\\u{41}\\u{7FF}\\u{FFFF}\\u{10FFFF}"`)).to.equal("A\xdf\xbf\xef\xbf\xbf\xf4\x8f\xbf\xbf");
    expect(str(`"\\0"`)).to.equal("\0");
  });

  it("reads long strings, skipping a first line end and normalizing the others", () => {
    expect(str("[[\nabc]]")).to.equal("abc");
    expect(str("[==[\r\na]]b\r\nc\n\rd]==]")).to.equal("a]]b\nc\nd");
    expect(str("[=[]]]=]")).to.equal("]]");
  });

  it("keeps bytes 128..255 as they are", () => {
    expect(str('"\xe9\xff"')).to.equal("\xe9\xff");
  });

  it("counts CR, LF, CRLF and LFCR as llex.c does", () => {
    const lines = statsOf("a=1\nb=1\r\nc=1\n\rd=1\r\re=1\n\nf=1").map((s) => s.line);
    expect(lines).to.deep.equal([1, 2, 3, 4, 6, 8]);
    const afterLong = statsOf("x = [[\n\r\n]] --[[\n\n]] y = 1").map((s) => s.line);
    expect(afterLong).to.deep.equal([1, 5]);
  });
});
