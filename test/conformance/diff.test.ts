// The diff against previous results: newly passing, newly failing (regressions), incomparable runs.
import { expect } from "chai";
import { diffResults, renderDiff } from "../../conformance/diff";
import { cell, results } from "./fixtures";

describe("conformance/diff", () => {
  const before = results("luaref", "source", {
    "a.lua": cell("PASS"),
    "b.lua": cell("FAIL"),
    "c.lua": cell("PASS"),
    "d.lua": cell("PASS"),
  });
  const after = results("luaref", "source", {
    "a.lua": cell("CRASH"),
    "b.lua": cell("PASS"),
    "c.lua": cell("PASS"),
    "d.lua": cell("SKIP"),
    "e.lua": cell("FAIL"),
  });

  it("finds newly passing and newly failing files", () => {
    const d = diffResults([before], [after]);
    expect(d.newlyPassing).to.deep.equal([{ column: "luaref.source", file: "b.lua", before: "FAIL", after: "PASS" }]);
    expect(d.newlyFailing).to.deep.equal([{ column: "luaref.source", file: "a.lua", before: "PASS", after: "CRASH" }]);
  });

  it("does not compare runs with other flags", () => {
    const d = diffResults([before], [{ ...after, flags: { port: false, soft: false } }]);
    expect(d.newlyFailing).to.deep.equal([]);
    expect(d.incomparable).to.deep.equal(["luaref.source"]);
  });

  it("a first run has nothing to compare", () => {
    expect(renderDiff(diffResults([], [after]))).to.equal("No change against the previous results.");
  });

  it("renders the changes", () => {
    const text = renderDiff(diffResults([before], [after]));
    expect(text).to.contain("Newly passing:\n  luaref.source  b.lua  FAIL → PASS");
    expect(text).to.contain("Newly failing:\n  luaref.source  a.lua  PASS → CRASH");
  });
});
