// A scratch directory mirroring the suite (symlinks), so runs write nowhere near the suite files.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/**
 * The suite is read-only and must never change, yet all.lua rewrites `time.txt` beside itself.
 * Runs therefore use, as cwd, a temporary directory of symlinks to the suite's entries, with
 * `time.txt` copied so all.lua's write lands in the copy. Relative loads (`dofile('bwcoercion.lua')`,
 * `libs/`) resolve exactly as in the suite directory.
 */
export interface Workdir {
  /** The cwd of every run. */
  suite: string;
  /** Where generated drivers are written (outside the cwd, so no test sees them). */
  drivers: string;
  dispose(): void;
}

const COPIED = new Set(["time.txt", "time-debug.txt"]);

export function createWorkdir(suiteDir: string): Workdir {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "luaref-conformance-"));
  const suite = path.join(root, "suite");
  const drivers = path.join(root, "drivers");
  fs.mkdirSync(suite);
  fs.mkdirSync(drivers);
  for (const name of fs.readdirSync(suiteDir)) {
    const from = path.join(suiteDir, name);
    const to = path.join(suite, name);
    if (COPIED.has(name)) {
      fs.copyFileSync(from, to);
      fs.chmodSync(to, 0o644);
    } else {
      fs.symlinkSync(from, to);
    }
  }
  return { suite, drivers, dispose: () => fs.rmSync(root, { recursive: true, force: true }) };
}
