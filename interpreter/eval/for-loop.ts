// The numeric for loop's general case (manual §3.3.5, lvm.c's OP_FORPREP/OP_FORLOOP): integer
// loops that may reach the 64-bit limits, and float loops. The evaluator handles small integer
// loops itself.
import * as N from "../runtime/number";
import type { LuaValue } from "../runtime/value";
import type { Runtime } from "./runtime";

const MAX_INTEGER = (1n << 63n) - 1n;
const MIN_INTEGER = -(1n << 63n);

export class NumericForLoop {
  private readonly integer: boolean;
  private index: bigint | number;
  private readonly limit: bigint | number;
  private readonly step: bigint | number;

  constructor(L: Runtime, start: LuaValue, limit: LuaValue, step: LuaValue) {
    if (N.isInteger(start) && N.isInteger(step)) {
      const ilimit = forLimit(limit, BigInt(step));
      if (ilimit !== undefined) {
        this.integer = true;
        this.step = BigInt(step);
        this.limit = ilimit.limit;
        const initial = ilimit.stopNow ? 0n : BigInt(start);
        this.index = BigInt.asIntN(64, initial - this.step);
        return;
      }
    }
    // try making all control values floats, checking them in PUC's order
    const nlimit = N.tonumber(limit);
    if (nlimit === undefined) L.runError("'for' limit must be a number");
    const nstep = N.tonumber(step);
    if (nstep === undefined) L.runError("'for' step must be a number");
    const ninit = N.tonumber(start);
    if (ninit === undefined) L.runError("'for' initial value must be a number");
    this.integer = false;
    this.limit = N.toFloat(nlimit);
    this.step = N.toFloat(nstep);
    this.index = N.toFloat(ninit) - this.step;
  }

  first(): LuaValue {
    return this.next();
  }

  /** The next value of the control variable, or undefined when the loop ends. */
  next(): LuaValue {
    if (this.integer) {
      const step = this.step as bigint;
      const limit = this.limit as bigint;
      const i = BigInt.asIntN(64, (this.index as bigint) + step);
      this.index = i;
      if (step > 0n ? i <= limit : limit <= i) return N.int(i);
      return undefined;
    }
    const step = this.step as number;
    const i = (this.index as number) + step;
    this.index = i;
    if (0 < step ? i <= (this.limit as number) : (this.limit as number) <= i) return N.float(i);
    return undefined;
  }
}

/** lvm.c's forlimit: the limit as an integer (clipped), or undefined when it is not a number. */
function forLimit(limit: LuaValue, step: bigint): { limit: bigint; stopNow: boolean } | undefined {
  const n = N.tonumber(limit);
  if (n === undefined) return undefined;
  const asInt = N.isInteger(n) ? n : N.floatToInteger(N.toFloat(n), step < 0n ? "ceil" : "floor");
  if (asInt !== undefined) return { limit: BigInt(asInt), stopNow: false };
  // a float out of the integer range (or NaN)
  if (0 < N.toFloat(n)) return { limit: MAX_INTEGER, stopNow: step < 0n };
  return { limit: MIN_INTEGER, stopNow: step >= 0n };
}
