// Where the official Lua 5.3 test suite lives: never edited, never copied into the project.
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";

/** Environment variable naming a directory that holds the suite's `.lua` files. */
export const SUITE_ENV = "LUAREF_SUITE_DIR";

/** The project's root (this file is compiled to dist/conformance/suite.js). */
export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");

/** Where scripts/fetch-suite downloads and unpacks lua-5.3.4-tests.tar.gz. */
export const DOWNLOADED_SUITE_DIR = path.join(PROJECT_ROOT, "suite", "lua-5.3.4-tests");

/** Candidate locations in order of preference: the env var, ../shared beside the project, the download. */
export function suiteCandidates(): string[] {
  const fromEnv = process.env[SUITE_ENV];
  return [
    ...(fromEnv ? [path.resolve(fromEnv)] : []),
    path.resolve(PROJECT_ROOT, "..", "shared", "lua-5.3.4-tests"),
    DOWNLOADED_SUITE_DIR,
  ];
}

/** The directory of the suite, or undefined when none of the candidates has all.lua. */
export function findSuite(): string | undefined {
  return suiteCandidates().find((dir) => fs.existsSync(path.join(dir, "all.lua")));
}

/** The 28 test files of the suite (all.lua included), sorted by name. */
export function suiteFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".lua"))
    .sort();
}

/** Every regular file under dir (following symlinks), relative, sorted: the suite's content. */
function treeFiles(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return fs.statSync(full).isDirectory() ? treeFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
    });
}

/**
 * A content hash of the unpacked suite: sha256 over "<sha256 of file>  <relative path>\n" lines
 * (the output of `sha256sum` over the sorted files). `time.txt` is left out: all.lua rewrites it.
 */
export function suiteTreeSha256(dir: string): string {
  const lines = treeFiles(dir)
    .filter((rel) => rel !== "time.txt")
    .map((rel) => `${crypto.createHash("sha256").update(fs.readFileSync(path.join(dir, rel))).digest("hex")}  ${rel}\n`);
  return crypto.createHash("sha256").update(lines.join("")).digest("hex");
}
