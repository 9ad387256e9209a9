// Unit tests of the os library (manual §6.9) and its calendar (os-date.ts), in TZ=UTC;
// expectations recorded from lua5.3 (PUC 5.3.6 on glibc).
process.env.TZ = "UTC";
import { expect } from "chai";
import * as fs from "fs";
import { conversionLength, gmtime, localtime, mktime, strftime, type TimeFields } from "../../interpreter/lib/os-date";
import { lua, luaError } from "./run-lua";

// lua5.3 -e 'os.date("!%<c>", t)' for each conversion of LUA_STRFTIMEOPTIONS
const STRFTIME: Record<number, string> = {
  1234567890: "Fri|Friday|Feb|February|Fri Feb 13 23:31:30 2009|20|13|02/13/09|13|2009-02-13|09|2009|Feb|23|11|044|02|31|\n|PM|11:31:30 PM|23:31|30|\t|23:31:30|5|06|07|5|06|02/13/09|23:31:30|09|2009|+0000|GMT|%",
  [-1]: "Wed|Wednesday|Dec|December|Wed Dec 31 23:59:59 1969|19|31|12/31/69|31|1969-12-31|70|1970|Dec|23|11|365|12|59|\n|PM|11:59:59 PM|23:59|59|\t|23:59:59|3|52|01|3|52|12/31/69|23:59:59|69|1969|+0000|GMT|%",
  951782400: "Tue|Tuesday|Feb|February|Tue Feb 29 00:00:00 2000|20|29|02/29/00|29|2000-02-29|00|2000|Feb|00|12|060|02|00|\n|AM|12:00:00 AM|00:00|00|\t|00:00:00|2|09|09|2|09|02/29/00|00:00:00|00|2000|+0000|GMT|%",
  1609459199: "Thu|Thursday|Dec|December|Thu Dec 31 23:59:59 2020|20|31|12/31/20|31|2020-12-31|20|2020|Dec|23|11|366|12|59|\n|PM|11:59:59 PM|23:59|59|\t|23:59:59|4|52|53|4|52|12/31/20|23:59:59|20|2020|+0000|GMT|%",
};
const CONVERSIONS = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%";

describe("os library", () => {
  describe("strftime", () => {
    for (const [t, expected] of Object.entries(STRFTIME)) {
      it(`formats every conversion of ${t} as glibc does`, () => {
        const tm = gmtime(Number(t))!;
        const got = [...CONVERSIONS].map((c) => strftime("%" + c, tm));
        expect(got.join("|")).to.equal(expected);
      });
    }

    it("ignores the E and O modifiers", () => {
      const tm = gmtime(1234567890)!;
      expect(strftime("%Ec|%EY|%Oy|%OH|%OV", tm)).to.equal("Fri Feb 13 23:31:30 2009|2009|09|23|07");
    });

    it("prints unpadded years and centuries, and wraps %y for negative years", () => {
      // lua5.3: os.date("!%Y|%C|%y|%G|%g", os.time{year=y, month=1, day=1, hour=0})
      const cases: [number, string][] = [
        [-1234, "-1234|-13|66|-1235|65"], [-5, "-5|-1|95|-6|94"], [5, "5|0|05|4|04"], [999, "999|9|99|999|99"],
      ];
      for (const [year, expected] of cases) {
        const r = mktime({ year, month: 0, day: 1, hour: 0, min: 0, sec: 0, isdst: -1 }, "UTC")!;
        expect(strftime("%Y|%C|%y|%G|%g", r.tm), String(year)).to.equal(expected);
      }
    });

    it("knows which conversions are valid (checkoption)", () => {
      expect(conversionLength("Y rest")).to.equal(1);
      expect(conversionLength("Ex")).to.equal(2);
      expect(conversionLength("Ez")).to.equal(0);
      expect(conversionLength("E")).to.equal(0);
      expect(conversionLength("")).to.equal(0);
      expect(conversionLength("s")).to.equal(0);
    });
  });

  describe("gmtime and localtime", () => {
    it("breaks down times before the epoch and far away", () => {
      expect(gmtime(-86400)).to.include({ year: 1969, month: 11, day: 31, wday: 3, yday: 364 });
      expect(gmtime(2 ** 40)).to.include({ year: 36812, month: 1, day: 20, hour: 0, min: 36, sec: 16 });
      expect(gmtime(-(2n ** 55n))?.year).to.equal(-1141705158);
    });

    it("fails when the year does not fit in an int", () => {
      expect(gmtime(2n ** 60n)).to.equal(undefined);
      expect(localtime(-(2n ** 60n), "UTC")).to.equal(undefined);
    });

    it("uses the TZ zone (UTC here)", () => {
      expect(localtime(0, "UTC")).to.include({ year: 1970, hour: 0, gmtoff: 0, isdst: false, zone: "UTC" });
    });
  });

  describe("mktime", () => {
    const fields = (f: Partial<TimeFields>): TimeFields => ({ year: 2000, month: 0, day: 1, hour: 12, min: 0, sec: 0, isdst: -1, ...f });

    it("normalises out-of-range fields", () => {
      // lua5.3: os.time{year=2000, month=14, day=-3, hour=25, min=61, sec=-5} and the fields it writes back
      const r = mktime(fields({ month: 13, day: -3, hour: 25, min: 61, sec: -5 }), "UTC")!;
      expect(r.t).to.equal(980733655);
      expect(r.tm).to.include({ year: 2001, month: 0, day: 29, hour: 2, min: 0, sec: 55, yday: 28, wday: 1 });
      const s = mktime(fields({ year: 2005, hour: 1, sec: -3602 }), "UTC")!;
      expect(s.tm).to.include({ year: 2004, month: 11, day: 31, hour: 23, min: 59, sec: 58, yday: 365 });
    });

    it("takes a contradicting isdst at its word, as glibc does", () => {
      // lua5.3 (TZ=UTC): os.time{year=1970, month=1, day=1, hour=0, sec=-1, isdst=true} == -3601
      expect(mktime(fields({ year: 1970, hour: 0, sec: -1, isdst: 1 }), "UTC")!.t).to.equal(-3601);
    });

    it("fails on mktime's -1", () => {
      expect(mktime(fields({ year: 1969, month: 11, day: 31, hour: 23, min: 59, sec: 59 }), "UTC")).to.equal(undefined);
    });
  });

  describe("os functions", () => {
    it("checks date table fields with 5.3.6's words", () => {
      expect(luaError("return os.time{year=2000, month=1}")).to.equal("test:1: field 'day' missing in date table");
      expect(luaError("return os.time{year=2000, month=1, day=1, hour=1.5}")).to.equal("test:1: field 'hour' is not an integer");
      expect(luaError("return os.time{year=2^31, month=1, day=1}")).to.equal("test:1: field 'year' is out-of-bound");
      expect(luaError("return os.date('%Y', 2^60)")).to.equal("test:1: time result cannot be represented in this installation");
    });

    it("rejects invalid conversions quoting the rest of the format", () => {
      expect(luaError("local d = os.date('%Ez abc') return d")).to.equal("test:1: bad argument #1 to 'date' (invalid conversion specifier '%Ez abc')");
    });

    it("returns date tables", () => {
      const [t] = lua("local t = os.date('!*t', 951782400) return t.year * 10000 + t.month * 100 + t.day, t.yday, t.wday, t.isdst");
      expect(t).to.equal(20000229);
      expect(lua("local t = os.date('!*t', 951782400) return t.yday, t.wday, t.isdst")).to.deep.equal([60, 3, false]);
    });

    it("reports remove and rename failures as C does", () => {
      expect(lua("return os.remove('no-such-file')")).to.deep.equal([undefined, "no-such-file: No such file or directory", 2]);
      expect(lua("return os.rename('no-such-file', 'x')")).to.deep.equal([undefined, "No such file or directory", 2]);
    });

    it("creates temporary files with mkstemp's names", () => {
      const [name] = lua("return os.tmpname()") as [string];
      expect(name).to.match(/^\/tmp\/lua_[A-Za-z0-9]{6}$/);
      expect(fs.existsSync(name)).to.equal(true);
      fs.unlinkSync(name);
    });

    it("knows only the C locale", () => {
      expect(lua("return os.setlocale('C'), os.setlocale('POSIX'), os.setlocale('fr_FR'), os.setlocale(nil, 'time')"))
        .to.deep.equal(["C", "C", undefined, "C"]);
      expect(luaError("local l = os.setlocale('C', 'bad') return l")).to.equal("test:1: bad argument #2 to 'setlocale' (invalid option 'bad')");
    });

    it("runs commands with system()'s results", () => {
      expect(lua("return os.execute()")).to.deep.equal([true]);
      expect(lua("return os.execute('exit 3')")).to.deep.equal([undefined, "exit", 3]);
      expect(lua("return os.execute('kill -9 $$')")).to.deep.equal([undefined, "signal", 9]);
    });

    it("measures time as floats", () => {
      expect(lua("return math.type(os.clock()), math.type(os.difftime(3, 1)), os.difftime(3, 1)")[0]).to.equal("float");
    });
  });
});
