// From the parser's CST to the typed AST of ast.ts (manual §3.3 statements, §3.4 expressions),
// with PUC's line conventions. Blocks, expressions and table constructors hold their elements
// as one ordered list ("seq", see parser.ts), read here as lparser.c reads tokens.
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

function node(children: Children, key: string): CstNode {
  return children[key]![0] as CstNode;
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

function isToken(element: CstElement | undefined): element is IToken {
  return element !== undefined && (element as IToken).image !== undefined;
}

function isUnaryOperator(type: TokenType): boolean {
  return type === T.Minus || type === T.Not || type === T.Hash || type === T.Tilde;
}

/** The first token of an exp node: its first element, or the first token of that table or function. */
function firstTokenOfExp(exp: CstNode): IToken {
  const first = exp.children.seq![0];
  if (isToken(first)) return first;
  return first.name === "tableconstructor" ? (first.children.seq![0] as IToken) : token(first.children, "function");
}

/** Converts one chunk; `marks` receives the tokens the resolver needs for its error messages. */
export function chunkFromCst(cst: CstNode, chunkName: string, marks: SourceMarks): A.Chunk {
  return new Converter(marks).chunk(cst, chunkName);
}

/** The conversions shared by the readers of element lists, and the nodes that are not lists. */
class Converter {
  constructor(readonly marks: SourceMarks) {}

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

  /** A block node; `close` is the token that ends it (end, else, until, <eof>…). */
  block(cst: CstNode, pos: A.Pos, close: IToken): A.Block {
    const seq = cst.children.seq;
    const stats = seq === undefined ? [] : new SequenceReader(this, seq).statements(close);
    return { kind: "Block", line: pos.line, column: pos.column, stats, lastLine: this.marks.lineBefore(close) };
  }

  /** exp: a flat sequence of operands and operators, grouped here by precedence. */
  exp(cst: CstNode): A.Expr {
    return new SequenceReader(this, cst.children.seq!).subexpr(0);
  }

  decl(name: IToken): A.LocalDecl {
    // its mark is found by position (SourceMarks.tokenAt)
    return { line: lineOf(name), column: columnOf(name), name: name.image, slot: 0, captured: false };
  }

  // -------------------------------------------------------------------------------------------
  // Functions

  /** funcbody; `lineDefined` is PUC's linedefined (see parser.ts). */
  funcbody(cst: CstNode, keyword: IToken, isMethod: boolean, lineDefined: number): A.FunctionExpr {
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

  /** A function body not of a function statement: linedefined is the line of its `(`. */
  anonymousFunction(body: CstNode, keyword: IToken): A.FunctionExpr {
    return this.funcbody(body, keyword, false, token(body.children, "LParen").startLine ?? 0);
  }

  functiondef(def: CstNode): A.FunctionExpr {
    return this.anonymousFunction(node(def.children, "funcbody"), token(def.children, "function"));
  }

  // -------------------------------------------------------------------------------------------
  // Leaves and tables

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
    const e: A.StringExpr = { kind: "String", line: lineOf(t), column: columnOf(t), value: (t.payload as StringPayload).value };
    if (t.endLine !== undefined && t.endLine !== e.line) e.endLine = t.endLine;
    return e;
  }

  /** BreakStat.jumpLine: the line of the token before `keyword`, -1 after `then`. */
  jumpLine(keyword: IToken): number {
    const previous = this.marks.tokenBefore(keyword);
    if (previous === undefined) return 1;
    return previous.image === "then" ? -1 : (previous.endLine ?? 1);
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

  /** tableconstructor: `{`, then `[` exp `]` `=` exp | Name `=` exp | exp, with `,` or `;` between, then `}`. */
  table(cst: CstNode): A.TableExpr {
    const seq = cst.children.seq!;
    const open = seq[0] as IToken;
    const fields: A.TableField[] = [];
    for (let i = 1; i < seq.length; ) {
      const element = seq[i];
      if (!isToken(element)) {
        const item = this.exp(element);
        fields.push({ kind: "ItemField", line: item.line, column: item.column, value: item });
        i++;
      } else if (element.tokenType === T.LBracket) {
        const key = this.exp(seq[i + 1] as CstNode);
        fields.push({ kind: "KeyedField", line: lineOf(element), column: columnOf(element), key, value: this.exp(seq[i + 4] as CstNode) });
        i += 5;
      } else if (element.tokenType === T.Name) {
        const line = lineOf(element);
        const column = columnOf(element);
        const key: A.StringExpr = { kind: "String", line, column, value: element.image };
        fields.push({ kind: "KeyedField", line, column, key, value: this.exp(seq[i + 2] as CstNode) });
        i += 3;
      } else {
        i++; // a separator, or the closing `}`
      }
    }
    const closing = seq[seq.length - 1] as IToken;
    return { kind: "Table", line: lineOf(open), column: columnOf(open), fields, closeLine: lineOf(closing) };
  }
}

/**
 * Reads the elements of a block or exp node (its "seq" list, in source order) as lparser.c reads
 * tokens: statements, then subexpr's precedence climbing, simpleexp, suffixedexp and funcargs.
 */
class SequenceReader {
  /** Index of the next element. */
  private next = 0;

  constructor(
    private readonly converter: Converter,
    private readonly seq: CstElement[],
  ) {}

  private token(): IToken {
    return this.seq[this.next++] as IToken;
  }

  private node(): CstNode {
    return this.seq[this.next++] as CstNode;
  }

  /** Whether the next element is a token of this type. */
  private at(type: TokenType): boolean {
    const element = this.seq[this.next];
    return isToken(element) && element.tokenType === type;
  }

  /** exp {',' exp} */
  private explist(): A.Expr[] {
    const exprs = [this.converter.exp(this.node())];
    while (this.at(T.Comma)) {
      this.next++;
      exprs.push(this.converter.exp(this.node()));
    }
    return exprs;
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  /** A whole block's statements; `close` is the token after the block. */
  statements(close: IToken): A.Stat[] {
    const stats: A.Stat[] = [];
    while (this.next < this.seq.length) {
      const stat = this.statement(close);
      if (stat !== undefined) stats.push(stat);
    }
    return stats;
  }

  /**
   * One statement (undefined for `;`). Every statement starts with a token, except if, for and
   * function statements, which are nodes (holding the same elements).
   */
  private statement(close: IToken): A.Stat | undefined {
    const converter = this.converter;
    const element = this.seq[this.next++];
    if (!isToken(element)) return new SequenceReader(converter, element.children.seq!).statement(close);
    const first = element;
    const line = lineOf(first);
    const column = columnOf(first);
    switch (first.tokenType) {
      case T.Semicolon:
        return undefined;
      case T.If:
        return this.ifstat(first);
      case T.While: {
        const cond = converter.exp(this.node());
        const keyword = this.token();
        const block = this.node();
        const end = this.token();
        const body = converter.block(block, at(keyword), end);
        converter.marks.set(body, end); // where a too long loop is reported
        return { kind: "While", line, column, cond, body };
      }
      case T.Do: {
        const block = this.node();
        return { kind: "Do", line, column, body: converter.block(block, at(first), this.token()) };
      }
      case T.For:
        return this.forstat(first);
      case T.Repeat: {
        const block = this.node();
        const body = converter.block(block, at(first), this.token());
        return { kind: "Repeat", line, column, body, cond: converter.exp(this.node()) };
      }
      case T.Function:
        return this.funcstat(first);
      case T.Local: {
        if (this.at(T.Function)) {
          const keyword = this.token();
          const decl = converter.decl(this.token());
          return { kind: "LocalFunction", line, column, decl, func: converter.anonymousFunction(this.node(), keyword) };
        }
        const names = [converter.decl(this.token())];
        while (this.at(T.Comma)) {
          this.next++;
          names.push(converter.decl(this.token()));
        }
        let exprs: A.Expr[] = [];
        if (this.at(T.Assign)) {
          this.next++;
          exprs = this.explist();
        }
        return { kind: "Local", line, column, names, exprs };
      }
      case T.DoubleColon: {
        const label: A.LabelStat = { kind: "Label", line, column, name: this.token().image };
        converter.marks.set(label, this.token());
        converter.marks.setAfterLabel(label, this.afterLabel(close));
        return label;
      }
      case T.Break:
        return { kind: "Break", line, column, jumpLine: converter.jumpLine(first) };
      case T.Goto:
        return { kind: "Goto", line, column, label: this.token().image, target: null, jumpLine: converter.jumpLine(first) };
      case T.Return: {
        const exprs = this.next < this.seq.length && !this.at(T.Semicolon) ? this.explist() : [];
        this.next = this.seq.length; // an optional ';' ends the block
        return { kind: "Return", line, column, exprs };
      }
      default:
        return this.exprstat(first);
    }
  }

  /** lparser.c's labelstat skips following `;` and labels before it looks at the next token. */
  private afterLabel(close: IToken): IToken {
    let i = this.next;
    for (;;) {
      const element = this.seq[i];
      if (element === undefined) return close;
      if (!isToken(element)) return element.children.seq![0] as IToken; // an if, for or function statement
      if (element.tokenType === T.Semicolon) i++;
      else if (element.tokenType === T.DoubleColon) i += 3;
      else return element;
    }
  }

  /** [if] exp then block {elseif exp then block} [else block] end */
  private ifstat(keyword: IToken): A.IfStat {
    const converter = this.converter;
    const clauses: A.IfStat["clauses"] = [];
    let orelse: A.Block | null = null;
    for (let opener = keyword; ; ) {
      const cond = converter.exp(this.node());
      const then = this.token();
      const block = this.node();
      const closer = this.token();
      clauses.push({
        line: lineOf(opener), column: columnOf(opener), thenLine: lineOf(then), cond, body: converter.block(block, at(opener), closer),
      });
      if (closer.tokenType === T.ElseIf) {
        opener = closer;
        continue;
      }
      if (closer.tokenType === T.Else) {
        const elseBlock = this.node();
        orelse = converter.block(elseBlock, at(closer), this.token());
      }
      break;
    }
    return { kind: "If", line: lineOf(keyword), column: columnOf(keyword), clauses, orelse };
  }

  /** [for] Name '=' exp ',' exp [',' exp] do block end  |  [for] namelist in explist do block end */
  private forstat(keyword: IToken): A.NumericForStat | A.GenericForStat {
    const converter = this.converter;
    const line = lineOf(keyword);
    const column = columnOf(keyword);
    const first = this.token();
    if (this.at(T.Assign)) {
      this.next++;
      const start = converter.exp(this.node());
      this.next++; // ','
      const limit = converter.exp(this.node());
      let step: A.Expr | null = null;
      if (this.at(T.Comma)) {
        this.next++;
        step = converter.exp(this.node());
      }
      const body = this.loopBody();
      return {
        kind: "NumericFor", line, column,
        variable: converter.decl(first),
        start, limit, step,
        body: body.block, doLine: body.doLine, hiddenSlot: 0,
      };
    }
    const names = [first];
    while (this.at(T.Comma)) {
      this.next++;
      names.push(this.token());
    }
    this.next++; // in
    const callLine = firstTokenOfExp(this.seq[this.next] as CstNode).endLine ?? 0;
    const exprs = this.explist();
    const body = this.loopBody();
    return {
      kind: "GenericFor", line, column,
      variables: names.map((n) => converter.decl(n)),
      exprs, body: body.block,
      callLine, hiddenSlot: 0,
    };
  }

  /** do block end, of a for loop. */
  private loopBody(): { block: A.Block; doLine: number } {
    const keyword = this.token();
    const block = this.node();
    const end = this.token();
    const body = this.converter.block(block, at(keyword), end);
    this.converter.marks.set(body, end); // where a too long loop is reported
    return { block: body, doLine: keyword.startLine ?? 0 };
  }

  /** [function] Name {'.' Name} [':' Name] funcbody */
  private funcstat(keyword: IToken): A.FunctionStat {
    const converter = this.converter;
    let target: A.LValue = converter.name(this.token());
    let isMethod = false;
    // Every Name after the first is a field, the one after ':' included.
    while (isToken(this.seq[this.next])) {
      isMethod = this.token().tokenType === T.Colon;
      target = converter.field(target, this.token());
    }
    const func = converter.funcbody(this.node(), keyword, isMethod, keyword.startLine ?? 0);
    return { kind: "FunctionStat", line: lineOf(keyword), column: columnOf(keyword), target, func };
  }

  /** A call, or an assignment: suffixedexp {',' suffixedexp} '=' explist. */
  private exprstat(first: IToken): A.AssignStat | A.CallStat {
    const target = this.suffixed(first);
    if (!this.at(T.Comma) && !this.at(T.Assign)) {
      return { kind: "CallStat", line: target.line, column: target.column, call: target as A.CallExpr | A.MethodCallExpr };
    }
    const targets = [target as A.LValue];
    while (this.at(T.Comma)) {
      this.next++;
      // a suffixedexp node
      const reader = new SequenceReader(this.converter, this.node().children.seq!);
      targets.push(reader.suffixed(reader.token()) as A.LValue);
    }
    const equals = this.token();
    return { kind: "Assign", line: lineOf(equals), column: columnOf(equals), targets, exprs: this.explist() };
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

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

  /**
   * primaryexp {suffix}, from its first token `start` (already read). The suffixes end at the
   * first element that cannot start one (an operator, `,`, `=`, the next statement…).
   */
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
        // a call with a table constructor, or else the next statement
        if (suffix.name !== "tableconstructor") return e;
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
          return e;
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
          if (args.length > 0) converter.marks.setLastArgument(args[args.length - 1], element);
          return args;
        }
        continue; // ','
      }
      if (args.length > 0) converter.marks.setArgument(args[args.length - 1], firstTokenOfExp(element));
      args.push(converter.exp(element));
    }
  }
}
