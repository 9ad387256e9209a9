// string.pack, string.packsize, string.unpack (manual §6.4.2): binary serialisation, as lstrlib.c.
//
// The "native" machine is x86-64 Linux, as the reference build: little-endian, 8-byte long,
// size_t and lua_Integer, 4-byte int, maximum alignment 8.
import { argCheck, argError, checkInteger, checkNumber, checkString, optInt } from "../runtime/lauxlib";
import { float, int } from "../runtime/number";
import { LuaError } from "../runtime/error";
import type { LuaState } from "../runtime/state";
import type { LuaValue } from "../runtime/value";
import { charForMessage } from "./string-format";
import { MAXSIZE } from "../../grammar/limits";

/** Limits of lstrlib.c: integer sizes in [1,16]; results and sizes fit in a C int. */
const MAXINTSIZE = 16;
/** sizeof(lua_Integer): integers wider than this are sign- or zero-extended. */
const SZINT = 8;
const NATIVE_LITTLE = true;
const MAXALIGN = 8;
const PADBYTE = "\0";

type KOption =
  | "int" // signed integers
  | "uint" // unsigned integers
  | "float" // floating-point numbers
  | "char" // fixed-length strings
  | "string" // strings with prefixed length
  | "zstr" // zero-terminated strings
  | "padding" // one padding byte
  | "paddalign" // padding for alignment
  | "nop"; // configuration or spaces

/** The fixed-size options: their kind and size in bytes. */
const FIXED_OPTIONS: Record<string, [KOption, number]> = {
  b: ["int", 1], B: ["uint", 1], h: ["int", 2], H: ["uint", 2],
  l: ["int", 8], L: ["uint", 8], j: ["int", 8], J: ["uint", 8], T: ["uint", 8],
  f: ["float", 4], d: ["float", 8], n: ["float", 8], x: ["padding", 1],
};

interface Item {
  opt: KOption;
  size: number;
  /** Padding bytes needed before the item to align it. */
  ntoalign: number;
}

/** The format being read (lstrlib.c's Header plus the format cursor). */
class PackFormat {
  private i = 0;
  isLittle = NATIVE_LITTLE;
  maxAlign = 1;
  readonly fmt: string;

  constructor(readonly L: LuaState, fmt: string) {
    const nul = fmt.indexOf("\0"); // the format is read as a C string
    this.fmt = nul < 0 ? fmt : fmt.slice(0, nul);
  }

  get done(): boolean {
    return this.i >= this.fmt.length;
  }

  private digitHere(): boolean {
    const c = this.fmt[this.i];
    return c !== undefined && c >= "0" && c <= "9";
  }

  /** getnum: an optional decimal size, or `df` when absent. */
  private getNum(df: number): number {
    if (!this.digitHere()) return df;
    let a = 0;
    do {
      a = a * 10 + (this.fmt.charCodeAt(this.i++) - 0x30);
    } while (this.digitHere() && a <= (MAXSIZE - 9) / 10);
    return a;
  }

  /** getnumlimit: a size that must be in [1, MAXINTSIZE]. */
  private getNumLimit(df: number): number {
    const size = this.getNum(df);
    if (size > MAXINTSIZE || size <= 0) {
      this.L.error(`integral size (${size}) out of limits [1,${MAXINTSIZE}]`);
    }
    return size;
  }

  /** getoption: reads one option; configuration options update the header. */
  private getOption(): [KOption, number] {
    const opt = this.fmt[this.i++];
    const fixed = FIXED_OPTIONS[opt];
    if (fixed !== undefined) return fixed;
    switch (opt) {
      case "i": return ["int", this.getNumLimit(4)];
      case "I": return ["uint", this.getNumLimit(4)];
      case "s": return ["string", this.getNumLimit(8)];
      case "c": {
        const size = this.getNum(-1);
        if (size === -1) this.L.error("missing size for format option 'c'");
        return ["char", size];
      }
      case "z": return ["zstr", 0];
      case "X": return ["paddalign", 0];
      case " ": break;
      case "<": this.isLittle = true; break;
      case ">": this.isLittle = false; break;
      case "=": this.isLittle = NATIVE_LITTLE; break;
      case "!": this.maxAlign = this.getNumLimit(MAXALIGN); break;
      default: this.L.error(`invalid format option '${charForMessage(opt)}'`);
    }
    return ["nop", 0];
  }

  /** getdetails: the next option and the padding that aligns it at offset `totalsize`. */
  next(totalsize: number): Item {
    const [opt, size] = this.getOption();
    let align = size; // usually, alignment follows size
    if (opt === "paddalign") { // 'X' takes its alignment from the following option
      if (this.done) argError(this.L, 1, "invalid next option for option 'X'");
      const [nextOpt, nextSize] = this.getOption();
      align = nextSize;
      if (nextOpt === "char" || align === 0) argError(this.L, 1, "invalid next option for option 'X'");
    }
    if (align <= 1 || opt === "char") return { opt, size, ntoalign: 0 };
    if (align > this.maxAlign) align = this.maxAlign;
    if ((align & (align - 1)) !== 0) argError(this.L, 1, "format asks for alignment not power of 2");
    return { opt, size, ntoalign: (align - (totalsize & (align - 1))) & (align - 1) };
  }
}

// --- byte encodings -------------------------------------------------------------------------------

/** packint: the low `size` bytes of `n` (sign-extended beyond 8 bytes when negative). */
function packInt(n: bigint, isLittle: boolean, size: number): string {
  const bytes: number[] = [];
  let u = BigInt.asUintN(64, n);
  for (let i = 0; i < size; i++) {
    bytes.push(i < SZINT ? Number(u & 0xffn) : n < 0n ? 0xff : 0);
    u >>= 8n;
  }
  if (!isLittle) bytes.reverse();
  return String.fromCharCode(...bytes);
}

/** unpackint: an integer from `size` bytes at `pos`, checking that wide ones fit in 64 bits. */
function unpackInt(L: LuaState, data: string, pos: number, isLittle: boolean, size: number, signed: boolean): bigint {
  const byteAt = (i: number) => data.charCodeAt(pos + (isLittle ? i : size - 1 - i));
  const limit = Math.min(size, SZINT);
  let res = 0n;
  for (let i = limit - 1; i >= 0; i--) res = (res << 8n) | BigInt(byteAt(i));
  if (size < SZINT) return signed ? BigInt.asIntN(size * 8, res) : res;
  const value = BigInt.asIntN(64, res);
  const extension = !signed || value >= 0n ? 0 : 0xff;
  for (let i = limit; i < size; i++) {
    if (byteAt(i) !== extension) L.error(`${size}-byte integer does not fit into Lua Integer`);
  }
  return value;
}

function packFloat(n: number, isLittle: boolean, size: number): string {
  const view = new DataView(new ArrayBuffer(size));
  if (size === 4) view.setFloat32(0, n, isLittle);
  else view.setFloat64(0, n, isLittle);
  return String.fromCharCode(...new Uint8Array(view.buffer));
}

function unpackFloat(data: string, pos: number, isLittle: boolean, size: number): number {
  const view = new DataView(new ArrayBuffer(size));
  for (let i = 0; i < size; i++) view.setUint8(i, data.charCodeAt(pos + i));
  return size === 4 ? view.getFloat32(0, isLittle) : view.getFloat64(0, isLittle);
}

// --- the library functions ------------------------------------------------------------------------

/** One packed value for argument `arg`. */
function packValue(L: LuaState, args: LuaValue[], arg: number, h: PackFormat, item: Item): string {
  const { opt, size } = item;
  switch (opt) {
    case "int": {
      const n = BigInt(checkInteger(L, args, arg));
      if (size < SZINT) {
        const lim = 1n << BigInt(size * 8 - 1);
        argCheck(L, -lim <= n && n < lim, arg, "integer overflow");
      }
      return packInt(n, h.isLittle, size);
    }
    case "uint": {
      const n = BigInt(checkInteger(L, args, arg));
      if (size < SZINT) argCheck(L, BigInt.asUintN(64, n) < 1n << BigInt(size * 8), arg, "unsigned overflow");
      return packInt(BigInt.asUintN(64, n), h.isLittle, size);
    }
    case "float":
      return packFloat(checkNumber(L, args, arg), h.isLittle, size);
    case "char": {
      const s = checkString(L, args, arg);
      argCheck(L, s.length <= size, arg, "string longer than given size");
      return s + PADBYTE.repeat(size - s.length);
    }
    case "string": {
      const s = checkString(L, args, arg);
      argCheck(L, size >= 8 || s.length < 2 ** (size * 8), arg, "string length does not fit in given size");
      return packInt(BigInt(s.length), h.isLittle, size) + s;
    }
    case "zstr": {
      const s = checkString(L, args, arg);
      argCheck(L, !s.includes("\0"), arg, "string contains zeros");
      return s + "\0";
    }
    default:
      return "";
  }
}

/** string.pack (fmt, v1, v2, ···) */
export function pack(L: LuaState, args: LuaValue[]): LuaValue[] {
  const h = new PackFormat(L, checkString(L, args, 1));
  // str_pack pushes a nil mark after its arguments: a missing first value is "got nil"
  args = [...args, undefined];
  const out: string[] = [];
  let arg = 1;
  let totalsize = 0;
  while (!h.done) {
    const item = h.next(totalsize);
    out.push(PADBYTE.repeat(item.ntoalign));
    totalsize += item.ntoalign + item.size;
    if (item.opt === "padding") out.push(PADBYTE);
    if (item.opt === "padding" || item.opt === "paddalign" || item.opt === "nop") continue; // no argument
    const packed = packValue(L, args, ++arg, h, item);
    if (item.opt === "string" || item.opt === "zstr") totalsize += packed.length - item.size;
    out.push(packed);
  }
  return [out.join("")];
}

/** string.packsize (fmt) */
export function packsize(L: LuaState, args: LuaValue[]): LuaValue[] {
  const h = new PackFormat(L, checkString(L, args, 1));
  let totalsize = 0;
  while (!h.done) {
    const item = h.next(totalsize);
    const size = item.size + item.ntoalign;
    argCheck(L, totalsize <= MAXSIZE - size, 1, "format result too large");
    totalsize += size;
    if (item.opt === "string" || item.opt === "zstr") argError(L, 1, "variable-length format");
  }
  return [totalsize];
}

/** string.unpack (fmt, s [, pos]) */
export function unpack(L: LuaState, args: LuaValue[]): LuaValue[] {
  const h = new PackFormat(L, checkString(L, args, 1));
  const data = checkString(L, args, 2);
  const ld = data.length;
  let pos = posrelat(optInt(L, args, 3, 1), ld) - 1;
  argCheck(L, pos >= 0 && pos <= ld, 3, "initial position out of string");
  const results: LuaValue[] = [];
  while (!h.done) {
    const { opt, size, ntoalign } = h.next(pos);
    if (pos + ntoalign + size > ld) argError(L, 2, "data string too short");
    pos += ntoalign;
    switch (opt) {
      case "int":
      case "uint":
        results.push(int(unpackInt(L, data, pos, h.isLittle, size, opt === "int")));
        break;
      case "float":
        results.push(float(unpackFloat(data, pos, h.isLittle, size)));
        break;
      case "char":
        results.push(data.substr(pos, size));
        break;
      case "string": {
        const len = BigInt.asUintN(64, unpackInt(L, data, pos, h.isLittle, size, false));
        // size_t arithmetic: a length near 2^64 wraps around and passes the check in C
        argCheck(L, BigInt.asUintN(64, len + BigInt(pos + size)) <= BigInt(ld), 2, "data string too short");
        if (len > BigInt(ld)) throw new LuaError("memory allocation error: block too big");
        results.push(data.substr(pos + size, Number(len)));
        pos += Number(len);
        break;
      }
      case "zstr": {
        // strlen: a missing '\0' is found at the end (the C string's terminator)
        const nul = data.indexOf("\0", pos);
        const len = (nul < 0 ? ld : nul) - pos;
        results.push(data.substr(pos, len));
        pos += len + 1;
        break;
      }
      default:
        break;
    }
    pos += size;
  }
  results.push(pos + 1); // the first unread position
  return results;
}

/**
 * posrelat: a relative string position (negative counts from the end) made absolute; 0 when it
 * falls before the string. Shared with sub, byte, find, match.
 */
export function posrelat(pos: number, len: number): number {
  if (pos >= 0) return pos;
  if (-pos > len) return 0;
  return len + pos + 1;
}
