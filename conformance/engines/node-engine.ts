// Adapter shape for npm engines: a small node script per engine, spawned like any other command.
import * as os from "os";
import * as path from "path";
import { Engine } from "./engine";
import { probeCommand } from "./probe";

/** Compiled runner scripts live in dist/conformance/node-runners/. */
export function runnerScript(name: string): string {
  return path.join(__dirname, "..", "node-runners", `${name}.js`);
}

export function nodeEngine(id: string, description: string, runner: string): Engine {
  const script = runnerScript(runner);
  return {
    id,
    description,
    probe: () => probeCommand(process.execPath, [script, "--version"], os.tmpdir()),
    command: (driverPath) => ({ command: process.execPath, args: [script, driverPath] }),
  };
}
