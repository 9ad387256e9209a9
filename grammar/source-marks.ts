// Which token PUC's one-pass parser is looking at when it processes a node (manual §3.5 scoping
// errors are raised at that token): recorded by cst-to-ast.ts, read by resolver.ts for messages.
import { EOF, IToken } from "chevrotain";

/**
 * Symbol-keyed properties on AST nodes (invisible to JSON and to `for … in`): faster than a WeakMap.
 * MARK: its name token (LocalDecl, NameExpr), the token after a function's `end`, a label's closing `::`.
 * AFTER_LABEL: the first token after a label and the no-op statements that follow it.
 */
const MARK = Symbol("pucToken");
const AFTER_LABEL = Symbol("afterLabel");
type Marked = { [MARK]?: IToken; [AFTER_LABEL]?: IToken };

export class SourceMarks {
  constructor(
    /** The token vector of the source (sorted by offset). */
    private readonly all: IToken[],
    /** Line of `<eof>`. */
    readonly eofLine: number,
  ) {}

  set(node: object, token: IToken): void {
    (node as Marked)[MARK] = token;
  }

  get(node: object): IToken | undefined {
    return (node as Marked)[MARK];
  }

  setAfterLabel(label: object, token: IToken): void {
    (label as Marked)[AFTER_LABEL] = token;
  }

  getAfterLabel(label: object): IToken | undefined {
    return (label as Marked)[AFTER_LABEL];
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

  /** A token standing for `<eof>`. */
  eof(): IToken {
    return { image: "", startOffset: Infinity, tokenType: EOF, tokenTypeIdx: EOF.tokenTypeIdx ?? 0 } as IToken;
  }

  /** PUC's ls->linenumber while looking at `token`. */
  lineOf(token: IToken): number {
    return token.tokenType === EOF ? this.eofLine : (token.endLine ?? this.eofLine);
  }
}
