// Metamethod events (manual §2.4): ltm.c's list in ORDER TM, the one table from which every
// other list of events — the operators' events, their metamethod names — is derived.

/** The events, without their "__" prefix, in ltm.c's ORDER TM. */
export const EVENTS = [
  "index", "newindex", "gc", "mode", "len", "eq",
  "add", "sub", "mul", "mod", "pow", "div", "idiv",
  "band", "bor", "bxor", "shl", "shr",
  "unm", "bnot", "lt", "le", "concat", "call",
] as const;

export type Event = (typeof EVENTS)[number];

/** A metamethod's key in a metatable: "__add" for the event "add" (luaT_eventname). */
export type MetamethodName = `__${Event}`;

export function metamethodName(e: Event): MetamethodName {
  return `__${e}`;
}

/** The arithmetic and bitwise binary operators, in lcode.c's order (OPR_ADD .. OPR_SHR). */
export const ARITH_OPS = ["+", "-", "*", "%", "^", "/", "//", "&", "|", "~", "<<", ">>"] as const;
export type ArithOp = (typeof ARITH_OPS)[number];

/**
 * The event of each operator that can call a metamethod: arithmetic, bitwise, concatenation and
 * comparison (`>` and `>=` swap their operands and use `lt`/`le`; `~=` negates `eq`).
 */
export const OPERATOR_EVENTS = {
  "+": "add", "-": "sub", "*": "mul", "%": "mod", "^": "pow", "/": "div", "//": "idiv",
  "&": "band", "|": "bor", "~": "bxor", "<<": "shl", ">>": "shr",
  "..": "concat", "==": "eq", "~=": "eq", "<": "lt", ">": "lt", "<=": "le", ">=": "le",
} as const satisfies Record<ArithOp | ".." | "==" | "~=" | "<" | ">" | "<=" | ">=", Event>;

export type OperatorWithEvent = keyof typeof OPERATOR_EVENTS;

/** The events of the unary operators `-`, `~` and `#`. */
export const UNARY_EVENTS = { "-": "unm", "~": "bnot", "#": "len" } as const satisfies Record<string, Event>;

/** The bitwise events: their operands must have integer representations. */
export const BITWISE_EVENTS: ReadonlySet<Event> = new Set<Event>(["band", "bor", "bxor", "shl", "shr", "bnot"]);
