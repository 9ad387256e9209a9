// Token types of Lua 5.3 (manual §3.1 "Lexical Conventions"), as Chevrotain token types. lexer.ts
// reads them; the pattern of a keyword or symbol is its text (used in error messages), the
// others have none (Lexer.NA).
import type { TokenType } from "chevrotain";
import { createToken, Lexer } from "./chevrotain";

// ---------------------------------------------------------------------------------------------
// Categories: operator classes, used by the parser's precedence table and by `txtToken`.

/**
 * Every binary operator (manual §3.4.8's table), including the keywords `and` and `or`. Named
 * "seq": the parser reads them as the separators of an expression's operands, which Chevrotain
 * files in the CST under the separator's name: this puts them in order among the expression's
 * other elements, all labelled "seq" (see parser.ts).
 */
export const BinaryOperator = createToken({ name: "seq", pattern: Lexer.NA });
/** `-`, `not`, `#`, `~` (manual §3.4). */
export const UnaryOperator = createToken({ name: "UnaryOperator", pattern: Lexer.NA });

/** A lexical error: the rest of the source, carrying the message (see lexer.ts). */
export const LexicalError = createToken({ name: "LexicalError", pattern: Lexer.NA });

// ---------------------------------------------------------------------------------------------
// Names and keywords (manual §3.1: the 22 reserved words)

export const Name = createToken({ name: "Name", pattern: Lexer.NA });

function keyword(word: string, ...categories: TokenType[]): TokenType {
  return createToken({ name: word, pattern: word, categories });
}

export const And = keyword("and", BinaryOperator);
export const Break = keyword("break");
export const Do = keyword("do");
export const Else = keyword("else");
export const ElseIf = keyword("elseif");
export const End = keyword("end");
export const False = keyword("false");
export const For = keyword("for");
export const Function = keyword("function");
export const Goto = keyword("goto");
export const If = keyword("if");
export const In = keyword("in");
export const Local = keyword("local");
export const Nil = keyword("nil");
export const Not = keyword("not", UnaryOperator);
export const Or = keyword("or", BinaryOperator);
export const Repeat = keyword("repeat");
export const Return = keyword("return");
export const Then = keyword("then");
export const True = keyword("true");
export const Until = keyword("until");
export const While = keyword("while");

// ---------------------------------------------------------------------------------------------
// Literals

/** Numerals (manual §3.1): read like llex.c's read_numeral, validated like luaO_str2num. */
export const Numeral = createToken({ name: "Numeral", pattern: Lexer.NA });
/** Short strings `"…"` / `'…'`; `\z` and `\<newline>` may span lines. */
export const ShortString = createToken({ name: "ShortString", pattern: Lexer.NA });
/** Long strings `[==[ … ]==]`. */
export const LongString = createToken({ name: "LongString", pattern: Lexer.NA });
/** Category of both string forms. */
export const LuaString = createToken({ name: "String", pattern: Lexer.NA });
ShortString.CATEGORIES = [LuaString];
LongString.CATEGORIES = [LuaString];

// ---------------------------------------------------------------------------------------------
// Symbols

function symbol(name: string, text: string, ...categories: TokenType[]): TokenType {
  return createToken({ name, pattern: text, categories });
}

export const Ellipsis = symbol("Ellipsis", "...");
export const Concat = symbol("Concat", "..", BinaryOperator);
export const Dot = symbol("Dot", ".");
export const DoubleColon = symbol("DoubleColon", "::");
export const Colon = symbol("Colon", ":");
export const Equal = symbol("Equal", "==", BinaryOperator);
export const Assign = symbol("Assign", "=");
export const NotEqual = symbol("NotEqual", "~=", BinaryOperator);
export const Tilde = symbol("Tilde", "~", BinaryOperator, UnaryOperator);
export const LessEqual = symbol("LessEqual", "<=", BinaryOperator);
export const ShiftLeft = symbol("ShiftLeft", "<<", BinaryOperator);
export const Less = symbol("Less", "<", BinaryOperator);
export const GreaterEqual = symbol("GreaterEqual", ">=", BinaryOperator);
export const ShiftRight = symbol("ShiftRight", ">>", BinaryOperator);
export const Greater = symbol("Greater", ">", BinaryOperator);
export const FloorDiv = symbol("FloorDiv", "//", BinaryOperator);
export const Slash = symbol("Slash", "/", BinaryOperator);
export const Plus = symbol("Plus", "+", BinaryOperator);
export const Minus = symbol("Minus", "-", BinaryOperator, UnaryOperator);
export const Star = symbol("Star", "*", BinaryOperator);
export const Percent = symbol("Percent", "%", BinaryOperator);
export const Caret = symbol("Caret", "^", BinaryOperator);
export const Ampersand = symbol("Ampersand", "&", BinaryOperator);
export const Pipe = symbol("Pipe", "|", BinaryOperator);
export const Hash = symbol("Hash", "#", UnaryOperator);
export const LParen = symbol("LParen", "(");
export const RParen = symbol("RParen", ")");
export const LBrace = symbol("LBrace", "{");
export const RBrace = symbol("RBrace", "}");
export const LBracket = symbol("LBracket", "[");
export const RBracket = symbol("RBracket", "]");
export const Semicolon = symbol("Semicolon", ";");
export const Comma = symbol("Comma", ",");
/** Any other byte is a token of its own in llex.c (the parser then rejects it). */
export const OtherChar = createToken({ name: "OtherChar", pattern: Lexer.NA });

/** The reserved words. */
export const keywords: TokenType[] = [
  And, Break, Do, ElseIf, Else, End, False, For, Function, Goto, If, In,
  Local, Nil, Not, Or, Repeat, Return, Then, True, Until, While,
];

/** The symbols (their pattern is their text). */
export const symbols: TokenType[] = [
  Ellipsis, Concat, Dot, DoubleColon, Colon, Equal, Assign, NotEqual, Tilde,
  LessEqual, ShiftLeft, Less, GreaterEqual, ShiftRight, Greater, FloorDiv, Slash,
  Plus, Minus, Star, Percent, Caret, Ampersand, Pipe, Hash,
  LParen, RParen, LBrace, RBrace, LBracket, RBracket, Semicolon, Comma,
];

/** The parser's vocabulary: every token type and category. */
export const vocabulary: TokenType[] = [
  Numeral, ShortString, LongString, LexicalError, ...keywords, Name, ...symbols, OtherChar,
  LuaString, BinaryOperator, UnaryOperator,
];
