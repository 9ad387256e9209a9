// Typed AST of Lua 5.3 (manual §3 and §9), produced by cst-to-ast.ts and annotated by resolver.ts.
//
// Every node carries `line` and `column` (1-based). Where PUC-Rio attributes an instruction to
// a particular token (which decides the line of a runtime error), the node's `line` is that
// token's line; the comments on each node say which token.
//
// Strings are byte strings: JS strings whose char codes are all 0..255 (one char = one byte).

export interface Pos {
  line: number;
  column: number;
}

// ---------------------------------------------------------------------------------------------
// Resolution (filled in by the resolver; the parser leaves `{ kind: "Unresolved" }`)

/** A local variable declaration: a parameter, a `local` name, a loop variable. */
export interface LocalDecl extends Pos {
  name: string;
  /** Index of the variable's slot in its function's frame. Slots are reused by sibling blocks. */
  slot: number;
  /** True when some inner function captures it: the slot then holds a fresh cell per declaration. */
  captured: boolean;
}

/** How a closure finds one of its upvalues when it is created (lparser.c's Upvaldesc). */
export interface UpvalueDesc {
  name: string;
  /** true: the enclosing function's local in slot `index`; false: the enclosing function's upvalue `index`. */
  fromParentLocal: boolean;
  index: number;
}

export type VarRef =
  | { kind: "Unresolved" }
  | { kind: "Local"; slot: number; decl: LocalDecl }
  | { kind: "Upvalue"; index: number; name: string }
  /** A free name: `_ENV.name`, where `env` says how `_ENV` itself is reached. */
  | { kind: "Global"; name: string; env: Exclude<VarRef, { kind: "Unresolved" } | { kind: "Global" }> };

// ---------------------------------------------------------------------------------------------
// Expressions

export type BinaryOp =
  | "+" | "-" | "*" | "/" | "//" | "%" | "^"
  | ".."
  | "==" | "~=" | "<" | "<=" | ">" | ">="
  | "&" | "|" | "~" | "<<" | ">>"
  | "and" | "or";

export type UnaryOp = "-" | "not" | "#" | "~";

export interface NilExpr extends Pos { kind: "Nil" }
export interface TrueExpr extends Pos { kind: "True" }
export interface FalseExpr extends Pos { kind: "False" }
export interface VarargExpr extends Pos { kind: "Vararg" }

/** A numeral. Integers keep their exact 64-bit two's-complement value (hex literals wrap). */
export type NumberExpr =
  | (Pos & { kind: "Number"; numberKind: "Integer"; value: bigint })
  | (Pos & { kind: "Number"; numberKind: "Float"; value: number });

export interface StringExpr extends Pos {
  kind: "String";
  /** The byte string after escape processing. */
  value: string;
  /** For a literal spanning lines, the line where it ends (where PUC loads it). */
  endLine?: number;
}

/** `function (params) body end`; also the main chunk. `line` is the `function` keyword's line. */
export interface FunctionExpr extends Pos {
  kind: "Function";
  /**
   * PUC's linedefined (debug.getinfo, "function at line N" in limit errors): the `function` line
   * for a function statement, else the line of the `(` that opens the parameters; 0 for the main chunk.
   */
  lineDefined: number;
  params: LocalDecl[];
  isVararg: boolean;
  /** True for `function a:m()`, whose first parameter is the implicit `self`. */
  isMethod: boolean;
  body: Block;
  /** Line of the closing `end` (lastlinedefined); for the main chunk, 0 as in PUC. */
  lastLine: number;
  /** Filled by the resolver. */
  upvalues: UpvalueDesc[];
  /** Number of slots a frame of this function needs (max live locals). Filled by the resolver. */
  frameSize: number;
}

export type TableField =
  /** `[k] = v` or `name = v` (the latter with a String key). */
  | (Pos & { kind: "KeyedField"; key: Expr; value: Expr })
  /** A positional item. */
  | (Pos & { kind: "ItemField"; value: Expr });

/** `{ ... }`; `line` is the `{` line, `closeLine` the `}` line (where PUC stores the last items). */
export interface TableExpr extends Pos {
  kind: "Table";
  fields: TableField[];
  closeLine: number;
}

/** Arithmetic, bitwise, comparison, concat and logical operators. `line` is the operator's line. */
export interface BinaryExpr extends Pos {
  kind: "Binary";
  op: BinaryOp;
  left: Expr;
  right: Expr;
}

/** `line` is the operator's line. */
export interface UnaryExpr extends Pos {
  kind: "Unary";
  op: UnaryOp;
  operand: Expr;
}

/** `( e )`: truncates multiple results to one. */
export interface ParenExpr extends Pos {
  kind: "Paren";
  expr: Expr;
}

export interface NameExpr extends Pos {
  kind: "Name";
  name: string;
  ref: VarRef;
}

/** `obj[key]` and `obj.name` (key is then a String). `line` is the line of the key token. */
export interface IndexExpr extends Pos {
  kind: "Index";
  object: Expr;
  key: Expr;
}

/** `f(args)`, `f"str"`, `f{...}`. `line` is the line where the whole suffixed expression starts (PUC's call line). */
export interface CallExpr extends Pos {
  kind: "Call";
  callee: Expr;
  args: Expr[];
}

/** `obj:name(args)`. `line` as for CallExpr. */
export interface MethodCallExpr extends Pos {
  kind: "MethodCall";
  object: Expr;
  name: string;
  args: Expr[];
}

export type Expr =
  | NilExpr | TrueExpr | FalseExpr | VarargExpr
  | NumberExpr | StringExpr | FunctionExpr | TableExpr
  | BinaryExpr | UnaryExpr | ParenExpr
  | NameExpr | IndexExpr | CallExpr | MethodCallExpr;

/** Expressions that may be assigned to. */
export type LValue = NameExpr | IndexExpr;

// ---------------------------------------------------------------------------------------------
// Statements

export interface Block extends Pos {
  kind: "Block";
  stats: Stat[];
  /**
   * PUC's `lastline` when the block ends: the line where its last token ends (the opening token's
   * when empty). The jump PUC emits after a loop body or a then-part gets this line (line hooks).
   */
  lastLine: number;
}

/** `local a, b = e1, e2` */
export interface LocalStat extends Pos {
  kind: "Local";
  names: LocalDecl[];
  exprs: Expr[];
}

/** `a, b.c = e1, e2`; `line` is the line of `=`. */
export interface AssignStat extends Pos {
  kind: "Assign";
  targets: LValue[];
  exprs: Expr[];
}

export interface CallStat extends Pos {
  kind: "CallStat";
  call: CallExpr | MethodCallExpr;
}

export interface DoStat extends Pos {
  kind: "Do";
  body: Block;
}

export interface WhileStat extends Pos {
  kind: "While";
  cond: Expr;
  body: Block;
}

/** `repeat body until cond`: `cond` sees the body's locals. */
export interface RepeatStat extends Pos {
  kind: "Repeat";
  body: Block;
  cond: Expr;
}

export interface IfStat extends Pos {
  kind: "If";
  /**
   * `if c then b`, then each `elseif c then b`. `thenLine` is the `then` token's line, where PUC
   * puts the test of the condition (reported by line hooks).
   */
  clauses: { cond: Expr; body: Block; line: number; column: number; thenLine: number }[];
  orelse: Block | null;
}

/**
 * `for v = start, limit, step do body end`. `line` is the `for` keyword's line; `doLine` the
 * line of `do` (where PUC reports "'for' limit must be a number").
 */
export interface NumericForStat extends Pos {
  kind: "NumericFor";
  variable: LocalDecl;
  start: Expr;
  limit: Expr;
  step: Expr | null;
  body: Block;
  doLine: number;
  /** Slots of the hidden control variables (index, limit, step), set by the resolver. */
  hiddenSlot: number;
}

/**
 * `for v1, v2 in explist do body end`. `callLine` is the line of the first token after `in`
 * (where PUC reports errors calling the iterator).
 */
export interface GenericForStat extends Pos {
  kind: "GenericFor";
  variables: LocalDecl[];
  exprs: Expr[];
  body: Block;
  callLine: number;
  /** Slots of the hidden control variables (f, s, control), set by the resolver. */
  hiddenSlot: number;
}

/** `function a.b.c:m() end`. The target is a Name or an Index chain; `func.isMethod` for `:`. */
export interface FunctionStat extends Pos {
  kind: "FunctionStat";
  target: LValue;
  func: FunctionExpr;
}

export interface LocalFunctionStat extends Pos {
  kind: "LocalFunction";
  decl: LocalDecl;
  func: FunctionExpr;
}

export interface ReturnStat extends Pos {
  kind: "Return";
  exprs: Expr[];
}

export interface BreakStat extends Pos {
  kind: "Break";
  /**
   * The line PUC gives its jump: the token before `break` (its `lastline` then); -1 right after
   * `then`, where the condition's own jump does it.
   */
  jumpLine: number;
}

export interface GotoStat extends Pos {
  kind: "Goto";
  label: string;
  /** As BreakStat's. */
  jumpLine: number;
  /** The label this goto jumps to, set by the resolver. */
  target: LabelStat | null;
}

export interface LabelStat extends Pos {
  kind: "Label";
  name: string;
}

export type Stat =
  | LocalStat | AssignStat | CallStat | DoStat | WhileStat | RepeatStat | IfStat
  | NumericForStat | GenericForStat | FunctionStat | LocalFunctionStat
  | ReturnStat | BreakStat | GotoStat | LabelStat;

/** A compiled chunk: the main function (vararg, one upvalue `_ENV`) and its chunk name. */
export interface Chunk {
  kind: "Chunk";
  /** The chunk name as given to load (`@file`, `=name`, or the source itself). */
  chunkName: string;
  main: FunctionExpr;
}

/** JSON text of an AST (bigint integer literals become decimal strings). */
export function astToJson(node: Chunk | Expr | Stat | Block, indent = 2): string {
  return JSON.stringify(node, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value), indent);
}
