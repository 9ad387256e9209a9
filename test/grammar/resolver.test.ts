// Tests of the resolver (manual §3.5 visibility, §3.3.4 goto, §2.2 _ENV): slots, upvalues, globals.
import { expect } from "chai";
import * as A from "../../grammar/ast";
import { errorOf, parseChunk, statsOf } from "./helpers";

function returned(stats: A.Stat[]): A.Expr {
  return (stats[stats.length - 1] as A.ReturnStat).exprs[0];
}

describe("resolver", () => {
  it("gives the main chunk exactly one upvalue, _ENV, provided by the host", () => {
    const chunk = parseChunk("x = 1");
    expect(chunk.main.upvalues).to.deep.equal([{ name: "_ENV", fromParentLocal: true, index: 0 }]);
  });

  it("resolves free names as globals through _ENV", () => {
    const ref = (returned(statsOf("return x")) as A.NameExpr).ref;
    expect(ref).to.deep.equal({ kind: "Global", name: "x", env: { kind: "Upvalue", index: 0, name: "_ENV" } });
  });

  it("assigns slots in declaration order and reuses them in sibling blocks", () => {
    const stats = statsOf("local a, b\ndo local c end\ndo local d end\nreturn b");
    const [local, do1, do2] = stats as [A.LocalStat, A.DoStat, A.DoStat];
    expect(local.names.map((n) => n.slot)).to.deep.equal([0, 1]);
    expect((do1.body.stats[0] as A.LocalStat).names[0].slot).to.equal(2);
    expect((do2.body.stats[0] as A.LocalStat).names[0].slot).to.equal(2);
    expect((returned(stats) as A.NameExpr).ref).to.include({ kind: "Local", slot: 1 });
    expect(parseChunk("local a, b\ndo local c end").main.frameSize).to.equal(3);
  });

  it("lets `local x = x` see the outer x", () => {
    const stats = statsOf("local x = 1\nlocal x = x\nreturn x");
    const init = (stats[1] as A.LocalStat).exprs[0] as A.NameExpr;
    expect(init.ref).to.include({ kind: "Local", slot: 0 });
    expect((returned(stats) as A.NameExpr).ref).to.include({ kind: "Local", slot: 1 });
  });

  it("lets `local function f` see itself, but not `local f = function`", () => {
    const lf = statsOf("local function f() return f end")[0] as A.LocalFunctionStat;
    expect(returned(lf.func.body.stats)).to.deep.include({ kind: "Name", ref: { kind: "Upvalue", index: 0, name: "f" } });
    expect(lf.decl.captured).to.equal(true);
    const l = statsOf("local f = function() return f end")[0] as A.LocalStat;
    expect(((returned((l.exprs[0] as A.FunctionExpr).body.stats)) as A.NameExpr).ref.kind).to.equal("Global");
  });

  it("lets `until` see the locals of the repeat body", () => {
    const r = statsOf("repeat local done = true until done")[0] as A.RepeatStat;
    expect((r.cond as A.NameExpr).ref).to.include({ kind: "Local", slot: 0 });
  });

  it("chains upvalues through intermediate functions", () => {
    const outer = statsOf("local a\nlocal function f() return function() return a end end")[1] as A.LocalFunctionStat;
    expect(outer.func.upvalues).to.deep.equal([{ name: "a", fromParentLocal: true, index: 0 }]);
    const inner = returned(outer.func.body.stats) as A.FunctionExpr;
    expect(inner.upvalues).to.deep.equal([{ name: "a", fromParentLocal: false, index: 0 }]);
    expect(returned(inner.body.stats)).to.deep.include({ ref: { kind: "Upvalue", index: 0, name: "a" } });
  });

  it("routes globals through a `local _ENV`", () => {
    const stats = statsOf("local _ENV = {}\nreturn x");
    expect((returned(stats) as A.NameExpr).ref).to.deep.include({ kind: "Global", name: "x" });
    const env = ((returned(stats) as A.NameExpr).ref as { env: A.VarRef }).env;
    expect(env).to.include({ kind: "Local", slot: 0 });
  });

  it("reserves three hidden slots before the loop variables, declared inside the loop", () => {
    const [nf, gf] = statsOf("for i = 1, 2 do local x end\nfor k, v in next, {} do end") as [A.NumericForStat, A.GenericForStat];
    expect([nf.hiddenSlot, nf.variable.slot]).to.deep.equal([0, 3]);
    expect((nf.body.stats[0] as A.LocalStat).names[0].slot).to.equal(4);
    expect([gf.hiddenSlot, gf.variables[0].slot, gf.variables[1].slot]).to.deep.equal([0, 3, 4]);
  });

  it("marks captured locals only", () => {
    const [a, b] = (statsOf("local a, b\nreturn function() return a end")[0] as A.LocalStat).names;
    expect([a.captured, b.captured]).to.deep.equal([true, false]);
  });

  it("links gotos to their labels, forward and backward", () => {
    const stats = statsOf("::top:: goto fwd\ndo goto top end\n::fwd::");
    const fwd = stats[1] as A.GotoStat;
    expect(fwd.target).to.equal(stats[3]);
    expect(((stats[2] as A.DoStat).body.stats[0] as A.GotoStat).target).to.equal(stats[0]);
  });

  it("allows a goto to a label at the end of a block past local declarations", () => {
    expect(errorOf("do goto e; local x; ::e:: end")).to.equal("OK");
    expect(errorOf("do goto e; local x; ::e:: ; ::f:: end")).to.equal("OK");
    expect(errorOf("repeat goto e; local x; ::e:: until x")).to.match(/jumps into the scope of local 'x'/);
    expect(errorOf("do goto e; local x; ::e:: x = 1 end")).to.match(/jumps into the scope of local 'x'/);
  });

  it("looks past empty blocks for the token after a label", () => {
    expect(errorOf("::a:: do end")).to.equal("OK");
    expect(errorOf("goto a; local x; ::a:: do end")).to.match(/:1: <goto a> at line 1 jumps into the scope of local 'x'$/);
  });

  it("reports the first scope or syntax error in source order, as PUC's single pass does", () => {
    expect(errorOf("::l:: ::l:: x = = 1")).to.equal(`[string "::l:: ::l:: x = = 1"]:1: label 'l' already defined on line 1`);
    expect(errorOf("local function f() goto x end ::l:: ::l::")).to.match(/:1: no visible label 'x' for <goto> at line 1$/);
    expect(errorOf("::l:: ::l:: local function f() goto x end")).to.match(/:1: label 'l' already defined on line 1$/);
  });

  it("checks break and goto visibility", () => {
    expect(errorOf("while true do if x then break end end")).to.equal("OK");
    expect(errorOf("break")).to.equal(`[string "break"]:1: <break> at line 1 not inside a loop`);
    expect(errorOf("do goto l end")).to.equal(`[string "do goto l end"]:1: no visible label 'l' for <goto> at line 1`);
    expect(errorOf("::a:: do ::a:: end")).to.equal("OK");
    expect(errorOf("local function f() goto l end ::l::")).to.match(/no visible label 'l'/);
  });

  it("counts locals against the limit of 200 per function", () => {
    expect(errorOf("local a; ".repeat(200))).to.equal("OK");
    expect(errorOf("local a; ".repeat(201))).to.match(/:1: too many local variables \(limit is 200\) in main function near ';'$/);
    expect(errorOf("local a\n".repeat(201))).to.match(/:202: too many local variables \(limit is 200\) in main function near <eof>$/);
    const params = Array.from({ length: 201 }, (_, i) => `p${i}`).join(", ");
    expect(errorOf(`\nfunction f(${params}) end`)).to.match(/:2: too many local variables \(limit is 200\) in function at line 2 near '\)'$/);
  });

  it("counts upvalues against the limit of 255 per function", () => {
    const names = Array.from({ length: 256 }, (_, i) => `v${i}`);
    // Locals are capped at 200, so use two levels of nesting to reach 256 upvalues.
    const outer = names.slice(0, 150).map((n) => `local ${n}`).join(" ");
    const middle = names.slice(150).map((n) => `local ${n}`).join(" ");
    // One use per statement, so that PUC's register limit is not reached first.
    const uses = names.map((n) => `x = ${n}`).join("\n");
    const source = `${outer}\nfunction g() ${middle}\nreturn function() local x\n${uses} end end`;
    expect(errorOf(source)).to.match(/:259: too many upvalues \(limit is 255\) in function at line 3 near 'end'$/);
  });

  it("reports the upvalue limit at the token after the name, also for a call argument", () => {
    const names = Array.from({ length: 256 }, (_, i) => `v${i}`);
    const outer = `local ${names.slice(0, 199).join(", ")}`;
    const middle = `local ${names.slice(199).join(", ")}`;
    // v254 is the 255th upvalue; v255, the 256th, is an argument followed by another one
    const uses = names.slice(0, 254).map((n) => `${n} = 1`).join(" ");
    const source = `${outer}\nlocal function g()\n${middle}\nreturn function()\n${uses}\nv254(v255, 1)\nend\nend\n`;
    expect(errorOf(source)).to.match(/:6: too many upvalues \(limit is 255\) in function at line 4 near ','$/);
  });
});
