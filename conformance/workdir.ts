// A scratch directory mirroring the suite (symlinks), so runs write nowhere near the suite files.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/**
 * The suite is read-only and must never change, yet all.lua rewrites `time.txt` beside itself.
 * Runs therefore use, as cwd, a temporary directory of symlinks to the suite's entries, with
 * `time.txt` copied so all.lua's write lands in the copy. Relative loads (`dofile('bwcoercion.lua')`,
 * `libs/`) resolve exactly as in the suite directory; its subdirectories are real directories.
 */
export interface Workdir {
  /** The cwd of every run. */
  suite: string;
  /** Where generated drivers are written (outside the cwd, so no test sees them). */
  drivers: string;
  dispose(): void;
}

const COPIED = new Set(["time.txt", "time-debug.txt"]);

/**
 * Directories attrib.lua (without `_port`) expects to exist and writes modules into; the
 * suite's copy lacks the empty `libs/P1`.
 */
const CREATED = ["libs/P1"];

export function createWorkdir(suiteDir: string): Workdir {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "luaref-conformance-"));
  const suite = path.join(root, "suite");
  const drivers = path.join(root, "drivers");
  fs.mkdirSync(drivers);
  mirror(suiteDir, suite);
  for (const dir of CREATED) fs.mkdirSync(path.join(suite, dir), { recursive: true });
  return { suite, drivers, dispose: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/**
 * Files become symlinks (or copies, for those all.lua rewrites); directories become real ones,
 * so that files a test creates in them (attrib.lua's modules in `libs/`) land in the scratch
 * directory — a symlinked directory would take them into the suite, whose read-only mode does
 * not stop root.
 */
function mirror(from: string, to: string): void {
  fs.mkdirSync(to);
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      mirror(source, target);
    } else if (COPIED.has(entry.name)) {
      fs.copyFileSync(source, target);
      fs.chmodSync(target, 0o644);
    } else {
      fs.symlinkSync(source, target);
    }
  }
}
