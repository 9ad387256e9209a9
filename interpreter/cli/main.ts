// The `luaref` command's process side: runs the interpreter (cli/run.ts) in a worker thread
// whose stack is large enough for deep Lua recursion, exits with its status, and handles SIGINT
// as lua.c does: while a chunk runs (docall), the first SIGINT interrupts it ("interrupted!");
// at any other time, or a second time, the signal's default action ends the process.
import { Worker } from "worker_threads";
import * as path from "path";

/** The worker's stack: enough JS frames for PUC's 1,000,000-slot Lua stack. */
const STACK_SIZE_MB = 2000;

/** What the worker gets: the program name (lua.c's argv[0]) and the arrays shared for SIGINT. */
export interface WorkerInput {
  progPath: string;
  /** [0] is 1 while a chunk runs with lua.c's laction installed. */
  sigint: Int32Array;
  /** Runtime.interruptRequest: [0] set to 1 asks the running code to stop. */
  interrupt: Int32Array;
}

/**
 * lua.c's argv[0] as the shell gave it: a command found through PATH goes by the name that was
 * typed (`luaref`); one run by its path keeps the path, which stays runnable as `arg[-1]`.
 */
function programName(script: string): string {
  const dir = path.dirname(script);
  const onPath = (process.env.PATH ?? "").split(path.delimiter).some((d) => d !== "" && path.resolve(d) === dir);
  return onPath ? path.basename(script) : script;
}

export function main(): void {
  const shared = new SharedArrayBuffer(8);
  const input: WorkerInput = {
    progPath: programName(process.argv[1]),
    sigint: new Int32Array(shared, 0, 1),
    interrupt: new Int32Array(shared, 4, 1),
  };
  const onSigint = (): void => {
    // laction: one interruption, after which the handler is the default one again
    if (Atomics.compareExchange(input.sigint, 0, 1, 0) === 1) {
      Atomics.store(input.interrupt, 0, 1);
      return;
    }
    process.removeListener("SIGINT", onSigint);
    process.kill(process.pid, "SIGINT");
  };
  process.on("SIGINT", onSigint);
  const worker = new Worker(path.join(__dirname, "run.js"), {
    argv: process.argv.slice(2),
    workerData: input,
    resourceLimits: { stackSizeMb: STACK_SIZE_MB },
    stdin: false,
    stdout: false,
    stderr: false,
  });
  worker.on("exit", (code) => process.exit(code));
  worker.on("error", (e) => {
    process.stderr.write(`luaref: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
