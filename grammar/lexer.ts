// The Lua 5.3 lexer (manual §3.1), hand-written after llex.c's llex: one pass over the bytes,
// dispatching on the first character. It produces Chevrotain tokens (IToken) with the positions
// Chevrotain's own lexer would give them ("full" position tracking, 1-based lines and columns),
// several times faster than Chevrotain's generic lexer.
import type { IToken, TokenType } from "chevrotain";
import * as T from "./tokens";
import { isDigit, matchComment, matchLongString, matchNumeral, matchShortString, takePendingError } from "./lexer-matchers";
import type { Matched, PendingLexicalError } from "./lexer-matchers";

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

const keywordByText = new Map<string, TokenType>(T.keywords.map((k) => [k.PATTERN as string, k]));

/** Symbols of one character that no longer symbol starts with, by character code. */
const singleSymbols: (TokenType | undefined)[] = [];
for (const type of [T.Plus, T.Star, T.Percent, T.Caret, T.Ampersand, T.Pipe, T.Hash, T.LParen, T.RParen, T.LBrace, T.RBrace, T.RBracket, T.Semicolon, T.Comma]) {
  singleSymbols[(type.PATTERN as string).charCodeAt(0)] = type;
}

/**
 * Tokens of a source (a byte string: char codes 0..255). A lexical error becomes a final
 * LexicalError token spanning the rest of the source, whose payload is a LexicalErrorInfo:
 * like llex.c, the error is only reported if the parser gets that far.
 */
export function tokenize(source: string): IToken[] {
  const tokens: IToken[] = [];
  const length = source.length;
  let i = 0;
  let line = 1;
  /** Offset of the first character of the current line (columns count from it). */
  let lineStart = 0;

  /** Adds a token of one line, [start, end). */
  const add = (type: TokenType, image: string, start: number, payload?: unknown): void => {
    tokens.push(new LuaToken(type, image, start, start + image.length - 1, line, start - lineStart + 1, payload));
  };

  /** Adds a keyword or symbol at `i` and moves past it. */
  const addSymbol = (type: TokenType): void => {
    const image = type.PATTERN as string;
    add(type, image, i);
    i += image.length;
  };

  /** Moves the line count past source[start, end); returns the number of line ends in it. */
  const passLines = (start: number, end: number): number => {
    const lineEnds = countLineEnds(source, start, end);
    if (lineEnds > 0) {
      line += lineEnds;
      lineStart = lineStartAfter(source, start, end);
    }
    return lineEnds;
  };

  /** Adds a token that may span lines, [start, end), with its end position as Chevrotain computes it. */
  const addMultiline = (type: TokenType, start: number, end: number, payload: unknown): void => {
    const token = new LuaToken(type, source.slice(start, end), start, end - 1, line, start - lineStart + 1, payload);
    tokens.push(token);
    const lineEnds = passLines(start, end);
    // A token ending with its only line end keeps its end position; otherwise that last line
    // end does not count for the token's end.
    const endsWithLineEnd = lineStart === end;
    if (lineEnds > 1 || (lineEnds === 1 && !endsWithLineEnd)) {
      token.endLine = endsWithLineEnd ? line - 1 : line;
      token.endColumn = end - lineStart + (endsWithLineEnd ? 1 : 0);
    }
  };

  /** A matcher failed at `start` with `error`: the rest of the source is one LexicalError token. */
  const addError = (start: number, error: PendingLexicalError): void => {
    const info: LexicalErrorInfo = {
      message: typeof error.message === "string" ? error.message : error.message(line),
      line: line + countLineEnds(source, error.offset, error.errorOffset),
      near: error.near,
    };
    addMultiline(T.LexicalError, start, length, info);
  };

  /** Adds the token read by a matcher (false after adding the lexical error it found instead). */
  const addMatched = (type: TokenType, start: number, result: Matched | null): boolean => {
    if (result === null) {
      addError(start, takePendingError()!);
      return false;
    }
    addMultiline(type, start, result.end, result.payload);
    i = result.end;
    return true;
  };

  while (i < length) {
    const c = source.charCodeAt(i);
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
          addSymbol(T.Minus);
          continue;
        }
        const end = matchComment(source, i);
        if (end < 0) {
          addError(i, takePendingError()!);
          return tokens;
        }
        passLines(i, end);
        i = end;
        continue;
      }
      case 91: { // [
        const result = matchLongString(source, i);
        if (result !== null) {
          addMatched(T.LongString, i, result);
          continue;
        }
        const error = takePendingError();
        if (error !== undefined) {
          addError(i, error);
          return tokens;
        }
        addSymbol(T.LBracket);
        continue;
      }
      case 34: case 39: // " '
        if (!addMatched(T.ShortString, i, matchShortString(source, i))) return tokens;
        continue;
      case 46: // .
        if (isDigit(next)) {
          if (!addMatched(T.Numeral, i, matchNumeral(source, i))) return tokens;
        } else if (next === 46) {
          if (source.charCodeAt(i + 2) === 46) addSymbol(T.Ellipsis);
          else addSymbol(T.Concat);
        } else {
          addSymbol(T.Dot);
        }
        continue;
      case 61: // =
        if (next === 61) addSymbol(T.Equal);
        else addSymbol(T.Assign);
        continue;
      case 60: // <
        if (next === 61) addSymbol(T.LessEqual);
        else if (next === 60) addSymbol(T.ShiftLeft);
        else addSymbol(T.Less);
        continue;
      case 62: // >
        if (next === 61) addSymbol(T.GreaterEqual);
        else if (next === 62) addSymbol(T.ShiftRight);
        else addSymbol(T.Greater);
        continue;
      case 47: // /
        if (next === 47) addSymbol(T.FloorDiv);
        else addSymbol(T.Slash);
        continue;
      case 126: // ~
        if (next === 61) addSymbol(T.NotEqual);
        else addSymbol(T.Tilde);
        continue;
      case 58: // :
        if (next === 58) addSymbol(T.DoubleColon);
        else addSymbol(T.Colon);
        continue;
    }
    if (c < 256 && (nameClass[c] & NAME_START) !== 0) {
      const start = i++;
      while (i < length && (nameClass[source.charCodeAt(i)] & NAME_PART) !== 0) i++;
      const image = source.slice(start, i);
      add((i - start <= 8 ? keywordByText.get(image) : undefined) ?? T.Name, image, start);
    } else if (isDigit(c)) {
      if (!addMatched(T.Numeral, i, matchNumeral(source, i))) return tokens;
    } else if (singleSymbols[c] !== undefined) {
      addSymbol(singleSymbols[c]!);
    } else if (c < 256) {
      // llex.c returns any other byte as a token of its own (the parser then rejects it).
      add(T.OtherChar, source[i], i);
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
