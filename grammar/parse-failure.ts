// A syntax error found while parsing (manual §3), before it is formatted as PUC's message.
import type { IToken } from "chevrotain";

/**
 * Thrown by the parser's checks and by the resolver: `message` is PUC's text without position;
 * `token` is the token PUC's parser was looking at (its line, and the `near` text unless `withNear` is false).
 */
export class ParseFailure extends Error {
  constructor(
    message: string,
    readonly token: IToken,
    readonly withNear: boolean = true,
    /** Overrides the token's line (errors raised after the last token was read). */
    readonly line?: number,
  ) {
    super(message);
  }
}
