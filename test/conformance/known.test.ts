// Known differences are matched to cells by engine, file, line range, message pattern and status.
import { expect } from "chai";
import { KnownDifference, knownNotes } from "../../conformance/known";

const KNOWN: KnownDifference[] = [
  { engine: "fengari", file: "math.lua", lines: [10, 20], category: "integers", reason: "32-bit integers" },
  { engine: "fengari", file: "files.lua", pattern: "not yet implemented", category: "io", reason: "no io.open" },
  { engine: "wasmoon", file: "all.lua", statuses: ["VACUOUS"], category: "version", reason: "Lua 5.4" },
];

describe("conformance/known", () => {
  it("matches by line range", () => {
    const at = (where: string) => knownNotes(KNOWN, "fengari", "math.lua", { status: "FAIL", failure: { where, message: "" } });
    expect(at("math.lua:15")).to.deep.equal([{ category: "integers", reason: "32-bit integers" }]);
    expect(at("math.lua:21")).to.deep.equal([]);
    expect(at("other.lua:15")).to.deep.equal([]);
  });

  it("matches by message pattern", () => {
    const cell = { status: "FAIL" as const, failure: { where: "files.lua:3", message: "opening files not yet implemented" } };
    expect(knownNotes(KNOWN, "fengari", "files.lua", cell)).to.have.length(1);
    expect(knownNotes(KNOWN, "lua5.3", "files.lua", cell)).to.have.length(0);
  });

  it("matches by status and never annotates a PASS", () => {
    expect(knownNotes(KNOWN, "wasmoon", "all.lua", { status: "VACUOUS" })).to.have.length(1);
    expect(knownNotes(KNOWN, "wasmoon", "all.lua", { status: "FAIL" })).to.have.length(0);
    expect(knownNotes(KNOWN, "fengari", "files.lua", { status: "PASS" })).to.have.length(0);
  });
});
