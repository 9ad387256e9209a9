// `luaref --ast FILE`: prints the resolved syntax tree of a Lua file as JSON.
import * as fs from "fs";
import { astToJson } from "../../grammar/ast";
import { parse } from "../../grammar/parse";
import { LuaSyntaxError } from "../../grammar/syntax-error";
import type { Runtime } from "../eval/runtime";
import { skipPrelude } from "../eval/load";

export function astOption(L: Runtime, args: string[]): number {
  if (args.length !== 1) {
    L.host.stderr.write("usage: luaref --ast FILE\n");
    return 1;
  }
  const file = args[0];
  let source: string;
  try {
    source = fs.readFileSync(file).toString("latin1");
  } catch {
    L.host.stderr.write(`luaref: cannot open ${file}\n`);
    return 1;
  }
  try {
    L.host.stdout.write(astToJson(parse(skipPrelude(source), `@${file}`)) + "\n");
    return 0;
  } catch (e) {
    if (!(e instanceof LuaSyntaxError)) throw e;
    L.host.stderr.write(`luaref: ${e.message}\n`);
    return 1;
  }
}
