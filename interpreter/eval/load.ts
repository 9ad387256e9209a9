// Loading chunks (manual §4.9 lua_load, §5.1 luaL_loadfilex; ldo.c's checkmode): text parsed by
// the grammar, binary chunks read by dump.ts, files through the host with their '#' first line
// and UTF-8 BOM skipped.
import { LuaSyntaxError } from "../../grammar/syntax-error";
import { LuaError } from "../runtime/error";
import type { LuaValue } from "../runtime/value";
import { isBinaryChunk, loadBinary } from "./dump";
import type { LuaClosure } from "./frame";
import type { Runtime } from "./runtime";

/**
 * luaL_loadfilex's skipcomment: a UTF-8 BOM, then a first line starting with '#', are skipped —
 * up to the line's '\n', which a text chunk keeps so that line numbers stay right.
 */
export function skipPrelude(text: string): string {
  if (text.startsWith("\xef\xbb\xbf")) text = text.slice(3);
  if (text.startsWith("#")) {
    const eol = text.indexOf("\n");
    if (eol < 0) return "";
    // a binary chunk follows the '#' line directly; a text one keeps the line end (line numbers)
    return text.charCodeAt(eol + 1) === 0x1b ? text.slice(eol + 1) : text.slice(eol);
  }
  return text;
}

/** lua_load: the function, or the message (checkmode's, the syntax error's or lundump's). */
export function loadChunk(L: Runtime, chunk: string, chunkName: string, mode: string, env: LuaValue): LuaClosure | string {
  const binary = isBinaryChunk(chunk);
  if (binary && !mode.includes("b")) return `attempt to load a binary chunk (mode is '${mode}')`;
  if (!binary && !mode.includes("t")) return `attempt to load a text chunk (mode is '${mode}')`;
  try {
    return binary ? loadBinary(L, chunk, chunkName, env) : L.load(chunk, chunkName, env);
  } catch (e) {
    if (e instanceof LuaSyntaxError) return e.message;
    if (e instanceof LuaError && typeof e.value === "string") return e.value;
    throw e;
  }
}

/** luaL_loadfilex: a file (stdin when `filename` is undefined), or "cannot open <name>: <why>". */
export function loadFile(L: Runtime, filename: string | undefined, mode: string, env: LuaValue): LuaClosure | string {
  let text: string;
  try {
    text = L.host.readFile(filename);
  } catch {
    return `cannot open ${filename ?? "stdin"}: ${L.host.openError(filename)}`;
  }
  return loadChunk(L, skipPrelude(text), filename === undefined ? "=stdin" : `@${filename}`, mode, env);
}
