/**
 * The queries over a compiled calendar. Each is a parse plus one or two array reads.
 *
 * @internal
 */
import { InvalidInputError } from '../errors.js';
import type { Compiled, DayReason } from './compile.js';
import { addDaysDn, addMonthsDn, formatDay, isoWeekday, parseDay, tryParseDay, yearOf, invalidDate } from './days.js';
import { CalendarCoverageError } from './errors.js';

/**
 * What the calendar says about one day.
 *
 * `reasons` lists every rule that applies to the day, in the order they are applied (weekend,
 * holiday, religious day, weekend move, transfer); the last one decides. An ordinary working
 * Monday–Friday has no reasons. A Saturday made working by a transfer has
 * `[weekend, transfer-work]` and `working: true`.
 *
 * @example
 * ```ts
 * dayInfo('2022-03-05');
 * // { date: '2022-03-05', weekday: 6, working: true,
 * //   reasons: [{ kind: 'weekend', … }, { kind: 'transfer-work', transfer: { from: '2022-03-05', to: '2022-03-07' }, … }] }
 * ```
 */
export interface DayInfo {
  /** The day asked about. */
  readonly date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** Whether it is a working day. */
  readonly working: boolean;
  /** Every reason, in the order applied (the last decides); empty for an ordinary working day. */
  readonly reasons: readonly DayReason[];
}

/** @internal */
export function coverageError(c: Compiled, dn: number, path: ReadonlyArray<string | number>): CalendarCoverageError {
  return new CalendarCoverageError(yearOf(dn), [c.fromYear, c.toYear], path);
}

/** Offset of a covered date, or a typed error naming `arg`. @internal */
export function offsetOf(c: Compiled, date: unknown, arg: string): number {
  const dn = tryParseDay(date);
  if (dn !== dn) throw invalidDate(arg);
  const off = dn - c.start;
  if (off < 0 || off >= c.length) throw coverageError(c, dn, [arg]);
  return off;
}

/** @internal */
export function checkCount(n: unknown, arg: string, allowNegative: boolean): number {
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || (!allowNegative && n < 0)) {
    throw new InvalidInputError(`argument ${arg}`, [
      { path: [arg], code: 'invalid_count', message: allowNegative ? 'expected an integer' : 'expected a non-negative integer' },
    ]);
  }
  return n;
}

const pastEnd = (c: Compiled): CalendarCoverageError =>
  new CalendarCoverageError(c.toYear + 1, [c.fromYear, c.toYear], []);

/** @internal */
export function isWorkingDayIn(c: Compiled, date: string): boolean {
  const dn = tryParseDay(date);
  const off = dn - c.start;
  // `off >= 0 && off < length`, false for NaN
  if (off >= 0 && off < c.length) return c.working[off] === 1;
  throw dn !== dn ? invalidDate('date') : coverageError(c, dn, ['date']);
}

/** The offset of the first working day strictly after offset `off`. @internal */
export function nextWorkingOffset(c: Compiled, off: number): number {
  const k = c.cum[off] as number;
  if (k >= c.workDays.length) throw pastEnd(c);
  return c.workDays[k] as number;
}

/** @internal */
export function nextWorkingDayIn(c: Compiled, date: string): string {
  return c.iso[nextWorkingOffset(c, offsetOf(c, date, 'date'))] as string;
}

/** @internal */
export function addWorkingDaysIn(c: Compiled, date: string, n: number): string {
  const off = offsetOf(c, date, 'date');
  checkCount(n, 'n', false);
  if (n === 0) return c.iso[off] as string;
  const k = (c.cum[off] as number) + n - 1;
  if (k >= c.workDays.length) throw pastEnd(c);
  return c.iso[c.workDays[k] as number] as string;
}

/** @internal */
export function workingDaysBetweenIn(c: Compiled, a: string, b: string): number {
  const oa = offsetOf(c, a, 'a');
  const ob = offsetOf(c, b, 'b');
  return (c.cum[ob] as number) - (c.cum[oa] as number);
}

/** @internal */
export function reasonsAt(c: Compiled, off: number): readonly DayReason[] {
  const dn = c.start + off;
  const own = c.reasons.get(dn) ?? [];
  return c.restWeekdays.includes(isoWeekday(dn)) ? [c.weekendReason, ...own] : own;
}

/** @internal */
export function dayInfoIn(c: Compiled, date: string): DayInfo {
  const off = offsetOf(c, date, 'date');
  const dn = c.start + off;
  return { date: c.iso[off] as string, weekday: isoWeekday(dn), working: c.working[off] === 1, reasons: reasonsAt(c, off) };
}

/** `date` plus `n` calendar days (any integer). Needs no calendar data. @internal */
export function addCalendarDaysImpl(date: string, n: number): string {
  const dn = parseDay(date, 'date');
  return formatDay(addDaysDn(dn, checkCount(n, 'n', true)));
}

/** `date` plus `n` calendar months, clamped to the last day of the month. @internal */
export function addMonthsImpl(date: string, n: number): string {
  const dn = parseDay(date, 'date');
  return formatDay(addMonthsDn(dn, checkCount(n, 'n', true)));
}
