// Report generation from results: the markdown matrix, the HTML page and the JUnit XML.
import { expect } from "chai";
import { replay } from "../../conformance/history-replay";
import { runsOf } from "../../conformance/history";
import { PageData } from "../../conformance/page/page-data";
import { renderHtml } from "../../conformance/report-html";
import { buildPageData } from "../../conformance/report-page-data";
import { renderJunit } from "../../conformance/report-junit";
import { renderMarkdown } from "../../conformance/report-markdown";
import { buildMatrix, cellText, shortVersion, totals } from "../../conformance/report-model";
import { mergeResults } from "../../conformance/results";
import { STATUSES } from "../../conformance/statuses";
import { annotate, orderResults } from "../../conformance/write-reports";
import { cell, DATE, HOST, results } from "./fixtures";

const source = results("lua5.3", "source", {
  "strings.lua": cell("FAIL", { failure: { where: "strings.lua:12", message: "assertion failed! <&>" } }),
  "api.lua": cell("VACUOUS", { reason: "returned early: T == nil holds" }),
  "math.lua": cell("PASS"),
});
const count = results("lua5.3", "count", {
  "strings.lua": cell("FAIL", { assertions: { passed: 412, failed: 3 } }),
  "math.lua": cell("PASS", { assertions: { passed: 50, failed: 0 } }),
  "api.lua": cell("VACUOUS", { assertions: { passed: 0, failed: 0 } }),
});
const dump = results("lua5.3", "dump", { "strings.lua": cell("PASS"), "math.lua": cell("TIMEOUT") });
const other = results("fengari", "source", {
  "math.lua": cell("FAIL", {
    failure: { where: "math.lua:40", message: "x" },
    known: [{ category: "integers", reason: "32-bit integers" }],
  }),
});

describe("conformance/reports", () => {
  it("folds the counting run into the source column and keeps dump separate", () => {
    const m = buildMatrix([source, count, dump]);
    expect(m.columns.map((c) => c.label)).to.deep.equal(["lua5.3", "lua5.3 (dump)"]);
    expect(cellText(m.columns[0], "strings.lua")).to.equal("✗ 412/415");
    expect(cellText(m.columns[0], "api.lua")).to.equal("∅ vacuous");
    expect(cellText(m.columns[1], "math.lua")).to.equal("timeout");
    expect(cellText(m.columns[1], "api.lua")).to.equal("");
    expect(m.files).to.deep.equal(["api.lua", "math.lua", "strings.lua"]);
  });

  it("a counting run alone gets its own column", () => {
    expect(buildMatrix([count]).columns[0].label).to.equal("lua5.3 (count)");
  });

  it("totals never count VACUOUS as a pass", () => {
    const t = totals(source);
    expect(t.PASS).to.equal(1);
    expect(t.VACUOUS).to.equal(1);
  });

  it("folds the dump run into the engine's column where it differs", () => {
    const md = renderMarkdown([source, count, dump]);
    expect(md).to.contain("| math.lua | ✓ 50/50 (dump: TIMEOUT) |");
    expect(md).to.contain("| strings.lua | ✗ 412/415 (dump: PASS) |");
    expect(md).not.to.contain("lua5.3 (dump)");
  });

  it("shortens version banners", () => {
    expect(shortVersion("Lua 5.3.6  Copyright (C) 1994-2020 Lua.org, PUC-Rio")).to.equal("Lua 5.3.6");
    expect(shortVersion("LuaJIT 2.1.0-beta3 -- Copyright (C) 2005-2022 Mike Pall.")).to.equal("LuaJIT 2.1.0-beta3");
    expect(shortVersion("luaref 0.1.0 (-v: Lua 5.3.6  Copyright (C) 1994-2020 Lua.org, PUC-Rio)")).to.equal("luaref 0.1.0 (-v: Lua 5.3.6)");
  });

  it("renders the markdown table with totals, known differences and unavailable engines", () => {
    const md = renderMarkdown([source, count, other], [{ id: "luajit", description: "", reason: "not installed" }]);
    expect(md).to.contain("| strings.lua | ✗ 412/415 |  |");
    expect(md).to.contain("| math.lua | ✓ 50/50 | ✗ [1] |");
    expect(md).to.contain("| **pass** | **1/3** | **0/3** |");
    expect(md).to.contain("1. fengari — **integers**: 32-bit integers (math.lua)");
    expect(md).to.contain("- luajit: not installed");
  });

  it("renders a self-contained HTML page with escaped data, SVG symbols and no emoji", () => {
    const all = [source, count, other];
    const data = buildPageData(all, replay(runsOf(all)), {});
    const page = renderHtml({ data, results: all, runs: runsOf(all), replay: replay(runsOf(all)), unavailable: [], difftest: false });
    expect(page).to.match(/^<!doctype html>/);
    expect(page).not.to.match(/<script src|<link /);
    expect(page).not.to.contain("assertion failed! <&>");
    const json = /<script type="application\/json" id="data">(.*?)<\/script>/s.exec(page);
    const embedded = JSON.parse(json ? json[1] : "{}") as PageData;
    expect(embedded.cells["lua5.3.source"]["strings.lua"].counts).to.deep.equal({ passed: 412, failed: 3 });
    expect(embedded.cells["lua5.3.source"]["strings.lua"].failure?.message).to.equal("assertion failed! <&>");
    for (const s of STATUSES) expect(page).to.contain(`<symbol id="i-${s}"`);
    // Emoji and the other pictographs that draw as empty boxes without an emoji font.
    expect(page).not.to.match(/[\u{1F000}-\u{1FAFF}\u23F0-\u23FA]/u);
    expect(page).to.contain('id="known-fengari-integers"');
    expect(page).to.contain("differential testing reports: not published yet");
    const withDifftest = renderHtml({ data, results: all, runs: [], replay: replay([]), unavailable: [], difftest: true });
    expect(withDifftest).to.contain('<a href="difftest/index.html">');
  });

  it("renders JUnit XML: failures, errors and skips", () => {
    const xml = renderJunit([source, dump]);
    expect(xml).to.contain('<testsuite name="lua5.3.source" tests="3" failures="1" errors="0" skipped="1"');
    expect(xml).to.contain('<testsuite name="lua5.3.dump" tests="2" failures="0" errors="1" skipped="0"');
    expect(xml).to.contain('<failure type="FAIL" message="strings.lua:12 assertion failed! &lt;&amp;&gt;"/>');
    expect(xml).to.contain('<error type="TIMEOUT"');
    expect(xml).to.contain("<skipped message=\"VACUOUS: returned early: T == nil holds\"/>");
  });

  it("orders columns as the engine list", () => {
    const ordered = orderResults([other, dump, source], ["lua5.3", "fengari"]);
    expect(ordered.map((r) => r.engine.id)).to.deep.equal(["lua5.3", "lua5.3", "fengari"]);
  });

  it("a partial run updates the previous results, each cell keeping its own provenance", () => {
    const later = { date: "2026-02-02T00:00:00.000Z", engineVersion: "2.0", host: { ...HOST, cpus: 8 }, timeoutMs: 5000 };
    const partial = { ...results("lua5.3", "source", { "math.lua": cell("FAIL", { run: later }) }), date: later.date };
    const merged = mergeResults(source, partial);
    expect(Object.keys(merged.files).sort()).to.deep.equal(["api.lua", "math.lua", "strings.lua"]);
    expect(merged.files["math.lua"].status).to.equal("FAIL");
    expect(merged.files["math.lua"].run).to.deep.equal(later);
    expect(merged.files["api.lua"].run.date).to.equal(DATE);
    expect(merged.date).to.equal(later.date);
    const otherFlags = { ...partial, flags: { port: false, soft: false } };
    expect(Object.keys(mergeResults(source, otherFlags).files)).to.deep.equal(["math.lua"]);
  });

  it("re-annotates stored results with the current known differences", () => {
    const [fresh] = annotate([other], [{ engine: "fengari", file: "math.lua", category: "new", reason: "edited" }]);
    expect(fresh.files["math.lua"].known).to.deep.equal([{ category: "new", reason: "edited" }]);
    const [cleared] = annotate([other], []);
    expect(cleared.files["math.lua"].known).to.equal(undefined);
  });
});
