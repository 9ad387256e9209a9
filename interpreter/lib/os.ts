// The os library (manual §6.9, loslib.c): time and date, processes, files, environment, locale,
// over the host's system calls.
import type { LibraryFunction, LuaLibrary } from "../runtime/native";
import { LuaTable } from "../runtime/table";
import { type LuaValue, truthy } from "../runtime/value";
import {
  argError, checkInteger, checkOption, checkString, cString, checkTable, isNoneOrNil, optInteger, optString,
} from "../runtime/lauxlib";
import { float, tointeger } from "../runtime/number";
import type { LuaState } from "../runtime/state";
import { ExitRequest } from "../host/exit-request";
import { execResult, fileResult } from "../host/errno";
import { closeAllFiles } from "./io/io";
import { conversionLength, gmtime, localtime, mktime, strftime, type BrokenTime, type TimeFields } from "./os-date";

/** L_MAXDATEFIELD: INT_MAX / 2, so that normalising the fields cannot overflow an int. */
const MAX_DATE_FIELD = 1073741823;

// --- time and date -----------------------------------------------------------------------------

/** l_checktime: a time_t argument. */
function checkTime(L: LuaState, args: LuaValue[], i: number): number | bigint {
  return checkInteger(L, args, i);
}

const CANNOT_REPRESENT = "time result cannot be represented in this installation";

/** setallfields: a struct tm into a date table. */
function setAllFields(t: LuaTable, tm: BrokenTime): void {
  t.setStr("year", tm.year);
  t.setStr("month", tm.month + 1);
  t.setStr("day", tm.day);
  t.setStr("hour", tm.hour);
  t.setStr("min", tm.min);
  t.setStr("sec", tm.sec);
  t.setStr("yday", tm.yday + 1);
  t.setStr("wday", tm.wday + 1);
  t.setStr("isdst", tm.isdst);
}

/** getfield: an integer field of a date table, minus `delta`; `def` undefined = required. */
function getField(L: LuaState, t: LuaTable, key: string, def: number | undefined, delta: number): number {
  const v = L.index(t, key);
  const n = tointeger(v);
  if (n === undefined) {
    if (v !== undefined) return L.error(`field '${key}' is not an integer`);
    if (def === undefined) return L.error(`field '${key}' missing in date table`);
    return def;
  }
  if (!(-MAX_DATE_FIELD <= n && n <= MAX_DATE_FIELD)) return L.error(`field '${key}' is out-of-bound`);
  return Number(n) - delta;
}

function dateFields(L: LuaState, t: LuaTable): TimeFields {
  const sec = getField(L, t, "sec", 0, 0);
  const min = getField(L, t, "min", 0, 0);
  const hour = getField(L, t, "hour", 12, 0);
  const day = getField(L, t, "day", undefined, 0);
  const month = getField(L, t, "month", undefined, 1);
  const year = getField(L, t, "year", undefined, 1900) + 1900;
  const isdstValue = L.index(t, "isdst");
  const isdst = isdstValue === undefined ? -1 : truthy(isdstValue) ? 1 : 0;
  return { year, month, day, hour, min, sec, isdst };
}

function time(L: LuaState, args: LuaValue[]): LuaValue[] {
  if (isNoneOrNil(args, 1)) return [Math.floor(Date.now() / 1000)];
  const t = checkTable(L, args, 1);
  const r = mktime(dateFields(L, t), L.host.getenv("TZ"));
  if (r === undefined) return L.error(CANNOT_REPRESENT);
  setAllFields(t, r.tm);
  return [r.t];
}

function date(L: LuaState, args: LuaValue[]): LuaValue[] {
  let format = optString(L, args, 1, "%c");
  const t = isNoneOrNil(args, 2) ? Math.floor(Date.now() / 1000) : checkTime(L, args, 2);
  const utc = format.startsWith("!");
  if (utc) format = format.slice(1);
  const tm = utc ? gmtime(t) : localtime(t, L.host.getenv("TZ"));
  if (tm === undefined) return L.error(CANNOT_REPRESENT);
  if (format.split("\0")[0] === "*t") {
    const table = new LuaTable();
    setAllFields(table, tm);
    return [table];
  }
  checkConversions(L, format);
  return [strftime(format, tm)];
}

/** checkoption on every conversion: "invalid conversion specifier" quotes the rest of the format. */
function checkConversions(L: LuaState, format: string): void {
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== "%") continue;
    const rest = format.slice(i + 1);
    const n = conversionLength(rest);
    if (n === 0) argError(L, 1, `invalid conversion specifier '%${rest.split("\0")[0]}'`);
    i += n;
  }
}

// --- processes ---------------------------------------------------------------------------------

function execute(L: LuaState, args: LuaValue[]): LuaValue[] {
  if (isNoneOrNil(args, 1)) return [true]; // system(NULL): a shell is available
  const command = cString(checkString(L, args, 1));
  return execResult(L.host.system(command));
}

function exit(L: LuaState, args: LuaValue[]): never {
  const v = args[0];
  const status = typeof v === "boolean" ? (v ? 0 : 1) : optInteger(L, args, 1, 0);
  if (truthy(args[1])) L.close();
  // exit() flushes every C stream, whether or not the state is closed
  closeAllFiles(L);
  L.host.stdout.flush();
  // the shell sees the low 8 bits of the status
  throw new ExitRequest(Number(BigInt.asUintN(8, BigInt(status))));
}

// --- locale ------------------------------------------------------------------------------------

/** os.setlocale's category names (LC_ALL and five of glibc's categories). */
const CATEGORIES = ["all", "collate", "ctype", "monetary", "numeric", "time"] as const;
/** glibc's categories, in the order of its composite names; LC_ALL sets them all. */
const GLIBC_CATEGORIES = [
  "ctype", "numeric", "time", "collate", "monetary", "messages",
  "paper", "name", "address", "telephone", "measurement", "identification",
] as const;
type GlibcCategory = (typeof GLIBC_CATEGORIES)[number];
/** The locales every glibc system has. */
const BUILTIN_LOCALES = ["C", "POSIX", "C.UTF-8", "C.utf8"];

/** The locale of each glibc category; "all" is derived from them. */
const locales = new Map<GlibcCategory, string>(GLIBC_CATEGORIES.map((c) => [c, "C"]));

/** setlocale(cat, ""): the name the environment selects (LC_ALL, LC_<CAT>, LANG). */
function environmentLocale(L: LuaState, category: GlibcCategory): string {
  const env = (name: string) => L.host.getenv(name);
  return env("LC_ALL") || env(`LC_${category.toUpperCase()}`) || env("LANG") || "C";
}

/**
 * The locale each of `targets` would get from `name` (glibc reports the POSIX locale under its
 * other name), or undefined when setlocale fails.
 */
function chooseLocales(L: LuaState, name: string, targets: readonly GlibcCategory[]): Map<GlibcCategory, string> | undefined {
  const chosen = new Map<GlibcCategory, string>();
  if (name.includes(";") && targets.length > 1) {
    // a composite name, as setlocale(LC_ALL) returns: every category must be named
    for (const part of name.split(";")) {
      const m = /^LC_([A-Z]+)=(.*)$/.exec(part);
      const category = GLIBC_CATEGORIES.find((c) => c.toUpperCase() === m?.[1]);
      if (m === null || category === undefined) return undefined;
      chosen.set(category, m[2]);
    }
    if (chosen.size !== GLIBC_CATEGORIES.length) return undefined;
  } else {
    for (const c of targets) chosen.set(c, name === "" ? environmentLocale(L, c) : name);
  }
  for (const [c, n] of chosen) {
    if (!BUILTIN_LOCALES.includes(n)) return undefined;
    if (n === "POSIX") chosen.set(c, "C");
  }
  return chosen;
}

function setlocale(L: LuaState, args: LuaValue[]): LuaValue[] {
  const name = isNoneOrNil(args, 1) ? undefined : cString(checkString(L, args, 1));
  const category = CATEGORIES[checkOption(L, args, 2, "all", CATEGORIES)];
  if (name !== undefined) {
    const chosen = chooseLocales(L, name, category === "all" ? GLIBC_CATEGORIES : [category]);
    if (chosen === undefined) return [undefined];
    for (const [c, n] of chosen) locales.set(c, n);
  }
  return [queryLocale(category)];
}

function queryLocale(category: (typeof CATEGORIES)[number]): string {
  if (category !== "all") return locales.get(category)!;
  const names = GLIBC_CATEGORIES.map((c) => locales.get(c)!);
  if (names.every((n) => n === names[0])) return names[0];
  // glibc's composite name for mixed categories
  return GLIBC_CATEGORIES.map((c) => `LC_${c.toUpperCase()}=${locales.get(c)}`).join(";");
}

// --- the library -------------------------------------------------------------------------------

/** loslib.c's syslib[], in its order. */
const functions = {
  clock: (L) => [float(L.host.clock() / 1e6)],
  date,
  difftime: (L, args) => [float(Number(checkTime(L, args, 1)) - Number(checkTime(L, args, 2)))],
  execute,
  exit,
  getenv: (L, args) => [L.host.getenv(cString(checkString(L, args, 1)))],
  remove(L, args) {
    const name = cString(checkString(L, args, 1));
    return fileResult(() => L.host.remove(name), name);
  },
  rename(L, args) {
    const from = cString(checkString(L, args, 1));
    const to = cString(checkString(L, args, 2));
    return fileResult(() => L.host.rename(from, to));
  },
  setlocale,
  time,
  tmpname(L) {
    const name = L.host.tmpname();
    return name === undefined ? L.error("unable to generate a unique filename") : [name];
  },
} satisfies Record<string, LibraryFunction>;

export const osLib: LuaLibrary = { name: "os", functions };
