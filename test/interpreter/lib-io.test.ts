// Unit tests of the io library (manual §6.8): streams, read formats, number reading, modes and
// error returns; expectations recorded from lua5.3 (PUC 5.3.6 on glibc).
import { expect } from "chai";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { FileStream } from "../../interpreter/host/file-stream";
import { gRead, readNumber } from "../../interpreter/lib/io/read";
import { failResult } from "../../interpreter/host/errno";
import { LuaError } from "../../interpreter/runtime/error";
import { LuaFloat, type LuaValue } from "../../interpreter/runtime/value";
import { FakeState } from "./fake-state";
import { lua, luaError } from "./run-lua";

const DIR = fs.mkdtempSync(path.join(os.tmpdir(), "luaref-io-"));
let counter = 0;

/** A new file holding `content`; its name. */
function fileWith(content: string): string {
  const name = path.join(DIR, `f${counter++}`);
  fs.writeFileSync(name, content, "latin1");
  return name;
}

/** A read-only stream over `content`. */
function streamOf(content: string): FileStream {
  const fd = fs.openSync(fileWith(content), "r");
  return new FileStream({ fd, readable: true, writable: false, append: false });
}

/** The value of the Lua error `action` raises. */
function raised(action: () => unknown): LuaValue {
  try {
    action();
  } catch (e) {
    if (e instanceof LuaError) return e.value;
    throw e;
  }
  throw new Error("no error raised");
}

describe("io library", () => {
  after(() => fs.rmSync(DIR, { recursive: true, force: true }));

  describe("FileStream", () => {
    it("reads bytes, lines and everything, with ungetc", () => {
      const f = streamOf("ab\ncd\n\xff");
      expect(f.getc()).to.equal(97);
      f.ungetc();
      expect(f.readLine()).to.deep.equal({ text: "ab", newline: true });
      expect(f.readBytes(2)).to.equal("cd");
      expect(f.readAll()).to.equal("\n\xff");
      expect(f.getc()).to.equal(-1);
      expect(f.readLine()).to.deep.equal({ text: "", newline: false });
    });

    it("switches between reading and writing at the logical position", () => {
      const name = fileWith("0123456789");
      const f = new FileStream({ fd: fs.openSync(name, "r+"), readable: true, writable: true, append: false });
      expect(f.readBytes(3)).to.equal("012");
      f.write("ab");
      expect(f.seek("cur", 0)).to.equal(5);
      expect(f.readAll()).to.equal("56789");
      f.close();
      expect(fs.readFileSync(name, "latin1")).to.equal("012ab56789");
    });

    it("appends whatever the position", () => {
      const name = fileWith("abc");
      const f = new FileStream({ fd: fs.openSync(name, "a+"), readable: true, writable: true, append: true });
      expect(f.seek("cur", 0)).to.equal(0);
      f.write("XY");
      f.close();
      expect(fs.readFileSync(name, "latin1")).to.equal("abcXY");
    });

    it("buffers writes until flushed (full) or at each newline (line)", () => {
      const name = fileWith("");
      const f = new FileStream({ fd: fs.openSync(name, "w"), readable: false, writable: true, append: false });
      f.write("a");
      expect(fs.readFileSync(name, "latin1")).to.equal("");
      f.setvbuf("line");
      f.write("b\nc");
      expect(fs.readFileSync(name, "latin1")).to.equal("ab\n");
      f.close();
      expect(fs.readFileSync(name, "latin1")).to.equal("ab\nc");
    });

    it("writes out whole buffers as glibc does, and drops unflushed writes before a big read", () => {
      const name = fileWith("");
      const f = new FileStream({ fd: fs.openSync(name, "w+"), readable: true, writable: true, append: false });
      const size = () => fs.statSync(name).size;
      f.write("a".repeat(4095));
      expect(size()).to.equal(0);
      f.write("b"); // exactly full: stays buffered
      expect(size()).to.equal(0);
      f.write("c".repeat(5000)); // 9096 bytes: two buffers go out
      expect(size()).to.equal(8192);
      f.write("d");
      expect(f.readBytes(5000)).to.equal(""); // the unflushed 905 bytes are lost
      f.setvbuf("no");
      f.setvbuf("full"); // the one-byte buffer of "no" stays
      f.write("e");
      expect(size()).to.equal(8193);
      f.close();
    });

    it("fails as C does on the wrong direction and on bad seeks", () => {
      const f = streamOf("x");
      expect(() => f.write("y")).to.throw().with.property("errno", 9);
      expect(() => f.seek("set", -1)).to.throw().with.property("message", "Invalid argument");
    });
  });

  describe("read_number", () => {
    // [file content, value, what remains] from lua5.3: f:read("n"), f:read("a")
    const cases: [string, LuaValue, string][] = [
      ["42", 42, ""], ["  -17", -17, ""], ["0x10", 16, ""], ["0x", undefined, ""], ["0x.8p1", new LuaFloat(1), ""],
      ["1e", undefined, ""], ["1.5.2", 1.5, ".2"], ["..5", undefined, ".5"], ["+-1", undefined, "-1"],
      ["1e1e1", new LuaFloat(10), "e1"], ["12abc", 12, "abc"], ["0x1g", 1, "g"], ["inf", undefined, "inf"],
      ["9223372036854775808", 9223372036854775808, ""], ["-9223372036854775808", -(2n ** 63n), ""],
      ["1" + "0".repeat(198), 1e198, ""], ["1".repeat(201), undefined, "1"],
    ];
    for (const [text, value, rest] of cases) {
      it(`reads ${JSON.stringify(text.slice(0, 20))}`, () => {
        const f = streamOf(text);
        const r = readNumber(f);
        expect(r.value).to.deep.equal(value);
        expect(r.ok).to.equal(value !== undefined);
        expect(f.readAll()).to.equal(rest);
      });
    }
  });

  describe("g_read formats", () => {
    const L = new FakeState();
    L.currentName = "read";

    it("reads lines with and without newline, counts and everything", () => {
      const f = streamOf("one\ntwo\nthree four");
      expect(gRead(L, f, [undefined, "l", "L", 3, 0, "*a"], 2)).to.deep.equal(["one", "two\n", "thr", "", "ee four"]);
      expect(gRead(L, f, [undefined, "a", "l", "n"], 2)).to.deep.equal(["", undefined]);
      expect(gRead(L, f, [undefined, 0], 2)).to.deep.equal([undefined]);
    });

    it("reads one line without formats, and stops at the first failure", () => {
      const f = streamOf("12 x\n");
      expect(gRead(L, f, [undefined], 2)).to.deep.equal(["12 x"]);
      const g = streamOf("12 x\n");
      expect(gRead(L, g, [undefined, "n", "n", "l"], 2)).to.deep.equal([12, undefined]);
    });

    it("rejects unknown formats", () => {
      expect(raised(() => gRead(L, streamOf(""), [undefined, "x"], 2))).to.equal("bad argument #2 to 'read' (invalid format)");
    });

    it("returns nil, message, errno on a system error", () => {
      const f = new FileStream({ fd: fs.openSync(fileWith(""), "w"), readable: false, writable: true, append: false });
      expect(gRead(L, f, [undefined, "a"], 2)).to.deep.equal([undefined, "Bad file descriptor", 9]);
    });
  });

  describe("errno", () => {
    it("maps Node's codes to Linux's numbers and glibc's messages", () => {
      const e = Object.assign(new Error("x"), { code: "ENOENT" });
      expect(failResult(e, "f")).to.deep.equal([undefined, "f: No such file or directory", 2]);
      expect(failResult(Object.assign(new Error("x"), { code: "EISDIR" }))).to.deep.equal([undefined, "Is a directory", 21]);
    });
  });

  describe("io functions", () => {
    it("opens with every valid mode and rejects others", () => {
      const name = fileWith("x");
      for (const mode of ["r", "w", "a", "r+", "w+", "a+", "rb", "w+b", "abb"]) {
        expect(lua(`local f = io.open(${JSON.stringify(name)}, "${mode}") local t = io.type(f) f:close() return t`)).to.deep.equal(["file"]);
      }
      for (const mode of ["", "rw", "+", "br", "r++"]) {
        expect(luaError(`local f = io.open("x", "${mode}") return f`)).to.equal("test:1: bad argument #2 to 'open' (invalid mode)");
      }
    });

    it("returns C's error triples", () => {
      expect(lua("return io.open('no/such/file')")).to.deep.equal([undefined, "no/such/file: No such file or directory", 2]);
      expect(luaError("return io.lines('no/such/file')")).to.equal("test:1: cannot open file 'no/such/file' (No such file or directory)");
      expect(lua("return io.stdout:close()")).to.deep.equal([undefined, "cannot close standard file"]);
    });

    it("writes floats with %.14g and integers with %d", () => {
      const name = fileWith("");
      lua(`local f = io.open(${JSON.stringify(name)}, "w") f:write(1.0, " ", 2^63, " ", -7, " ", 0.1) f:close()`);
      expect(fs.readFileSync(name, "latin1")).to.equal("1 9.2233720368548e+18 -7 0.1");
    });

    it("tells open, closed and non-files apart", () => {
      expect(lua("local f = io.tmpfile() local a = io.type(f) f:close() return a, io.type(f), io.type(42), tostring(f)"))
        .to.deep.equal(["file", "closed file", undefined, "file (closed)"]);
      expect(luaError("local f = io.tmpfile() f:close() return f:read()")).to.equal("test:1: attempt to use a closed file");
    });

    it("runs commands with popen", () => {
      expect(lua("local p = io.popen('echo hi; exit 2') return p:read('a'), p:close()")).to.deep.equal(["hi\n", undefined, "exit", 2]);
    });
  });
});
