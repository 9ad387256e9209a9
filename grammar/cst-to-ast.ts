// From the parser's CST to the typed AST of ast.ts (manual §3.3 statements, §3.4 expressions),
// with PUC's line conventions; folds binary operators by the precedence the parser climbed.
import type { CstElement, CstNode, IToken, TokenType } from "chevrotain";
import * as A from "./ast";
import { binaryInfo, BinaryInfo, unaryOp, UNARY_PRIORITY } from "./precedence";
import * as T from "./tokens";
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

/** The first token of an exp node: its first element, or the first token of that table or function. */
function firstTokenOfExp(exp: CstNode): IToken {
  const first = exp.children.seq![0];
  if (isToken(first)) return first;
  return token(first.children, first.name === "tableconstructor" ? "LBrace" : "function");
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

  /** Where PUC stands when it puts a call argument in a register: at the next argument's first token. */
  markArgument(arg: A.Expr, next: IToken): void {
    this.marks.setArgument(arg, next);
  }

  /** The same for the last argument: the token after the closing `)`. */
  markLastArgument(arg: A.Expr, closing: IToken): void {
    this.marks.setLastArgument(arg, closing);
  }

  private decl(name: IToken): A.LocalDecl {
    // its mark is found by position (SourceMarks.tokenAt)
    return { line: lineOf(name), column: columnOf(name), name: name.image, slot: 0, captured: false };
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
    return { kind: "Block", line: pos.line, column: pos.column, stats };
  }

  /** lparser.c's labelstat skips following `;` and labels before it looks at the next token. */
  private markAfterLabel(label: A.LabelStat, statNodes: CstNode[], i: number, ret: CstNode | undefined, close: IToken): void {
    let j = i + 1;
    while (j < statNodes.length && (statNodes[j].children.Semicolon !== undefined || statNodes[j].children.label !== undefined)) j++;
    // Statements are never empty: they have a first token.
    const next = j < statNodes.length ? firstToken(statNodes[j])! : ret !== undefined ? firstToken(ret)! : close;
    this.marks.setAfterLabel(label, next);
  }

  private stat(cst: CstNode): A.Stat | undefined {
    const c = cst.children;
    if (c.suffixedexp) return this.exprstat(c);
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
      return { kind: "Goto", line: lineOf(keyword), column: columnOf(keyword), label: token(g, "Name").image, target: null };
    }
    if (c.break) {
      const keyword = token(c, "break");
      return { kind: "Break", line: lineOf(keyword), column: columnOf(keyword) };
    }
    return undefined; // ';'
  }

  private retstat(cst: CstNode): A.ReturnStat {
    const c = cst.children;
    const keyword = token(c, "return");
    return { kind: "Return", line: lineOf(keyword), column: columnOf(keyword), exprs: c.explist ? this.explist(node(c, "explist")) : [] };
  }

  /** The exprstat alternative, inlined in the stat node. */
  private exprstat(c: Children): A.AssignStat | A.CallStat {
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
    const clauses = conds.map((cond, i) => ({
      line: lineOf(openers[i]), column: columnOf(openers[i]),
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
      callLine: firstTokenOfExp(node(explist.children, "exp")).endLine ?? 0, hiddenSlot: 0,
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
      // at `(`, where SourceMarks.tokenAt finds its mark
      const self: A.LocalDecl = { line: lineOf(lparen), column: columnOf(lparen), name: "self", slot: 0, captured: false };
      params.unshift(self);
    }
    const end = token(c, "end");
    const func: A.FunctionExpr = {
      kind: "Function", line: lineOf(keyword), column: columnOf(keyword), lineDefined,
      params, isVararg: parlist.Ellipsis !== undefined, isMethod,
      body: this.block(node(c, "block"), at(token(c, "RParen")), end),
      lastLine: end.startLine ?? 0, upvalues: [], frameSize: 0,
    };
    this.marks.setAfter(func, end);
    return func;
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  private explist(cst: CstNode): A.Expr[] {
    return nodes(cst.children, "exp").map((e) => this.exp(e));
  }

  /** exp: a flat sequence of operands and operators (see parser.ts), grouped here by precedence. */
  exp(cst: CstNode): A.Expr {
    return new SequenceReader(this, cst.children.seq!).subexpr(0);
  }

  /** A statement's suffixedexp. */
  private suffixedexp(cst: CstNode): A.Expr {
    return new SequenceReader(this, cst.children.seq!).suffixedexp();
  }

  functiondef(def: CstNode): A.FunctionExpr {
    const body = node(def.children, "funcbody");
    return this.funcbody(body, token(def.children, "function"), false, token(body.children, "LParen").startLine ?? 0);
  }

  literal(t: IToken): A.Expr {
    switch (t.tokenType) {
      case T.Numeral: {
        const n = t.payload as NumeralValue;
        return n.kind === "Integer"
          ? { kind: "Number", line: lineOf(t), column: columnOf(t), numberKind: "Integer", value: n.value }
          : { kind: "Number", line: lineOf(t), column: columnOf(t), numberKind: "Float", value: n.value };
      }
      case T.Nil: return { kind: "Nil", line: lineOf(t), column: columnOf(t) };
      case T.True: return { kind: "True", line: lineOf(t), column: columnOf(t) };
      case T.False: return { kind: "False", line: lineOf(t), column: columnOf(t) };
      case T.Ellipsis: return { kind: "Vararg", line: lineOf(t), column: columnOf(t) };
      default: return this.string(t);
    }
  }

  unary(op: IToken, operand: A.Expr): A.UnaryExpr {
    return { kind: "Unary", line: lineOf(op), column: columnOf(op), op: unaryOp(op.tokenType), operand };
  }

  binary(op: IToken, info: BinaryInfo, left: A.Expr, right: A.Expr): A.BinaryExpr {
    return { kind: "Binary", line: lineOf(op), column: columnOf(op), op: info.op, left, right };
  }

  string(t: IToken): A.StringExpr {
    return { kind: "String", line: lineOf(t), column: columnOf(t), value: (t.payload as StringPayload).value };
  }

  name(t: IToken): A.NameExpr {
    // its mark is found by position (SourceMarks.tokenAt)
    return { kind: "Name", line: lineOf(t), column: columnOf(t), name: t.image, ref: { kind: "Unresolved" } };
  }

  field(object: A.Expr, key: IToken): A.IndexExpr {
    const line = lineOf(key);
    const column = columnOf(key);
    return { kind: "Index", line, column, object, key: { kind: "String", line, column, value: key.image } };
  }

  table(cst: CstNode): A.TableExpr {
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
    return { kind: "Table", line: lineOf(token(cst.children, "LBrace")), column: columnOf(token(cst.children, "LBrace")), fields };
  }
}

/**
 * Reads the elements of an exp or suffixedexp node (their "seq" list, in source order) as
 * lparser.c reads tokens, building the AST: precedence climbing as in subexpr, then simpleexp,
 * suffixedexp and funcargs.
 */
class SequenceReader {
  /** Index of the next element. */
  private next = 0;

  constructor(
    private readonly converter: Converter,
    private readonly seq: CstElement[],
  ) {}

  /** subexpr: `limit` is the priority an operator must exceed to be taken into this operand. */
  subexpr(limit: number): A.Expr {
    const seq = this.seq;
    const first = seq[this.next];
    let left: A.Expr;
    if (isToken(first) && isUnaryOperator(first.tokenType)) {
      this.next++;
      left = this.converter.unary(first, this.subexpr(UNARY_PRIORITY));
    } else {
      left = this.simpleexp();
    }
    // After an operand, an exp holds only binary operators (each followed by its operand).
    for (let op = seq[this.next] as IToken | undefined; op !== undefined; op = seq[this.next] as IToken | undefined) {
      const info = binaryInfo(op.tokenType)!;
      if (info.left <= limit) break;
      this.next++;
      left = this.converter.binary(op, info, left, this.subexpr(info.right));
    }
    return left;
  }

  private simpleexp(): A.Expr {
    const element = this.seq[this.next++];
    if (!isToken(element)) {
      return element.name === "tableconstructor" ? this.converter.table(element) : this.converter.functiondef(element);
    }
    const type = element.tokenType;
    return type === T.Name || type === T.LParen ? this.suffixed(element) : this.converter.literal(element);
  }

  /** A whole suffixedexp node. */
  suffixedexp(): A.Expr {
    return this.suffixed(this.seq[this.next++] as IToken);
  }

  /** primaryexp {suffix}, from its first token `start` (already read). */
  private suffixed(start: IToken): A.Expr {
    const seq = this.seq;
    const converter = this.converter;
    let e: A.Expr;
    if (start.tokenType === T.Name) {
      e = converter.name(start);
    } else {
      e = { kind: "Paren", line: lineOf(start), column: columnOf(start), expr: converter.exp(seq[this.next] as CstNode) };
      this.next += 2; // the exp and ')'
    }
    const line = lineOf(start);
    const column = columnOf(start);
    for (;;) {
      const suffix = seq[this.next];
      if (suffix === undefined) return e;
      if (!isToken(suffix)) {
        // a table constructor: a call
        e = { kind: "Call", line, column, callee: e, args: this.args() };
        continue;
      }
      switch (suffix.tokenType) {
        case T.Dot:
          e = converter.field(e, seq[this.next + 1] as IToken);
          this.next += 2;
          break;
        case T.LBracket: {
          const key = seq[this.next + 1] as CstNode;
          const first = firstTokenOfExp(key);
          e = { kind: "Index", line: lineOf(first), column: columnOf(first), object: e, key: converter.exp(key) };
          this.next += 3;
          break;
        }
        case T.Colon: {
          const name = (seq[this.next + 1] as IToken).image;
          this.next += 2;
          e = { kind: "MethodCall", line, column, object: e, name, args: this.args() };
          break;
        }
        case T.LParen: case T.ShortString: case T.LongString:
          e = { kind: "Call", line, column, callee: e, args: this.args() };
          break;
        default:
          return e; // a binary operator
      }
    }
  }

  /** funcargs */
  private args(): A.Expr[] {
    const seq = this.seq;
    const converter = this.converter;
    const open = seq[this.next++];
    if (!isToken(open)) return [converter.table(open)];
    if (open.tokenType !== T.LParen) return [converter.string(open)];
    // '(' [exp {',' exp}] ')': where PUC stands when it puts each argument in a register (for
    // "too many registers"): the next argument's first token, and after the last one the token after ')'
    const args: A.Expr[] = [];
    for (;;) {
      const element = seq[this.next++];
      if (isToken(element)) {
        if (element.tokenType === T.RParen) {
          if (args.length > 0) converter.markLastArgument(args[args.length - 1], element);
          return args;
        }
        continue; // ','
      }
      if (args.length > 0) converter.markArgument(args[args.length - 1], firstTokenOfExp(element));
      args.push(converter.exp(element));
    }
  }
}

function isUnaryOperator(type: TokenType): boolean {
  return type === T.Minus || type === T.Not || type === T.Hash || type === T.Tilde;
}
