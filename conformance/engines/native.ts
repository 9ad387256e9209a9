// Adapter shape for engines installed as a standalone `lua`-style command (PUC, LuaJIT, config file).
import * as os from "os";
import { Engine } from "./engine";
import { probeCommand } from "./probe";

export interface NativeSpec {
  id: string;
  description: string;
  /** Command and leading arguments; the driver path is appended. */
  command: string[];
  /** Arguments that make the command print its version (default `-v`). */
  versionArgs?: string[];
}

export function nativeEngine(spec: NativeSpec): Engine {
  const [command, ...leading] = spec.command;
  return {
    id: spec.id,
    description: spec.description,
    probe: () => probeCommand(command, [...leading, ...(spec.versionArgs ?? ["-v"])], os.tmpdir()),
    command: (driverPath) => ({ command, args: [...leading, driverPath] }),
  };
}
