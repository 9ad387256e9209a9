// The shared process runner: output capture, markers, hard timeout killing the whole process group.
import { expect } from "chai";
import { spawnSync } from "child_process";
import * as os from "os";
import { killAllRunning, runProcess } from "../../conformance/runner";

describe("conformance/runner", () => {
  const cwd = os.tmpdir();

  it("captures exit code, tails and marker lines", async () => {
    // The second marker is split across writes and has no final newline.
    const script = "printf 'noise\\n@@M@@ one\\nmo'; sleep 0.05; printf 're\\n@@M@@'; sleep 0.05; printf ' two'; echo oops >&2; exit 3";
    const r = await runProcess({ command: "sh", args: ["-c", script], cwd, timeoutMs: 10_000, markerPrefix: "@@M@@ ", tailBytes: 8 });
    expect(r.exitCode).to.equal(3);
    expect(r.timedOut).to.equal(false);
    expect(r.markers).to.deep.equal(["@@M@@ one", "@@M@@ two"]);
    expect(r.stdoutTail).to.equal("@@M@@ two".slice(-8));
    expect(r.stderrTail).to.equal("oops\n");
  });

  it("kills a hung process and its children at the timeout", async function () {
    this.timeout(20_000);
    const r = await runProcess({ command: "sh", args: ["-c", "sleep 307 & sleep 308"], cwd, timeoutMs: 300 });
    expect(r.timedOut).to.equal(true);
    expect(r.durationMs).to.be.lessThan(5_000);
    // Neither the engine nor its background child survives.
    const left = spawnSync("sh", ["-c", `ps -eo args | grep -c '^sleep 30[78]$' || true`]).stdout.toString().trim();
    expect(Number(left)).to.equal(0);
  });

  it("reports a command that cannot start", async () => {
    const r = await runProcess({ command: "no-such-engine-xyz", args: [], cwd, timeoutMs: 1000 });
    expect(r.spawnError).to.match(/ENOENT/);
  });

  it("killAllRunning takes down every running engine at once", async () => {
    const running = runProcess({ command: "sh", args: ["-c", "sleep 309"], cwd, timeoutMs: 60_000 });
    await new Promise((r) => setTimeout(r, 200));
    killAllRunning();
    const r = await running;
    expect(r.signal).to.equal("SIGKILL");
    expect(r.durationMs).to.be.lessThan(5_000);
  });
});
