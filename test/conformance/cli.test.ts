// The CLI end to end: a configured engine, reports written, the diff and --fail-on-regression.
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { historyFiles, readHistoryRun } from "../../conformance/history";
import { EngineResults, readResults } from "../../conformance/results";
import { assertValidResults } from "../../conformance/results-schema";
import { findSuite, PROJECT_ROOT, suiteTreeSha256 } from "../../conformance/suite";
import { cell, results } from "./fixtures";

const CLI = path.join(PROJECT_ROOT, "dist", "conformance", "cli.js");

/** An engine that prints a version for -v and dies on any script: every cell is a CRASH. */
const BROKEN = { id: "broken", command: ["sh", "-c", 'if [ "$1" = -v ]; then echo broken 1.0; else exit 3; fi', "sh"] };
const MISSING = { id: "missing", command: ["no-such-lua-xyz"] };

describe("conformance/cli", function () {
  this.timeout(60_000);
  let dir = "";
  before(function () {
    if (!findSuite()) this.skip();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "luaref-cli-test-"));
    fs.writeFileSync(path.join(dir, "engines.json"), JSON.stringify({ engines: [BROKEN, MISSING] }));
  });
  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [CLI, "--config", path.join(dir, "engines.json"), "--reports", path.join(dir, "reports"), ...args], {
      encoding: "utf8",
    });

  it("prints usage", () => {
    const r = cli("--help");
    expect(r.status).to.equal(0);
    expect(r.stdout).to.contain("--fail-on-regression");
  });

  it("rejects unknown options and engines", () => {
    expect(cli("--bogus").status).to.equal(2);
    expect(cli("--engines", "nope").stderr).to.contain("unknown engine(s): nope");
  });

  it("runs, writes every report, reports unavailable engines, and fails on a regression", () => {
    // The previous results say the broken engine passed: the run is a regression.
    const previous = results("broken", "source", { "bitwise.lua": cell("PASS") });
    previous.suite.sha256 = suiteTreeSha256(findSuite() as string);
    fs.mkdirSync(path.join(dir, "reports", "results"), { recursive: true });
    fs.writeFileSync(path.join(dir, "reports", "results", "broken.source.json"), JSON.stringify(previous));

    const args = ["--engines", "broken,missing", "--files", "bitwise.lua", "--modes", "source", "--timeout", "10"];
    const r = cli(...args, "--fail-on-regression");
    expect(r.stdout).to.contain("missing").and.contain("unavailable");
    expect(r.stdout).to.contain("broken.source").and.contain("1 CRASH");
    expect(r.stdout).to.contain("Newly failing:\n  broken.source  bitwise.lua  PASS → CRASH");
    expect(r.status).to.equal(1);
    for (const f of ["matrix.md", "index.html", "junit.xml", "run.json", "results/broken.source.json"]) {
      expect(fs.existsSync(path.join(dir, "reports", f)), f).to.equal(true);
    }
    expect(fs.readFileSync(path.join(dir, "reports", "matrix.md"), "utf8")).to.contain("- missing: not installed");
    // What the run wrote is valid against the published schemas, and the run is kept in the history.
    const written = path.join(dir, "reports", "results", "broken.source.json");
    expect(() => assertValidResults(JSON.parse(fs.readFileSync(written, "utf8")), written)).not.to.throw();
    expect(readResults(written)?.files["bitwise.lua"].run.engineVersion).to.equal("broken 1.0");
    const kept = historyFiles(path.join(dir, "reports", "history"));
    expect(kept.length).to.be.greaterThan(0);
    for (const f of kept) expect(() => readHistoryRun(f)).not.to.throw();
    // Without the flag, the same run exits 0.
    expect(cli(...args).status).to.equal(0);
  });

  it("--report-only regenerates every report from the results files alone", () => {
    const reports = path.join(dir, "reports");
    for (const f of ["matrix.md", "index.html", "junit.xml"]) fs.rmSync(path.join(reports, f), { force: true });
    const r = cli("--report-only");
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.contain("wrote");
    const page = fs.readFileSync(path.join(reports, "index.html"), "utf8");
    expect(page).to.contain('"broken.source"');
    expect(fs.existsSync(path.join(reports, "matrix.md"))).to.equal(true);
    expect(fs.existsSync(path.join(reports, "junit.xml"))).to.equal(true);
  });

  it("--report-only upgrades schema-1 results files in place", () => {
    const file = path.join(dir, "reports", "results", "broken.source.json");
    const current = JSON.parse(fs.readFileSync(file, "utf8")) as EngineResults;
    const v1 = { ...current, schema: 1, files: Object.fromEntries(Object.entries(current.files).map(([f, c]) => [f, { ...c, run: undefined }])) };
    fs.writeFileSync(file, JSON.stringify(v1));
    const r = cli("--report-only");
    expect(r.stdout).to.contain("upgraded").and.contain("broken.source.json to results schema 2");
    expect(() => assertValidResults(JSON.parse(fs.readFileSync(file, "utf8")), file)).not.to.throw();
  });

  it("refuses a results file that does not match the schema, naming it", () => {
    const file = path.join(dir, "reports", "results", "broken.source.json");
    fs.writeFileSync(file, JSON.stringify({ schema: 2, engine: { id: "broken" } }));
    const r = cli("--report-only");
    expect(r.status).to.equal(2);
    expect(r.stderr).to.contain("broken.source.json: not a valid results file");
  });
});
