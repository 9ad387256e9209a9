// The corpus of invalid programs (manual §3): luaref's messages must be lua5.3's, byte for byte.
// Each expected text is checked in (syntax-errors.json) and re-verified live against lua5.3 when installed.
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { errorOf } from "./helpers";

interface Case {
  source: string;
  expected: string;
}

const CORPUS = path.join(__dirname, "..", "..", "..", "test", "grammar", "syntax-errors.json");
const corpus: Case[] = JSON.parse(fs.readFileSync(CORPUS, "utf8")) as Case[];

/** Runs `load(source)` for every case in one lua5.3 process; undefined when lua5.3 is absent. */
function messagesFromLua53(cases: Case[]): string[] | undefined {
  const literal = (s: string) => '"' + Array.from(s, (c) => "\\" + c.charCodeAt(0)).join("") + '"';
  const program = `for _, s in ipairs({${cases.map((c) => literal(c.source)).join(",\n")}}) do
    local f, m = load(s); io.write(f and "OK" or m, "\\0") end`;
  const run = spawnSync("lua5.3", ["-"], { input: Buffer.from(program, "latin1"), encoding: "latin1" });
  if (run.error !== undefined || run.status !== 0) return undefined;
  return run.stdout.split("\0").slice(0, -1);
}

describe("syntax errors: corpus of invalid programs", () => {
  it("has at least 100 cases", () => expect(corpus.length).to.be.at.least(100));

  for (const c of corpus) {
    it(`${JSON.stringify(c.source).slice(0, 70)}`, () => expect(errorOf(c.source)).to.equal(c.expected));
  }

  it("matches lua5.3 live (re-verification of the checked-in texts)", function () {
    const live = messagesFromLua53(corpus);
    if (live === undefined) {
      // eslint-disable-next-line no-console
      console.log("      lua5.3 is absent: live re-verification skipped");
      this.skip();
    }
    expect(live).to.deep.equal(corpus.map((c) => c.expected));
  });
});

describe("syntax errors: chunk names and details", () => {
  it("uses the chunk name of `@file` and `=name` sources", () => {
    expect(errorOf("x = = 1", "@t.lua")).to.equal("t.lua:1: unexpected symbol near '='");
    expect(errorOf("x = = 1", "=stdin")).to.equal("stdin:1: unexpected symbol near '='");
  });

  it("reports a syntax error before a later lexical error", () => {
    expect(errorOf('x = = "\\q"')).to.equal(`[string "x = = "\\q""]:1: unexpected symbol near '='`);
    expect(errorOf('x = 1 "\\q"')).to.equal(`[string "x = 1 "\\q""]:1: invalid escape sequence near '"\\q'`);
  });

  it("names the opening token's line only when it differs", () => {
    expect(errorOf("function f()\nreturn 1", "@t.lua")).to.equal("t.lua:2: 'end' expected (to close 'function' at line 1) near <eof>");
    expect(errorOf("do", "@t.lua")).to.equal("t.lua:1: 'end' expected near <eof>");
  });

  it("counts C levels from the depth the parser starts at", () => {
    const deep = "x = " + "(".repeat(197) + "1" + ")".repeat(197);
    expect(errorOf(deep)).to.match(/too many C levels \(limit is 200\) in main function near '1'$/);
  });
});
