// The Lua 5.3 lexer (manual §3.1): one Chevrotain Lexer instance for the whole process.
import { IToken, Lexer } from "chevrotain";
import { allTokens, LexicalError } from "./tokens";
import { PendingLexicalError, resetPendingError } from "./lexer-matchers";

const lexer = new Lexer(allTokens, {
  ensureOptimizations: true,
  // The unreachable-token check runs our stateful custom matchers on other tokens' texts.
  skipValidations: true,
  positionTracking: "full",
  // llex.c's inclinenumber: "\r\n" and "\n\r" are one line end.
  lineTerminatorsPattern: /\r\n|\n\r|\n|\r/g,
  lineTerminatorCharacters: ["\n", "\r"],
});

/** A lexical error as the parser reports it when it reaches the offending token. */
export interface LexicalErrorInfo {
  message: string;
  line: number;
  /** Quoted token text, or null for `<eof>`. */
  near: string | null;
}

/** Tokens of a source; a lexical error becomes a final LexicalError token whose payload is a LexicalErrorInfo. */
export function tokenize(source: string): IToken[] {
  resetPendingError();
  const result = lexer.tokenize(source);
  const tokens = result.tokens;
  const last = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
  if (last !== undefined && last.tokenType === LexicalError) {
    const pending = last.payload as PendingLexicalError;
    const startLine = last.startLine ?? 1;
    const info: LexicalErrorInfo = {
      message: typeof pending.message === "string" ? pending.message : pending.message(startLine),
      line: startLine + countLineEnds(source, pending.offset, pending.errorOffset),
      near: pending.near,
    };
    last.payload = info;
  }
  if (result.errors.length > 0) {
    // Every byte is some token, so only characters above 255 get here.
    throw new RangeError(`source is not a byte string (character ${source.charCodeAt(result.errors[0].offset)})`);
  }
  return tokens;
}

/** Number of line ends (counted as llex.c does) in source[from, to). */
export function countLineEnds(source: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const next = source.charCodeAt(i + 1);
    if ((next === 10 || next === 13) && next !== c && i + 1 < to) i++;
    lines++;
  }
  return lines;
}
