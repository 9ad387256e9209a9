// Chunk names in messages (manual §4.9 lua_Debug.short_src), as luaO_chunkid with LUA_IDSIZE 60.
import { LUA_IDSIZE as ID_SIZE } from "./limits";

const ELLIPSIS = "...";
const PREFIX = '[string "';
const SUFFIX = '"]';

/** `@file` → `file` (keeping its end), `=name` → `name`, a source → `[string "first line..."]`. */
export function chunkid(chunkName: string): string {
  // luaO_chunkid works on a C string: a "\0" ends it.
  const nul = chunkName.indexOf("\0");
  const source = nul < 0 ? chunkName : chunkName.slice(0, nul);
  if (source.startsWith("=")) return source.slice(1, ID_SIZE);
  if (source.startsWith("@")) {
    if (source.length <= ID_SIZE) return source.slice(1);
    const keep = ID_SIZE - ELLIPSIS.length - 1;
    return ELLIPSIS + source.slice(source.length - keep);
  }
  const room = ID_SIZE - (PREFIX.length + ELLIPSIS.length + SUFFIX.length) - 1;
  const newline = source.indexOf("\n");
  if (source.length < room && newline < 0) return PREFIX + source + SUFFIX;
  const firstLine = newline < 0 ? source : source.slice(0, newline);
  return PREFIX + firstLine.slice(0, room) + ELLIPSIS + SUFFIX;
}
