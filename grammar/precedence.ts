// Operator precedence of manual §3.4.8, as lparser.c's priority[] table of [left, right] priorities.
import type { TokenType } from "chevrotain";
import type { BinaryOp, UnaryOp } from "./ast";
import * as T from "./tokens";

/** Priority of every unary operator (higher than all binary ones except `^`'s left side). */
export const UNARY_PRIORITY = 12;

/** Binary operators: `left > right` makes an operator right associative (`^`, `..`). */
const binaryTable: [TokenType, BinaryOp, number, number][] = [
  [T.Plus, "+", 10, 10], [T.Minus, "-", 10, 10],
  [T.Star, "*", 11, 11], [T.Percent, "%", 11, 11],
  [T.Caret, "^", 14, 13],
  [T.Slash, "/", 11, 11], [T.FloorDiv, "//", 11, 11],
  [T.Ampersand, "&", 6, 6], [T.Pipe, "|", 4, 4], [T.Tilde, "~", 5, 5],
  [T.ShiftLeft, "<<", 7, 7], [T.ShiftRight, ">>", 7, 7],
  [T.Concat, "..", 9, 8],
  [T.Equal, "==", 3, 3], [T.Less, "<", 3, 3], [T.LessEqual, "<=", 3, 3],
  [T.NotEqual, "~=", 3, 3], [T.Greater, ">", 3, 3], [T.GreaterEqual, ">=", 3, 3],
  [T.And, "and", 2, 2], [T.Or, "or", 1, 1],
];

const unaryTable: [TokenType, UnaryOp][] = [[T.Minus, "-"], [T.Not, "not"], [T.Hash, "#"], [T.Tilde, "~"]];

export interface BinaryInfo {
  op: BinaryOp;
  left: number;
  right: number;
}

const binaryByToken = new Map<TokenType, BinaryInfo>(binaryTable.map(([t, op, left, right]) => [t, { op, left, right }]));
const unaryByToken = new Map<TokenType, UnaryOp>(unaryTable);

/** The binary operator a token stands for, if any. */
export function binaryInfo(type: TokenType): BinaryInfo | undefined {
  return binaryByToken.get(type);
}

export function unaryOp(type: TokenType): UnaryOp {
  const op = unaryByToken.get(type);
  if (op === undefined) throw new Error(`not a unary operator: ${type.name}`);
  return op;
}

/** Left priority of a token (0 when it is no binary operator: ends any expression). */
export function leftPriority(type: TokenType): number {
  return binaryByToken.get(type)?.left ?? 0;
}

/** Right priority of a token (the limit for its right operand). */
export function rightPriority(type: TokenType | undefined): number {
  return (type && binaryByToken.get(type)?.right) || 0;
}
