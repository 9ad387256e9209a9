// SIGINT and terminals: a running chunk interrupted as lua.c's laction/lstop do, and the REPL
// on a terminal (a pseudo-terminal made by util-linux's `script`, skipped, saying so, without it).
import { expect } from "chai";
import { spawn, spawnSync } from "child_process";
import { LUAREF } from "./run-cli";

interface Ended {
  stdout: string;
  stderr: string;
  status: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Runs luaref -e `code`; sends SIGINT each time stdout shows one of `marks`, a moment later (so
 * that the signal finds the code in the loop after the print, not still in the print).
 */
function interrupted(code: string, marks: string[]): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LUAREF, "-e", code], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("latin1").on("data", (d: string) => {
      stdout += d;
      while (marks.length > 0 && stdout.includes(marks[0])) {
        marks.shift();
        setTimeout(() => child.kill("SIGINT"), 200);
      }
    });
    child.stderr.setEncoding("latin1").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ stdout, stderr: stderr.split(LUAREF).join("lua"), status, signal }));
  });
}

describe("the luaref command: SIGINT", () => {
  it("interrupts a running loop: pcall catches 'interrupted!' and the script goes on", async () => {
    const r = await interrupted("io.stdout:setvbuf('no') print(pcall(function() print(12) while true do end end)) print(42)", ["12\n"]);
    expect(r).to.deep.equal({ stdout: "12\nfalse\tinterrupted!\n42\n", stderr: "", status: 0, signal: null });
  });

  it("reports an interruption of the main chunk with its traceback", async () => {
    const r = await interrupted("io.stdout:setvbuf('no') print(1) local function f() while true do end end f()", ["1\n"]);
    expect(r.stderr).to.equal("lua: (command line):1: interrupted!\nstack traceback:\n\t(command line):1: in local 'f'\n\t(command line):1: in main chunk\n\t[C]: in ?\n");
    expect(r.status).to.equal(1);
  });

  it("dies of a second SIGINT (the handler is the default one again)", async () => {
    const r = await interrupted("io.stdout:setvbuf('no') pcall(function() print(1) while true do end end) print(2) while true do end", ["1\n", "2\n"]);
    expect(r).to.deep.equal({ stdout: "1\n2\n", stderr: "", status: null, signal: "SIGINT" });
  });
});

const HAVE_SCRIPT = spawnSync("script", ["--version"]).error === undefined;

describe("the luaref command on a terminal", function () {
  before(function () {
    if (!HAVE_SCRIPT) {
      console.log("    util-linux `script` is not installed: the terminal REPL test is skipped");
      this.skip();
    }
  });

  it("enters the REPL without arguments, reading a pasted session with Node's readline", () => {
    const r = spawnSync("script", ["-qfec", `${process.execPath} ${LUAREF}`, "/dev/null"], {
      input: "1+1\nfor i=1,2 do\nprint(i)\nend\nerror('e')\n",
      encoding: "latin1",
      timeout: 30_000,
    });
    // the terminal's own echo and readline's cursor movements aside, the session's output:
    const text = r.stdout.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "").replace(/\r/g, "");
    expect(text).to.include("Lua 5.3.6  Copyright (C) 1994-2020 Lua.org, PUC-Rio\n");
    expect(text).to.include("\n2\n1\n2\nstdin:1: e\nstack traceback:\n\t[C]: in function 'error'\n\tstdin:1: in main chunk\n\t[C]: in ?\n");
    expect(r.status).to.equal(0);
  });
});
