// The standalone interpreter (lua.c of Lua 5.3.6, manual §7), run inside the worker thread
// started by cli/main.ts: options, `arg`, LUA_INIT, scripts, stdin, the REPL, exit status.
import * as tty from "tty";
import { workerData } from "worker_threads";
import { LuaError } from "../runtime/error";
import { LuaTable } from "../runtime/table";
import { isNumber, numberToString, tointeger } from "../runtime/number";
import type { LuaValue } from "../runtime/value";
import { Runtime } from "../eval/runtime";
import { NodeHost } from "../host/node-host";
import { Frame } from "../eval/frame";
import { HOST_FUNCTION } from "../debug/traceback";
import { openLibs } from "../lib/index";
import { closeAllFiles } from "../lib/io/io";
import { astOption } from "./ast-option";
import { ExitRequest } from "../host/exit-request";
import { lineInput } from "./line-input";
import { doREPL } from "./repl";
import { HOST_C_CALLS, Standalone } from "./standalone";
import type { WorkerInput } from "./main";
import { LUAI_MAXSTACK } from "../../grammar/limits";

const COPYRIGHT = "Lua 5.3.6  Copyright (C) 1994-2020 Lua.org, PUC-Rio";

interface Options {
  interactive: boolean;
  version: boolean;
  noEnv: boolean;
  execute: boolean;
  /** Index in argv of the script (or of "-"), or argv.length when there is none. */
  script: number;
}

/** lua.c's collectargs (argv[0] is the program name); on a bad option, `bad` is its index. */
function collectArgs(argv: string[]): Options | { bad: number } {
  const o: Options = { interactive: false, version: false, noEnv: false, execute: false, script: argv.length };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a[0] !== "-") {
      o.script = i;
      return o;
    }
    switch (a[1]) {
      case "-":
        if (a.length > 2) return { bad: i };
        o.script = i + 1;
        return o;
      case undefined:
        o.script = i;
        return o;
      case "E":
        if (a.length > 2) return { bad: i };
        o.noEnv = true;
        break;
      case "i": case "v":
        if (a.length > 2) return { bad: i };
        // -i implies -v
        if (a[1] === "i") o.interactive = true;
        o.version = true;
        break;
      case "e": case "l":
        if (a[1] === "e") o.execute = true;
        // the argument follows, in the same word or the next one (not an option)
        if (a.length === 2) {
          if (i + 1 >= argv.length || argv[i + 1][0] === "-") return { bad: i };
          i++;
        }
        break;
      default:
        return { bad: i };
    }
  }
  return o;
}

function printUsage(S: Standalone, badOption: string): void {
  const p = S.progname;
  S.L.host.stderr.write(badOption[1] === "e" || badOption[1] === "l"
    ? `${p}: '${badOption}' needs argument\n`
    : `${p}: unrecognized option '${badOption}'\n`);
  S.L.host.stderr.write(`usage: ${p} [options] [script [args]]
Available options are:
  -e stat  execute string 'stat'
  -i       enter interactive mode after executing 'script'
  -l name  require library 'name' into global 'name'
  -v       show version information
  -E       ignore environment variables
  --       stop handling options
  -        stop handling options and execute stdin
`);
}

function printVersion(L: Runtime): void {
  L.host.stdout.write(`${COPYRIGHT}\n`);
  L.host.stdout.flush();
}

/** createargtable: the script at index 0 (the interpreter's name when there is none). */
function createArgTable(argv: string[], script: number): LuaTable {
  const base = script === argv.length ? 0 : script;
  const arg = new LuaTable();
  for (let i = 0; i < argv.length; i++) arg.set(i - base, argv[i]);
  return arg;
}

function handleLuaInit(S: Standalone): boolean {
  const name = process.env.LUA_INIT_5_3 !== undefined ? "LUA_INIT_5_3" : "LUA_INIT";
  const init = process.env[name];
  if (init === undefined) return true;
  if (init.startsWith("@")) return S.dochunk(S.loadFile(init.slice(1)));
  return S.dochunk(S.load(init, `=${name}`));
}

/** runargs: -e and -l, in order; false when one fails. */
function runArgs(S: Standalone, argv: string[], script: number): boolean {
  const L = S.L;
  for (let i = 1; i < script; i++) {
    const option = argv[i][1];
    if (option !== "e" && option !== "l") continue;
    const extra = argv[i].length > 2 ? argv[i].slice(2) : argv[++i];
    if (option === "e") {
      if (!S.dochunk(S.load(extra, "=(command line)"))) return false;
      continue;
    }
    // dolibrary: global[name] = require(name)
    const outcome = S.docall(L.index(L.globals, "require"), [extra]);
    if (outcome.ok) L.setIndex(L.globals, extra, outcome.values[0]);
    if (!S.report(outcome)) return false;
  }
  return true;
}

/** handle_script: the script (stdin for "-" not after "--") with the positive `arg` entries. */
function handleScript(S: Standalone, argv: string[], script: number): boolean {
  const L = S.L;
  const fname = argv[script] === "-" && argv[script - 1] !== "--" ? undefined : argv[script];
  const loaded = S.loadFile(fname);
  if (!loaded.ok) return S.report(loaded);
  // pushargs
  const arg = L.index(L.globals, "arg");
  if (!(arg instanceof LuaTable)) return L.error("'arg' is not a table");
  const len = tointeger(L.len(arg));
  if (len === undefined) return L.error("object length is not an integer");
  const n = Number(len);
  if (n + 3 > LUAI_MAXSTACK) return L.error("stack overflow (too many arguments to script)");
  const args: LuaValue[] = [];
  for (let i = 1; i <= n; i++) args.push(arg.get(i));
  return S.report(S.docall(loaded.fn, args));
}

/** pmain: false when something failed (the exit status is then EXIT_FAILURE). */
async function pmain(S: Standalone, host: NodeHost, argv: string[]): Promise<boolean> {
  const L = S.L;
  const o = collectArgs(argv);
  if ("bad" in o) {
    printUsage(S, argv[o.bad]);
    return false;
  }
  if (o.version) printVersion(L);
  L.ignoreEnv = o.noEnv;
  openLibs(L);
  L.globals.setStr("arg", createArgTable(argv, o.script));
  if (!o.noEnv && !handleLuaInit(S)) return false;
  if (!runArgs(S, argv, o.script)) return false;
  if (o.script < argv.length && !handleScript(S, argv, o.script)) return false;
  if (o.interactive) {
    await doREPL(S, lineInput(host));
  } else if (o.script === argv.length && !o.execute && !o.version) {
    if (tty.isatty(0)) {
      printVersion(L);
      await doREPL(S, lineInput(host));
    } else {
      // lua.c ignores the outcome here: an error in stdin's chunk still exits with success
      S.dochunk(S.loadFile(undefined));
    }
  }
  return true;
}

/** lua.c's main: `argv` includes the program name; the exit status. */
async function main(argv: string[], sigint: Int32Array, interrupt: Int32Array): Promise<number> {
  const host = new NodeHost();
  const L = new Runtime(host);
  L.interruptRequest = interrupt;
  // everything runs under lua.c's pmain, a C function: "[C]: in ?" ends each traceback
  L.main.frame = new Frame(HOST_FUNCTION, undefined, L.main, 0);
  L.cCalls = HOST_C_CALLS;
  const S = new Standalone(L, argv[0], sigint);
  try {
    let status: number;
    try {
      status = argv[1] === "--ast" ? astOption(L, argv.slice(2)) : (await pmain(S, host, argv)) ? 0 : 1;
    } catch (e) {
      if (!(e instanceof LuaError)) throw e;
      // an error outside docall: lua_pcall(pmain) has no message handler
      const v = e.value;
      S.message(typeof v === "string" ? v : isNumber(v) ? numberToString(v) : "(null)");
      status = 1;
    }
    L.close(); // lua_close: the remaining finalizers run (os.exit leaves before, unless asked to close)
    return status;
  } finally {
    closeAllFiles(L);
    host.stdout.flush();
  }
}

const input = workerData as WorkerInput;
main([input.progPath, ...process.argv.slice(2)], input.sigint, input.interrupt).then(
  (status) => process.exit(status),
  (e: unknown) => {
    if (e instanceof ExitRequest) process.exit(e.code);
    throw e;
  },
);
