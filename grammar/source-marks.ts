// Which token PUC's one-pass parser is looking at when it processes a node (manual §3.5 scoping
// errors are raised at that token): recorded by cst-to-ast.ts, read by resolver.ts for messages.
import type { IToken } from "chevrotain";
import type { Pos } from "./ast";
import { EOF } from "./chevrotain";

/**
 * Maps owned by one parse, so that the AST keeps no token alive afterwards. Only errors read
 * them, so a mark that is "the token after T" is stored as T and looked up when asked.
 */
export class SourceMarks {
  /** Per node: the token after a function's `end`, a loop's `end`, a label's closing `::`. */
  private readonly tokens = new Map<object, IToken>();
  /** Per node: the token just before its mark (see `get`). */
  private readonly before = new Map<object, IToken>();
  /** Per call argument: where PUC stands when it puts it in a register (the next argument's first token). */
  private readonly arguments = new Map<object, IToken>();
  /** Per last call argument: the `)` before its mark. */
  private readonly argumentsBefore = new Map<object, IToken>();
  /** Per label: the first token after it and the no-op statements that follow it. */
  private readonly afterLabel = new Map<object, IToken>();

  constructor(
    /** The token vector of the source (sorted by offset). */
    private readonly all: IToken[],
    /** Line of `<eof>`. */
    readonly eofLine: number,
  ) {}

  set(node: object, token: IToken): void {
    this.tokens.set(node, token);
  }

  /** The node's mark is the token after `token`. */
  setAfter(node: object, token: IToken): void {
    this.before.set(node, token);
  }

  get(node: object): IToken | undefined {
    const before = this.before.get(node);
    return before !== undefined ? this.next(before) : this.tokens.get(node);
  }

  setArgument(arg: object, token: IToken): void {
    this.arguments.set(arg, token);
  }

  /** The last argument of a call, whose mark is the token after the closing `)`. */
  setLastArgument(arg: object, closing: IToken): void {
    this.argumentsBefore.set(arg, closing);
  }

  argument(arg: object): IToken | undefined {
    const closing = this.argumentsBefore.get(arg);
    return closing !== undefined ? this.next(closing) : this.arguments.get(arg);
  }

  setAfterLabel(label: object, token: IToken): void {
    this.afterLabel.set(label, token);
  }

  getAfterLabel(label: object): IToken | undefined {
    return this.afterLabel.get(label);
  }

  /** The token that starts at a position: a name's (NameExpr, LocalDecl), or `self`'s `(`. */
  tokenAt(pos: Pos): IToken {
    const i = this.firstIndex((t) => {
      const line = t.startLine ?? 0;
      return line < pos.line || (line === pos.line && (t.startColumn ?? 0) < pos.column);
    });
    return this.all[i] ?? this.eof();
  }

  /** The token following `token` (EOF after the last one). */
  next(token: IToken): IToken {
    return this.all[this.firstIndex((t) => t.startOffset <= token.startOffset)] ?? this.eof();
  }

  /** The token before `token`, if any. */
  tokenBefore(token: IToken): IToken | undefined {
    const i = this.firstIndex((t) => t.startOffset < token.startOffset);
    return i === 0 ? undefined : this.all[i - 1];
  }

  /** Binary search: the index of the first token for which `before` is false (tokens are in order). */
  private firstIndex(before: (t: IToken) => boolean): number {
    let low = 0;
    let high = this.all.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (before(this.all[mid])) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** PUC's ls->lastline while looking at `token`: where the token before it ends (1 when none). */
  lineBefore(token: IToken): number {
    return this.tokenBefore(token)?.endLine ?? 1;
  }

  /** A token standing for `<eof>`. */
  eof(): IToken {
    return { image: "", startOffset: Infinity, tokenType: EOF, tokenTypeIdx: EOF.tokenTypeIdx ?? 0 } as IToken;
  }

  /** PUC's ls->linenumber while looking at `token`. */
  lineOf(token: IToken): number {
    return token.tokenType === EOF ? this.eofLine : (token.endLine ?? this.eofLine);
  }
}
