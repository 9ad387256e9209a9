// lua.c's machinery for running chunks: the message handler, docall (with its SIGINT handler),
// report and l_message — shared by the options (cli/run.ts) and the REPL (cli/repl.ts).
import { LuaError } from "../runtime/error";
import type { LuaValue } from "../runtime/value";
import { LuaSyntaxError } from "../../grammar/syntax-error";
import { runtimeOf, type Runtime } from "../eval/runtime";
import { GcMetamethodError } from "../gc/finalizers";
import { traceback } from "../debug/traceback";
import { isBinaryChunk, loadBinary } from "../eval/dump";
import { isNumber, numberToString } from "../runtime/number";
import { NativeFunction } from "../runtime/native";
import { ExitRequest } from "../host/exit-request";
import { LUAI_MAXCCALLS } from "../../grammar/limits";
import { openErrorText, tryReadSourceFile } from "../host/source-file";

/** What running or loading a chunk gave: its results, or the message lua.c reports. */
export type Outcome = { ok: true; values: LuaValue[] } | { ok: false; message: string };

/** What loading a chunk gave: the function, or the error (`syntax`: LUA_ERRSYNTAX). */
export type Loaded = { ok: true; fn: LuaValue } | { ok: false; message: string; syntax: boolean };

/** lua.c runs everything inside lua_pcall(pmain): one C level below every chunk it runs. */
export const HOST_C_CALLS = 1;

export class Standalone {
  /** lua.c's progname (argv[0]); undefined while the REPL runs, whose messages have no prefix. */
  progname: string | undefined;

  /**
   * `sigint` is shared with the main thread (cli/main.ts): while it holds 1, a SIGINT asks the
   * running code to stop (lua.c's laction) instead of killing the process.
   */
  constructor(readonly L: Runtime, progname: string, private readonly sigint: Int32Array) {
    this.progname = progname;
  }

  /** l_message: the message on stderr, after the program name when there is one. */
  message(msg: string): void {
    this.L.stderr.write(this.progname === undefined ? `${msg}\n` : `${this.progname}: ${msg}\n`);
  }

  /** report: prints the message of a failed outcome; true when it succeeded. */
  report(o: Outcome | Loaded): boolean {
    if (!o.ok) this.message(o.message);
    return o.ok;
  }

  /** luaL_loadbuffer: text or a binary chunk (string.dump's). */
  load(source: string, chunkName: string): Loaded {
    const L = this.L;
    try {
      return { ok: true, fn: isBinaryChunk(source) ? loadBinary(L, source, chunkName, L.globals) : L.load(source, chunkName) };
    } catch (e) {
      if (e instanceof LuaSyntaxError) return { ok: false, message: e.message, syntax: true };
      if (e instanceof LuaError && typeof e.value === "string") return { ok: false, message: e.value, syntax: false };
      throw e;
    }
  }

  /** luaL_loadfile: the file, or stdin when `name` is undefined. */
  loadFile(name: string | undefined): Loaded {
    const text = tryReadSourceFile(name);
    if (text === undefined) {
      return { ok: false, message: `cannot open ${name ?? "stdin"}: ${openErrorText(name)}`, syntax: false };
    }
    return this.load(text, name === undefined ? "=stdin" : `@${name}`);
  }

  /** docall: calls `fn(args)` under the message handler, with SIGINT interrupting it. */
  docall(fn: LuaValue, args: LuaValue[]): Outcome {
    const L = this.L;
    const restore = L.savePoint();
    Atomics.store(this.sigint, 0, 1);
    try {
      return { ok: true, values: L.call(fn, args) };
    } catch (e) {
      if (e instanceof ExitRequest) throw e;
      const message = this.messageOf(e);
      restore();
      L.cCalls = HOST_C_CALLS;
      return { ok: false, message };
    } finally {
      Atomics.store(this.sigint, 0, 0);
    }
  }

  /** dochunk: runs a loaded chunk and reports; true on success. */
  dochunk(loaded: Loaded): boolean {
    return this.report(loaded.ok ? this.docall(loaded.fn, []) : loaded);
  }

  /**
   * Runs lua.c's msghandler where the error happened (debug.getinfo and tracebacks see it). An
   * error in the handler is handled by the handler again, as luaG_errormsg does, until C levels
   * run out.
   */
  private messageOf(e: unknown): string {
    // an error in a __gc metamethod reaches lua.c past its message handler: no traceback
    if (e instanceof GcMetamethodError) return e.value as string;
    const L = this.L;
    let value = L.errorValue(e);
    const cCalls = L.cCalls;
    // the handler runs in the extra C levels PUC allows after a C stack overflow
    L.cCalls = Math.max(0, L.cCalls - (LUAI_MAXCCALLS >> 3));
    try {
      for (let depth = 0; depth < LUAI_MAXCCALLS >> 3; depth++) {
        try {
          return L.call(MESSAGE_HANDLER, [value])[0] as string;
        } catch (inner) {
          value = L.errorValue(inner);
        }
      }
      return "error in error handling";
    } finally {
      L.cCalls = cCalls;
    }
  }
}

/** msghandler: the message (__tostring's when it gives a string) plus a traceback from level 1. */
const MESSAGE_HANDLER = new NativeFunction("msghandler", (L, args) => {
  const R = runtimeOf(L);
  const msg = args[0];
  if (typeof msg !== "string") {
    const h = R.getMetafield(msg, "__tostring");
    if (h !== undefined) {
      const s = R.call(h, [msg])[0];
      if (typeof s === "string") return [s];
    }
    return [traceback(R, R.current, isNumber(msg) ? numberToString(msg) : `(error object is a ${R.typeName(msg)} value)`, 1)];
  }
  return [traceback(R, R.current, msg, 1)];
});
