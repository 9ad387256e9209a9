// How PUC names tokens in syntax errors (llex.c's luaX_token2str and txtToken; manual §3.1).
import type { IToken, TokenType } from "chevrotain";
import { EOF } from "./chevrotain";
import { LexicalError, LongString, LuaString, Name, Numeral, OtherChar, ShortString } from "./tokens";
import type { StringPayload } from "./lexer-matchers";

/** luaX_token2str for an expected token type: `'end'`, `'='`, `<name>`, `<eof>`… */
export function describeTokenType(type: TokenType): string {
  if (type === Name) return "<name>";
  if (type === LuaString || type === ShortString || type === LongString) return "<string>";
  if (type === Numeral) return "<number>";
  if (type === EOF) return "<eof>";
  return typeof type.PATTERN === "string" ? `'${type.PATTERN}'` : `'${type.name}'`;
}

/** txtToken for an actual token: names, numerals and strings show their source text. */
export function describeToken(token: IToken): string {
  const type = token.tokenType;
  if (type === EOF || type === LexicalError) return "<eof>";
  if (type === ShortString || type === LongString) return `'${(token.payload as StringPayload).raw}'`;
  if (type === OtherChar) {
    const code = token.image.charCodeAt(0);
    return code >= 0x20 && code < 0x7f ? `'${token.image}'` : `'<\\${code}>'`;
  }
  return `'${token.image}'`;
}
