// Tests of the parser and CST → AST (manual §3.3, §3.4): every statement and expression form,
// precedence and associativity, and PUC's line conventions.
import { expect } from "chai";
import * as A from "../../grammar/ast";
import { expOf, parseChunk, show, statsOf } from "./helpers";
import { LuaParser } from "../../grammar/parser";

describe("parser: grammar", () => {
  it("passes Chevrotain's grammar validations (skipped by the parser luaref uses)", () => {
    expect(() => new LuaParser(true)).not.to.throw();
  });
});

describe("parser: expressions", () => {
  const cases: [string, string][] = [
    ["1 + 2 * 3", "(1 + (2 * 3))"],
    ["1 - 2 - 3", "((1 - 2) - 3)"],
    ["2 ^ 3 ^ 2", "(2 ^ (3 ^ 2))"],
    ["-x ^ 2", "(-(x ^ 2))"],
    ["2 ^ -3", "(2 ^ (-3))"],
    ["a .. b .. c", "(a .. (b .. c))"],
    ["a + b .. c", "((a + b) .. c)"],
    ["not a == b", "((not a) == b)"],
    ["a or b and c", "(a or (b and c))"],
    ["a < b == c", "((a < b) == c)"],
    ["a | b ~ c & d", "(a | (b ~ (c & d)))"],
    ["a << b .. c", "(a << (b .. c))"],
    ["1 // 2 % 3 / 4", "(((1 // 2) % 3) / 4)"],
    ["~a & #b", "((~a) & (#b))"],
    ["- - x", "(-(-x))"],
    ["(a + b) * c", "([(a + b)] * c)"],
    ["a.b[c](d)", "a[\"b\"][c](d)"],
    ["a >= b ~= c", "((a >= b) ~= c)"],
  ];
  for (const [source, expected] of cases) {
    it(`parses ${source} as ${expected}`, () => expect(show(expOf(source))).to.equal(expected));
  }

  it("builds every simple expression", () => {
    const t = expOf("{nil, true, false, ..., 'x', function(a, ...) end, [1] = 2, k = v; f{}}") as A.TableExpr;
    expect(t.kind).to.equal("Table");
    expect(t.fields.map((f) => (f.kind === "ItemField" ? f.value.kind : `${f.key.kind}=${f.value.kind}`))).to.deep.equal([
      "Nil", "True", "False", "Vararg", "String", "Function", "Number=Number", "String=Name", "Call",
    ]);
    const f = t.fields[5].value as A.FunctionExpr;
    expect(f.isVararg).to.equal(true);
    expect(f.params.map((p) => p.name)).to.deep.equal(["a"]);
  });

  it("builds calls with string and table arguments, and method calls", () => {
    const call = expOf('f"s"') as A.CallExpr;
    expect(call.kind).to.equal("Call");
    expect((call.args[0] as A.StringExpr).value).to.equal("s");
    const method = expOf("o:m{1}") as A.MethodCallExpr;
    expect(method.kind).to.equal("MethodCall");
    expect(method.name).to.equal("m");
    expect(method.args[0].kind).to.equal("Table");
  });

  it("gives binary and unary nodes the operator's line", () => {
    const e = expOf("a\n+\nb\n*\n-\nc") as A.BinaryExpr;
    expect(e.line).to.equal(2);
    expect((e.right as A.BinaryExpr).line).to.equal(4);
    expect(((e.right as A.BinaryExpr).right as A.UnaryExpr).line).to.equal(5);
  });

  it("gives calls the line where the suffixed expression starts", () => {
    const e = expOf("a\n.b\n(\n1)") as A.CallExpr;
    expect(e.line).to.equal(1);
    expect((e.callee as A.IndexExpr).line).to.equal(2);
  });
});

describe("parser: statements", () => {
  it("builds every statement kind", () => {
    const source = [
      "local a, b = 1", "a, b.c = 1, 2", "f()", "do end", "while a do end", "repeat until a",
      "if a then elseif b then else end", "for i = 1, 2, 3 do end", "for k, v in pairs(t) do end",
      "function a.b:c() end", "local function g() end", "::l::", "goto l", "while 1 do break end", ";", "return 1",
    ].join("\n");
    expect(statsOf(source).map((s) => s.kind)).to.deep.equal([
      "Local", "Assign", "CallStat", "Do", "While", "Repeat", "If", "NumericFor", "GenericFor",
      "FunctionStat", "LocalFunction", "Label", "Goto", "While", "Return",
    ]);
  });

  it("gives Assign the line of '='", () => {
    expect(statsOf("a,\nb\n=\n1, 2")[0].line).to.equal(3);
  });

  it("records the lines of numeric and generic for loops", () => {
    const [nf, gf] = statsOf("for i = 1,\n2\ndo end\nfor k\nin\n\nnext, t do end") as [A.NumericForStat, A.GenericForStat];
    expect([nf.line, nf.doLine, nf.step]).to.deep.equal([1, 3, null]);
    expect([gf.line, gf.callLine]).to.deep.equal([4, 7]);
  });

  it("records a function's first and last lines (main chunk: 0)", () => {
    const chunk = parseChunk("x = 1\nlocal f = function\n(a)\nend\nfunction g()\n\nend");
    expect([chunk.main.lineDefined, chunk.main.lastLine]).to.deep.equal([0, 0]);
    const f = (chunk.main.body.stats[1] as A.LocalStat).exprs[0] as A.FunctionExpr;
    expect([f.line, f.lineDefined, f.lastLine]).to.deep.equal([2, 3, 4]);
    const g = (chunk.main.body.stats[2] as A.FunctionStat).func;
    expect([g.line, g.lineDefined, g.lastLine]).to.deep.equal([5, 5, 7]);
  });

  it("turns function a.b:c into an Index chain with an implicit self", () => {
    const s = statsOf("function a.b:c(x) end")[0] as A.FunctionStat;
    expect(show(s.target)).to.equal('a["b"]["c"]');
    expect(s.func.isMethod).to.equal(true);
    expect(s.func.params.map((p) => p.name)).to.deep.equal(["self", "x"]);
  });

  it("keeps if/elseif/else clauses in order", () => {
    const s = statsOf("if a then x() elseif b then y() else z() end")[0] as A.IfStat;
    expect(s.clauses.map((c) => show(c.cond))).to.deep.equal(["a", "b"]);
    expect(s.orelse?.stats.length).to.equal(1);
  });

  it("treats a call on the next line as a call (no ambiguity error in 5.3)", () => {
    expect(statsOf("local a = b\n(f)()").map((s) => s.kind)).to.deep.equal(["Local"]);
  });
});
