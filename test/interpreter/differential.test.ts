// The differential corpus: every test/lua/**/X.lua runs on luaref and must reproduce, byte for
// byte, the stdout, stderr and exit status recorded from PUC lua5.3 in X.expected.json; when
// lua5.3 is installed, the recorded expectations are re-verified against it too.
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as os from "os";
import { expectedPath, mapLimit, runProgramAsync, runReference, type RunResult } from "./differential-format";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const CORPUS = path.join(ROOT, "test", "lua");
const LUAREF = path.join(ROOT, "bin", "luaref.js");

function programs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return programs(p);
    return e.name.endsWith(".lua") && fs.existsSync(expectedPath(p)) ? [p] : [];
  });
}

function readExpected(file: string): RunResult {
  return JSON.parse(fs.readFileSync(expectedPath(file), "latin1")) as RunResult;
}

const referenceInstalled = spawnSync("lua5.3", ["-v"]).error === undefined;
/** Programs luaref is known to get wrong, with the reason: reported as pending, never hidden. */
const knownFailures = JSON.parse(fs.readFileSync(path.join(CORPUS, "known-failures.json"), "utf8")) as Record<string, string>;
const corpus = programs(CORPUS).sort();

describe("differential corpus (test/lua) against recorded lua5.3 output", function () {
  const actual = new Map<string, RunResult>();
  before(async function () {
    this.timeout(30 * 60_000);
    // the programs run concurrently, one luaref process each; the checks below read the results
    const results = await mapLimit(corpus, Math.max(2, os.cpus().length), (file) =>
      runProgramAsync(process.execPath, [LUAREF], file, LUAREF));
    corpus.forEach((file, i) => actual.set(file, results[i]));
  });
  it("has programs", () => expect(corpus.length).to.be.greaterThan(0));
  for (const file of corpus) {
    const name = path.relative(CORPUS, file);
    const known = knownFailures[name];
    it(known === undefined ? name : `${name} (known failure: ${known})`, function () {
      if (known !== undefined) {
        // a known failure that now passes must be taken off the list
        expect(actual.get(file), "passes now: remove it from test/lua/known-failures.json").to.not.deep.equal(readExpected(file));
        this.skip();
      }
      expect(actual.get(file)).to.deep.equal(readExpected(file));
    });
  }
});

describe("differential corpus: recorded expectations still match lua5.3", function () {
  before(function () {
    if (!referenceInstalled) {
      console.log("    (lua5.3 is not installed: the recorded outputs are NOT re-verified against it)");
      this.skip();
    }
  });
  for (const file of corpus) {
    it(path.relative(CORPUS, file), () => {
      expect(runReference(file)).to.deep.equal(readExpected(file));
    });
  }
});
