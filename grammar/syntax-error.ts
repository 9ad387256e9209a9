// The error raised for a chunk that does not compile (manual §3, and `load`'s error message).

/** A syntax error; `message` is PUC's full text, e.g. `t.lua:3: 'end' expected near <eof>`. */
export class LuaSyntaxError extends Error {
  constructor(
    message: string,
    /** The line the message names. */
    readonly line: number,
  ) {
    super(message);
    this.name = "LuaSyntaxError";
  }
}
