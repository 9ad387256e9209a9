// A LuaState for unit-testing library functions without the evaluator: raw operations only,
// native functions callable, errors raised as plain LuaErrors with PUC's argument wording.
import { LuaError } from "../../interpreter/runtime/error";
import { NativeFunction, type LuaLibrary } from "../../interpreter/runtime/native";
import { isNumber, numberToString } from "../../interpreter/runtime/number";
import type { LuaState } from "../../interpreter/runtime/state";
import { LuaTable } from "../../interpreter/runtime/table";
import { type LuaValue, type } from "../../interpreter/runtime/value";

export class FakeState implements LuaState {
  readonly globals = new LuaTable();
  readonly registry = new LuaTable();
  stringMetatable: LuaTable | undefined = undefined;
  /** The name argument errors report, as if the function were called through a global. */
  currentName = "?";

  call(f: LuaValue, args: LuaValue[]): LuaValue[] {
    if (f instanceof NativeFunction) return f.body(this, args);
    throw new LuaError(`attempt to call a ${type(f)} value`);
  }
  error(message: string): never {
    throw new LuaError(message);
  }
  argError(arg: number, extramsg: string): never {
    throw new LuaError(`bad argument #${arg} to '${this.currentName}' (${extramsg})`);
  }
  tostring(v: LuaValue): string {
    if (typeof v === "string") return v;
    if (isNumber(v)) return numberToString(v);
    if (v === undefined || typeof v === "boolean") return String(v ?? "nil");
    return `${type(v)}: 0x0`;
  }
  index(o: LuaValue, key: LuaValue): LuaValue {
    if (o instanceof LuaTable) return o.get(key);
    throw new LuaError(`attempt to index a ${type(o)} value`);
  }
  setIndex(o: LuaValue, key: LuaValue, value: LuaValue): void {
    if (o instanceof LuaTable) o.set(key, value);
    else throw new LuaError(`attempt to index a ${type(o)} value`);
  }
  len(o: LuaValue): LuaValue {
    if (o instanceof LuaTable) return o.length();
    if (typeof o === "string") return o.length;
    throw new LuaError(`attempt to get length of a ${type(o)} value`);
  }
  eq(a: LuaValue, b: LuaValue): boolean {
    return a === b;
  }
  lt(a: LuaValue, b: LuaValue): boolean {
    if (typeof a === "number" && typeof b === "number") return a < b;
    if (typeof a === "string" && typeof b === "string") return a < b;
    throw new LuaError(`attempt to compare ${type(a)} with ${type(b)}`);
  }
  le(a: LuaValue, b: LuaValue): boolean {
    return !this.lt(b, a);
  }
  concat(values: LuaValue[]): LuaValue {
    return values.map((v) => this.tostring(v)).join("");
  }
  getMetatable(v: LuaValue): LuaTable | undefined {
    return v instanceof LuaTable ? v.metatable : typeof v === "string" ? this.stringMetatable : undefined;
  }
  getMetafield(v: LuaValue, event: string): LuaValue {
    return this.getMetatable(v)?.get(event);
  }

  /** Calls `lib.functions[name]` with `args`, reporting argument errors under `name`. */
  invoke(lib: LuaLibrary, name: string, ...args: LuaValue[]): LuaValue[] {
    this.currentName = name;
    return lib.functions[name](this, args);
  }
}
