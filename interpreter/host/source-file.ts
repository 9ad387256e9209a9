// Reading Lua source files as luaL_loadfilex does: bytes as latin1, an optional UTF-8 BOM and
// a first line starting with '#' skipped up to its '\n' (kept so line numbers stay right).
import * as fs from "fs";

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

/** Reads a source file (stdin when `name` is undefined); throws when it cannot be read. */
export function readSourceFile(name: string | undefined): string {
  return skipPrelude(fs.readFileSync(name === undefined ? 0 : name).toString("latin1"));
}

export function tryReadSourceFile(name: string | undefined): string | undefined {
  try {
    return readSourceFile(name);
  } catch {
    return undefined;
  }
}

/** strerror(errno) for a source file that cannot be opened (luaL_loadfilex's errfile). */
export function openErrorText(name: string | undefined): string {
  try {
    fs.closeSync(fs.openSync(name ?? "/dev/stdin", "r"));
    return "Is a directory";
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === "EACCES" ? "Permission denied" : code === "ENOTDIR" ? "Not a directory" : "No such file or directory";
  }
}
