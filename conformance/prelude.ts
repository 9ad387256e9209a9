// Generates the Lua driver for one run: a CONFIG header (from the recipe) above prelude/driver.lua.
import * as fs from "fs";
import * as path from "path";
import { PROJECT_ROOT } from "./suite";
import { Flags, flagsFor, Mode, Recipe, skipReason } from "./recipes";

/** Prefix of the driver's report lines on stdout; unlikely in any test output. */
export const MARK = "@@luaref-conformance@@ ";

/** The driver body, a real Lua file kept beside the sources (not compiled by tsc). */
export const DRIVER_PATH = path.join(PROJECT_ROOT, "conformance", "prelude", "driver.lua");

/** A Lua string literal for ASCII/latin1 text, valid in every Lua from 5.1 on. */
export function luaString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (ch === '"' || ch === "\\") out += "\\" + ch;
    else if (code >= 32 && code < 127) out += ch;
    else if (code < 256) out += "\\" + String(code).padStart(3, "0");
    else throw new Error(`luaString: non-latin1 character in ${JSON.stringify(s)}`);
  }
  return out + '"';
}

function luaValue(v: string | boolean | string[] | undefined): string {
  if (v === undefined) return "nil";
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return "{" + v.map(luaString).join(", ") + "}";
  return luaString(v);
}

/** The CONFIG table the driver reads. */
export function driverHeader(recipe: Recipe, mode: Mode, runFlags: Flags): string {
  const flags = flagsFor(recipe, runFlags);
  const fields: [string, string | boolean | string[] | undefined][] = [
    ["file", recipe.file],
    ["mode", mode],
    ["port", flags.port],
    ["soft", flags.soft],
    ["strip", recipe.strip],
    ["guard", recipe.guard],
    ["expect", recipe.expect],
    ["wrap", recipe.wrap],
    ["skip", skipReason(recipe, flags)],
    ["isAll", recipe.isAll ?? false],
  ];
  const body = fields.map(([k, v]) => `  ${k} = ${luaValue(v)},`).join("\n");
  return `local CONFIG = {\n${body}\n}\nlocal MARK = ${luaString(MARK)}\n`;
}

let driverBody: string | undefined;

/** The complete driver source for one (file, mode, flags). */
export function driverSource(recipe: Recipe, mode: Mode, flags: Flags): string {
  driverBody ??= fs.readFileSync(DRIVER_PATH, "latin1");
  return driverHeader(recipe, mode, flags) + driverBody;
}
