// Tests for printf.ts (manual §6.4, string.format): expected strings recorded from lua5.3 (PUC 5.3.6).
import { expect } from "chai";
import { spawnSync } from "child_process";
import { str2number, toFloat } from "../../interpreter/runtime/number";
import { formatFloat, formatInteger, type FormatSpec } from "../../interpreter/runtime/printf";

/** Parses "%-08.3e|" into a spec and the literal text after the conversion. */
export function parseSpec(format: string): [FormatSpec, string] {
  const m = /^%([-+ #0]*)(\d*)(?:\.(\d*))?([a-zA-Z])(.*)$/s.exec(format);
  if (!m) throw new Error(`bad format ${format}`);
  const spec = {
    flags: m[1],
    width: m[2] === "" ? undefined : Number(m[2]),
    precision: m[3] === undefined ? undefined : Number(m[3]),
    conversion: m[4],
  };
  return [spec, m[5]];
}

/** A double from lua5.3's "%a" output (which str2number reads), or inf/nan spellings. */
function fromHex(s: string): number {
  const special: Record<string, number> = { inf: Infinity, "-inf": -Infinity, nan: NaN, "-nan": negativeNaN() };
  if (s in special) return special[s];
  const n = str2number(s);
  if (n === undefined) throw new Error(`bad hex float ${s}`);
  return toFloat(n);
}

/** A NaN with its sign bit set, as x86 produces for 0/0. */
function negativeNaN(): number {
  return new Float64Array(new BigUint64Array([0xfff8000000000000n]).buffer)[0];
}

// [format, value as "%a", lua5.3's string.format(format, value)]
const FLOATS: [string, string, string][] = [
  ["%5.2f", "0x1.921f9f01b866ep+1", " 3.14"],
  ["%-8.3e|", "0x1.81cd6c8b43958p+13", "1.235e+04|"],
  ["%g", "0x1.86ap+16", "100000"],
  ["%g", "0x1.e848p+19", "1e+06"],
  ["%g", "0x1.a36e2eb1c432dp-14", "0.0001"],
  ["%g", "0x1.4f8b588e368f1p-17", "1e-05"],
  ["%g", "0x0p+0", "0"],
  ["%g", "-0x0p+0", "-0"],
  ["%#g", "0x1p+0", "1.00000"],
  ["%.0g", "0x1p-1", "0.5"],
  ["%.0g", "0x1.8p+0", "2"],
  ["%.3g", "0x1.5666666666666p+1", "2.67"],
  ["%.14g", "0x1.999999999999ap-4", "0.1"],
  ["%.14g", "0x1.2309ce54001p+43", "10000000000000"],
  ["%.14g", "0x1.6bcc41e90014p+46", "1e+14"],
  ["%.17g", "0x1.999999999999ap-4", "0.10000000000000001"],
  ["%.20g", "0x1.999999999999ap-4", "0.10000000000000000555"],
  ["%G", "0x1.b7cdfd9d7bdbbp-34", "1E-10"],
  ["%G", "inf", "INF"],
  ["% g", "0x1.8p+0", " 1.5"],
  ["%e", "0x0p+0", "0.000000e+00"],
  ["%e", "0x1p+0", "1.000000e+00"],
  ["%.0e", "0x1.4p+1", "2e+00"],
  ["%.0e", "0x1.cp+1", "4e+00"],
  ["%#.0e", "0x1p+0", "1.e+00"],
  ["%+.3e", "-0x0p+0", "-0.000e+00"],
  ["%E", "0x1.e240c9fbe76c9p+16", "1.234568E+05"],
  ["%.3e", "0x1.3ffbe76c8b439p+3", "9.999e+00"],
  ["%.2e", "0x1.3fd70a3d70a3dp+3", "9.99e+00"],
  ["%e", "0x0.012688b70e62bp-1022", "1.000000e-310"],
  ["%e", "0x1.fffffffffffffp+1023", "1.797693e+308"],
  ["%f", "0x0p+0", "0.000000"],
  ["%.0f", "0x1p-1", "0"],
  ["%.0f", "0x1.8p+0", "2"],
  ["%.0f", "0x1.4p+1", "2"],
  ["%.1f", "0x1p-2", "0.2"],
  ["%.1f", "0x1.6666666666666p-2", "0.3"],
  ["%.2f", "0x1.0147ae147ae14p+0", "1.00"],
  ["%#.0f", "0x1.8p+1", "3."],
  ["%010.3f", "-0x1.921f9f01b866ep+1", "-00003.142"],
  ["%-10.1f|", "0x1.2p+1", "2.2       |"],
  ["%+f", "0x1p+0", "+1.000000"],
  ["% f", "0x1p+0", " 1.000000"],
  ["%f", "inf", "inf"],
  ["%f", "0x1.7e43c8800759cp+996", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000"],
  ["%.99f", "0x1.999999999999ap-4", "0.100000000000000005551115123125782702118158340454101562500000000000000000000000000000000000000000000"],
  ["%.99f", "0x1p-60", "0.000000000000000000867361737988403547205962240695953369140625000000000000000000000000000000000000000"],
  ["%.3f", "0x1.b7cdfd9d7bdbbp-34", "0.000"],
  ["%.3f", "0x1.0624dd2f1a9fcp-11", "0.001"],
  ["%.3f", "0x1.89374bc6a7efap-10", "0.002"],
  ["%.3f", "0x1.ffbe76c8b4396p-1", "1.000"],
  ["%5f", "-inf", " -inf"],
  ["%05f", "inf", "  inf"],
  ["%-6f|", "-nan", "-nan  |"],
  ["%f", "nan", "nan"],
  ["%+f", "nan", "+nan"],
  ["%a", "0x1p+0", "0x1p+0"],
  ["%a", "0x1.999999999999ap-4", "0x1.999999999999ap-4"],
  ["%a", "0x0p+0", "0x0p+0"],
  ["%a", "-0x0p+0", "-0x0p+0"],
  ["%.3a", "0x1.5555555555555p-2", "0x1.555p-2"],
  ["%A", "0x1.ffp+7", "0X1.FFP+7"],
  ["%a", "0x0.0000000000001p-1022", "0x0.0000000000001p-1022"],
  ["%a", "0x1p-1022", "0x1p-1022"],
  ["%a", "0x1.8p-1022", "0x1.8p-1022"],
  ["%.0a", "0x1.8p+0", "0x2p+0"],
  ["%.0a", "0x1.4p+1", "0x1p+1"],
  ["%.1a", "0x1.08p+0", "0x1.0p+0"],
  ["%.1a", "0x1.18p+0", "0x1.2p+0"],
  ["%.1a", "0x1.fd70a3d70a3d7p+0", "0x2.0p+0"],
  ["%#a", "0x1p+0", "0x1.p+0"],
  ["%#.0a", "0x1p+0", "0x1.p+0"],
  ["%.15a", "0x1p+0", "0x1.000000000000000p+0"],
  ["%20a|", "0x1.8p+1", "            0x1.8p+1|"],
  ["%-20a|", "0x1.8p+1", "0x1.8p+1            |"],
  ["%020a", "0x1.8p+1", "0x0000000000001.8p+1"],
  ["%+a", "0x1.8p+1", "+0x1.8p+1"],
  ["% A", "-0x1.8p+1", "-0X1.8P+1"],
  ["%a", "inf", "inf"],
  ["%A", "-inf", "-INF"],
  ["%a", "-nan", "-nan"],
  ["%.2a", "0x0.0000000000001p-1022", "0x0.00p-1022"],
  ["%a", "0x1.fffffffffffffp+1023", "0x1.fffffffffffffp+1023"],
  ["%.0a", "0x0.0000000000003p-1022", "0x0p-1022"],
];

// [format, integer, lua5.3's string.format(format, integer)]
const INTEGERS: [string, string, string][] = [
  ["%d", "0", "0"],
  ["%d", "-5", "-5"],
  ["%5d", "42", "   42"],
  ["%-5d|", "42", "42   |"],
  ["%05d", "-42", "-0042"],
  ["%+d", "5", "+5"],
  ["% d", "5", " 5"],
  ["%.3d", "7", "007"],
  ["%.0d", "0", ""],
  ["%5.0d|", "0", "     |"],
  ["%08.3d", "7", "     007"],
  ["%d", "-9223372036854775808", "-9223372036854775808"],
  ["%i", "9223372036854775807", "9223372036854775807"],
  ["%x", "255", "ff"],
  ["%X", "255", "FF"],
  ["%#x", "255", "0xff"],
  ["%#X", "0", "0"],
  ["%#x", "0", "0"],
  ["%x", "-1", "ffffffffffffffff"],
  ["%o", "8", "10"],
  ["%#o", "8", "010"],
  ["%#o", "0", "0"],
  ["%#.0o", "0", "0"],
  ["%.0x", "0", ""],
  ["%u", "-1", "18446744073709551615"],
  ["%u", "-9223372036854775808", "9223372036854775808"],
  ["%o", "-1", "1777777777777777777777"],
  ["%#010x", "255", "0x000000ff"],
  ["%-#10x|", "255", "0xff      |"],
  ["%#.5x", "255", "0x000ff"],
  ["%+x", "5", "5"],
  ["%x", "9007199254740992", "20000000000000"],
  ["%X", "-9223372036854775808", "8000000000000000"],
  ["%d", "9007199254740993", "9007199254740993"],
];

describe("printf formatFloat", () => {
  for (const [format, value, expected] of FLOATS) {
    it(`${format} of ${value} is ${JSON.stringify(expected)}`, () => {
      const [spec, tail] = parseSpec(format);
      expect(formatFloat(spec, fromHex(value)) + tail).to.equal(expected);
    });
  }
});

describe("printf formatInteger", () => {
  for (const [format, value, expected] of INTEGERS) {
    it(`${format} of ${value} is ${JSON.stringify(expected)}`, () => {
      const [spec, tail] = parseSpec(format);
      const big = BigInt(value);
      const v = Number.isSafeInteger(Number(big)) ? Number(big) : big;
      expect(formatInteger(spec, v) + tail).to.equal(expected);
    });
  }
});

/** Random doubles of every shape: decimal-looking, halfway cases, raw bit patterns, subnormals. */
function randomDoubles(count: number, seed: number): number[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const f64 = new Float64Array(1);
  const u32 = new Uint32Array(f64.buffer);
  const out: number[] = [];
  while (out.length < count) {
    const kind = out.length % 4;
    let x: number;
    if (kind === 0) x = (next() - 0.5) * 10 ** Math.floor(next() * 40 - 20);
    else if (kind === 1) x = Math.floor(next() * 1e6) / [1, 2, 4, 8, 100][Math.floor(next() * 5)];
    else if (kind === 2) x = Math.floor(next() * 1e15) + 0.5;
    else {
      u32[0] = next() * 2 ** 32;
      u32[1] = next() * 2 ** 32;
      x = f64[0];
    }
    if (Number.isFinite(x)) out.push(x);
  }
  return out;
}

describe("printf against a live lua5.3", function () {
  const FORMATS = ["%.14g", "%g", "%e", "%f", "%a", "%.0f", "%.3a", "%.0a", "%#.0e", "%+.20e", "%.99f",
    "%30.17g", "%-12.3e|", "%010.2f", "%#g", "%.0g", "% .5G", "%A", "%.1f", "%.25e"];
  const cases = randomDoubles(2000, 42).map((x, i): [string, number] => [FORMATS[i % FORMATS.length], x]);
  // %a round-trips exactly through Lua's reader, so Lua formats the very same double.
  const script = cases.map(([f, x]) => `print(string.format(${JSON.stringify(f)}, ${formatFloat(parseSpec("%a")[0], x)}))`).join("\n");
  const run = spawnSync("lua5.3", ["-"], { input: script, encoding: "latin1", maxBuffer: 1 << 26 });

  it("formats 2000 random doubles as lua5.3 does", function () {
    if (run.error || run.status !== 0) this.skip();
    const lines = run.stdout.split("\n");
    const wrong = cases
      .map(([f, x], i) => {
        const [spec, tail] = parseSpec(f);
        return { f, x, mine: formatFloat(spec, x) + tail, lua: lines[i] };
      })
      .filter((c) => c.mine !== c.lua);
    expect(wrong.slice(0, 5)).to.deep.equal([]);
  });
});
