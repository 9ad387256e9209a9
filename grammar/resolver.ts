// Scope resolution (manual §3.5 visibility rules, §3.3.4 goto/labels, §3.2 _ENV), as lparser.c's
// singlevaraux / FuncState / BlockCnt model: fills VarRefs, slots, upvalues, frame sizes, goto targets.
import type { IToken } from "chevrotain";
import * as A from "./ast";
import { ParseFailure } from "./parse-failure";
import { SourceMarks } from "./source-marks";
import { blockSize, statSize } from "./code-size";
import { MAXARG_sBx as MAX_JUMP, MAXREGS as MAX_REGS, MAXUPVAL as MAX_UPVALUES, MAXVARS as MAX_LOCALS } from "./limits";

/** lparser.c's Labeldesc: a label or a pending goto (`break` is a goto to the label "break"). */
interface LabelDesc {
  name: string;
  line: number;
  /** Active locals where it appears. */
  activeCount: number;
  goto?: A.GotoStat;
  label?: A.LabelStat;
}

/** BlockCnt */
interface BlockScope {
  activeCount: number;
  firstLabel: number;
  firstGoto: number;
  isLoop: boolean;
}

/** FuncState */
interface FunctionScope {
  parent: FunctionScope | undefined;
  func: A.FunctionExpr;
  /** Active locals, by slot. */
  actives: A.LocalDecl[];
  /** Declared but not yet active (`local x = <exp>` while <exp> is resolved). */
  pending: number;
  blocks: BlockScope[];
}

/** Resolves every name of a chunk in place; throws ParseFailure with PUC's message on scope errors. */
export function resolveChunk(chunk: A.Chunk, marks: SourceMarks): void {
  new Resolver(marks).main(chunk.main);
}

class Resolver {
  private fs!: FunctionScope;
  /** dyd->label and dyd->gt: labels of the open blocks, pending gotos. */
  private labels: LabelDesc[] = [];
  private gotos: LabelDesc[] = [];

  constructor(private readonly marks: SourceMarks) {}

  main(main: A.FunctionExpr): void {
    main.upvalues = [{ name: "_ENV", fromParentLocal: true, index: 0 }];
    this.openFunction(main);
    this.statements(main.body.stats, false);
    this.closeFunction();
  }

  // -------------------------------------------------------------------------------------------
  // Errors

  private markOf(node: object): IToken {
    return this.marks.get(node) ?? this.marks.eof();
  }

  /** errorlimit, raised while PUC looks at `token`. */
  private limitError(limit: number, what: string, token: IToken, func = this.fs.func): never {
    const line = func.lineDefined;
    const where = line === 0 ? "main function" : `function at line ${line}`;
    throw new ParseFailure(`too many ${what} (limit is ${limit}) in ${where}`, token);
  }

  /** fixjump's limit: a loop's jump back over its body (checked after the body is resolved). */
  private checkJump(body: A.Block, size: number): void {
    if (size > MAX_JUMP) throw new ParseFailure("control structure too long", this.markOf(body));
  }

  /**
   * luaK_checkstack's limit for a call's arguments, which occupy consecutive registers after the
   * active locals and the function (`fixed` registers: the function, and `self` for methods).
   * A lower bound: temporaries of an enclosing expression are not counted.
   */
  private checkRegisters(args: A.Expr[], fixed: number): void {
    const first = MAX_REGS - 1 - (this.fs.actives.length + fixed); // the argument reaching the limit
    if (first >= 0 && args.length > first) {
      throw new ParseFailure("function or expression needs too many registers", this.marks.argument(args[first]) ?? this.marks.eof());
    }
  }

  /** semerror: no `near` part. */
  private semanticError(message: string, token: IToken): never {
    throw new ParseFailure(message, token, false);
  }

  // -------------------------------------------------------------------------------------------
  // Functions, blocks, locals

  private openFunction(func: A.FunctionExpr): void {
    this.fs = { parent: this.fs, func, actives: [], pending: 0, blocks: [] };
    func.frameSize = 0;
    this.enterBlock(false);
  }

  private closeFunction(): void {
    this.leaveBlock();
    this.fs = this.fs.parent!;
  }

  private enterBlock(isLoop: boolean): void {
    this.fs.blocks.push({ activeCount: this.fs.actives.length, firstLabel: this.labels.length, firstGoto: this.gotos.length, isLoop });
  }

  /**
   * new_localvar: a declaration counts against the limit of 200 before it becomes visible.
   * `named` is the declaration just read (at its name, or at `self`'s `(`): PUC looks at the token after it.
   */
  private declare(named: A.LocalDecl): void {
    if (this.fs.actives.length + this.fs.pending + 1 > MAX_LOCALS) {
      this.limitError(MAX_LOCALS, "local variables", this.marks.next(this.marks.tokenAt(named)));
    }
    this.fs.pending++;
  }

  /** adjustlocalvars: the pending declarations become visible, in order. */
  private activate(...decls: A.LocalDecl[]): void {
    const fs = this.fs;
    for (const decl of decls) {
      decl.slot = fs.actives.length;
      decl.captured = false;
      fs.actives.push(decl);
    }
    fs.pending -= decls.length;
    fs.func.frameSize = Math.max(fs.func.frameSize, fs.actives.length);
  }

  /** The three hidden control variables of a for loop (declared, not yet active): their first slot. */
  private declareHidden(firstVariable: A.LocalDecl): number {
    for (let k = 0; k < 3; k++) this.declare(firstVariable);
    return this.fs.actives.length;
  }

  private leaveBlock(): void {
    const fs = this.fs;
    const block = fs.blocks[fs.blocks.length - 1];
    if (block.isLoop) this.breakLabel();
    fs.blocks.pop();
    fs.actives.length = block.activeCount;
    this.labels.length = block.firstLabel;
    if (fs.blocks.length > 0) this.moveGotosOut(block);
    else if (block.firstGoto < this.gotos.length) this.undefinedGoto(this.gotos[block.firstGoto]);
  }

  // -------------------------------------------------------------------------------------------
  // Names (singlevar / singlevaraux)

  private resolveName(name: A.NameExpr): void {
    const near = name; // PUC looks at the token after the name
    const ref = this.find(this.fs, name.name, true, near);
    if (ref !== undefined) {
      name.ref = ref;
      return;
    }
    const env = this.find(this.fs, "_ENV", true, near);
    if (env === undefined) throw new Error("_ENV not found"); // the main chunk always has it
    name.ref = { kind: "Global", name: name.name, env };
  }

  /** singlevaraux: a local of `fs`, an upvalue of `fs`, or undefined for a global. */
  private find(fs: FunctionScope | undefined, name: string, base: boolean, near: A.NameExpr): A.VarRef & { kind: "Local" | "Upvalue" } | undefined {
    if (fs === undefined) return undefined;
    for (let i = fs.actives.length - 1; i >= 0; i--) {
      const decl = fs.actives[i];
      if (decl.name === name) {
        if (!base) decl.captured = true;
        return { kind: "Local", slot: decl.slot, decl };
      }
    }
    const upvalues = fs.func.upvalues;
    let index = upvalues.length - 1;
    while (index >= 0 && upvalues[index].name !== name) index--; // names are unique: the order does not matter
    if (index < 0) {
      const outer = this.find(fs.parent, name, false, near);
      if (outer === undefined) return undefined;
      if (upvalues.length + 1 > MAX_UPVALUES) this.limitError(MAX_UPVALUES, "upvalues", this.marks.next(this.marks.tokenAt(near)), fs.func);
      index = upvalues.length;
      upvalues.push(
        outer.kind === "Local"
          ? { name, fromParentLocal: true, index: outer.slot }
          : { name, fromParentLocal: false, index: outer.index },
      );
    }
    return { kind: "Upvalue", index, name };
  }

  // -------------------------------------------------------------------------------------------
  // Labels and gotos (lparser.c's findlabel, findgotos, closegoto, movegotosout)

  private currentBlock(): BlockScope {
    return this.fs.blocks[this.fs.blocks.length - 1];
  }

  private gotoStat(name: string, stat: A.GotoStat | undefined, line: number): void {
    this.gotos.push({ name, line, activeCount: this.fs.actives.length, goto: stat });
    this.findLabel(this.gotos.length - 1);
  }

  /** A backward jump: the goto at `g` to a label of the current block, if any. */
  private findLabel(g: number): boolean {
    const goto = this.gotos[g];
    for (let i = this.currentBlock().firstLabel; i < this.labels.length; i++) {
      if (this.labels[i].name === goto.name) {
        this.closeGoto(g, this.labels[i], this.marks.eof());
        return true;
      }
    }
    return false;
  }

  private closeGoto(g: number, label: LabelDesc, current: IToken): void {
    const goto = this.gotos[g];
    if (goto.activeCount < label.activeCount) {
      const local = this.fs.actives[goto.activeCount].name;
      this.semanticError(`<goto ${goto.name}> at line ${goto.line} jumps into the scope of local '${local}'`, current);
    }
    if (goto.goto !== undefined) goto.goto.target = label.label ?? null;
    this.gotos.splice(g, 1);
  }

  /** Forward jumps: pending gotos of the current block to a new label. */
  private findGotos(label: LabelDesc, current: IToken): void {
    let i = this.currentBlock().firstGoto;
    while (i < this.gotos.length) {
      if (this.gotos[i].name === label.name) this.closeGoto(i, label, current);
      else i++;
    }
  }

  private moveGotosOut(block: BlockScope): void {
    let i = block.firstGoto;
    while (i < this.gotos.length) {
      const goto = this.gotos[i];
      if (goto.activeCount > block.activeCount) goto.activeCount = block.activeCount;
      if (!this.findLabel(i)) i++;
    }
  }

  private breakLabel(): void {
    const label: LabelDesc = { name: "break", line: 0, activeCount: this.fs.actives.length };
    this.labels.push(label);
    this.findGotos(label, this.marks.eof());
  }

  private undefinedGoto(goto: LabelDesc): never {
    const message = goto.goto === undefined
      ? `<break> at line ${goto.line} not inside a loop`
      : `no visible label '${goto.name}' for <goto> at line ${goto.line}`;
    this.semanticError(message, this.markOf(this.fs.func));
  }

  /** labelstat: `rest` are the statements after it, `isRepeatBody` because `until` does not end the block for this rule. */
  private labelStat(stat: A.LabelStat, rest: A.Stat[], restIndex: number, isRepeatBody: boolean): number {
    // Repeated labels were rejected by the parser (lparser.c's checkrepeated runs mid-parse).
    const label: LabelDesc = { name: stat.name, line: stat.line, activeCount: this.fs.actives.length, label: stat };
    this.labels.push(label);
    // skipnoopstat: following labels are handled first.
    let next = restIndex;
    while (next < rest.length && rest[next].kind === "Label") {
      next = this.labelStat(rest[next] as A.LabelStat, rest, next + 1, isRepeatBody);
    }
    // A label followed only by void statements is outside the scope of the block's locals.
    if (next === rest.length && !isRepeatBody) label.activeCount = this.currentBlock().activeCount;
    this.findGotos(label, this.marks.getAfterLabel(stat) ?? this.marks.eof());
    return next;
  }

  // -------------------------------------------------------------------------------------------
  // Statements

  private block(block: A.Block, isLoop = false): void {
    this.enterBlock(isLoop);
    this.statements(block.stats, false);
    this.leaveBlock();
  }

  private statements(stats: A.Stat[], isRepeatBody: boolean): void {
    for (let i = 0; i < stats.length; ) {
      const stat = stats[i];
      if (stat.kind === "Label") i = this.labelStat(stat, stats, i + 1, isRepeatBody);
      else {
        this.stat(stat);
        i++;
      }
    }
  }

  private stat(stat: A.Stat): void {
    switch (stat.kind) {
      case "Local":
        for (const decl of stat.names) this.declare(decl);
        this.exprs(stat.exprs);
        this.activate(...stat.names);
        return;
      case "Assign":
        for (const target of stat.targets) this.expr(target);
        this.exprs(stat.exprs);
        return;
      case "CallStat":
        this.expr(stat.call);
        return;
      case "Do":
        this.block(stat.body);
        return;
      case "While":
        this.expr(stat.cond);
        this.enterBlock(true);
        this.block(stat.body);
        this.leaveBlock();
        this.checkJump(stat.body, statSize(stat));
        return;
      case "Repeat":
        this.enterBlock(true);
        this.enterBlock(false);
        this.statements(stat.body.stats, true);
        this.expr(stat.cond);
        this.leaveBlock();
        this.leaveBlock();
        return;
      case "If":
        for (const clause of stat.clauses) {
          this.expr(clause.cond);
          this.block(clause.body);
        }
        if (stat.orelse) this.block(stat.orelse);
        return;
      case "NumericFor":
        this.forStat(stat, [stat.variable], [stat.start, stat.limit, ...(stat.step ? [stat.step] : [])]);
        return;
      case "GenericFor":
        this.forStat(stat, stat.variables, stat.exprs);
        return;
      case "FunctionStat":
        this.expr(stat.target);
        this.func(stat.func);
        return;
      case "LocalFunction":
        this.declare(stat.decl);
        this.activate(stat.decl);
        this.func(stat.func);
        return;
      case "Return":
        this.exprs(stat.exprs);
        return;
      case "Break":
        this.gotoStat("break", undefined, stat.line);
        return;
      case "Goto":
        this.gotoStat(stat.label, stat, stat.line);
        return;
      case "Label":
        throw new Error("labels are handled by statements()");
    }
  }

  /** forstat: a loop block holding the hidden variables, then an inner block for the declared ones. */
  private forStat(stat: A.NumericForStat | A.GenericForStat, variables: A.LocalDecl[], exprs: A.Expr[]): void {
    this.enterBlock(true);
    stat.hiddenSlot = this.declareHidden(variables[0]);
    for (const v of variables) this.declare(v);
    this.exprs(exprs);
    // forbody: the hidden variables become active; the declared ones only inside the body.
    this.activateHidden();
    this.enterBlock(false);
    this.activate(...variables);
    this.block(stat.body);
    this.leaveBlock();
    this.leaveBlock();
    this.checkJump(stat.body, blockSize(stat.body) + 1);
  }

  private activateHidden(): void {
    const fs = this.fs;
    for (let k = 0; k < 3; k++) fs.actives.push({ name: "(for state)", line: 0, column: 0, slot: fs.actives.length, captured: false });
    fs.pending -= 3;
    fs.func.frameSize = Math.max(fs.func.frameSize, fs.actives.length);
  }

  private func(func: A.FunctionExpr): void {
    this.openFunction(func);
    func.upvalues = [];
    for (const p of func.params) this.declare(p);
    this.activate(...func.params);
    this.statements(func.body.stats, false);
    this.closeFunction();
  }

  // -------------------------------------------------------------------------------------------
  // Expressions

  private exprs(exprs: A.Expr[]): void {
    for (const e of exprs) this.expr(e);
  }

  private expr(e: A.Expr): void {
    switch (e.kind) {
      case "Name":
        this.resolveName(e);
        return;
      case "Index":
        this.expr(e.object);
        this.expr(e.key);
        return;
      case "Call":
        this.expr(e.callee);
        this.exprs(e.args);
        this.checkRegisters(e.args, 1);
        return;
      case "MethodCall":
        this.expr(e.object);
        this.exprs(e.args);
        this.checkRegisters(e.args, 2);
        return;
      case "Function":
        this.func(e);
        return;
      case "Binary":
        this.expr(e.left);
        this.expr(e.right);
        return;
      case "Unary":
        this.expr(e.operand);
        return;
      case "Paren":
        this.expr(e.expr);
        return;
      case "Table":
        for (const field of e.fields) {
          if (field.kind === "KeyedField") this.expr(field.key);
          this.expr(field.value);
        }
        return;
      default:
        return; // constants and `...`
    }
  }
}
