// The `luaref` command against lua.c's behaviour: fixed transcripts (recorded from lua5.3), and
// differential cases run on both luaref and lua5.3 and compared byte for byte (stdout, stderr,
// exit status) — those are skipped, saying so, when lua5.3 is not installed.
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { HAVE_LUA53, lua53, luaref, type Run } from "./run-cli";

const BANNER = "Lua 5.3.6  Copyright (C) 1994-2020 Lua.org, PUC-Rio\n";

describe("the luaref command: fixed transcripts", () => {
  it("runs -i with stdin piped as Debian's lua5.3 (readline echoing the lines)", () => {
    const t = luaref({ args: ["-i"], stdin: "x=1\nprint(x)\nfor i=1,2 do\nprint(i)\nend\n=1+1\n" });
    expect(t.stdout).to.equal(`${BANNER}> x=1\n> print(x)\n1\n> for i=1,2 do\n>> print(i)\n>> end\n1\n2\n> =1+1\n2\n> \n`);
    expect(t.stderr).to.equal("");
    expect(t.status).to.equal(0);
  });

  it("reports REPL errors without the program name, through the message handler", () => {
    const t = luaref({ args: ["-i"], stdin: "error('x')\nfor\n" });
    expect(t.stderr).to.equal("stdin:1: x\nstack traceback:\n\t[C]: in function 'error'\n\tstdin:1: in main chunk\n\t[C]: in ?\n(null)\n");
  });

  it("uses _PROMPT and _PROMPT2", () => {
    const t = luaref({ args: ["-e", "_PROMPT='P1 ' _PROMPT2=2", "-i"], stdin: "x = \n1\n" });
    expect(t.stdout).to.equal(`${BANNER}P1 x = \n21\nP1 \n`);
  });

  it("runs debug.debug on stdin until 'cont'", () => {
    const t = luaref({ args: ["-e", "require'debug'.debug()"], stdin: "io.stderr:write(1000)\nerror({})\ncont\nprint'no'\n" });
    expect(t.stderr).to.equal("lua_debug> 1000lua_debug> (null)\nlua_debug> ");
    expect(t.stdout).to.equal("");
  });

  it("prints the usage for a bad option and fails", () => {
    const t = luaref({ args: ["-x"] });
    expect(t.stderr).to.match(/^lua: unrecognized option '-x'\nusage: lua \[options\] \[script \[args\]\]\n/);
    expect(t.status).to.equal(1);
  });

  it("prints the syntax tree of a file with --ast (luaref's own option)", () => {
    const file = path.join(os.tmpdir(), `luaref-ast-${process.pid}.lua`);
    fs.writeFileSync(file, "local x = 1\n");
    try {
      const t = luaref({ args: ["--ast", file] });
      expect(JSON.parse(t.stdout)).to.include({ kind: "Chunk", chunkName: `@${file}` });
      expect(t.status).to.equal(0);
    } finally {
      fs.unlinkSync(file);
    }
  });

  it("gives the script its arguments and `arg` its negative indices", () => {
    const t = luaref({ args: ["-e", "", "-", "a", "b"], stdin: "print(arg[-3], arg[-2], arg[-1], arg[0], ...)" });
    expect(t.stdout).to.equal("lua\t-e\t\t-\ta\tb\n");
  });
});

/** lua.c behaviours compared with lua5.3 itself. */
const CASES: Run[] = [
  // the REPL
  { args: ["-i"], stdin: "x=1\nprint(x)\nfor i=1,2 do\nprint(i)\nend\n=1+1\n" },
  { args: ["-i"], stdin: "return 1, nil, 'a'\n= 2\n\n=\nreturn\nlocal a = 1\n=a\n" },
  { args: ["-i"], stdin: "x = [[\na\nb]]\n=x\n'unfinished\nx = 1 +\n\n2\n=x\n" },
  { args: ["-i"], stdin: "error({})\nerror(setmetatable({}, {__tostring=function() return 'obj' end}))\nerror(2.5)\nerror()\n" },
  { args: ["-i"], stdin: "for i = 1,\n" },
  { args: ["-i"], stdin: "print(1)\t-- a tab\nprint(2)\r\nprint(3)" },
  { args: ["-i"], stdin: "x=io.read()\nhello\nprint(x)\n" },
  { args: ["-i"], stdin: "x=io.read()\nhello\nprint(x)\n", stdinIsFile: true },
  { args: ["-e", "print(io.read('a'))", "-i"], stdin: "x=1\n", stdinIsFile: true },
  { args: ["-i"], stdin: "io.write('no newline')\nio.stderr:write('err')\nprint('after')\n" },
  { args: ["-i"], stdin: "coroutine.wrap(function() error('in co') end)()\nos.exit(3)\nprint('not')\n" },
  { args: ["-e", "print=nil", "-i"], stdin: "10\n" },
  { args: ["-e", "print=function() error({}) end", "-i"], stdin: "10\n" },
  { args: ["-e", "_PROMPT=1 _PROMPT2=false", "-i"], stdin: "do\nend\n" },
  { args: ["-i", "-e", "y=2"], stdin: "=y\n" },
  { args: ["-i"], stdin: "setmetatable(_G, {__index = function(t, k) error('boom') end})\n" },
  // debug.debug
  { args: ["-e", "require'debug'.debug()"], stdin: "io.stderr:write(1000)\ncont\n" },
  { args: ["-e", "debug.debug()"], stdin: "x=io.read()\nhello\nprint(x)\nerror('y')\nerror(2)\nfor\ncont" },
  // scripts and stdin
  { args: [], stdin: "error('x')" },
  { args: [], stdin: "print(...)" },
  { args: ["-"], stdin: "print(...)" },
  { args: ["--", "-"] }, // a file named "-"
  { args: ["-", "-h"], stdin: "print(arg[1])" },
  { args: ["-e", "arg=1", "-"], stdin: "" },
  { args: ["-e", "arg[1] = 100", "-"], stdin: "print(...)" },
  { args: ["nosuchfile.lua"] },
  { args: ["-e", "for i = -3, 3 do print(i, arg[i]) end"] },
  // options
  { args: ["-h"] }, { args: ["---"] }, { args: ["-Ex"] }, { args: ["-vv"] }, { args: ["-iv"] },
  { args: ["-e"] }, { args: ["-l"] }, { args: ["-e", "-l"] }, { args: ["-e", "a"] },
  { args: ["-v", "-e", "print'hello'"] },
  { args: ["-eprint(1)", "-ea=3", "-e", "print(a)"] },
  { args: ["-lnosuchmod"] },
  { args: ["-E", "-e", "print(package.path == os.getenv('LUA_PATH'))"], env: { LUA_PATH: "x" } },
  // LUA_INIT
  { args: ["-e", "print(X)"], env: { LUA_INIT: "X=3" } },
  { args: ["-e", "print(X)"], env: { LUA_INIT_5_3: "X=10", LUA_INIT: "X=3" } },
  { args: ["-e", "print(X)"], env: { LUA_INIT: "error('msg')" } },
  { args: ["-e", "print(X)"], env: { LUA_INIT: "@nosuchfile" } },
  { args: ["-E", "-e", "print(X)"], env: { LUA_INIT: "X=3" } },
  { args: ["-e", "print(package.path)"], env: { LUA_PATH: ";;a;;;bc" } },
  // errors, exit statuses, buffering
  { args: ["-e", "io.write('a') error('x')"] },
  { args: ["-e", "error(setmetatable({}, {__tostring = function() return 'obj' end}))"] },
  { args: ["-e", "error(setmetatable({}, {__tostring = function() error('again') end}))"] },
  // the message handler names an error object by its type (luaL_typename), never by __name
  { args: ["-e", "error(setmetatable({}, {__name = 'MyType'}))"] },
  { args: ["-e", "local t = setmetatable({}, {__index = function(t, k) return t[k] end}) return t.x"] },
  { args: ["-e", "os.exit(true, true)"] }, { args: ["-e", "os.exit(false)"] }, { args: ["-e", "os.exit(3)"] },
  { args: ["-e", "io.write('pending') os.exit(2, true)"] },
  { args: ["-e", "io.write('a') io.stderr:write('b') print('c') io.stderr:write('d')"] },
];

describe("the luaref command against lua5.3", function () {
  before(function () {
    if (!HAVE_LUA53) {
      console.log("    lua5.3 is not installed: the differential command-line cases are skipped");
      this.skip();
    }
  });

  for (const c of CASES) {
    const env = c.env === undefined ? "" : ` ${JSON.stringify(c.env)}`;
    const from = c.stdinIsFile ? "< file" : "<";
    it(`${JSON.stringify(c.args)}${env} ${from} ${JSON.stringify(c.stdin ?? "")}`, () => {
      expect(luaref(c)).to.deep.equal(lua53(c));
    });
  }
});
