// Public entry point of the grammar (manual §3 and §9): source bytes → resolved, typed AST.
import type { IRecognitionException, IToken } from "chevrotain";
import type { Chunk } from "./ast";
import { tokenize, countLineEnds, LexicalErrorInfo } from "./lexer";
import { parser } from "./parser";
import { chunkFromCst } from "./cst-to-ast";
import { resolveChunk } from "./resolver";
import { SourceMarks } from "./source-marks";
import { ParseFailure } from "./parse-failure";
import { LuaSyntaxError } from "./syntax-error";
import { LexicalError } from "./tokens";
import { describeToken } from "./token-text";
import { chunkid } from "./chunk-name";

export interface ParseOptions {
  /**
   * PUC's C-call depth when the parser starts (its nCcalls), which the "C levels" limit counts:
   * 1 for a script run by `lua5.3 file.lua` (the default), 2 for `load` called from a main chunk.
   */
  cCallDepth?: number;
}

/**
 * Parses and resolves a chunk. `source` is a byte string (char codes 0..255); `chunkName` is as
 * given to `load` (`@file`, `=name`, or the source itself). Throws LuaSyntaxError.
 */
export function parse(source: string, chunkName: string, options: ParseOptions = {}): Chunk {
  const tokens = tokenize(source);
  const eofLine = lineAtEnd(source, tokens);
  parser.input = tokens;
  parser.prepare(eofLine, options.cCallDepth ?? 1);
  const marks = new SourceMarks(tokens, eofLine);
  try {
    const cst = parser.chunk();
    if (parser.errors.length > 0) throw failureOf(parser.errors[0]);
    const chunk = chunkFromCst(cst, chunkName, marks);
    resolveChunk(chunk, marks);
    if (parser.repeatedLabel !== undefined) throw parser.repeatedLabel;
    return chunk;
  } catch (error) {
    if (error instanceof ParseFailure) throw syntaxError(firstFailure(error, parser.repeatedLabel), chunkName, marks);
    throw error;
  } finally {
    parser.input = [];
  }
}

/** PUC's line number once the whole source is read: counted from the last token on. */
function lineAtEnd(source: string, tokens: IToken[]): number {
  const last = tokens[tokens.length - 1];
  if (last === undefined) return 1 + countLineEnds(source, 0, source.length);
  return (last.endLine ?? 1) + countLineEnds(source, (last.endOffset ?? 0) + 1, source.length);
}

/**
 * PUC raises every error in one pass, so the first one in the source wins. A repeated label is
 * found while parsing but only reported after a successful resolution; any failure raised
 * during the parse came after it. The order of a resolver error and a later syntax error is
 * not recovered (the syntax error is reported).
 */
function firstFailure(failure: ParseFailure, repeatedLabel: ParseFailure | undefined): ParseFailure {
  if (repeatedLabel === undefined || failure === repeatedLabel) return failure;
  return offsetOf(repeatedLabel.token) <= offsetOf(failure.token) ? repeatedLabel : failure;
}

/** A token's offset; `<eof>` (whose offset Chevrotain leaves NaN) comes last. */
function offsetOf(token: IToken): number {
  return Number.isNaN(token.startOffset) ? Infinity : token.startOffset;
}

function failureOf(exception: IRecognitionException): ParseFailure {
  return new ParseFailure(exception.message, exception.token);
}

/** luaX_syntaxerror's text: `chunk:line: message near 'token'`; a lexical error token carries its own. */
function syntaxError(failure: ParseFailure, chunkName: string, marks: SourceMarks): LuaSyntaxError {
  const where = chunkid(chunkName);
  const token: IToken = failure.token;
  if (token.tokenType === LexicalError) {
    const info = token.payload as LexicalErrorInfo;
    return new LuaSyntaxError(`${where}:${info.line}: ${info.message} near ${info.near ?? "<eof>"}`, info.line);
  }
  const line = failure.line ?? marks.lineOf(token);
  const near = failure.withNear ? ` near ${describeToken(token)}` : "";
  return new LuaSyntaxError(`${where}:${line}: ${failure.message}${near}`, line);
}
