// The list of engines: the built-in adapters, then those of the config file.
import * as path from "path";
import { PROJECT_ROOT } from "../suite";
import { loadConfiguredEngines } from "./config";
import { Engine } from "./engine";
import { fengari } from "./fengari";
import { lua51 } from "./lua51";
import { lua53 } from "./lua53";
import { lua54 } from "./lua54";
import { luajit } from "./luajit";
import { luaref } from "./luaref";
import { luaWasmBindings } from "./lua-wasm-bindings";
import { wasmoon } from "./wasmoon";

export const DEFAULT_ENGINES_CONFIG = path.join(PROJECT_ROOT, "conformance", "engines.json");

export const BUILTIN_ENGINES: Engine[] = [luaref, lua53, lua54, lua51, luajit, fengari, wasmoon, luaWasmBindings];

export function allEngines(configFile = DEFAULT_ENGINES_CONFIG): Engine[] {
  const configured = loadConfiguredEngines(configFile);
  const ids = new Set(BUILTIN_ENGINES.map((e) => e.id));
  for (const e of configured) if (ids.has(e.id)) throw new Error(`engine id "${e.id}" is already taken`);
  return [...BUILTIN_ENGINES, ...configured];
}
