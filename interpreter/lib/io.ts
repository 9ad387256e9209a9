// The io library (manual §6.8) — minimal first version: io.write and the standard streams.
import { LuaUserdata, type LuaValue } from "../runtime/value";
import { LuaTable } from "../runtime/table";
import { checkString } from "../runtime/lauxlib";
import { isNumber, numberToString } from "../runtime/number";
import type { Runtime } from "../eval/runtime";
import type { OutputStream } from "./output";

function writeAll(L: Runtime, out: OutputStream, args: LuaValue[], first: number): void {
  for (let i = first; i <= args.length; i++) {
    const v = args[i - 1];
    out.write(isNumber(v) ? numberToString(v) : checkString(L, args, i));
  }
}

export function openIo(L: Runtime): LuaTable {
  const io = L.newLibrary("io", {
    write(L2, args) {
      writeAll(L2 as Runtime, L.stdout, args, 1);
      return [stdout];
    },
  });
  const methods = L.newLibrary("FILE*", {
    write(L2, args) {
      const f = args[0] as LuaUserdata;
      writeAll(L2 as Runtime, f.payload as OutputStream, args, 2);
      return [f];
    },
  });
  const meta = new LuaTable();
  meta.setStr("__index", methods);
  meta.setStr("__name", "FILE*");
  const stdout = new LuaUserdata(L.stdout);
  stdout.metatable = meta;
  const stderr = new LuaUserdata(L.stderr);
  stderr.metatable = meta;
  io.setStr("stdout", stdout);
  io.setStr("stderr", stderr);
  return io;
}
