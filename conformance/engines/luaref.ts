// luaref itself, run as a process through its CLI (bin/luaref.js), like any other engine.
import * as fs from "fs";
import * as path from "path";
import { PROJECT_ROOT } from "../suite";
import { Engine } from "./engine";
import { probeCommand, shortVersion } from "./probe";

const BIN = path.join(PROJECT_ROOT, "bin", "luaref.js");

function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { version?: string };
  return pkg.version ?? "?";
}

export const luaref: Engine = {
  id: "luaref",
  description: "luaref (this project), via bin/luaref.js",
  async probe() {
    if (!fs.existsSync(BIN)) return { available: false, version: "", reason: `${BIN} not found` };
    // While the interpreter is being written `-v` may fail: the engine still runs, so its failures are recorded.
    const probed = await probeCommand(process.execPath, [BIN, "-v"], PROJECT_ROOT);
    const version = `luaref ${packageVersion()} (${probed.available ? `-v: ${shortVersion(probed.version)}` : "-v failed"})`;
    return { available: true, version };
  },
  command: (driverPath) => ({ command: process.execPath, args: [BIN, driverPath] }),
};
