// Tests of chunkid (manual §4.9 short_src): PUC's luaO_chunkid with LUA_IDSIZE 60.
import { expect } from "chai";
import { chunkid } from "../../grammar/chunk-name";

describe("chunkid", () => {
  it("strips '@' and '='", () => {
    expect(chunkid("@t.lua")).to.equal("t.lua");
    expect(chunkid("=stdin")).to.equal("stdin");
  });

  it("keeps the end of long file names and the start of long '=' names", () => {
    const long = "a".repeat(40) + "b".repeat(40);
    expect(chunkid("@" + long)).to.equal("..." + long.slice(-56));
    expect(chunkid("=" + long)).to.equal(long.slice(0, 59));
  });

  it("quotes sources, cutting at the first line end or 45 bytes", () => {
    expect(chunkid("x = 1")).to.equal('[string "x = 1"]');
    expect(chunkid("x = 1\ny = 2")).to.equal('[string "x = 1..."]');
    expect(chunkid("x".repeat(50))).to.equal(`[string "${"x".repeat(45)}..."]`);
  });
});
