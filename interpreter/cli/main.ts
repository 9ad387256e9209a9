// The `luaref` command's process side: runs the interpreter (cli/run.ts) in a worker thread
// whose stack is large enough for deep Lua recursion, and exits with its status.
import { Worker } from "worker_threads";
import * as path from "path";

/** The worker's stack: enough JS frames for PUC's 1,000,000-slot Lua stack. */
const STACK_SIZE_MB = 2000;

export function main(): void {
  const worker = new Worker(path.join(__dirname, "run.js"), {
    argv: process.argv.slice(2),
    workerData: { progPath: process.argv[1] },
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
