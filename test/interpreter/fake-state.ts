// A LuaState for unit-testing library functions without the evaluator: raw operations only,
// native functions callable, errors raised as plain LuaErrors; argument errors are lauxlib's,
// naming the function as `currentName`. What needs the evaluator (loading, threads, the debug
// interface beyond naming the running function) fails loudly.
import { NodeHost } from "../../interpreter/host/node-host";
import { LuaError } from "../../interpreter/runtime/error";
import { NativeFunction, type LibraryFunction, type LuaLibrary } from "../../interpreter/runtime/native";
import { isNumber, numberToString } from "../../interpreter/runtime/number";
import type { Co, GcOption, LuaActivation, LuaDebug, LuaDebugInfo, LuaState, Protected, ThreadStatus } from "../../interpreter/runtime/state";
import { LuaTable } from "../../interpreter/runtime/table";
import { type LuaFunction, type LuaThread, type LuaValue, type } from "../../interpreter/runtime/value";

function unavailable(what: string): never {
  throw new Error(`FakeState has no ${what}: use a Runtime`);
}

/** The body of a registration entry. */
export function bodyOf(entry: LibraryFunction): (L: LuaState, args: LuaValue[]) => LuaValue[] {
  if (entry instanceof NativeFunction) return entry.body;
  return typeof entry === "function" ? entry : entry.body;
}

/** The one activation a FakeState has: the library function being invoked. */
const INVOKED: LuaActivation = { fn: new NativeFunction("?", () => []) };

export class FakeState implements LuaState {
  readonly globals = new LuaTable();
  readonly registry = new LuaTable();
  stringMetatable: LuaTable | undefined = undefined;
  compat = true;
  readonly ignoreEnv = false;
  readonly host = new NodeHost();
  /** The name argument errors report, as if the function were called through a global. */
  currentName = "?";

  readonly debug: LuaDebug = {
    getStack: (level) => (level === 0 ? INVOKED : undefined),
    getInfo: (target, what): LuaDebugInfo => {
      if (target !== INVOKED || what !== "n") return unavailable(`getinfo("${what}")`);
      return { name: this.currentName, namewhat: "global" };
    },
    getLocal: () => unavailable("getlocal"),
    setLocal: () => unavailable("setlocal"),
    parameterName: () => unavailable("getlocal"),
    getUpvalue: () => unavailable("getupvalue"),
    setUpvalue: () => unavailable("setupvalue"),
    upvalueId: () => unavailable("upvalueid"),
    upvalueJoin: () => unavailable("upvaluejoin"),
    setHook: () => unavailable("sethook"),
    getHook: () => unavailable("gethook"),
    traceback: () => unavailable("traceback"),
  };

  readonly yieldable = {
    callk: (): Co<LuaValue[]> => unavailable("coroutines"),
    pcallk: (): Co<Protected> => unavailable("coroutines"),
  };

  call(f: LuaValue, args: LuaValue[]): LuaValue[] {
    if (f instanceof NativeFunction) return f.body(this, args);
    throw new LuaError(`attempt to call a ${type(f)} value`);
  }
  pcall(f: LuaValue, args: LuaValue[]): Protected {
    try {
      return { ok: true, values: this.call(f, args) };
    } catch (e) {
      if (e instanceof LuaError) return { ok: false, error: e.value };
      throw e;
    }
  }
  callk(f: LuaValue, args: LuaValue[]): LuaValue[] {
    return this.call(f, args);
  }
  pcallk(f: LuaValue, args: LuaValue[]): Protected {
    return this.pcall(f, args);
  }
  error(message: string): never {
    throw new LuaError(message);
  }
  where(): string {
    return "";
  }
  tostring(v: LuaValue): string {
    if (typeof v === "string") return v;
    if (isNumber(v)) return numberToString(v);
    if (v === undefined || typeof v === "boolean") return String(v ?? "nil");
    return `${type(v)}: 0x0`;
  }
  addressOf(): string {
    return "0x0";
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
  rawSet(t: LuaTable, k: LuaValue, v: LuaValue): void {
    t.set(k, v);
  }
  getMetatable(v: LuaValue): LuaTable | undefined {
    return v instanceof LuaTable ? v.metatable : typeof v === "string" ? this.stringMetatable : undefined;
  }
  setMetatable(v: LuaValue, mt: LuaTable | undefined): void {
    if (v instanceof LuaTable) v.metatable = mt;
    else unavailable("per-type metatables");
  }
  getMetafield(v: LuaValue, event: string): LuaValue {
    return this.getMetatable(v)?.get(event);
  }
  loadChunk(): LuaFunction | string {
    return unavailable("loader");
  }
  loadFile(): LuaFunction | string {
    return unavailable("loader");
  }
  dump(): string | undefined {
    return unavailable("dump");
  }
  newThread(): LuaThread {
    return unavailable("threads");
  }
  resume(): LuaValue[] {
    return unavailable("threads");
  }
  running(): { thread: LuaThread; isMain: boolean } {
    return unavailable("threads");
  }
  status(): ThreadStatus {
    return unavailable("threads");
  }
  gc(option: GcOption): number {
    return unavailable(`collector (${option})`);
  }
  close(): void {
    unavailable("close");
  }

  /** Calls `lib.functions[name]` with `args`, reporting argument errors under `name`. */
  invoke(lib: LuaLibrary, name: string, ...args: LuaValue[]): LuaValue[] {
    this.currentName = name;
    return bodyOf(lib.functions[name])(this, args);
  }
}
