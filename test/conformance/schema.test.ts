// Every results and history file the project writes is valid against the JSON Schemas published beside them (Ajv).
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { HISTORY_SCHEMA, assertValidHistoryRun } from "../../conformance/history-schema";
import { historyFiles, readHistoryRun, recordHistory } from "../../conformance/history";
import { migrateResults } from "../../conformance/results-migrate";
import { assertValidResults, RESULTS_SCHEMA } from "../../conformance/results-schema";
import { readResults, RESULTS_DIR, resultsFiles, writeResults, REPORTS_DIR } from "../../conformance/results";
import { cell, results } from "./fixtures";

const HISTORY_DIR = path.join(REPORTS_DIR, "history");
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(file, "utf8"));

describe("conformance/schema", () => {
  it("the published schemas are the ones the harness validates with", () => {
    expect(readJson(path.join(RESULTS_DIR, "results.schema.json"))).to.deep.equal(RESULTS_SCHEMA);
    expect(readJson(path.join(HISTORY_DIR, "history.schema.json"))).to.deep.equal(HISTORY_SCHEMA);
  });

  it("every published results file is valid as stored (schema 2, no migration needed)", () => {
    const files = resultsFiles();
    expect(files.length).to.be.greaterThan(0);
    for (const file of files) {
      const raw = readJson(file);
      expect(() => assertValidResults(raw, file), file).not.to.throw();
      expect((raw as { $schema?: string }).$schema).to.equal("results.schema.json");
    }
  });

  it("every kept history run is valid", () => {
    const files = historyFiles(HISTORY_DIR);
    expect(files.length).to.be.greaterThan(0);
    for (const file of files) expect(() => readHistoryRun(file), file).not.to.throw();
  });

  it("results and history written by the harness are valid; invalid ones are refused with the reason", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "luaref-schema-test-"));
    try {
      const r = results("luaref", "count", {
        "a.lua": cell("FAIL", { failure: { where: "a.lua:3", message: "boom", traceback: "stack traceback:\n\t..." }, assertions: { passed: 1, failed: 1 } }),
        "b.lua": cell("CRASH", { exitCode: null, signal: "SIGSEGV", reason: "killed by SIGSEGV" }),
      });
      const file = writeResults(r, dir);
      expect(() => assertValidResults(readJson(file), file)).not.to.throw();
      expect(fs.existsSync(path.join(dir, "results.schema.json"))).to.equal(true);
      for (const h of recordHistory([r], path.join(dir, "history"))) expect(() => assertValidHistoryRun(readJson(h), h)).not.to.throw();

      const bad = { ...r, files: { "a.lua": { ...r.files["a.lua"], status: "MAYBE" } } };
      fs.writeFileSync(file, JSON.stringify(bad));
      expect(() => readResults(file)).to.throw(/not a valid results file[\s\S]*\/files\/a\.lua\/status/);
      expect(() => writeResults(bad as never, dir)).to.throw(/not a valid results file/);
      fs.writeFileSync(file, JSON.stringify({ ...r, schema: 7 }));
      expect(() => readResults(file)).to.throw(/results schema 7 is not one this harness reads/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("schema 1 files upgrade to valid schema 2, each cell taking the file's provenance", () => {
    const v2 = results("lua5.3", "source", { "a.lua": cell("PASS") });
    const { run: _run, ...v1cell } = v2.files["a.lua"];
    const v1 = { ...v2, schema: 1, files: { "a.lua": v1cell } };
    const { results: upgraded, from } = migrateResults(v1, "x.json");
    expect(from).to.equal(1);
    expect(() => assertValidResults(upgraded, "x.json")).not.to.throw();
    expect(upgraded.files["a.lua"].run).to.deep.equal({ date: v2.date, engineVersion: v2.engine.version, host: v2.host, timeoutMs: v2.timeoutMs });
  });
});
