// The pure verdict function: every rule, from raw engine output to a status.
import { expect } from "chai";
import { interpreterError, verdictOf } from "../../conformance/verdict";
import { raw } from "./fixtures";

const START = "start strings.lua source Lua 5.3";

describe("conformance/verdict", () => {
  it("PASS when the driver reports done and the engine exits cleanly", () => {
    expect(verdictOf(raw([START, "done "]))).to.deep.equal({ status: "PASS" });
  });

  it("FAIL with the first failing point and message", () => {
    const v = verdictOf(raw([START, "fail strings.lua:12\tstrings.lua:12: assertion failed!\ttrace"]));
    expect(v.status).to.equal("FAIL");
    expect(v.failure).to.deep.equal({ where: "strings.lua:12", message: "strings.lua:12: assertion failed!", traceback: "trace" });
  });

  it("FAIL without a traceback when the engine has none", () => {
    expect(verdictOf(raw([START, "fail x.lua:1\tboom\t"])).failure).to.deep.equal({ where: "x.lua:1", message: "boom" });
  });

  it("FAIL takes the position from the message when the stack gave none", () => {
    const v = verdictOf(raw([START, "fail \tmath.lua:7: boom"]));
    expect(v.failure?.where).to.equal("math.lua:7");
  });

  it("unescapes newlines and tabs in messages", () => {
    const v = verdictOf(raw([START, "fail x.lua:1\tline1\\nline2\\tend"]));
    expect(v.failure?.message).to.equal("line1\nline2\tend");
  });

  it("ERROR when the file did not load", () => {
    const v = verdictOf(raw([START, "loaderror big.lua:3: unexpected symbol near '*'"]));
    expect(v.status).to.equal("ERROR");
    expect(v.failure?.message).to.contain("unexpected symbol");
  });

  it("TIMEOUT wins over anything printed before the kill", () => {
    expect(verdictOf(raw([START], { timedOut: true, signal: "SIGTERM", exitCode: null })).status).to.equal("TIMEOUT");
  });

  it("CRASH when the engine dies without a result, with the stderr detail", () => {
    const v = verdictOf(raw([START], { exitCode: null, signal: "SIGSEGV", stderrTail: "Segmentation fault\n" }));
    expect(v).to.deep.equal({ status: "CRASH", reason: "killed by SIGSEGV: Segmentation fault" });
  });

  it("CRASH when the driver never started, or the process could not be spawned", () => {
    expect(verdictOf(raw([], { exitCode: 1, stderrTail: "TypeError: x\n" })).status).to.equal("CRASH");
    expect(verdictOf(raw([], { spawnError: "spawn nope ENOENT", exitCode: null })).reason).to.contain("ENOENT");
  });

  it("CRASH when the engine dies after the file completed", () => {
    expect(verdictOf(raw([START, "done "], { exitCode: 134 })).status).to.equal("CRASH");
  });

  it("SKIP with the reason", () => {
    expect(verdictOf(raw([START, "skip all.lua skips big.lua under _soft"]))).to.deep.equal({
      status: "SKIP",
      reason: "all.lua skips big.lua under _soft",
    });
  });

  it("VACUOUS when the file's early-return guard held, never PASS", () => {
    const v = verdictOf(raw([START, "guard true\tT == nil", "done "]));
    expect(v).to.deep.equal({ status: "VACUOUS", reason: "returned early: T == nil holds" });
    expect(verdictOf(raw([START, "guard false\tT == nil", "done "])).status).to.equal("PASS");
  });

  it("VACUOUS in counting mode when no assertion ran", () => {
    expect(verdictOf(raw([START, "count 0 0", "done "])).status).to.equal("VACUOUS");
  });

  it("counting mode: FAIL at the first failed assertion, with the counts", () => {
    const v = verdictOf(raw([START, "assertfail pm.lua:10\tassertion failed!", "count 40 2", "done "]));
    expect(v).to.deep.equal({
      status: "FAIL",
      failure: { where: "pm.lua:10", message: "assertion failed!" },
      assertions: { passed: 40, failed: 2 },
    });
  });

  describe("all.lua handed off as the main chunk", () => {
    const HANDOFF = ["start all.lua source Lua 5.3", "guard false\t_VERSION ~= \"Lua 5.3\"", "handoff all.lua"];
    it("PASS on exit 0 with all.lua's final line", () => {
      expect(verdictOf(raw(HANDOFF, { stdoutTail: "...\nfinal OK !!!\n" })).status).to.equal("PASS");
    });
    it("FAIL from the interpreter's error report", () => {
      const stderr = "....lua5.3: errors.lua:372: assertion failed!\nstack traceback:\n\t[C]: in function 'assert'\n";
      const v = verdictOf(raw(HANDOFF, { exitCode: 1, stderrTail: stderr }));
      expect(v.failure).to.deep.equal({ where: "errors.lua:372", message: "errors.lua:372: assertion failed!" });
    });
    it("VACUOUS when all.lua exits on another _VERSION", () => {
      const markers = ["start all.lua source Lua 5.4", "guard true\t_VERSION ~= \"Lua 5.3\"", "handoff all.lua"];
      expect(verdictOf(raw(markers)).status).to.equal("VACUOUS");
    });
    it("CRASH on a non-Lua death", () => {
      expect(verdictOf(raw(HANDOFF, { exitCode: 1, stderrTail: "RangeError: Maximum call stack\n" })).status).to.equal("CRASH");
    });
  });

  it("interpreterError finds the position in the traceback when the message has none", () => {
    const stderr = "lua: assertion failed!\nstack traceback:\n\t[C]: in function 'assert'\n\tnextvar.lua:9: in main chunk\n";
    expect(interpreterError(stderr)).to.deep.equal({ where: "nextvar.lua:9", message: "assertion failed!" });
  });
});

describe("conformance/verdict positions", () => {
  it("takes the innermost position of a coroutine.wrap chain", () => {
    const v = verdictOf(raw([START, "fail \t/tmp/d/driver.lua:165: big.lua:52: assertion failed!"]));
    expect(v.failure?.where).to.equal("big.lua:52");
  });

  it("ERROR carries the position of the syntax error", () => {
    const v = verdictOf(raw([START, "loaderror attrib.lua:407: unexpected symbol near '/'"]));
    expect(v.failure?.where).to.equal("attrib.lua:407");
  });

  it("all.lua on a runner without traceback: FAIL from '<runner>: file:line: msg'", () => {
    const HANDOFF = ["start all.lua source Lua 5.3", "handoff all.lua"];
    const v = verdictOf(raw(HANDOFF, { exitCode: 1, stderrTail: "...fengari: all.lua:99: lua_gc not implemented\n" }));
    expect(v).to.deep.equal({ status: "FAIL", failure: { where: "all.lua:99", message: "all.lua:99: lua_gc not implemented" } });
  });
});

describe("conformance/verdict crash details", () => {
  it("names the error line of a crash rather than a trailing banner", () => {
    const stderr = "node:internal/x\n  throw err;\nError: Cannot find module 'x'\n    at y (z.js:1)\n\nNode.js v20.20.2\n";
    expect(verdictOf(raw([], { exitCode: 1, stderrTail: stderr })).reason).to.equal(
      "the driver did not start (exit code 1): Error: Cannot find module 'x'",
    );
  });
});
