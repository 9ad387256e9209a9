// The standalone interpreter (lua.c of Lua 5.3.6, manual §7), run inside the worker thread
// started by cli/main.ts: options, `arg`, LUA_INIT, scripts, stdin, error reports and exit status.
import { workerData } from "worker_threads";
import { LuaError } from "../runtime/error";
import { LuaTable } from "../runtime/table";
import type { LuaValue } from "../runtime/value";
import { LuaSyntaxError } from "../../grammar/syntax-error";
import { Runtime } from "../eval/runtime";
import { Frame } from "../eval/frame";
import { HOST_FUNCTION, traceback } from "../eval/traceback";
import { openLibs } from "../lib/index";
import { astOption } from "./ast-option";
import { ExitRequest } from "./exit-request";
import { GcMetamethodError } from "../eval/finalizers";
import { closeAllFiles } from "../lib/io";
import { openErrorText, tryReadSourceFile } from "../lib/source-file";

const PROGNAME = "luaref";
/** lua.c runs everything inside lua_pcall(pmain): one C level below every chunk it runs. */
const HOST_C_CALLS = 1;
const VERSION = "Lua 5.3.6  Copyright (C) 1994-2020 Lua.org, PUC-Rio";
const USAGE = `usage: ${PROGNAME} [options] [script [args]]
Available options are:
  -e stat  execute string 'stat'
  -i       enter interactive mode after executing 'script'
  -l name  require library 'name'
  -v       show version information
  -E       ignore environment variables
  --ast    print the syntax tree of 'script' as JSON and exit
  --       stop handling options
  -        stop handling options and execute stdin
`;

interface Options {
  interactive: boolean;
  version: boolean;
  noEnv: boolean;
  execute: boolean;
  /** Index in argv of the script (or of "-"), or argv.length when there is none. */
  script: number;
}

/** lua.c's collectargs: undefined after printing the error for a bad option. */
function collectArgs(L: Runtime, argv: string[]): Options | undefined {
  const o: Options = { interactive: false, version: false, noEnv: false, execute: false, script: argv.length };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a[0] !== "-") {
      o.script = i;
      return o;
    }
    switch (a) {
      case "--": o.script = i + 1; return o;
      case "-": o.script = i; return o;
      case "-E": o.noEnv = true; break;
      case "-i": o.interactive = true; o.version = true; break;
      case "-v": o.version = true; break;
      case "-e": case "-l":
        if (a === "-e") o.execute = true;
        if (i + 1 >= argv.length || argv[i + 1][0] === "-") return badOption(L, a, true);
        i++;
        break;
      default:
        if ((a.startsWith("-e") || a.startsWith("-l")) && a.length > 2) {
          if (a[1] === "e") o.execute = true;
          break;
        }
        return badOption(L, a, false);
    }
  }
  return o;
}

function badOption(L: Runtime, option: string, needsArgument: boolean): undefined {
  L.stderr.write(needsArgument ? `${PROGNAME}: '${option}' needs argument\n` : `${PROGNAME}: unrecognized option '${option}'\n`);
  L.stderr.write(USAGE);
  return undefined;
}

/** lua.c's msghandler: a message (with __tostring when it has one) plus the traceback. */
function messageOf(L: Runtime, e: unknown): string {
  // an error in a __gc metamethod reaches lua.c past its message handler: no traceback
  if (e instanceof GcMetamethodError) return e.value as string;
  let msg = L.errorValue(e);
  if (typeof msg !== "string") {
    const h = L.getMetafield(msg, "__tostring");
    if (h !== undefined) {
      const s = L.call(h, [msg])[0];
      if (typeof s === "string") return s;
    }
    msg = typeof msg === "number" || typeof msg === "bigint" ? L.tostring(msg) : `(error object is a ${L.typeName(msg)} value)`;
  }
  // level 0: luaref runs no message-handler function of its own (lua.c skips its msghandler)
  return traceback(L, L.current, msg as string, 0);
}

/** docall + report: runs `fn(args)`, printing an uncaught error; returns false on error. */
function docall(L: Runtime, fn: () => LuaValue[]): boolean {
  const th = L.main;
  const saved = th.frame;
  try {
    fn();
    return true;
  } catch (e) {
    if (e instanceof ExitRequest) throw e;
    const msg = messageOf(L, e);
    th.frame = saved;
    th.stackUsed = 0;
    L.cCalls = HOST_C_CALLS;
    L.stdout.flush();
    L.stderr.write(`${PROGNAME}: ${msg}\n`);
    return false;
  }
}

function loadOrReport(L: Runtime, load: () => LuaValue): LuaValue | undefined {
  try {
    return load();
  } catch (e) {
    const msg = e instanceof LuaSyntaxError ? e.message : e instanceof LuaError ? String(e.value) : String(e);
    L.stdout.flush();
    L.stderr.write(`${PROGNAME}: ${msg}\n`);
    return undefined;
  }
}


/** luaL_loadfile for the command: the script file or stdin, "cannot open" when unreadable. */
function loadScript(L: Runtime, name: string | undefined): LuaValue | undefined {
  const text = tryReadSourceFile(name);
  if (text === undefined) {
    L.stdout.flush();
    L.stderr.write(`${PROGNAME}: cannot open ${name ?? "stdin"}: ${openErrorText(name)}\n`);
    return undefined;
  }
  return loadOrReport(L, () => L.load(text, name === undefined ? "=stdin" : `@${name}`));
}

function dostring(L: Runtime, source: string, chunkName: string): boolean {
  const fn = loadOrReport(L, () => L.load(source, chunkName));
  return fn !== undefined && docall(L, () => L.call(fn, []));
}

function runInit(L: Runtime): boolean {
  const name = process.env.LUA_INIT_5_3 !== undefined ? "LUA_INIT_5_3" : "LUA_INIT";
  const init = process.env[name];
  if (init === undefined) return true;
  if (init.startsWith("@")) {
    const fn = loadScript(L, init.slice(1));
    return fn !== undefined && docall(L, () => L.call(fn, []));
  }
  return dostring(L, init, `=${name}`);
}

/** -e and -l, in order. */
function runArgs(L: Runtime, argv: string[], upTo: number): boolean {
  for (let i = 0; i < upTo; i++) {
    const a = argv[i];
    if (a !== "-e" && a !== "-l" && !((a.startsWith("-e") || a.startsWith("-l")) && a.length > 2)) continue;
    const value = a.length > 2 ? a.slice(2) : argv[++i];
    if (a[1] === "e") {
      if (!dostring(L, value, "=(command line)")) return false;
    } else {
      const ok = docall(L, () => {
        const r = L.call(L.index(L.globals, "require"), [value]);
        L.globals.setStr(value, r[0]);
        return r;
      });
      if (!ok) return false;
    }
  }
  return true;
}

function createArgTable(argv: string[], script: number, progPath: string): LuaTable {
  const arg = new LuaTable();
  const all = [progPath, ...argv];
  const zero = script + 1; // index of the script in `all`
  for (let i = 0; i < all.length; i++) arg.set(i - zero, all[i]);
  return arg;
}

function run(argv: string[], progPath: string): number {
  const L = new Runtime();
  try {
    const status = runMain(L, argv, progPath);
    L.close(); // lua_close; os.exit leaves without it unless asked to close
    return status;
  } finally {
    closeAllFiles(L);
    L.stdout.flush();
  }
}

function runMain(L: Runtime, argv: string[], progPath: string): number {
  // everything runs under lua.c's pmain, a C function: "[C]: in ?" ends each traceback
  L.main.frame = new Frame(HOST_FUNCTION, undefined, L.main, 0);
  L.cCalls = HOST_C_CALLS;

  if (argv[0] === "--ast") return astOption(L, argv.slice(1));

  const o = collectArgs(L, argv);
  if (o === undefined) return 1;
  L.ignoreEnv = o.noEnv;
  openLibs(L);
  if (o.version) L.stdout.write(VERSION + "\n");
  if (o.interactive) {
    L.stderr.write(`${PROGNAME}: interactive mode (-i) is not supported yet\n`);
    return 1;
  }
  L.globals.setStr("arg", createArgTable(argv, o.script, progPath));
  if (!o.noEnv && !runInit(L)) return 1;
  if (!runArgs(L, argv, o.script)) return 1;
  if (o.script < argv.length) {
    const name = argv[o.script] === "-" && argv[o.script - 1] !== "--" ? undefined : argv[o.script];
    const fn = loadScript(L, name);
    if (fn === undefined) return 1;
    const scriptArgs = argv.slice(o.script + 1);
    if (!docall(L, () => L.call(fn, scriptArgs))) return 1;
  } else if (!o.execute && !o.version) {
    const fn = loadScript(L, undefined);
    if (fn === undefined || !docall(L, () => L.call(fn, []))) return 1;
  }
  return 0;
}

const data = workerData as { progPath?: string } | undefined;
try {
  process.exit(run(process.argv.slice(2), data?.progPath ?? PROGNAME));
} catch (e) {
  if (e instanceof ExitRequest) process.exit(e.code);
  throw e;
}
