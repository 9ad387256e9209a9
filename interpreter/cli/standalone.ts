// lua.c's machinery for running chunks: the message handler, docall (with its SIGINT handler),
// report and l_message — shared by the options (cli/run.ts) and the REPL (cli/repl.ts).
import { type LuaValue, type } from "../runtime/value";
import type { Runtime } from "../eval/runtime";
import { GcMetamethodError } from "../gc/finalizers";
import { isNumber, numberToString } from "../runtime/number";
import { NativeFunction } from "../runtime/native";
import { ExitRequest } from "../host/exit-request";
import { LUAI_MAXCCALLS } from "../../grammar/limits";

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
    this.L.host.stderr.write(this.progname === undefined ? `${msg}\n` : `${this.progname}: ${msg}\n`);
  }

  /** report: prints the message of a failed outcome; true when it succeeded. */
  report(o: Outcome | Loaded): boolean {
    if (!o.ok) this.message(o.message);
    return o.ok;
  }

  /** luaL_loadbuffer: text or a binary chunk (string.dump's); its failures are LUA_ERRSYNTAX. */
  load(source: string, chunkName: string): Loaded {
    const fn = this.L.loadChunk(source, chunkName, "bt");
    return typeof fn === "string" ? { ok: false, message: fn, syntax: true } : { ok: true, fn };
  }

  /** luaL_loadfile: the file, or stdin when `name` is undefined. */
  loadFile(name: string | undefined): Loaded {
    const fn = this.L.loadFile(name, "bt");
    return typeof fn === "string" ? { ok: false, message: fn, syntax: false } : { ok: true, fn };
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
  const msg = args[0];
  const thread = L.running().thread;
  if (typeof msg !== "string") {
    const h = L.getMetafield(msg, "__tostring");
    if (h !== undefined) {
      const s = L.call(h, [msg])[0];
      if (typeof s === "string") return [s];
    }
    return [L.debug.traceback(thread, isNumber(msg) ? numberToString(msg) : `(error object is a ${type(msg)} value)`, 1)];
  }
  return [L.debug.traceback(thread, msg, 1)];
});
