// How each suite file is run, as all.lua runs it: flags, expected returns, big.lua's coroutine, dump mode.

/** Source: every file from its text. Dump: all.lua's way (string.dump + load where all.lua does it). Count: source with the counting prelude. */
export const MODES = ["source", "dump", "count"] as const;
export type Mode = (typeof MODES)[number];

/** The globals all.lua reads to avoid non-portable (`_port`) or long/memory-hungry (`_soft`) tests. */
export interface Flags {
  port: boolean;
  soft: boolean;
}

export interface Recipe {
  file: string;
  /** Lua expression that, when true before the run, makes the file return at once (its own guard). */
  guard?: string;
  /** Lua expression over `r`, the file's first return value, that all.lua asserts. */
  expect?: string;
  /** all.lua calls the file inside coroutine.wrap, once per value, each call returning the value. */
  wrap?: string[];
  /** all.lua runs the file through string.dump(f, strip) + load; undefined: all.lua loads it from source. */
  strip?: boolean;
  /** all.lua skips the file when `_soft` is set. */
  skipWhenSoft?: boolean;
  /** The row for all.lua itself. */
  isAll?: boolean;
  /**
   * Without `_port`, the file runs main.lua's Ctrl-C test, which races a background
   * interpreter's first output line against the shell's `echo $!`: under load (other cells
   * running) a fast engine can lose. Such cells run alone, after the others.
   */
  alone?: boolean;
  /**
   * The file's `_port` guard skips all of it: its tests need a Unix-like shell and nothing else
   * non-portable. The harness runs on such a system, so the file always runs without `_port`.
   */
  unixShell?: boolean;
}

const T_GUARD = "T == nil";

/** Per file, what all.lua (lua-5.3.4-tests/all.lua) does with it. Files not listed are plain `dofile`s. */
const RECIPES: Record<string, Omit<Recipe, "file">> = {
  "all.lua": { isAll: true, guard: '_VERSION ~= "Lua 5.3"', alone: true },
  "main.lua": { strip: false, guard: "_port", alone: true, unixShell: true },
  "gc.lua": {},
  "db.lua": { strip: false },
  "calls.lua": { strip: false, expect: "r == deep and deep" },
  "strings.lua": {},
  "literals.lua": {},
  "tpack.lua": { strip: false },
  "attrib.lua": { strip: false, expect: "r == 27" },
  "locals.lua": { strip: false, expect: "r == 5" },
  "constructs.lua": { strip: false },
  "code.lua": { strip: true, guard: T_GUARD },
  "big.lua": { wrap: ["b", "a"], skipWhenSoft: true },
  "nextvar.lua": { strip: false },
  "pm.lua": { strip: false },
  "utf8.lua": { strip: false },
  "api.lua": { strip: false, guard: T_GUARD },
  "events.lua": { strip: false, expect: "r == 12" },
  "vararg.lua": { strip: false },
  "closure.lua": { strip: false },
  "coroutine.lua": { strip: false },
  "goto.lua": { strip: true },
  "errors.lua": { strip: false },
  "math.lua": { strip: false },
  "sort.lua": { strip: true },
  "bitwise.lua": { strip: false },
  "verybig.lua": { strip: true, expect: "r == 10" },
  "files.lua": { strip: false },
};

/** The files all.lua knows (all of the 5.3.4 suite). */
export const RECIPE_FILES: readonly string[] = Object.keys(RECIPES);

/** The recipe of one file; a file unknown to all.lua is run as a plain dofile. */
export function recipeFor(file: string): Recipe {
  return { file, ...(RECIPES[file] ?? {}) };
}

/** The flags a file actually runs with: a `unixShell` file never gets `_port`. */
export function flagsFor(recipe: Recipe, flags: Flags): Flags {
  return recipe.unixShell ? { ...flags, port: false } : flags;
}

/** Why a file is skipped under these flags, or undefined. */
export function skipReason(recipe: Recipe, flags: Flags): string | undefined {
  if (recipe.skipWhenSoft && flags.soft) return `all.lua skips ${recipe.file} under _soft`;
  return undefined;
}
