// Command-line parsing and the progress line.
import { expect } from "chai";
import * as os from "os";
import { parseOptions } from "../../conformance/options";
import { ttyProgress } from "../../conformance/progress";

describe("conformance/options", () => {
  it("has the documented defaults", () => {
    const o = parseOptions([]);
    expect(o.modes).to.deep.equal(["source", "dump", "count"]);
    expect(o.jobs).to.equal(os.cpus().length);
    expect(o.timeoutMs).to.equal(120_000);
    expect(o.flags).to.deep.equal({ port: true, soft: false });
    expect(o.failOnRegression).to.equal(false);
    expect(o.write).to.equal(true);
  });

  it("parses selections and flags", () => {
    const o = parseOptions(["--engines", "lua5.3,luaref", "--files", "a.lua", "--modes", "count", "--jobs", "3"]);
    expect(o.engines).to.deep.equal(["lua5.3", "luaref"]);
    expect(o.files).to.deep.equal(["a.lua"]);
    expect(o.modes).to.deep.equal(["count"]);
    expect(o.jobs).to.equal(3);
    expect(parseOptions(["--no-port", "--soft", "--timeout", "5"])).to.include({ timeoutMs: 5000 });
    expect(parseOptions(["--no-port", "--soft"]).flags).to.deep.equal({ port: false, soft: true });
  });

  it("rejects bad values", () => {
    expect(() => parseOptions(["--modes", "fast"])).to.throw(/unknown mode/);
    expect(() => parseOptions(["--jobs", "0"])).to.throw(/positive/);
    expect(() => parseOptions(["--what"])).to.throw();
  });
});

describe("conformance/progress", () => {
  it("draws one live line with counts and an ETA", () => {
    let out = "";
    const stream = { columns: 200, write: (s: string) => ((out += s), true) } as unknown as NodeJS.WriteStream;
    let t = 0;
    const p = ttyProgress(4, stream, () => t);
    p.started("lua5.3.source", "a.lua");
    t = 1000;
    p.finished("lua5.3.source", "a.lua", "PASS");
    p.started("lua5.3.source", "b.lua");
    t = 2000;
    p.finished("lua5.3.source", "b.lua", "FAIL");
    expect(out.split("\r\x1b[K").pop()).to.equal("[2/4] ✓ 1 ✗ 1  ETA 2s  ");
    p.end();
    expect(out.endsWith("\r\x1b[K")).to.equal(true);
  });
});
