// Tests of the debug library (manual §6.10) and its evaluator helpers: local scopes, line
// information, hooks. The programs of test/lua/debug run in differential.test.ts.
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type * as A from "../../grammar/ast";
import { parse } from "../../grammar/parse";
import { activeLines, firstLine, statementLine } from "../../interpreter/debug/lines";
import { activeLocals, temporaries } from "../../interpreter/debug/scope";
import type { ChunkUnit } from "../../interpreter/eval/frame";
import { Runtime } from "../../interpreter/eval/runtime";
import { openLibs } from "../../interpreter/lib/index";
import { LuaUserdata } from "../../interpreter/runtime/value";
import { lua, luaError } from "./run-lua";

function mainOf(source: string): A.FunctionExpr {
  return parse(source, "=test").main;
}

function unitOf(source: string): ChunkUnit {
  return { chunkName: "=test", source: "test", text: source, root: mainOf(source), stripped: false };
}

describe("debug library", () => {
  describe("active locals (debug-scope)", () => {
    it("gives only the parameters when the frame has no pc", () => {
      const fn = mainOf("local function f(a, b) local c end").body.stats[0] as A.LocalFunctionStat;
      expect(activeLocals(fn.func, undefined).map((l) => l.name)).to.deep.equal(["a", "b"]);
    });

    it("sees locals declared before the node, not those of finished blocks", () => {
      const main = mainOf("local a = 1\ndo local b = 2 end\nlocal c = 3\nprint(a)\nlocal d = 4");
      const call = (main.body.stats[3] as A.CallStat).call;
      expect(activeLocals(main, call).map((l) => l.name)).to.deep.equal(["a", "c"]);
    });

    it("does not count a local inside its own initialiser", () => {
      const main = mainOf("local a = 1\nlocal b = f()");
      const call = (main.body.stats[1] as A.LocalStat).exprs[0];
      expect(activeLocals(main, call).map((l) => l.name)).to.deep.equal(["a"]);
    });

    it("puts a for loop's hidden control variables before its variables", () => {
      const main = mainOf("for i = 1, 2 do g() end\nfor k, v in p do h() end");
      const num = main.body.stats[0] as A.NumericForStat;
      const gen = main.body.stats[1] as A.GenericForStat;
      const inNum = (num.body.stats[0] as A.CallStat).call;
      const inGen = (gen.body.stats[0] as A.CallStat).call;
      expect(activeLocals(main, inNum).map((l) => l.name)).to.deep.equal(["(for index)", "(for limit)", "(for step)", "i"]);
      expect(activeLocals(main, inGen).map((l) => l.name)).to.deep.equal(
        ["(for generator)", "(for state)", "(for control)", "k", "v"]);
    });

    it("lets a repeat condition see the body's locals", () => {
      const main = mainOf("repeat local x = 1 until f(x)");
      const cond = (main.body.stats[0] as A.RepeatStat).cond;
      expect(activeLocals(main, cond).map((l) => l.name)).to.deep.equal(["x"]);
    });
  });

  describe("line information (debug-lines)", () => {
    it("reports the line of a statement's first instruction", () => {
      const main = mainOf("if\nf()\nthen end\nlocal function g()\nend\nrepeat until true");
      expect(main.body.stats.map(statementLine)).to.deep.equal([2, 5, -1]);
    });

    it("takes an expression's first line from its leftmost operand, emitted when its operator is read", () => {
      const [call, global] = mainOf("x = f()\n+ b\nx = a\n+ b").body.stats.map((s) => (s as A.AssignStat).exprs[0]);
      expect(firstLine(call)).to.equal(1);
      expect(firstLine(global)).to.equal(4); // as luac -l shows: GETTABUP "a" is on the `+` line
    });

    it("records the lines PUC's jumps and tests get: then lines, blocks' last lines, closing braces", () => {
      const main = mainOf("if a\nthen\n  b()\nend\nlocal t = {\n1\n}\n");
      const ifs = main.body.stats[0] as A.IfStat;
      expect(ifs.clauses[0].thenLine).to.equal(2);
      expect(ifs.clauses[0].body.lastLine).to.equal(3);
      expect(((main.body.stats[1] as A.LocalStat).exprs[0] as A.TableExpr).closeLine).to.equal(7);
      expect(main.body.lastLine).to.equal(7);
    });

    it("needs no instruction for a local or constant operand, unless it goes to a register", () => {
      const main = mainOf("local a\nif a\nthen end\nlocal b =\n  a");
      expect(main.body.stats.map(statementLine)).to.deep.equal([1, -1, 5]);
      expect(firstLine((main.body.stats[1] as A.IfStat).clauses[0].cond)).to.equal(-1);
    });

    it("puts an if's test on its then line and a loop's jump back on its body's last line", () => {
      const src = "local a\nif a\nthen\n  a = 1\nend\nwhile a do\n  if a then\n    a = nil\n  end\nend\n";
      const unit = unitOf(src);
      expect(activeLines(unit.root, unit)).to.deep.equal([1, 3, 4, 6, 7, 8, 9, 10]);
    });

    it("gives pending operands of a call temporary slots past the locals", () => {
      const main = mainOf("local function g(a, b) return (a + 1) + f(), a .. f() end");
      const g = (main.body.stats[0] as A.LocalFunctionStat).func;
      const ret = g.body.stats[0] as A.ReturnStat;
      const { slots, end } = temporaries(g);
      expect(slots.get(ret.exprs[0] as A.BinaryExpr)).to.equal(g.frameSize);
      expect(slots.get(ret.exprs[1] as A.BinaryExpr)).to.equal(g.frameSize);
      expect(end).to.equal(g.frameSize + 2);
    });

    it("lists a function's lines with code, its `end` included", () => {
      const src = "local function f(a)\n  local b = a\n\n  return b\nend\n";
      const unit = unitOf(src);
      const f = (unit.root.body.stats[0] as A.LocalFunctionStat).func;
      expect(activeLines(f, unit)).to.deep.equal([2, 4, 5]);
      expect(activeLines(unit.root, unit)).to.deep.equal([5]);
    });
  });

  describe("library functions", () => {
    it("getinfo describes Lua, main and C functions", () => {
      expect(lua("local i = debug.getinfo(print) return i.what, i.short_src, i.currentline, i.nparams")).to.deep.equal(["C", "[C]", -1, 0]);
      expect(lua("local i = debug.getinfo(1, 'S') return i.what, i.source, i.linedefined")).to.deep.equal(["main", "=test", 0]);
      expect(lua("local function f(a, ...)\nend\nlocal i = debug.getinfo(f) return i.what, i.linedefined, i.lastlinedefined, i.isvararg"))
        .to.deep.equal(["Lua", 1, 2, true]);
    });

    it("getinfo rejects unknown options and gives nil beyond the stack", () => {
      expect(luaError("debug.getinfo(1, 'X')")).to.equal("test:1: bad argument #2 to 'getinfo' (invalid option)");
      expect(lua("return debug.getinfo(50)")).to.deep.equal([undefined]);
    });

    it("getlocal reads varargs with negative indexes and checks levels", () => {
      expect(lua("local function f(...) return debug.getlocal(1, -2) end return f(1, 2)")).to.deep.equal(["(*vararg)", 2]);
      expect(luaError("debug.getlocal(50, 1)")).to.equal("test:1: bad argument #1 to 'getlocal' (level out of range)");
    });

    it("upvalueid identifies cells; upvaluejoin shares them", () => {
      const [id1, id2, same] = lua(
        "local a, b = 1, 2 local function f() return a, b end local function g() return b end\n" +
        "return debug.upvalueid(f, 1), debug.upvalueid(g, 1), debug.upvalueid(f, 2) == debug.upvalueid(g, 1)");
      expect(id1).to.be.instanceOf(LuaUserdata);
      expect(id1).to.not.equal(id2);
      expect(same).to.equal(true);
      expect(lua("local a, b = 1, 2 local function f() return a end local function g() return b end\n" +
        "debug.upvaluejoin(f, 1, g, 1) return f()")).to.deep.equal([2]);
      expect(luaError("debug.upvaluejoin(print, 1, print, 1)")).to.equal("test:1: bad argument #2 to 'upvaluejoin' (invalid upvalue index)");
    });

    it("sethook/gethook keep the function, mask and count", () => {
      expect(lua("return debug.gethook()")).to.deep.equal([undefined, "", 0]);
      expect(lua("local h = function() end debug.sethook(h, 'lrc', 3) local f, m, c = debug.gethook() debug.sethook() return f == h, m, c"))
        .to.deep.equal([true, "crl", 3]);
    });

    it("line and call hooks see the hooked function at level 2", () => {
      const [trace] = lua(
        "local t = {}\nlocal function f()\n  local x = 1\n  return x\nend\n" +
        "debug.sethook(function(e, l) if debug.getinfo(2, 'f').func == f then t[#t + 1] = e .. (l or '') end end, 'cl')\n" +
        "f()\ndebug.sethook()\nreturn table.concat(t, ' ')");
      expect(trace).to.equal("call line3 line4");
    });

    it("the evaluator skips hook checks once the last hook is removed", () => {
      const L = new Runtime();
      openLibs(L);
      L.call(L.load("debug.sethook(print, 'l') debug.sethook()", "=test"), []);
      expect(L.hook).to.equal(undefined);
    });
  });

  describe("debug.debug", () => {
    it("runs stdin lines as commands until 'cont', reporting errors on stderr (as lua5.3)", () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "luaref-debug-"));
      const file = path.join(dir, "dd.lua");
      fs.writeFileSync(file, 'debug.debug()\nprint("after")\n');
      const r = spawnSync(process.execPath, [path.join(__dirname, "..", "..", "..", "bin", "luaref.js"), file], {
        input: "print('hi')\nerror('bad')\nerror({})\nx = = 1\nlocal a = 1 return a\ncont\nprint('never')\n",
        encoding: "latin1",
      });
      fs.rmSync(dir, { recursive: true, force: true });
      expect(r.stdout).to.equal("hi\nafter\n");
      expect(r.stderr).to.equal(
        "lua_debug> lua_debug> (debug command):1: bad\nlua_debug> (null)\n" +
        "lua_debug> (debug command):1: unexpected symbol near '='\nlua_debug> lua_debug> ");
    });
  });
});
