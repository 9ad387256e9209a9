// Calendar time for os.date and os.time (manual §6.9): gmtime, localtime (the TZ environment,
// through JS Date), mktime's normalisation, and C99 strftime in the "C" locale as glibc prints it.

/** C's struct tm, with the full year and glibc's tm_gmtoff/tm_zone. */
export interface BrokenTime {
  year: number;
  /** 0..11 */
  month: number;
  day: number;
  hour: number;
  min: number;
  sec: number;
  /** 0..6, Sunday = 0 */
  wday: number;
  /** 0..365 */
  yday: number;
  isdst: boolean;
  /** Seconds east of UTC. */
  gmtoff: number;
  zone: string;
}

const DAY = 86400;
const INT_MAX = 2147483647;
const INT_MIN = -2147483648;
/** tm_year counts from 1900. */
const YEAR_BASE = 1900;

/** The JS Date range, in seconds: zone offsets beyond it are those of its ends. */
const DATE_LIMIT = 8.64e12;

// --- the proleptic Gregorian calendar (H. Hinnant's algorithms) --------------------------------

function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): { y: number; m: number; d: number } {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

export function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

const mod = (a: number, b: number) => ((a % b) + b) % b;

/** Splits a time into whole days and seconds of the day, exactly even beyond 2^53. */
function splitDays(t: number | bigint): { days: number; secs: number } {
  if (typeof t === "number") return { days: Math.floor(t / DAY), secs: mod(t, DAY) };
  const b = BigInt(DAY);
  const days = t >= 0n ? t / b : -((-t + b - 1n) / b);
  return { days: Number(days), secs: Number(t - days * b) };
}

/** The broken-down time `days` days and `secs` seconds after the epoch, or undefined when tm_year overflows. */
function breakDown(days: number, secs: number, gmtoff: number, isdst: boolean, zone: string): BrokenTime | undefined {
  days += Math.floor(secs / DAY);
  secs = mod(secs, DAY);
  const { y, m, d } = civilFromDays(days);
  if (y - YEAR_BASE > INT_MAX || y - YEAR_BASE < INT_MIN) return undefined;
  return {
    year: y, month: m - 1, day: d,
    hour: Math.floor(secs / 3600), min: Math.floor(secs / 60) % 60, sec: secs % 60,
    wday: mod(days + 4, 7), yday: days - daysFromCivil(y, 1, 1),
    isdst, gmtoff, zone,
  };
}

export function gmtime(t: number | bigint): BrokenTime | undefined {
  const { days, secs } = splitDays(t);
  return breakDown(days, secs, 0, false, "GMT");
}

// --- the local time zone -----------------------------------------------------------------------

/** The local zone's offset east of UTC, in seconds, at time t. */
function offsetAt(t: number): number {
  const clamped = Math.max(-DATE_LIMIT, Math.min(DATE_LIMIT, t));
  return -new Date(clamped * 1000).getTimezoneOffset() * 60;
}

/** The zone's standard offset in the year around t: the smaller of January's and July's. */
function standardOffsetAt(t: number): number {
  const year = new Date(Math.max(-DATE_LIMIT, Math.min(DATE_LIMIT, t)) * 1000).getUTCFullYear();
  return Math.min(offsetAt(Date.UTC(year, 0, 1) / 1000), offsetAt(Date.UTC(year, 6, 1) / 1000));
}

/** The zone's abbreviation (tm_zone), as far as Intl knows it; `tz` is the TZ variable. */
function zoneName(t: number, gmtoff: number, tz: string | undefined): string {
  if (gmtoff === 0 && (tz === undefined || tz === "" || /^(:?(Etc\/)?UTC|UTC0|:?UCT|Universal)$/.test(tz))) return "UTC";
  const parts = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" })
    .formatToParts(new Date(Math.max(-DATE_LIMIT, Math.min(DATE_LIMIT, t)) * 1000));
  return parts.find((p) => p.type === "timeZoneName")?.value ?? "";
}

/** localtime: `t` in the local zone (JS Date's, which follows TZ), `tz` naming it (the TZ variable). */
export function localtime(t: number | bigint, tz: string | undefined): BrokenTime | undefined {
  const tn = Number(t);
  const off = offsetAt(tn);
  const { days, secs } = splitDays(t);
  return breakDown(days, secs + off, off, off > standardOffsetAt(tn), zoneName(tn, off, tz));
}

/** The fields os.time reads (tm_year as a full year, tm_mon from 0); isdst -1 = unknown. */
export type TimeFields = Pick<BrokenTime, "year" | "month" | "day" | "hour" | "min" | "sec"> & { isdst: number };

/**
 * mktime: the time of local `f`, with out-of-range fields carried over (month 14 is February of
 * the next year), or undefined when it cannot be represented (mktime's -1 included).
 */
export function mktime(f: TimeFields, tz: string | undefined): { t: number; tm: BrokenTime } | undefined {
  const year = f.year + Math.floor(f.month / 12);
  const days = daysFromCivil(year, mod(f.month, 12) + 1, 1) + f.day - 1;
  const local = days * DAY + f.hour * 3600 + f.min * 60 + f.sec;
  let t = local - offsetAt(local - offsetAt(local));
  const dst = offsetAt(t) > standardOffsetAt(t);
  if (f.isdst >= 0 && (f.isdst > 0) !== dst) {
    // glibc takes the requested DST status at its word: shift by the zone's DST difference
    const delta = dstDelta(t);
    t += f.isdst > 0 ? -delta : delta;
  }
  if (!Number.isSafeInteger(t) || t === -1) return undefined;
  const tm = localtime(t, tz);
  return tm === undefined ? undefined : { t, tm };
}

/** How far the zone moves its clocks for summer time (an hour when it never does). */
function dstDelta(t: number): number {
  const year = new Date(Math.max(-DATE_LIMIT, Math.min(DATE_LIMIT, t)) * 1000).getUTCFullYear();
  const jan = offsetAt(Date.UTC(year, 0, 1) / 1000);
  const jul = offsetAt(Date.UTC(year, 6, 1) / 1000);
  return jan === jul ? 3600 : Math.abs(jan - jul);
}

// --- strftime ----------------------------------------------------------------------------------

/** LUA_STRFTIMEOPTIONS (C99): the conversions os.date accepts, one and two characters long. */
const ONE_CHAR_OPTIONS = "aAbBcCdDeFgGhHIjmMnprRStTuUVwWxXyYzZ%";
const TWO_CHAR_OPTIONS = ["Ec", "EC", "Ex", "EX", "Ey", "EY", "Od", "Oe", "OH", "OI", "Om", "OM", "OS", "Ou", "OU", "OV", "Ow", "OW", "Oy"];

/** checkoption: the length of the conversion at the start of `conv`, or 0 when it is invalid. */
export function conversionLength(conv: string): number {
  if (conv.length >= 1 && ONE_CHAR_OPTIONS.includes(conv[0])) return 1;
  if (conv.length >= 2 && TWO_CHAR_OPTIONS.includes(conv.slice(0, 2))) return 2;
  return 0;
}

const DAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

const pad = (n: number, width: number, fill = "0") => {
  const s = String(Math.abs(n)).padStart(width, fill);
  return n < 0 ? "-" + s : s;
};

/** iso_week_days (glibc): days since the Monday starting the ISO week-based year of yday. */
function isoWeekDays(yday: number, wday: number): number {
  const bigEnoughMultipleOf7 = (Math.floor(366 / 7) + 2) * 7;
  return yday - ((yday - wday + 4 + bigEnoughMultipleOf7) % 7) + 4 - 1;
}

/** The ISO 8601 week-based year and week number (%G, %V). */
function isoWeek(tm: BrokenTime): { year: number; week: number } {
  let year = tm.year;
  let days = isoWeekDays(tm.yday, tm.wday);
  if (days < 0) {
    year--;
    days = isoWeekDays(tm.yday + (isLeap(year) ? 366 : 365), tm.wday);
  } else {
    const d = isoWeekDays(tm.yday - (isLeap(year) ? 366 : 365), tm.wday);
    if (d >= 0) {
      year++;
      days = d;
    }
  }
  return { year, week: Math.floor(days / 7) + 1 };
}

/** One conversion (without its E or O modifier, which the "C" locale ignores). */
function convert(c: string, tm: BrokenTime): string {
  const hour12 = tm.hour % 12 === 0 ? 12 : tm.hour % 12;
  switch (c) {
    case "a": return DAY_NAMES[tm.wday].slice(0, 3);
    case "A": return DAY_NAMES[tm.wday];
    case "b": case "h": return MONTH_NAMES[tm.month].slice(0, 3);
    case "B": return MONTH_NAMES[tm.month];
    case "c": return strftime("%a %b %e %H:%M:%S %Y", tm);
    case "C": return String(Math.floor(tm.year / 100));
    case "d": return pad(tm.day, 2);
    case "D": return strftime("%m/%d/%y", tm);
    case "e": return pad(tm.day, 2, " ");
    case "F": return strftime("%Y-%m-%d", tm);
    case "g": return pad(mod(isoWeek(tm).year, 100), 2);
    case "G": return String(isoWeek(tm).year);
    case "H": return pad(tm.hour, 2);
    case "I": return pad(hour12, 2);
    case "j": return pad(tm.yday + 1, 3);
    case "m": return pad(tm.month + 1, 2);
    case "M": return pad(tm.min, 2);
    case "n": return "\n";
    case "p": return tm.hour < 12 ? "AM" : "PM";
    case "r": return strftime("%I:%M:%S %p", tm);
    case "R": return strftime("%H:%M", tm);
    case "S": return pad(tm.sec, 2);
    case "t": return "\t";
    case "T": case "X": return strftime("%H:%M:%S", tm);
    case "u": return String(tm.wday === 0 ? 7 : tm.wday);
    case "U": return pad(Math.floor((tm.yday + 7 - tm.wday) / 7), 2);
    case "V": return pad(isoWeek(tm).week, 2);
    case "w": return String(tm.wday);
    case "W": return pad(Math.floor((tm.yday + 7 - ((tm.wday + 6) % 7)) / 7), 2);
    case "x": return strftime("%m/%d/%y", tm);
    case "y": return pad(mod(tm.year, 100), 2);
    case "Y": return String(tm.year);
    case "z": return timeZoneOffset(tm.gmtoff);
    case "Z": return tm.zone;
    default: return "%"; // "%%"
  }
}

/** %z: +hhmm or -hhmm. */
function timeZoneOffset(gmtoff: number): string {
  const a = Math.abs(gmtoff);
  return (gmtoff < 0 ? "-" : "+") + pad(Math.floor(a / 3600), 2) + pad(Math.floor(a / 60) % 60, 2);
}

/** strftime on a format whose conversions have been checked (conversionLength). */
export function strftime(format: string, tm: BrokenTime): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    if (format[i] !== "%") {
      out += format[i];
      continue;
    }
    const n = conversionLength(format.slice(i + 1));
    out += convert(format[i + n], tm);
    i += n;
  }
  return out;
}
