// From the parser's CST to the typed AST of ast.ts (manual §3.3 statements, §3.4 expressions),
// with PUC's line conventions; folds binary operators by the precedence the parser climbed.
import { CstElement, CstNode, IToken } from "chevrotain";
import * as A from "./ast";
import { binaryInfo, unaryOp } from "./precedence";
import type { NumeralValue } from "./numerals";
import type { StringPayload } from "./lexer-matchers";
import { SourceMarks } from "./source-marks";

type Children = Record<string, CstElement[] | undefined>;

function token(children: Children, key: string, index = 0): IToken {
  return children[key]![index] as IToken;
}

function node(children: Children, key: string, index = 0): CstNode {
  return children[key]![index] as CstNode;
}

function nodes(children: Children, key: string): CstNode[] {
  return (children[key] as CstNode[] | undefined) ?? [];
}

function lineOf(t: IToken): number {
  return t.startLine ?? 0;
}

function columnOf(t: IToken): number {
  return t.startColumn ?? 0;
}

function at(t: IToken): A.Pos {
  return { line: lineOf(t), column: columnOf(t) };
}

function isToken(element: CstElement): element is IToken {
  return (element as IToken).image !== undefined;
}

/** The first token of a CST node (undefined for an empty block). */
function firstToken(cst: CstNode): IToken | undefined {
  let best: IToken | undefined;
  for (const key in cst.children) {
    const first = cst.children[key][0];
    const candidate = isToken(first) ? first : firstToken(first);
    if (candidate !== undefined && (best === undefined || candidate.startOffset < best.startOffset)) best = candidate;
  }
  return best;
}

/** Converts one chunk; `marks` receives the tokens the resolver needs for its error messages. */
export function chunkFromCst(cst: CstNode, chunkName: string, marks: SourceMarks): A.Chunk {
  return new Converter(marks).chunk(cst, chunkName);
}

class Converter {
  constructor(private readonly marks: SourceMarks) {}

  chunk(cst: CstNode, chunkName: string): A.Chunk {
    const eof = this.marks.eof();
    const main: A.FunctionExpr = {
      kind: "Function", line: 0, column: 0, lineDefined: 0,
      params: [], isVararg: true, isMethod: false,
      body: this.block(node(cst.children, "block"), { line: 1, column: 1 }, eof),
      lastLine: 0, upvalues: [], frameSize: 0,
    };
    this.marks.set(main, eof);
    return { kind: "Chunk", chunkName, main };
  }

  private decl(name: IToken): A.LocalDecl {
    const decl: A.LocalDecl = { line: lineOf(name), column: columnOf(name), name: name.image, slot: 0, captured: false };
    this.marks.set(decl, name);
    return decl;
  }

  // -------------------------------------------------------------------------------------------
  // Blocks and statements

  /** `close` is the token that ends the block (end, else, until, <eof>…). */
  private block(cst: CstNode, pos: A.Pos, close: IToken): A.Block {
    const stats: A.Stat[] = [];
    const statNodes = nodes(cst.children, "stat");
    const ret = nodes(cst.children, "retstat")[0];
    for (let i = 0; i < statNodes.length; i++) {
      const stat = this.stat(statNodes[i]);
      if (stat === undefined) continue;
      stats.push(stat);
      if (stat.kind === "Label") this.markAfterLabel(stat, statNodes, i, ret, close);
    }
    if (ret !== undefined) stats.push(this.retstat(ret));
    return { kind: "Block", line: pos.line, column: pos.column, stats, lastLine: this.marks.lineBefore(close) };
  }

  /** lparser.c's labelstat skips following `;` and labels before it looks at the next token. */
  private markAfterLabel(label: A.LabelStat, statNodes: CstNode[], i: number, ret: CstNode | undefined, close: IToken): void {
    let j = i + 1;
    while (j < statNodes.length && (statNodes[j].children.Semicolon !== undefined || statNodes[j].children.label !== undefined)) j++;
    // Statements are never empty: they have a first token.
    const next = j < statNodes.length ? firstToken(statNodes[j])! : ret !== undefined ? firstToken(ret)! : close;
    this.marks.setAfterLabel(label, next);
  }

  /** BreakStat.jumpLine: the line of the token before `keyword`, -1 after `then`. */
  private jumpLine(keyword: IToken): number {
    const previous = this.marks.before(keyword);
    if (previous === undefined) return 1;
    return previous.image === "then" ? -1 : (previous.endLine ?? 1);
  }

  private stat(cst: CstNode): A.Stat | undefined {
    const c = cst.children;
    if (c.exprstat) return this.exprstat(node(c, "exprstat"));
    if (c.localstat) return this.localstat(node(c, "localstat"));
    if (c.ifstat) return this.ifstat(node(c, "ifstat"));
    if (c.funcstat) return this.funcstat(node(c, "funcstat"));
    if (c.forstat) return this.forstat(node(c, "forstat"));
    if (c.whilestat) {
      const w = node(c, "whilestat").children;
      const keyword = token(w, "while");
      const body = this.block(node(w, "block"), at(token(w, "do")), token(w, "end"));
      this.marks.set(body, token(w, "end")); // where a too long loop is reported
      return { kind: "While", line: lineOf(keyword), column: columnOf(keyword), cond: this.exp(node(w, "exp")), body };
    }
    if (c.dostat) {
      const d = node(c, "dostat").children;
      const keyword = token(d, "do");
      return { kind: "Do", line: lineOf(keyword), column: columnOf(keyword), body: this.block(node(d, "block"), at(keyword), token(d, "end")) };
    }
    if (c.repeatstat) {
      const r = node(c, "repeatstat").children;
      const keyword = token(r, "repeat");
      const body = this.block(node(r, "block"), at(keyword), token(r, "until"));
      return { kind: "Repeat", line: lineOf(keyword), column: columnOf(keyword), body, cond: this.exp(node(r, "exp")) };
    }
    if (c.label) {
      const l = node(c, "label").children;
      const open = token(l, "DoubleColon");
      const label: A.LabelStat = { kind: "Label", line: lineOf(open), column: columnOf(open), name: token(l, "Name").image };
      this.marks.set(label, token(l, "DoubleColon", 1));
      return label;
    }
    if (c.gotostat) {
      const g = node(c, "gotostat").children;
      const keyword = token(g, "goto");
      return {
        kind: "Goto", line: lineOf(keyword), column: columnOf(keyword), label: token(g, "Name").image, target: null,
        jumpLine: this.jumpLine(keyword),
      };
    }
    if (c.break) {
      const keyword = token(c, "break");
      return { kind: "Break", line: lineOf(keyword), column: columnOf(keyword), jumpLine: this.jumpLine(keyword) };
    }
    return undefined; // ';'
  }

  private retstat(cst: CstNode): A.ReturnStat {
    const c = cst.children;
    const keyword = token(c, "return");
    return { kind: "Return", line: lineOf(keyword), column: columnOf(keyword), exprs: c.explist ? this.explist(node(c, "explist")) : [] };
  }

  private exprstat(cst: CstNode): A.AssignStat | A.CallStat {
    const c = cst.children;
    const first = this.suffixedexp(node(c, "suffixedexp"));
    if (c.Assign === undefined) return { kind: "CallStat", line: first.line, column: first.column, call: first as A.CallExpr | A.MethodCallExpr };
    const targets = nodes(c, "suffixedexp").map((s, i) => (i === 0 ? first : this.suffixedexp(s)) as A.LValue);
    const equals = token(c, "Assign");
    return { kind: "Assign", line: lineOf(equals), column: columnOf(equals), targets, exprs: this.explist(node(c, "explist")) };
  }

  private localstat(cst: CstNode): A.LocalStat | A.LocalFunctionStat {
    const c = cst.children;
    if (c.function) {
      const body = node(c, "funcbody");
      return {
        kind: "LocalFunction", line: lineOf(token(c, "local")), column: columnOf(token(c, "local")),
        decl: this.decl(token(c, "Name")),
        func: this.funcbody(body, token(c, "function"), false, token(body.children, "LParen").startLine ?? 0),
      };
    }
    const names = (c.Name as IToken[]).map((n) => this.decl(n));
    const keyword = token(c, "local");
    const exprs = c.explist ? this.explist(node(c, "explist")) : [];
    return { kind: "Local", line: lineOf(keyword), column: columnOf(keyword), names, exprs };
  }

  private ifstat(cst: CstNode): A.IfStat {
    const c = cst.children;
    const conds = nodes(c, "exp");
    const blocks = nodes(c, "block");
    const openers = [token(c, "if"), ...((c.elseif as IToken[] | undefined) ?? [])];
    const closers = [...openers.slice(1), ...((c.else as IToken[] | undefined) ?? []), token(c, "end")];
    const thens = c.then as IToken[];
    const clauses = conds.map((cond, i) => ({
      line: lineOf(openers[i]), column: columnOf(openers[i]), thenLine: lineOf(thens[i]),
      cond: this.exp(cond),
      body: this.block(blocks[i], at(openers[i]), closers[i]),
    }));
    const orelse = c.else ? this.block(blocks[conds.length], at(token(c, "else")), token(c, "end")) : null;
    return { kind: "If", line: lineOf(token(c, "if")), column: columnOf(token(c, "if")), clauses, orelse };
  }

  private forstat(cst: CstNode): A.NumericForStat | A.GenericForStat {
    const c = cst.children;
    const names = c.Name as IToken[];
    const body = this.block(node(c, "block"), at(token(c, "do")), token(c, "end"));
    this.marks.set(body, token(c, "end")); // where a too long loop is reported
    if (c.Assign) {
      const exps = nodes(c, "exp");
      return {
        kind: "NumericFor", line: lineOf(token(c, "for")), column: columnOf(token(c, "for")),
        variable: this.decl(names[0]),
        start: this.exp(exps[0]), limit: this.exp(exps[1]), step: exps[2] ? this.exp(exps[2]) : null,
        body, doLine: token(c, "do").startLine ?? 0, hiddenSlot: 0,
      };
    }
    const explist = node(c, "explist");
    return {
      kind: "GenericFor", line: lineOf(token(c, "for")), column: columnOf(token(c, "for")),
      variables: names.map((n) => this.decl(n)),
      exprs: this.explist(explist), body,
      callLine: firstToken(explist)!.endLine ?? 0, hiddenSlot: 0,
    };
  }

  private funcstat(cst: CstNode): A.FunctionStat {
    const c = cst.children;
    const keyword = token(c, "function");
    const name = node(c, "funcname").children;
    let target: A.LValue = this.name(token(name, "Name"));
    // Every Name after the first is a field, the one after ':' included.
    for (const key of (name.Name as IToken[]).slice(1)) target = this.field(target, key);
    const isMethod = name.Colon !== undefined;
    const func = this.funcbody(node(c, "funcbody"), keyword, isMethod, keyword.startLine ?? 0);
    return { kind: "FunctionStat", line: lineOf(keyword), column: columnOf(keyword), target, func };
  }

  // -------------------------------------------------------------------------------------------
  // Functions

  /** funcbody; `lineDefined` is PUC's linedefined (see parser.ts). */
  private funcbody(cst: CstNode, keyword: IToken, isMethod: boolean, lineDefined: number): A.FunctionExpr {
    const c = cst.children;
    const lparen = token(c, "LParen");
    const parlist = node(c, "parlist").children;
    const params = ((parlist.Name as IToken[] | undefined) ?? []).map((n) => this.decl(n));
    if (isMethod) {
      const self: A.LocalDecl = { line: lineOf(lparen), column: columnOf(lparen), name: "self", slot: 0, captured: false };
      this.marks.set(self, lparen);
      params.unshift(self);
    }
    const end = token(c, "end");
    const func: A.FunctionExpr = {
      kind: "Function", line: lineOf(keyword), column: columnOf(keyword), lineDefined,
      params, isVararg: parlist.Ellipsis !== undefined, isMethod,
      body: this.block(node(c, "block"), at(token(c, "RParen")), end),
      lastLine: end.startLine ?? 0, upvalues: [], frameSize: 0,
    };
    this.marks.set(func, this.marks.next(end));
    return func;
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  private explist(cst: CstNode): A.Expr[] {
    return nodes(cst.children, "exp").map((e) => this.exp(e));
  }

  /** exp: the parser already grouped by precedence; operators inside one node fold to the left. */
  private exp(cst: CstNode): A.Expr {
    const c = cst.children;
    let left: A.Expr;
    if (c.UnaryOperator) {
      const op = token(c, "UnaryOperator");
      left = { kind: "Unary", line: lineOf(op), column: columnOf(op), op: unaryOp(op.tokenType), operand: this.exp(node(c, "operand")) };
    } else {
      left = this.simpleexp(c);
    }
    const ops = (c.BinaryOperator as IToken[] | undefined) ?? [];
    const rights = nodes(c, "right");
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i];
      left = { kind: "Binary", line: lineOf(op), column: columnOf(op), op: binaryInfo(op.tokenType)!.op, left, right: this.exp(rights[i]) };
    }
    return left;
  }

  /** The simpleexp alternatives, inlined in the exp rule. */
  private simpleexp(c: Children): A.Expr {
    if (c.suffixedexp) return this.suffixedexp(node(c, "suffixedexp"));
    if (c.Numeral) {
      const t = token(c, "Numeral");
      const n = t.payload as NumeralValue;
      return n.kind === "Integer"
        ? { kind: "Number", line: lineOf(t), column: columnOf(t), numberKind: "Integer", value: n.value }
        : { kind: "Number", line: lineOf(t), column: columnOf(t), numberKind: "Float", value: n.value };
    }
    if (c.String) return this.string(token(c, "String"));
    if (c.nil) return { kind: "Nil", line: lineOf(token(c, "nil")), column: columnOf(token(c, "nil")) };
    if (c.true) return { kind: "True", line: lineOf(token(c, "true")), column: columnOf(token(c, "true")) };
    if (c.false) return { kind: "False", line: lineOf(token(c, "false")), column: columnOf(token(c, "false")) };
    if (c.Ellipsis) return { kind: "Vararg", line: lineOf(token(c, "Ellipsis")), column: columnOf(token(c, "Ellipsis")) };
    if (c.tableconstructor) return this.table(node(c, "tableconstructor"));
    const def = node(c, "functiondef").children;
    const body = node(def, "funcbody");
    return this.funcbody(body, token(def, "function"), false, token(body.children, "LParen").startLine ?? 0);
  }

  private string(t: IToken): A.StringExpr {
    const e: A.StringExpr = { kind: "String", line: lineOf(t), column: columnOf(t), value: (t.payload as StringPayload).value };
    if (t.endLine !== undefined && t.endLine !== e.line) e.endLine = t.endLine;
    return e;
  }

  private name(t: IToken): A.NameExpr {
    const name: A.NameExpr = { kind: "Name", line: lineOf(t), column: columnOf(t), name: t.image, ref: { kind: "Unresolved" } };
    this.marks.set(name, t);
    return name;
  }

  private field(object: A.Expr, key: IToken): A.IndexExpr {
    const line = lineOf(key);
    const column = columnOf(key);
    return { kind: "Index", line, column, object, key: { kind: "String", line, column, value: key.image } };
  }

  private suffixedexp(cst: CstNode): A.Expr {
    const c = cst.children;
    const start = c.Name ? token(c, "Name") : token(c, "LParen");
    let e: A.Expr = c.Name
      ? this.name(start)
      : { kind: "Paren", line: lineOf(start), column: columnOf(start), expr: this.exp(node(c, "exp")) };
    const callLine = lineOf(start);
    const callColumn = columnOf(start);
    for (const suffix of nodes(c, "suffix")) {
      const s = suffix.children;
      if (s.Dot) e = this.field(e, token(s, "Name"));
      else if (s.LBracket) {
        const key = node(s, "exp");
        const first = firstToken(key)!;
        e = { kind: "Index", line: lineOf(first), column: columnOf(first), object: e, key: this.exp(key) };
      } else if (s.Colon) {
        e = { kind: "MethodCall", line: callLine, column: callColumn, object: e, name: token(s, "Name").image, args: this.args(node(s, "args")) };
      } else {
        e = { kind: "Call", line: callLine, column: callColumn, callee: e, args: this.args(node(s, "args")) };
      }
    }
    return e;
  }

  private args(cst: CstNode): A.Expr[] {
    const c = cst.children;
    if (c.String) return [this.string(token(c, "String"))];
    if (c.tableconstructor) return [this.table(node(c, "tableconstructor"))];
    if (!c.explist) return [];
    // where PUC stands when it puts each argument in a register (for "too many registers"):
    // the next argument's first token, and after the last one the token after ')'
    const exps = nodes(node(c, "explist").children, "exp");
    const args = exps.map((e) => this.exp(e));
    args.forEach((a, i) => this.marks.set(a, i + 1 < exps.length ? firstToken(exps[i + 1])! : this.marks.next(token(c, "RParen"))));
    return args;
  }

  private table(cst: CstNode): A.TableExpr {
    const fields = nodes(cst.children, "field").map((f): A.TableField => {
      const c = f.children;
      if (c.key) {
        const open = token(c, "LBracket");
        return { kind: "KeyedField", line: lineOf(open), column: columnOf(open), key: this.exp(node(c, "key")), value: this.exp(node(c, "value")) };
      }
      if (c.Name) {
        const name = token(c, "Name");
        const line = lineOf(name);
        const column = columnOf(name);
        const key: A.StringExpr = { kind: "String", line, column, value: name.image };
        return { kind: "KeyedField", line, column, key, value: this.exp(node(c, "value")) };
      }
      const item = this.exp(node(c, "item"));
      return { kind: "ItemField", line: item.line, column: item.column, value: item };
    });
    const open = token(cst.children, "LBrace");
    return { kind: "Table", line: lineOf(open), column: columnOf(open), fields, closeLine: lineOf(token(cst.children, "RBrace")) };
  }
}
