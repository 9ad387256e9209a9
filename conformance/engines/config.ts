// Engines described by a command line in a config file (conformance/engines.json by default).
import * as fs from "fs";
import { Engine } from "./engine";
import { nativeEngine } from "./native";

export interface ConfiguredEngine {
  id: string;
  description?: string;
  /** Command and leading arguments; the driver path is appended (cwd is the suite). */
  command: string[];
  /** Arguments that print the version (default ["-v"]). */
  versionArgs?: string[];
}

export function loadConfiguredEngines(file: string): Engine[] {
  if (!fs.existsSync(file)) return [];
  const config = JSON.parse(fs.readFileSync(file, "utf8")) as { engines?: ConfiguredEngine[] };
  return (config.engines ?? []).map((e) => {
    if (!e.id || !Array.isArray(e.command) || e.command.length === 0) {
      throw new Error(`${file}: every engine needs an "id" and a non-empty "command" array`);
    }
    return nativeEngine({
      id: e.id,
      description: e.description ?? `configured: ${e.command.join(" ")}`,
      command: e.command,
      ...(e.versionArgs ? { versionArgs: e.versionArgs } : {}),
    });
  });
}
