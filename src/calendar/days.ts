/**
 * Calendar dates as day numbers (days since 1970-01-01 in the proleptic Gregorian calendar) and
 * the conversions at the boundary. Nothing here reads the process time zone: ISO strings are
 * parsed by hand, and date-fns runs on {@link UtcDay}, a Date whose "local" fields are its UTC
 * fields, so date-fns arithmetic is the same under any `TZ`.
 *
 * @internal
 */
import { addDays, addMonths as dfAddMonths, differenceInCalendarDays } from 'date-fns';
import { InvalidDateError, InvalidInputError } from '../errors.js';

const DAY_MS = 86_400_000;

/**
 * A Date whose local-time methods are its UTC methods (what `@date-fns/utc`'s UTCDate does), so
 * date-fns functions, which work in "local" time, work in UTC and never depend on `TZ`.
 * @internal
 */
export class UtcDay extends Date {
  override getFullYear(): number { return this.getUTCFullYear(); }
  override getMonth(): number { return this.getUTCMonth(); }
  override getDate(): number { return this.getUTCDate(); }
  override getDay(): number { return this.getUTCDay(); }
  override getHours(): number { return this.getUTCHours(); }
  override getMinutes(): number { return this.getUTCMinutes(); }
  override getSeconds(): number { return this.getUTCSeconds(); }
  override getMilliseconds(): number { return this.getUTCMilliseconds(); }
  override getTimezoneOffset(): number { return 0; }
  override setFullYear(y: number, m?: number, d?: number): number {
    return m === undefined ? this.setUTCFullYear(y) : d === undefined ? this.setUTCFullYear(y, m) : this.setUTCFullYear(y, m, d);
  }
  override setMonth(m: number, d?: number): number {
    return d === undefined ? this.setUTCMonth(m) : this.setUTCMonth(m, d);
  }
  override setDate(d: number): number { return this.setUTCDate(d); }
  override setHours(h: number, m?: number, s?: number, ms?: number): number {
    return this.setUTCHours(h, m ?? this.getUTCMinutes(), s ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setMinutes(m: number, s?: number, ms?: number): number {
    return this.setUTCMinutes(m, s ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setSeconds(s: number, ms?: number): number {
    return this.setUTCSeconds(s, ms ?? this.getUTCMilliseconds());
  }
  override setMilliseconds(ms: number): number { return this.setUTCMilliseconds(ms); }
}

const utc = (value: Date | number | string): UtcDay => new UtcDay(+value);

/** Day number of a proleptic Gregorian date (H. Hinnant's days_from_civil). @internal */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Year, month (1–12) and day of a day number. @internal */
export function civilFromDays(dn: number): [number, number, number] {
  const z = dn + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}

/** Year of a day number. @internal */
export function yearOf(dn: number): number {
  return civilFromDays(dn)[0];
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. @internal */
export function isoWeekday(dn: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dn + 3) % 7) + 7) % 7) + 1;
}

/** Smallest and largest day numbers of the years 0000–9999. @internal */
export const MIN_DAY = daysFromCivil(0, 1, 1);
/** @internal */
export const MAX_DAY = daysFromCivil(9999, 12, 31);

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad4 = (n: number): string => (n < 10 ? `000${n}` : n < 100 ? `00${n}` : n < 1000 ? `0${n}` : `${n}`);

/** `YYYY-MM-DD` of a day number. @internal */
export function formatDay(dn: number): string {
  const [y, m, d] = civilFromDays(dn);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12). @internal */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return DAYS_IN_MONTH[m - 1] as number;
}

/** An {@link InvalidDateError} that names the argument (never its value). @internal */
export function invalidDate(arg: string, what = 'a calendar date as YYYY-MM-DD'): InvalidDateError {
  const e = new InvalidDateError([arg]);
  e.message = `invalid ${arg}: expected ${what}`;
  return e;
}

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/**
 * Parses `YYYY-MM-DD` to a day number, or returns `NaN` when it is not a real calendar date.
 * Hot path: no regular expression, no allocation.
 * @internal
 */
export function tryParseDay(s: unknown): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const a = digit(s, 0), b = digit(s, 1), c = digit(s, 2), e = digit(s, 3);
  const f = digit(s, 5), g = digit(s, 6), h = digit(s, 8), i = digit(s, 9);
  // every digit must be 0–9 (an unsigned compare rejects negatives too)
  if ((a >>> 0) > 9 || (b >>> 0) > 9 || (c >>> 0) > 9 || (e >>> 0) > 9 || (f >>> 0) > 9 || (g >>> 0) > 9 || (h >>> 0) > 9 || (i >>> 0) > 9) return NaN;
  const y = a * 1000 + b * 100 + c * 10 + e;
  const m = f * 10 + g;
  const d = h * 10 + i;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return NaN;
  return daysFromCivil(y, m, d);
}

/** Parses `YYYY-MM-DD` or throws an {@link InvalidDateError} naming `arg`. @internal */
export function parseDay(s: unknown, arg: string): number {
  const dn = tryParseDay(s);
  if (dn !== dn) throw invalidDate(arg);
  return dn;
}

/** A local date-time `YYYY-MM-DDTHH:mm` as minutes since 1970-01-01T00:00 (no zone). @internal */
export function parseLocalDateTime(s: unknown, arg: string): number {
  if (typeof s !== 'string' || s.length !== 16 || s.charCodeAt(10) !== 84 /* T */ || s.charCodeAt(13) !== 58 /* : */) {
    throw invalidDate(arg, 'a local date-time as YYYY-MM-DDTHH:mm');
  }
  const dn = tryParseDay(s.slice(0, 10));
  const hh = s.slice(11, 13);
  const mm = s.slice(14, 16);
  if (dn !== dn || !/^\d\d$/.test(hh) || !/^\d\d$/.test(mm) || Number(hh) > 23 || Number(mm) > 59) {
    throw invalidDate(arg, 'a local date-time as YYYY-MM-DDTHH:mm');
  }
  return dn * 1440 + Number(hh) * 60 + Number(mm);
}

/** `YYYY-MM-DDTHH:mm` of minutes since 1970-01-01T00:00. @internal */
export function formatLocalDateTime(minutes: number): string {
  const dn = Math.floor(minutes / 1440);
  const rest = minutes - dn * 1440;
  return `${formatDay(dn)}T${pad2(Math.floor(rest / 60))}:${pad2(rest % 60)}`;
}

/** A {@link UtcDay} at 00:00 UTC of a day number. @internal */
export function toUtcDay(dn: number): UtcDay {
  return new UtcDay(dn * DAY_MS);
}

/** Day number of a {@link UtcDay} (or any Date, read in UTC). @internal */
export function fromUtcDay(d: Date): number {
  return Math.floor(d.getTime() / DAY_MS);
}

function checkRange(dn: number, arg: string): number {
  if (!(dn >= MIN_DAY && dn <= MAX_DAY)) {
    throw new InvalidInputError('calendar arithmetic', [
      { path: [arg], code: 'out_of_range', message: 'the result falls outside the years 0000–9999' },
    ]);
  }
  return dn;
}

/** `dn + n` days, with date-fns `addDays` (in UTC). @internal */
export function addDaysDn(dn: number, n: number, arg = 'n'): number {
  return checkRange(fromUtcDay(addDays(toUtcDay(dn), n, { in: utc })), arg);
}

/** `dn + n` calendar months with date-fns `addMonths` (in UTC): clamps to the month's last day. @internal */
export function addMonthsDn(dn: number, n: number, arg = 'n'): number {
  return checkRange(fromUtcDay(dfAddMonths(toUtcDay(dn), n, { in: utc })), arg);
}

/** Calendar days from `a` to `b` with date-fns `differenceInCalendarDays` (in UTC). @internal */
export function diffDaysDn(b: number, a: number): number {
  return differenceInCalendarDays(toUtcDay(b), toUtcDay(a), { in: utc });
}
