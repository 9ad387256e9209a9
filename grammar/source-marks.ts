// Which token PUC's one-pass parser is looking at when it processes a node (manual §3.5 scoping
// errors are raised at that token): recorded by cst-to-ast.ts, read by resolver.ts for messages.
import { EOF, IToken } from "chevrotain";

export class SourceMarks {
  /**
   * Per node: its name token (LocalDecl, NameExpr), the token after a function's `end`, a label's
   * closing `::`. A Map owned by one parse, so that the AST keeps no token alive afterwards.
   */
  private readonly tokens = new Map<object, IToken>();
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

  get(node: object): IToken | undefined {
    return this.tokens.get(node);
  }

  setAfterLabel(label: object, token: IToken): void {
    this.afterLabel.set(label, token);
  }

  getAfterLabel(label: object): IToken | undefined {
    return this.afterLabel.get(label);
  }

  /** The token following `token` (EOF after the last one). */
  next(token: IToken): IToken {
    let low = 0;
    let high = this.all.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.all[mid].startOffset <= token.startOffset) low = mid + 1;
      else high = mid;
    }
    return this.all[low] ?? this.eof();
  }

  /** The token before `token`, if any. */
  before(token: IToken): IToken | undefined {
    let low = 0;
    let high = this.all.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.all[mid].startOffset < token.startOffset) low = mid + 1;
      else high = mid;
    }
    return low === 0 ? undefined : this.all[low - 1];
  }

  /** PUC's ls->lastline while looking at `token`: where the token before it ends (1 when none). */
  lineBefore(token: IToken): number {
    return this.before(token)?.endLine ?? 1;
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
