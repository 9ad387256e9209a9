// History: runs kept per suite and date, partial runs keeping their cells' provenance, timelines and pass counts.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { historyFiles, readHistory, recordHistory, runsOf } from "../../conformance/history";
import { replay } from "../../conformance/history-replay";
import { mergeResults } from "../../conformance/results";
import { cell, HOST, results, SUITE_SHA } from "./fixtures";

const at = (date: string, engineVersion = "1.0") => ({ run: { date, engineVersion, host: HOST, timeoutMs: 1000 } });
const D1 = "2026-01-01T00:00:00.000Z";
const D2 = "2026-01-02T00:00:00.000Z";
const D3 = "2026-01-03T00:00:00.000Z";

describe("conformance/history", () => {
  const first = results("luaref", "source", { "a.lua": cell("FAIL", at(D1)), "b.lua": cell("PASS", at(D1)) });
  // A partial run on D2 (a.lua only, a new engine version), merged into the results.
  const partial = results("luaref", "source", { "a.lua": cell("PASS", at(D2, "2.0")) });
  const merged = mergeResults(first, { ...partial, date: D2 });

  it("a merged file splits back into the runs that measured its cells", () => {
    const runs = runsOf([merged]);
    expect(runs.map((r) => r.date)).to.deep.equal([D2, D1]);
    const d1 = runs.find((r) => r.date === D1);
    expect(Object.keys(d1?.columns[0].cells ?? {})).to.deep.equal(["b.lua"]);
    expect(runs.find((r) => r.date === D2)?.columns[0].engineVersion).to.equal("2.0");
  });

  it("records each run once per suite hash and date, idempotently", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "luaref-history-test-"));
    try {
      recordHistory([first], dir);
      recordHistory([merged], dir);
      recordHistory([merged], dir);
      const files = historyFiles(dir);
      expect(files.map((f) => path.relative(dir, f))).to.deep.equal([
        path.join(SUITE_SHA.slice(0, 16), "2026-01-01T00-00-00.000Z.json"),
        path.join(SUITE_SHA.slice(0, 16), "2026-01-02T00-00-00.000Z.json"),
      ]);
      const runs = readHistory(dir);
      // The D1 run keeps a.lua as it was measured then, although the results now hold D2's.
      expect(runs[0].columns[0].cells["a.lua"].status).to.equal("FAIL");
      expect(runs[1].columns[0].cells).to.have.keys(["a.lua"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("replays timelines: when a cell last changed, and each column's pass count per run", () => {
    const third = results("luaref", "source", { "a.lua": cell("PASS", at(D3)), "b.lua": cell("FAIL", at(D3)) });
    const r = replay([...runsOf([first]), ...runsOf([merged]).filter((x) => x.date === D2), ...runsOf([third])]);
    const a = r.cells["luaref.source"]["a.lua"];
    expect(a.changed).to.deep.equal({ date: D2, from: "FAIL" });
    expect(a.observations.map((o) => o.status)).to.deep.equal(["FAIL", "PASS", "PASS"]);
    expect(r.cells["luaref.source"]["b.lua"].changed).to.deep.equal({ date: D3, from: "PASS" });
    expect(r.passes["luaref.source"].map((p) => p.pass)).to.deep.equal([1, 2, 1]);
  });

  it("a new suite hash restarts the pass count", () => {
    const other = { ...results("luaref", "source", { "a.lua": cell("PASS", at(D3)) }), suite: { name: "x", sha256: "cd".repeat(32) } };
    const r = replay([...runsOf([first]), ...runsOf([other])]);
    expect(r.passes["luaref.source"].map((p) => [p.suite, p.pass, p.total])).to.deep.equal([
      [SUITE_SHA.slice(0, 16), 1, 2],
      ["cd".repeat(8), 1, 1],
    ]);
  });
});
