// The Lua 5.3 parser (manual §3.3, §3.4 and the complete syntax of §9), shaped like lparser.c so
// that syntax errors are found at the same token, with the same message, as PUC-Rio's.
import type { AtLeastOneSepMethodOpts, IToken, TokenType, IOrAlt, IParserErrorMessageProvider, OrMethodOpts } from "chevrotain";
import { CstParser, EOF, EMPTY_ALT } from "./chevrotain";
import * as T from "./tokens";
import { leftPriority, rightPriority, UNARY_PRIORITY } from "./precedence";
import { describeTokenType } from "./token-text";
import { ParseFailure } from "./parse-failure";
import { LUAI_MAXCCALLS as MAX_C_LEVELS, MAXVARS as MAX_LOCALS } from "./limits";

/** Messages for Chevrotain's own failures, as lparser.c words the same situations. */
const errorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected }) => `${describeTokenType(expected)} expected`,
  buildNotAllInputParsedMessage: () => `${describeTokenType(EOF)} expected`,
  buildEarlyExitMessage: () => "unexpected symbol",
  // Where PUC has its own message for a choice without a viable alternative, the OR gives it as ERR_MSG.
  buildNoViableAltMessage: ({ customUserDescription }) => customUserDescription ?? "unexpected symbol",
};

/**
 * The label of every element (token or node) of a block, statement, expression or table
 * constructor: they form one list in source order, which cst-to-ast.ts reads as lparser.c reads
 * tokens. Few rules, and so few CST nodes, is what makes a Chevrotain parser fast.
 */
const SEQ = { LABEL: "seq" };

/** block_follow(ls, 1): tokens that end a block. */
function isBlockFollow(type: TokenType): boolean {
  return type === T.Else || type === T.ElseIf || type === T.End || type === T.Until || type === EOF;
}

/** Tokens that can start an expression (simpleexp, primaryexp, or a unary operator). */
const expressionStarters = new Set<TokenType>([
  T.Numeral, T.ShortString, T.LongString, T.Nil, T.True, T.False, T.Ellipsis, T.LBrace, T.Function,
  T.Name, T.LParen, T.Minus, T.Not, T.Hash, T.Tilde,
]);

/** What kind of expression a suffixed expression is, for the assignment/call checks. */
type SuffixedKind = "variable" | "call" | "other";

export class LuaParser extends CstParser {
  /** Line of `<eof>` (the number of lines of the source), set before each parse. */
  eofLine = 1;
  /** PUC's nCcalls: C levels in use (statements and subexpressions being parsed, plus the caller's). */
  private level = 0;
  /**
   * The `limit` of every subexpr call lparser.c would have open in the expressions being parsed
   * (see `exp`): one entry per C level they use.
   */
  private limits: number[] = [];
  /** Per exp being parsed: the offset of its first token (see `operands`). */
  private expressionStarts: number[] = [];
  /** OR alternatives built once per rule instead of once per call (Chevrotain's performance advice). */
  private alternatives: Record<string, OrMethodOpts<unknown> | undefined> = {};
  /** The same for the OR choices of expressions, by occurrence (see `operand`). */
  private primaryAlternatives: IOrAlt<unknown>[][] = [];
  private suffixAlternatives: IOrAlt<unknown>[][] = [];
  private argsAlternatives: OrMethodOpts<unknown>[] = [];
  private fieldAlternatives: OrMethodOpts<unknown>[] = [];
  /** Repetition bodies of expressions, by occurrence (made once each). */
  private suffixLoops: (() => void)[] = [];
  private methodNames: (() => void)[] = [];
  /** The kind of the suffixed expression parsed last (set as its last token is read). */
  private suffixedKind: SuffixedKind = "other";
  /** The first repeated label of the source (see checkRepeatedLabel). */
  repeatedLabel: ParseFailure | undefined;
  /** Per open block: the lines of its labels, by name (created on the first label). */
  private blockLabels: (Map<string, number> | undefined)[] = [];
  /** Per open function: is it vararg, and its linedefined (0 for the main chunk). */
  private functions: { isVararg: boolean; line: number }[] = [];

  /**
   * `validate` runs Chevrotain's checks of the grammar (ambiguities, left recursion...), which
   * throw on a faulty grammar. They add some 40% to the construction time, at every start of
   * luaref, so the parser of the process skips them; a test constructs a validated one.
   */
  constructor(validate = false) {
    super(T.vocabulary, { maxLookahead: 1, recoveryEnabled: false, errorMessageProvider: errorMessages, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  /**
   * Prepares for a new source (the token vector is assigned separately through `input`);
   * `baseLevel` is nCcalls when PUC's parser starts (1 for `lua file.lua`, 2 for `load` from a main chunk).
   */
  prepare(eofLine: number, baseLevel: number): void {
    this.eofLine = eofLine;
    this.level = baseLevel;
    this.limits = [];
    this.expressionStarts = [];
    this.blockLabels = [];
    this.repeatedLabel = undefined;
    this.functions = [{ isVararg: true, line: 0 }];
  }

  // -------------------------------------------------------------------------------------------
  // Checks done while parsing, where lparser.c does them

  private lineOf(token: IToken): number {
    return token.tokenType === EOF ? this.eofLine : (token.endLine ?? this.eofLine);
  }

  private fail(message: string): never {
    throw new ParseFailure(message, this.LA(1));
  }

  private functionName(): string {
    const line = this.functions[this.functions.length - 1].line;
    return line === 0 ? "main function" : `function at line ${line}`;
  }

  /** checklimit's message. */
  private limitError(limit: number, what: string): never {
    this.fail(`too many ${what} (limit is ${limit}) in ${this.functionName()}`);
  }

  /** enterlevel */
  private enterLevel(): void {
    // Inline rather than ACTION(closure): this runs for every statement and subexpression.
    if (!this.RECORDING_PHASE && ++this.level > MAX_C_LEVELS) this.limitError(MAX_C_LEVELS, "C levels");
  }

  private leaveLevel(): void {
    if (!this.RECORDING_PHASE) this.level--;
  }

  /** check_match: the closing token, naming the opening one when it was on another line. */
  private checkMatch(what: TokenType, who: TokenType, line: number): void {
    // Checks run directly rather than in ACTION(closure), guarded the same way: they run often.
    if (this.RECORDING_PHASE) return;
    const token = this.LA(1);
    if (token.tokenType === what) return;
    if (line === this.lineOf(token)) this.fail(`${describeTokenType(what)} expected`);
    this.fail(`${describeTokenType(what)} expected (to close ${describeTokenType(who)} at line ${line})`);
  }

  /** checkrepeated: a label name may appear once per block (semerror: no `near` part). */
  private checkRepeatedLabel(name: string, line: number): void {
    const depth = this.blockLabels.length - 1;
    const labels = (this.blockLabels[depth] ??= new Map<string, number>());
    const previous = labels.get(name);
    if (previous !== undefined) {
      // Kept, not thrown: parse.ts reports it unless the resolver finds an error before it.
      this.repeatedLabel ??= new ParseFailure(`label '${name}' already defined on line ${previous}`, this.LA(1), false);
    }
    labels.set(name, line);
  }

  /** Where lparser.c calls expr unconditionally, a token that cannot start one is an unexpected symbol. */
  private requireExpression(): void {
    if (!this.RECORDING_PHASE && !expressionStarters.has(this.LA(1).tokenType)) this.fail("unexpected symbol");
  }

  // -------------------------------------------------------------------------------------------
  // Chunks and blocks
  //
  // A block's statements are part of the block rule, all their elements (tokens, and the nodes
  // of nested blocks, expressions and functions) labelled "seq": one list in source order that
  // cst-to-ast.ts reads as lparser.c reads tokens. The if, for and function statements are rules
  // of their own (with the same elements), which keeps the block rule small enough for
  // Chevrotain's start-up analysis. Chevrotain tells apart the uses of one token type or rule
  // within a rule by an index: the statements below number theirs by hand (the exprstat's
  // suffixed expression uses 100 to 104, see `suffixed`).

  /** chunk ::= block */
  chunk = this.RULE("chunk", () => {
    this.SUBRULE(this.block);
    this.ACTION(() => {
      if (this.LA(1).tokenType !== EOF) this.fail(`${describeTokenType(EOF)} expected`);
    });
  });

  /** block ::= {stat} [retstat] */
  block = this.RULE("block", () => {
    if (!this.RECORDING_PHASE) this.blockLabels.push(undefined);
    this.MANY(this.statement);
    const returned = this.OPTION(this.retstat);
    // statlist only stops at a block follower; anything else starts a (bad) statement.
    if (!this.RECORDING_PHASE && returned === undefined && !isBlockFollow(this.LA(1).tokenType)) this.fail("unexpected symbol");
    if (!this.RECORDING_PHASE) this.blockLabels.pop();
  });

  /** retstat ::= return [explist] [';'] */
  private retstat = (): boolean => {
    this.enterLevel();
    this.CONSUME(T.Return, SEQ);
    if (!this.RECORDING_PHASE) {
      const next = this.LA(1).tokenType;
      if (!isBlockFollow(next) && next !== T.Semicolon && !expressionStarters.has(next)) this.fail("unexpected symbol");
    }
    this.option(6, () => this.explist(13, 9, 8));
    this.option(7, () => this.consume(1, T.Semicolon, SEQ));
    this.leaveLevel();
    return true;
  };

  /** explist ::= exp {',' exp}, with the given indexes for its exp, MANY and ','. */
  private explist(exp: number, many: number, comma: number): void {
    this.subrule(exp, this.exp, SEQ);
    this.many(many, () => {
      this.consume(comma, T.Comma, SEQ);
      this.subrule(exp + 1, this.exp, SEQ);
    });
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  /**
   * stat ::= ';' | varlist '=' explist | functioncall | label | break | goto Name |
   *          do block end | while exp do block end | repeat block until exp |
   *          if exp then block {elseif exp then block} [else block] end |
   *          for Name '=' exp ',' exp [',' exp] do block end | for namelist in explist do block end |
   *          function funcname funcbody | local function Name funcbody | local namelist ['=' explist]
   */
  private statement = (): void => {
    this.enterLevel();
    this.OR((this.alternatives.stat ??= { DEF: [
      { ALT: () => this.CONSUME(T.Semicolon, SEQ) },
      { ALT: () => this.SUBRULE(this.ifstat, SEQ) },
      { ALT: () => this.whilestat() },
      { ALT: () => this.dostat() },
      { ALT: () => this.SUBRULE(this.forstat, SEQ) },
      { ALT: () => this.repeatstat() },
      { ALT: () => this.SUBRULE(this.funcstat, SEQ) },
      { ALT: () => this.localstat() },
      { ALT: () => this.label() },
      { ALT: () => this.CONSUME(T.Break, SEQ) },
      { ALT: () => this.gotostat() },
      { ALT: () => this.exprstat() },
    ] }));
    this.leaveLevel();
  };

  /** if exp then block {elseif exp then block} [else block] end */
  ifstat = this.RULE("ifstat", () => {
    const open = this.consume(0, T.If, SEQ);
    this.subrule(0, this.exp, SEQ);
    this.consume(0, T.Then, SEQ);
    this.subrule(0, this.block, SEQ);
    this.many(1, () => {
      this.consume(0, T.ElseIf, SEQ);
      this.subrule(1, this.exp, SEQ);
      this.consume(1, T.Then, SEQ);
      this.subrule(1, this.block, SEQ);
    });
    this.option(1, () => {
      this.consume(0, T.Else, SEQ);
      this.subrule(2, this.block, SEQ);
    });
    this.checkMatch(T.End, T.If, open.startLine ?? 0);
    this.consume(0, T.End, SEQ);
  });

  /** while exp do block end */
  private whilestat(): void {
    const open = this.consume(0, T.While, SEQ);
    this.subrule(2, this.exp, SEQ);
    this.consume(0, T.Do, SEQ);
    this.subrule(3, this.block, SEQ);
    this.checkMatch(T.End, T.While, open.startLine ?? 0);
    this.consume(1, T.End, SEQ);
  }

  /** do block end */
  private dostat(): void {
    const open = this.consume(1, T.Do, SEQ);
    this.subrule(4, this.block, SEQ);
    this.checkMatch(T.End, T.Do, open.startLine ?? 0);
    this.consume(2, T.End, SEQ);
  }

  /** repeat block until exp */
  private repeatstat(): void {
    const open = this.consume(0, T.Repeat, SEQ);
    this.subrule(6, this.block, SEQ);
    this.checkMatch(T.Until, T.Repeat, open.startLine ?? 0);
    this.consume(0, T.Until, SEQ);
    this.subrule(8, this.exp, SEQ);
  }

  /** for Name '=' exp ',' exp [',' exp] do block end  |  for namelist in explist do block end */
  forstat = this.RULE("forstat", () => {
    const open = this.consume(0, T.For, SEQ);
    this.consume(0, T.Name, SEQ);
    this.or(1, (this.alternatives.forstat ??= {
      ERR_MSG: "'=' or 'in' expected",
      DEF: [
        {
          ALT: () => {
            this.consume(0, T.Assign, SEQ);
            this.subrule(3, this.exp, SEQ);
            this.consume(0, T.Comma, SEQ);
            this.subrule(4, this.exp, SEQ);
            this.option(2, () => {
              this.consume(1, T.Comma, SEQ);
              this.subrule(5, this.exp, SEQ);
            });
          },
        },
        {
          ALT: () => {
            this.many(2, () => {
              this.consume(2, T.Comma, SEQ);
              this.consume(1, T.Name, SEQ);
            });
            this.consume(0, T.In, SEQ);
            this.explist(6, 3, 3);
          },
        },
      ],
    }));
    this.consume(2, T.Do, SEQ);
    this.subrule(5, this.block, SEQ);
    this.checkMatch(T.End, T.For, open.startLine ?? 0);
    this.consume(3, T.End, SEQ);
  });

  /** function funcname funcbody, with funcname ::= Name {'.' Name} [':' Name] */
  funcstat = this.RULE("funcstat", () => {
    const open = this.consume(0, T.Function, SEQ);
    this.consume(2, T.Name, SEQ);
    this.many(4, () => {
      this.consume(0, T.Dot, SEQ);
      this.consume(3, T.Name, SEQ);
    });
    this.option(3, () => {
      this.consume(0, T.Colon, SEQ);
      this.consume(4, T.Name, SEQ);
    });
    this.subrule(0, this.funcbody, { ARGS: [open.startLine ?? 0], LABEL: "seq" });
  });

  /** local function Name funcbody  |  local namelist ['=' explist] */
  private localstat(): void {
    this.consume(0, T.Local, SEQ);
    this.or(2, (this.alternatives.localstat ??= {
      ERR_MSG: "<name> expected",
      DEF: [
        {
          ALT: () => {
            this.consume(1, T.Function, SEQ);
            this.consume(5, T.Name, SEQ);
            this.subrule(1, this.funcbody, SEQ);
          },
        },
        {
          ALT: () => {
            this.consume(6, T.Name, SEQ);
            let names = 1;
            this.many(5, () => {
              this.consume(4, T.Comma, SEQ);
              this.consume(7, T.Name, SEQ);
              // PUC checks MAXVARS as it reads each name; the resolver counts exactly (enclosing
              // scopes too) but only after a successful parse, so a syntax error further on
              // would hide the limit. Counting one statement's names here is a lower bound.
              if (!this.RECORDING_PHASE && ++names > MAX_LOCALS) this.limitError(MAX_LOCALS, "local variables");
            });
            this.option(4, () => {
              this.consume(1, T.Assign, SEQ);
              this.explist(9, 6, 5);
            });
          },
        },
      ],
    }));
  }

  /** label ::= '::' Name '::' */
  private label(): void {
    const open = this.consume(0, T.DoubleColon, SEQ);
    const name = this.consume(8, T.Name, SEQ);
    // checkrepeated, done here as in lparser.c so that it wins over any later syntax error
    if (!this.RECORDING_PHASE) this.checkRepeatedLabel(name.image, open.startLine ?? 0);
    this.consume(1, T.DoubleColon, SEQ);
  }

  /** goto Name */
  private gotostat(): void {
    this.consume(0, T.Goto, SEQ);
    this.consume(9, T.Name, SEQ);
  }

  /**
   * exprstat ::= functioncall | varlist '=' explist, parsed as lparser.c does: a suffixed
   * expression, then an assignment if `=` or `,` follows, else it must be a call.
   */
  private exprstat(): void {
    this.suffixed(100);
    let kind = this.suffixedKind;
    let count = 1;
    const assigned = this.option(5, () => {
      this.many(7, () => {
        this.checkAssignable(kind);
        this.consume(6, T.Comma, SEQ);
        // further targets (rare) are suffixedexp nodes: one inlined suffixed expression is enough
        // for the grammar analysis of this large rule
        this.subrule(0, this.suffixedexp, SEQ);
        kind = this.suffixedKind;
        if (!this.RECORDING_PHASE && count++ + this.level > MAX_C_LEVELS) this.limitError(MAX_C_LEVELS, "C levels");
      });
      this.checkAssignable(kind);
      this.consume(2, T.Assign, SEQ);
      this.explist(11, 8, 7);
      return true;
    });
    if (!this.RECORDING_PHASE && assigned === undefined && kind !== "call") this.fail("syntax error");
  }

  /** Before a `,` or `=` of an assignment: the target before it must be a variable. */
  private checkAssignable(kind: SuffixedKind): void {
    if (!this.RECORDING_PHASE && kind !== "variable") this.fail("syntax error");
  }

  /** suffixedexp ::= primaryexp {suffix}: an assignment's target after the first. */
  suffixedexp = this.RULE("suffixedexp", () => this.suffixed(0));

  // -------------------------------------------------------------------------------------------
  // Expressions

  /**
   * exp ::= {unop} operand {binop {unop} operand}, one flat sequence (one CST node per
   * expression, however many operators); cst-to-ast.ts groups it by precedence. An operand is a
   * simpleexp, its alternatives inlined (suffixedexp's too).
   *
   * The C levels are counted as lparser.c's subexpr recursion would: `limits` holds the limit of
   * every subexpr call open. A unary operator opens subexpr(UNARY_PRIORITY); a binary operator
   * first ends the calls whose limit it does not exceed, then opens subexpr(its right priority).
   */
  exp = this.RULE("exp", () => {
    const base = this.limits.length;
    this.enterSubexpr(0);
    if (!this.RECORDING_PHASE) this.expressionStarts.push(this.LA(1).startOffset);
    this.AT_LEAST_ONE_SEP(this.operands);
    if (!this.RECORDING_PHASE) {
      this.expressionStarts.pop();
      while (this.limits.length > base) {
        this.limits.pop();
        this.level--;
      }
    }
  });

  /**
   * The operands of exp, separated by binary operators (one copy of the operand in the grammar,
   * which keeps Chevrotain's analysis of it short). Made once: this runs for every expression.
   */
  private operands: AtLeastOneSepMethodOpts<void> = {
    SEP: T.BinaryOperator,
    DEF: () => {
      if (!this.RECORDING_PHASE) {
        // Past the first operand, the token before this one is the binary operator just read
        // (filed under "seq" in the CST, the name of its category: see tokens.ts).
        const previous = this.LA(0);
        if (previous.startOffset >= this.expressionStarts[this.expressionStarts.length - 1]) this.binaryOperator(previous.tokenType);
      }
      this.operand();
    },
  };

  /** enterlevel at a subexpr call with this `limit`. */
  private enterSubexpr(limit: number): void {
    if (this.RECORDING_PHASE) return;
    this.enterLevel();
    this.limits.push(limit);
  }

  /** The binary operator just read: the subexpr calls it returns from, then the one for its right operand. */
  private binaryOperator(op: TokenType): void {
    const left = leftPriority(op);
    while (left <= this.limits[this.limits.length - 1]) {
      this.limits.pop();
      this.level--;
    }
    this.enterSubexpr(rightPriority(op));
  }

  /** {unop} simpleexp; its DSL indexes are 0, and 10 to 14 in `suffixed`. */
  private operand(): void {
    this.MANY(this.unaryOperation);
    this.OR(this.operandAlternatives);
  }

  private unaryOperation = (): void => {
    this.CONSUME(T.UnaryOperator, SEQ);
    this.enterSubexpr(UNARY_PRIORITY);
  };

  private operandAlternatives: IOrAlt<unknown>[] = [
    { ALT: () => this.CONSUME(T.Numeral, SEQ) },
    { ALT: () => this.CONSUME(T.LuaString, SEQ) },
    { ALT: () => this.CONSUME(T.Nil, SEQ) },
    { ALT: () => this.CONSUME(T.True, SEQ) },
    { ALT: () => this.CONSUME(T.False, SEQ) },
    {
      ALT: () => {
        if (!this.RECORDING_PHASE && !this.functions[this.functions.length - 1].isVararg) this.fail("cannot use '...' outside a vararg function");
        this.CONSUME(T.Ellipsis, SEQ);
      },
    },
    { ALT: () => this.SUBRULE(this.tableconstructor, SEQ) },
    { ALT: () => this.SUBRULE(this.functiondef, SEQ) },
    { ALT: () => this.suffixed(10) },
  ];

  /**
   * primaryexp { '.' Name | '[' exp ']' | ':' Name args | args }, with primaryexp ::= Name |
   * '(' exp ')'; its DSL indexes are `base` to `base + 4`. Sets `suffixedKind`.
   */
  private suffixed(base: number): void {
    this.or(base, (this.primaryAlternatives[base] ??= [
      {
        ALT: () => {
          this.consume(base, T.Name, SEQ);
          if (!this.RECORDING_PHASE) this.suffixedKind = "variable";
        },
      },
      {
        ALT: () => {
          const open = this.consume(base, T.LParen, SEQ);
          this.subrule(base, this.exp, SEQ);
          this.checkMatch(T.RParen, T.LParen, open.startLine ?? 0);
          this.consume(base, T.RParen, SEQ);
          if (!this.RECORDING_PHASE) this.suffixedKind = "other";
        },
      },
    ]));
    this.many(base, (this.suffixLoops[base] ??= () =>
      this.or(base + 1, (this.suffixAlternatives[base] ??= [
        {
          ALT: () => {
            this.consume(base, T.Dot, SEQ);
            this.consume(base + 1, T.Name, SEQ);
            if (!this.RECORDING_PHASE) this.suffixedKind = "variable";
          },
        },
        {
          ALT: () => {
            this.consume(base, T.LBracket, SEQ);
            this.subrule(base + 1, this.exp, SEQ);
            this.consume(base, T.RBracket, SEQ);
            if (!this.RECORDING_PHASE) this.suffixedKind = "variable";
          },
        },
        {
          // a call, or a method call (the `:` and name are optional)
          ALT: () => {
            this.option(base, (this.methodNames[base] ??= () => {
              this.consume(base, T.Colon, SEQ);
              this.consume(base + 2, T.Name, SEQ);
            }));
            this.args(base + 3);
          },
        },
      ]))),
    );
  }

  /** args ::= '(' [explist] ')' | tableconstructor | LiteralString, with DSL indexes `base` and `base + 1`. */
  private args(base: number): void {
    this.or(base, (this.argsAlternatives[base] ??= {
      ERR_MSG: "function arguments expected",
      DEF: [
        {
          ALT: () => {
            const open = this.consume(base, T.LParen, SEQ);
            if (!this.RECORDING_PHASE && this.LA(1).tokenType !== T.RParen) this.requireExpression();
            // explist, inlined
            this.option(base, () => {
              this.subrule(base, this.exp, SEQ);
              this.many(base, () => {
                this.consume(base, T.Comma, SEQ);
                this.subrule(base + 1, this.exp, SEQ);
              });
            });
            this.checkMatch(T.RParen, T.LParen, open.startLine ?? 0);
            this.consume(base, T.RParen, SEQ);
          },
        },
        { ALT: () => this.subrule(base, this.tableconstructor, SEQ) },
        { ALT: () => this.consume(base, T.LuaString, SEQ) },
      ],
    }));
    if (!this.RECORDING_PHASE) this.suffixedKind = "call";
  }

  /** functiondef ::= function funcbody */
  functiondef = this.RULE("functiondef", () => {
    this.CONSUME(T.Function);
    this.SUBRULE(this.funcbody);
  });

  /**
   * funcbody ::= '(' [parlist] ')' block end. `line` is PUC's linedefined: the `function` line
   * for a function statement, else the line of the token after `function`/the name.
   */
  funcbody = this.RULE("funcbody", (line?: number) => {
    this.ACTION(() => {
      this.functions.push({ isVararg: false, line: line ?? this.lineOf(this.LA(1)) });
    });
    this.CONSUME(T.LParen);
    this.SUBRULE(this.parlist);
    this.CONSUME(T.RParen);
    this.SUBRULE(this.block);
    if (!this.RECORDING_PHASE) this.checkMatch(T.End, T.Function, this.functions[this.functions.length - 1].line);
    this.CONSUME(T.End);
    this.ACTION(() => this.functions.pop());
  });

  /** parlist ::= namelist [',' '...'] | '...'  (or nothing, before ')') */
  parlist = this.RULE("parlist", () => {
    let vararg = false;
    this.OR({ ERR_MSG: "<name> or '...' expected", DEF: [
      {
        ALT: () => {
          this.CONSUME(T.Name);
          this.MANY({
            GATE: () => !vararg,
            DEF: () => {
              this.CONSUME(T.Comma);
              this.OR2([
                { ALT: () => this.CONSUME2(T.Name) },
                {
                  ALT: () => {
                    this.CONSUME(T.Ellipsis);
                    vararg = true;
                  },
                },
              ]);
            },
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.Ellipsis);
          vararg = true;
        },
      },
      { GATE: () => this.LA(1).tokenType === T.RParen, ALT: EMPTY_ALT() },
    ] });
    this.ACTION(() => {
      if (vararg) this.functions[this.functions.length - 1].isVararg = true;
    });
  });

  /**
   * tableconstructor ::= '{' [fieldlist] '}'  with  fieldlist ::= field {fieldsep field} [fieldsep]
   * (the fields inlined, every element labelled "seq").
   */
  tableconstructor = this.RULE("tableconstructor", () => {
    const open = this.CONSUME(T.LBrace, SEQ);
    this.requireField();
    this.OPTION(() => {
      this.field(1);
      this.MANY(() => {
        this.OR((this.alternatives.fieldsep ??= { DEF: [{ ALT: () => this.CONSUME(T.Comma, SEQ) }, { ALT: () => this.CONSUME(T.Semicolon, SEQ) }] }));
        this.requireField();
        this.OPTION2(() => this.field(2));
      });
    });
    this.checkMatch(T.RBrace, T.LBrace, open.startLine ?? 0);
    this.CONSUME(T.RBrace, SEQ);
  });

  /** Before a field (or the closing `}`) lparser.c calls expr unless it sees `[` or a name and `=`. */
  private requireField(): void {
    if (this.RECORDING_PHASE) return;
    const next = this.LA(1).tokenType;
    if (next !== T.RBrace && next !== T.LBracket) this.requireExpression();
  }

  /**
   * field ::= '[' exp ']' '=' exp | Name '=' exp | exp  (the only LL(2) decision, like lparser.c's
   * luaX_lookahead), the `occurrence`-th (1 or 2) in tableconstructor; its indexes are
   * `occurrence` and 10 * `occurrence` onwards.
   */
  private field(occurrence: number): void {
    const base = 10 * occurrence;
    this.or(occurrence, (this.fieldAlternatives[occurrence] ??= {
      MAX_LOOKAHEAD: 2,
      DEF: [
        {
          ALT: () => {
            this.consume(occurrence, T.LBracket, SEQ);
            this.subrule(base, this.exp, SEQ);
            this.consume(occurrence, T.RBracket, SEQ);
            this.consume(occurrence, T.Assign, SEQ);
            this.subrule(base + 1, this.exp, SEQ);
          },
        },
        {
          ALT: () => {
            this.consume(occurrence, T.Name, SEQ);
            this.consume(base, T.Assign, SEQ);
            this.subrule(base + 2, this.exp, SEQ);
          },
        },
        { ALT: () => this.subrule(base + 3, this.exp, SEQ) },
      ],
    }));
  }
}

/** The parser: built once (grammar analysis is costly), reused for every source. */
export const parser = new LuaParser();
