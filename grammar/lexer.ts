// The Lua 5.3 lexer (manual §3.1), hand-written after llex.c's llex: one pass over the bytes,
// dispatching on the first character. It produces Chevrotain tokens (IToken) with the positions
// Chevrotain's own lexer would give them ("full" position tracking, 1-based lines and columns),
// several times faster than Chevrotain's generic lexer.
import type { IToken, TokenType } from "chevrotain";
import * as T from "./tokens";
import { isDigit, matchComment, matchLongString, matchNumeral, matchShortString, takePendingError } from "./lexer-matchers";
import type { PendingLexicalError } from "./lexer-matchers";

/** A lexical error as the parser reports it when it reaches the offending token. */
export interface LexicalErrorInfo {
  message: string;
  line: number;
  /** Quoted token text, or null for `<eof>`. */
  near: string | null;
}

/** One token; a class so that every token has the same shape (Chevrotain reads them constantly). */
class LuaToken implements IToken {
  readonly tokenTypeIdx: number;
  endLine: number;
  endColumn: number;

  constructor(
    readonly tokenType: TokenType,
    readonly image: string,
    readonly startOffset: number,
    readonly endOffset: number,
    readonly startLine: number,
    readonly startColumn: number,
    public payload: unknown,
  ) {
    this.tokenTypeIdx = tokenType.tokenTypeIdx!;
    this.endLine = startLine;
    this.endColumn = startColumn + image.length - 1;
  }
}

const LF = 10;
const CR = 13;

/** Character classes of the C locale (lctype.c): bit 1 a name's first character, bit 2 any other. */
const NAME_START = 1;
const NAME_PART = 2;
const nameClass = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  nameClass[c] = (letter ? NAME_START | NAME_PART : 0) | (c >= 48 && c <= 57 ? NAME_PART : 0);
}

/** The reserved words by first character (compared in full: cheaper than hashing every name). */
const keywordsByFirstChar: TokenType[][] = Array.from({ length: 128 }, () => []);
for (const k of T.keywords) keywordsByFirstChar[(k.PATTERN as string).charCodeAt(0)].push(k);

function nameType(image: string, first: number): TokenType {
  for (const k of keywordsByFirstChar[first]) if (k.PATTERN === image) return k;
  return T.Name;
}

/** Symbols of one character that no longer symbol starts with, by character code. */
const singleSymbols: (TokenType | undefined)[] = [];
for (const type of [T.Plus, T.Star, T.Percent, T.Caret, T.Ampersand, T.Pipe, T.Hash, T.LParen, T.RParen, T.LBrace, T.RBrace, T.RBracket, T.Semicolon, T.Comma]) {
  singleSymbols[(type.PATTERN as string).charCodeAt(0)] = type;
}

/**
 * A token that may span lines, [start, end), with its end position as Chevrotain computes it;
 * `lineEnds` is the number of line ends in it.
 */
function multilineToken(type: TokenType, source: string, start: number, end: number, line: number, lineStart: number, lineEnds: number, payload: unknown): LuaToken {
  const token = new LuaToken(type, source.slice(start, end), start, end - 1, line, start - lineStart + 1, payload);
  if (lineEnds > 0) {
    // A token ending with its only line end keeps its end position; otherwise that last line
    // end does not count for the token's end.
    const lastLineStart = lineStartAfter(source, start, end);
    const endsWithLineEnd = lastLineStart === end;
    if (lineEnds > 1 || !endsWithLineEnd) {
      token.endLine = line + lineEnds - (endsWithLineEnd ? 1 : 0);
      token.endColumn = end - lastLineStart + (endsWithLineEnd ? 1 : 0);
    }
  }
  return token;
}

/** The LexicalError token for `error`, found at `start` on `line`: the rest of the source. */
function errorToken(source: string, start: number, line: number, lineStart: number, error: PendingLexicalError): LuaToken {
  const info: LexicalErrorInfo = {
    message: typeof error.message === "string" ? error.message : error.message(line),
    line: line + countLineEnds(source, error.offset, error.errorOffset),
    near: error.near,
  };
  return multilineToken(T.LexicalError, source, start, source.length, line, lineStart, countLineEnds(source, start, source.length), info);
}

/**
 * Tokens of a source (a byte string: char codes 0..255). A lexical error becomes a final
 * LexicalError token spanning the rest of the source, whose payload is a LexicalErrorInfo:
 * like llex.c, the error is only reported if the parser gets that far.
 *
 * One loop with its state in local variables (no closures over them: this runs per character).
 */
export function tokenize(source: string): IToken[] {
  const tokens: IToken[] = [];
  const length = source.length;
  let i = 0;
  let line = 1;
  /** Offset of the first character of the current line (columns count from it). */
  let lineStart = 0;
  while (i < length) {
    const c = source.charCodeAt(i);
    // What starts here: a keyword or symbol (its pattern is its text), or a token of type
    // `matchedType` read by `matcher` (which returns null after a lexical error).
    let symbol: TokenType | undefined;
    let matcher: typeof matchNumeral | undefined;
    let matchedType: TokenType = T.Numeral;
    if (c < 128 && (nameClass[c] & NAME_START) !== 0) {
      const start = i++;
      while (i < length && (nameClass[source.charCodeAt(i)] & NAME_PART) !== 0) i++;
      const image = source.slice(start, i);
      const type = nameType(image, c);
      tokens.push(new LuaToken(type, image, start, i - 1, line, start - lineStart + 1, undefined));
      continue;
    }
    const next = source.charCodeAt(i + 1);
    switch (c) {
      case 32: case 9: case 11: case 12:
        i++;
        continue;
      case LF: case CR:
        // inclinenumber: "\r\n" and "\n\r" are one line end
        i += (next === LF || next === CR) && next !== c ? 2 : 1;
        line++;
        lineStart = i;
        continue;
      case 45: { // -
        if (next !== 45) {
          symbol = T.Minus;
          break;
        }
        const end = matchComment(source, i);
        if (end < 0) {
          tokens.push(errorToken(source, i, line, lineStart, takePendingError()!));
          return tokens;
        }
        const lineEnds = countLineEnds(source, i, end);
        if (lineEnds > 0) {
          line += lineEnds;
          lineStart = lineStartAfter(source, i, end);
        }
        i = end;
        continue;
      }
      case 91: // [ (then `[` or `=`: a long string, or an invalid delimiter)
        if (next === 91 || next === 61) {
          matcher = matchLongString;
          matchedType = T.LongString;
        } else {
          symbol = T.LBracket;
        }
        break;
      case 34: case 39: // " '
        matcher = matchShortString;
        matchedType = T.ShortString;
        break;
      case 46: // .
        if (isDigit(next)) matcher = matchNumeral;
        else if (next !== 46) symbol = T.Dot;
        else symbol = source.charCodeAt(i + 2) === 46 ? T.Ellipsis : T.Concat;
        break;
      case 61: // =
        symbol = next === 61 ? T.Equal : T.Assign;
        break;
      case 60: // <
        symbol = next === 61 ? T.LessEqual : next === 60 ? T.ShiftLeft : T.Less;
        break;
      case 62: // >
        symbol = next === 61 ? T.GreaterEqual : next === 62 ? T.ShiftRight : T.Greater;
        break;
      case 47: // /
        symbol = next === 47 ? T.FloorDiv : T.Slash;
        break;
      case 126: // ~
        symbol = next === 61 ? T.NotEqual : T.Tilde;
        break;
      case 58: // :
        symbol = next === 58 ? T.DoubleColon : T.Colon;
        break;
      default:
        if (isDigit(c)) matcher = matchNumeral;
        else symbol = singleSymbols[c];
    }
    if (symbol !== undefined) {
      const image = symbol.PATTERN as string;
      tokens.push(new LuaToken(symbol, image, i, i + image.length - 1, line, i - lineStart + 1, undefined));
      i += image.length;
    } else if (matcher !== undefined) {
      const result = matcher(source, i);
      if (result === null) {
        tokens.push(errorToken(source, i, line, lineStart, takePendingError()!));
        return tokens;
      }
      const lineEnds = countLineEnds(source, i, result.end);
      tokens.push(multilineToken(matchedType, source, i, result.end, line, lineStart, lineEnds, result.payload));
      if (lineEnds > 0) {
        line += lineEnds;
        lineStart = lineStartAfter(source, i, result.end);
      }
      i = result.end;
    } else if (c < 256) {
      // llex.c returns any other byte as a token of its own (the parser then rejects it).
      tokens.push(new LuaToken(T.OtherChar, source[i], i, i, line, i - lineStart + 1, undefined));
      i++;
    } else {
      throw new RangeError(`source is not a byte string (character ${c})`);
    }
  }
  return tokens;
}

/** Offset just after the last line end in source[from, to) (which has one). */
function lineStartAfter(source: string, from: number, to: number): number {
  let last = from;
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const next = source.charCodeAt(i + 1);
    if ((next === 10 || next === 13) && next !== c && i + 1 < to) i++;
    last = i + 1;
  }
  return last;
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
