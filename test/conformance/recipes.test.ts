// The recipes must say what all.lua does: checked against all.lua's own text when the suite is present.
import { expect } from "chai";
import * as fs from "fs";
import * as path from "path";
import { RECIPE_FILES, recipeFor, skipReason } from "../../conformance/recipes";
import { findSuite, suiteFiles } from "../../conformance/suite";

describe("conformance/recipes", () => {
  it("knows the expected returns of all.lua", () => {
    expect(recipeFor("calls.lua").expect).to.equal("r == deep and deep");
    expect(recipeFor("attrib.lua").expect).to.equal("r == 27");
    expect(recipeFor("locals.lua").expect).to.equal("r == 5");
    expect(recipeFor("events.lua").expect).to.equal("r == 12");
    expect(recipeFor("verybig.lua").expect).to.equal("r == 10");
  });

  it("runs big.lua in a coroutine, skipped under _soft", () => {
    const big = recipeFor("big.lua");
    expect(big.wrap).to.deep.equal(["b", "a"]);
    expect(skipReason(big, { port: false, soft: true })).to.match(/_soft/);
    expect(skipReason(big, { port: true, soft: false })).to.equal(undefined);
  });

  it("treats unknown files as plain dofiles", () => {
    expect(recipeFor("new.lua")).to.deep.equal({ file: "new.lua" });
  });

  describe("against all.lua", function () {
    const suite = findSuite();
    let text = "";
    before(function () {
      if (!suite) this.skip();
      text = fs.readFileSync(path.join(suite as string, "all.lua"), "latin1");
    });

    it("every file all.lua runs through dump has that recipe, with its strip flag", () => {
      const dumped = [...text.matchAll(/[^.\w]dofile\('(\w+\.lua)'(, true)?\)/g)];
      expect(dumped.length).to.be.greaterThan(20);
      for (const [, file, strip] of dumped) expect(recipeFor(file).strip, file).to.equal(strip !== undefined);
    });

    it("every expected return of all.lua is in the recipes", () => {
      for (const [, file, value] of text.matchAll(/assert\(dofile\('(\w+\.lua)'(?:, true)?\) == (\w+)/g)) {
        expect(recipeFor(file).expect, file).to.match(new RegExp(`^r == ${value}`));
      }
    });

    it("files all.lua runs from source have no strip flag", () => {
      for (const [, file] of text.matchAll(/olddofile\('(\w+\.lua)'\)/g)) expect(recipeFor(file).strip, file).to.equal(undefined);
    });

    it("every suite file has a recipe", () => {
      expect([...RECIPE_FILES].sort()).to.deep.equal(suiteFiles(suite as string));
    });
  });
});
