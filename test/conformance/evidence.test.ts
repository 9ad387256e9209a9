// Per-cell evidence gathered at report time: suite excerpts, diffs against the reference, known differences grouped once.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { replay } from "../../conformance/history-replay";
import { runsOf } from "../../conformance/history";
import { outputDiff, parseWhere, SuiteExcerpts } from "../../conformance/report-evidence";
import { groupKnown } from "../../conformance/report-known";
import { buildPageData } from "../../conformance/report-page-data";
import { cell, results, SUITE_SHA } from "./fixtures";

describe("conformance/evidence", () => {
  let dir = "";
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "luaref-evidence-test-"));
    fs.writeFileSync(path.join(dir, "strings.lua"), Array.from({ length: 20 }, (_v, i) => `line ${i + 1}`).join("\n"));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("parses failing points, with or without a directory", () => {
    expect(parseWhere("strings.lua:12")).to.deep.equal({ file: "strings.lua", line: 12 });
    expect(parseWhere("/tmp/x/libs/a.lua:3")).to.deep.equal({ file: "a.lua", line: 3 });
    expect(parseWhere("[string \"x\"]:1")).to.equal(undefined);
    expect(parseWhere("")).to.equal(undefined);
  });

  it("takes the suite's lines around the failing one", () => {
    const ex = new SuiteExcerpts(dir);
    expect(ex.at("strings.lua:10")).to.deep.equal({ file: "strings.lua", line: 10, first: 6, lines: ["line 6", "line 7", "line 8", "line 9", "line 10", "line 11", "line 12", "line 13", "line 14"] });
    expect(ex.at("strings.lua:2")?.first).to.equal(1);
    expect(ex.at("strings.lua:20")?.lines).to.have.length(5);
    expect(ex.at("strings.lua:99")).to.equal(undefined);
    expect(ex.at("other.lua:1")).to.equal(undefined);
  });

  it("diffs outputs line by line, nothing when equal", () => {
    expect(outputDiff("a\nb\nc\n", "a\nb\nc\n")).to.equal(undefined);
    expect(outputDiff("a\nb\nc\n", "a\nB\nc\n")).to.deep.equal([
      { t: "@", s: "@@ -1,3 +1,3 @@" },
      { t: " ", s: "a" },
      { t: "-", s: "b" },
      { t: "+", s: "B" },
      { t: " ", s: "c" },
    ]);
  });

  it("groups known differences once per engine and cause, listing every cell", () => {
    const gc = { category: "gc", reason: "no collectgarbage" };
    const io = { category: "io", reason: "no io.open" };
    const source = results("fengari", "source", { "a.lua": cell("FAIL", { known: [gc] }), "b.lua": cell("FAIL", { known: [gc, io] }) });
    const dump = results("fengari", "dump", { "a.lua": cell("FAIL", { known: [gc] }) });
    const groups = groupKnown([source, dump]);
    expect(groups.map((g) => [g.id, g.cells.map((c) => `${c.file}/${c.mode}`)])).to.deep.equal([
      ["known-fengari-gc", ["a.lua/source", "b.lua/source", "a.lua/dump"]],
      ["known-fengari-io", ["b.lua/source"]],
    ]);
    const other = groupKnown([results("fengari", "source", { "c.lua": cell("FAIL", { known: [{ category: "gc", reason: "another cause" }, gc] }) })]);
    expect(other.map((g) => g.id)).to.deep.equal(["known-fengari-gc", "known-fengari-gc-2"]);
  });

  it("page data: excerpts from the run's suite only, the reference's cell compared, timelines", () => {
    const failing = { failure: { where: "strings.lua:10", message: "assertion failed!" }, stdoutTail: "start\nB\n" };
    const ref = results("lua5.3", "source", { "strings.lua": cell("PASS", { stdoutTail: "start\nA\n" }), "big.lua": cell("SKIP") });
    const eng = results("fengari", "source", { "strings.lua": cell("FAIL", failing), "big.lua": cell("PASS") });
    const all = [ref, eng];
    const data = buildPageData(all, replay(runsOf(all)), { dir, sha256: SUITE_SHA });
    const c = data.cells["fengari.source"]["strings.lua"];
    expect(c.excerpt).to.equal("strings.lua:10");
    expect(data.excerpts["strings.lua:10"].lines[4]).to.equal("line 10");
    expect(c.vsReference?.stdout?.filter((l) => l.t !== " " && l.t !== "@")).to.deep.equal([
      { t: "-", s: "A" },
      { t: "+", s: "B" },
    ]);
    expect(c.vsReference?.stderr).to.equal(undefined);
    expect(data.cells["fengari.source"]["big.lua"].vsReference).to.equal(undefined);
    expect(data.cells["lua5.3.source"]["strings.lua"].vsReference).to.equal(undefined);
    expect(c.timeline?.observations).to.have.length(1);
    const elsewhere = buildPageData(all, replay([]), { dir, sha256: "ef".repeat(32) });
    expect(elsewhere.cells["fengari.source"]["strings.lua"].excerpt).to.equal(undefined);
    expect(elsewhere.excerptSource).to.contain("is not the one the runs used");
    expect(buildPageData(all, replay([]), {}).excerptSource).to.contain("not found");
  });
});
