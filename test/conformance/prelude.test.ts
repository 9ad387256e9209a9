// The generated driver and its counting mode, run for real on lua5.3 against small fixture files.
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { driverHeader, driverSource, luaString, MARK } from "../../conformance/prelude";
import { Mode, Recipe } from "../../conformance/recipes";
import { runProcess } from "../../conformance/runner";
import { Verdict } from "../../conformance/statuses";
import { verdictOf } from "../../conformance/verdict";

const HAS_LUA53 = spawnSync("lua5.3", ["-v"]).status === 0;

const FIXTURES: Record<string, string> = {
  "counted.lua": [
    "assert(true)",
    "assert(1 == 2, 'one is not two')", // line 2: the first failure, recorded, execution goes on
    "assert(false)",
    "assert(not pcall(function () assert(false) end))", // inside pcall: assert still raises
    "assert(not pcall(assert, false, 'x'))", // called from C: assert still raises
    "assert(select('#', assert(1, 2, 3)) == 3)",
    "return 27",
  ].join("\n"),
  "clean.lua": "assert(true)\nassert(1 < 2)\nreturn 27\n",
  "guarded.lua": "if T == nil then return end\nassert(false)\n",
  "broken.lua": "x = = 1\n",
  "wrapped.lua": "coroutine.yield('b')\nreturn 'a'\n",
};

describe("conformance/prelude", () => {
  it("luaString quotes for every Lua version", () => {
    expect(luaString('a"b\\c\n\x01é')).to.equal('"a\\"b\\\\c\\010\\001\\233"');
    expect(() => luaString("€")).to.throw(/non-latin1/);
  });

  it("the header carries the recipe", () => {
    const header = driverHeader({ file: "attrib.lua", expect: "r == 27", strip: false }, "dump", { port: true, soft: false });
    expect(header).to.contain('file = "attrib.lua"').and.contain('expect = "r == 27"').and.contain("strip = false");
    expect(header).to.contain("port = true").and.contain('mode = "dump"').and.contain("guard = nil");
  });

  describe("on lua5.3", function () {
    let dir = "";
    before(function () {
      if (!HAS_LUA53) this.skip();
      dir = fs.mkdtempSync(path.join(os.tmpdir(), "luaref-prelude-test-"));
      for (const [name, text] of Object.entries(FIXTURES)) fs.writeFileSync(path.join(dir, name), text);
    });
    after(() => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    async function run(recipe: Recipe, mode: Mode): Promise<Verdict> {
      const driver = path.join(dir, `driver-${mode}-${recipe.file}`);
      fs.writeFileSync(driver, driverSource(recipe, mode, { port: true, soft: false }), "latin1");
      return verdictOf(await runProcess({ command: "lua5.3", args: [driver], cwd: dir, timeoutMs: 20_000, markerPrefix: MARK }));
    }

    it("counting mode records failures and continues to the end", async () => {
      const v = await run({ file: "counted.lua", expect: "r == 27" }, "count");
      expect(v.status).to.equal("FAIL");
      expect(v.failure).to.deep.equal({ where: "counted.lua:2", message: "one is not two" });
      expect(v.assertions).to.deep.equal({ passed: 5, failed: 2 });
    });

    it("source mode stops at the first failure", async () => {
      const v = await run({ file: "counted.lua" }, "source");
      expect(v.failure?.where).to.equal("counted.lua:2");
      expect(v.assertions).to.equal(undefined);
    });

    it("checks expected return values", async () => {
      expect((await run({ file: "clean.lua", expect: "r == 27" }, "count")).status).to.equal("PASS");
      const v = await run({ file: "clean.lua", expect: "r == 5" }, "source");
      expect(v.status).to.equal("FAIL");
      expect(v.failure?.message).to.contain("returned 27, all.lua expects r == 5");
    });

    it("dump mode runs the file through string.dump + load", async () => {
      expect((await run({ file: "clean.lua", strip: true, expect: "r == 27" }, "dump")).status).to.equal("PASS");
    });

    it("runs a file inside coroutine.wrap, checking each value", async () => {
      expect((await run({ file: "wrapped.lua", wrap: ["b", "a"] }, "source")).status).to.equal("PASS");
      expect((await run({ file: "wrapped.lua", wrap: ["a", "b"] }, "source")).status).to.equal("FAIL");
    });

    it("VACUOUS when the file's guard holds", async () => {
      expect((await run({ file: "guarded.lua", guard: "T == nil" }, "source")).status).to.equal("VACUOUS");
    });

    it("ERROR when the file does not compile", async () => {
      expect((await run({ file: "broken.lua" }, "source")).status).to.equal("ERROR");
    });

    it("SKIP big.lua under _soft", async () => {
      const driver = path.join(dir, "soft.lua");
      fs.writeFileSync(driver, driverSource({ file: "wrapped.lua", skipWhenSoft: true }, "source", { port: true, soft: true }));
      const v = verdictOf(await runProcess({ command: "lua5.3", args: [driver], cwd: dir, timeoutMs: 20_000, markerPrefix: MARK }));
      expect(v.status).to.equal("SKIP");
    });
  });
});
