/**
 * Kazakhstan working-day calendar (five-day week) and legal term arithmetic.
 *
 * The data is cited and lives in `rules/calendar/`: the holidays of Law No. 267-II with the years
 * they apply, the weekend-move rule of its art. 5, the religious days off of Labour Code art. 84
 * para 5 (never moved), and every transfer of days off 2016–2026 (art. 85 para 3). It is compiled
 * on first use into flat tables, so `isWorkingDay` is an array lookup. Dates are ISO `YYYY-MM-DD`
 * strings; nothing depends on the process time zone or the clock.
 *
 * @example
 * ```ts
 * import { isWorkingDay, addWorkingDays, deadline } from 'kz-social-standards/calendar';
 *
 * isWorkingDay('2022-03-05');          // true: Saturday made working by decree No. 713
 * addWorkingDays('2022-03-18', 1);     // '2022-03-24': weekend, then Nauryz 21–23 March
 * deadline('2024-01-31', { amount: 1, unit: 'months' }).due; // '2024-02-29'
 * ```
 *
 * @module kz-social-standards/calendar
 */
import { defaultCalendar, getDefault } from './calendar.js';
import {
  addCalendarDaysImpl,
  addMonthsImpl,
  addWorkingDaysIn,
  dayInfoIn,
  isWorkingDayIn,
  nextWorkingDayIn,
  workingDaysBetweenIn,
  type DayInfo,
} from './core.js';
import { deadlineIn, type Deadline } from './deadline.js';
import type { CalendarAct, DeadlineOptions, Term } from './schema.js';

export { createCalendar, defaultCalendar, type Calendar } from './calendar.js';
export { CalendarCoverageError } from './errors.js';
export type { DayInfo } from './core.js';
export type { DayReason } from './compile.js';
export type { Deadline, DeadlineExplanation, SkippedDay, TermRule } from './deadline.js';
export {
  CalendarActSchema,
  CalendarExtensionSchema,
  DeadlineOptionsSchema,
  HolidaySchema,
  HolidaysFileSchema,
  LocalizedNameSchema,
  ReligiousDaySchema,
  ReligiousDaysFileSchema,
  CalendarSourceSchema,
  SourcesFileSchema,
  SourceStatusSchema,
  TermSchema,
  TransferSchema,
  TransfersFileSchema,
  type CalendarAct,
  type CalendarExtension,
  type DeadlineOptions,
  type Holiday,
  type LocalizedName,
  type ReligiousDay,
  type ResolvedDeadlineOptions,
  type CalendarSource,
  type SourceStatus,
  type Term,
  type TermUnit,
  type Transfer,
} from './schema.js';

/**
 * True when `date` is a working day of the five-day week in Kazakhstan: Monday–Friday that is
 * not a holiday, a day off moved from a holiday that fell on a weekend, a religious day off or a
 * transferred day off — or a Saturday/Sunday made working by a transfer.
 *
 * @param date - `YYYY-MM-DD`, within the covered years (2016–2026).
 * @throws {@link kz-social-standards!InvalidDateError} (path `['date']`) when `date` is not a real `YYYY-MM-DD` date;
 *   {@link CalendarCoverageError} when its year is not covered.
 * @example
 * ```ts
 * isWorkingDay('2022-03-05'); // true  (Saturday, working by Government decree No. 713)
 * isWorkingDay('2022-03-07'); // false (the rest day transferred from 5 March)
 * isWorkingDay('2023-01-09'); // true  (7 January 2023 fell on a Saturday and is not moved)
 * ```
 */
export function isWorkingDay(date: string): boolean {
  return isWorkingDayIn(getDefault(), date);
}

/**
 * The first working day strictly after `date`.
 *
 * @throws {@link CalendarCoverageError} when `date` is not covered or no covered working day follows it.
 * @example
 * ```ts
 * nextWorkingDay('2024-03-22'); // '2024-03-26' (Sat 23 Nauryz moved to Mon 25 March)
 * nextWorkingDay('2024-03-26'); // '2024-03-27'
 * ```
 */
export function nextWorkingDay(date: string): string {
  return nextWorkingDayIn(getDefault(), date);
}

/**
 * The `n`-th working day after `date` (`date` itself is never counted). `n = 0` returns `date`
 * unchanged, even when it is not a working day, so that
 * `workingDaysBetween(a, addWorkingDays(a, n)) === n` for every `n ≥ 0`. A negative or
 * non-integer `n` is an error (there is no backward counting).
 *
 * @throws {@link kz-social-standards!InvalidDateError} for a bad `date`; {@link kz-social-standards!InvalidInputError} (path `['n']`) for a
 *   bad `n`; {@link CalendarCoverageError} when `date` or the result is outside the covered years.
 * @example
 * ```ts
 * addWorkingDays('2022-03-04', 1); // '2022-03-05' (Sat 5 March 2022 was a working day)
 * addWorkingDays('2022-03-18', 1); // '2022-03-24' (weekend, then Nauryz 21–23 March)
 * addWorkingDays('2022-03-18', 0); // '2022-03-18'
 * ```
 */
export function addWorkingDays(date: string, n: number): string {
  return addWorkingDaysIn(getDefault(), date, n);
}

/**
 * The number of working days `d` with `a < d <= b`. When `b < a` the result is the negative of
 * `workingDaysBetween(b, a)`; when `a === b` it is 0.
 *
 * @throws {@link kz-social-standards!InvalidDateError} (path `['a']` or `['b']`); {@link CalendarCoverageError}.
 * @example
 * ```ts
 * workingDaysBetween('2022-03-04', '2022-03-09'); // 2 (5 March working, 7–8 March off, 9 March)
 * workingDaysBetween('2022-03-09', '2022-03-04'); // -2
 * workingDaysBetween('2016-01-01', '2016-12-31'); // 245 (1 January is a holiday)
 * ```
 */
export function workingDaysBetween(a: string, b: string): number {
  return workingDaysBetweenIn(getDefault(), a, b);
}

/**
 * `date` plus `n` calendar days (`n` any integer; negative goes back). Pure calendar arithmetic
 * (date-fns `addDays` in UTC): needs no calendar data and works for any year 0000–9999.
 *
 * @throws {@link kz-social-standards!InvalidDateError}; {@link kz-social-standards!InvalidInputError} for a non-integer `n` or a result
 *   outside 0000–9999.
 * @example
 * ```ts
 * addCalendarDays('2024-02-28', 1);  // '2024-02-29'
 * addCalendarDays('2024-03-01', -1); // '2024-02-29'
 * ```
 */
export function addCalendarDays(date: string, n: number): string {
  return addCalendarDaysImpl(date, n);
}

/**
 * `date` plus `n` calendar months (`n` any integer), on the same-numbered day, or on the last day
 * of the month when it has no such day (date-fns `addMonths` in UTC). Never overflows into the
 * next month. Needs no calendar data.
 *
 * @example
 * ```ts
 * addMonths('2024-01-31', 1); // '2024-02-29'
 * addMonths('2023-01-31', 1); // '2023-02-28'
 * addMonths('2024-08-31', -2); // '2024-06-30'
 * ```
 */
export function addMonths(date: string, n: number): string {
  return addMonthsImpl(date, n);
}

/**
 * Whether `date` is a working day, and every reason with its source: weekend, holiday,
 * holiday-move, religious, transfer-off, transfer-work (in the order applied; the last decides).
 *
 * @example
 * ```ts
 * dayInfo('2020-05-11');
 * // { date: '2020-05-11', weekday: 1, working: true, reasons: [
 * //   { kind: 'holiday-move', movedFrom: '2020-05-09', name: { en: 'Victory Day', … }, source: { act: 'law-267-II', article: 'art. 5', … } },
 * //   { kind: 'transfer-work', transfer: { from: '2020-05-11', to: '2020-05-08' }, source: { act: 'gov-decree-820-2019', … } } ] }
 * ```
 */
export function dayInfo(date: string): DayInfo {
  return dayInfoIn(getDefault(), date);
}

/**
 * The due date of a legal term, with an explanation of every day skipped and every rule applied.
 *
 * Defaults follow the general rules of the Civil Code on terms (article numbers unverified, see
 * the explanation's `rules`): the term runs from the day after the event (`countFrom:
 * 'next-day'`); a term in months ends on the same-numbered day of the last month or that month's
 * last day; a `calendar-days` or `months` term whose last day is not a working day ends on the
 * next working day (`endOnNonWorking: 'next-working-day'`). A `working-days` term ends on the
 * `amount`-th working day. `hours` and `days24` (сутки) need a local date-time event
 * `YYYY-MM-DDTHH:mm` and add `amount` × 1 or 24 hours by wall-clock arithmetic; `due` is then a
 * date-time. See {@link DeadlineOptionsSchema} for `countFrom: 'same-day'` and `endOnNonWorking: 'keep'`.
 *
 * @param event - `YYYY-MM-DD` (or `YYYY-MM-DDTHH:mm`; the time is ignored for day terms).
 * @throws {@link kz-social-standards!InvalidDateError} (path `['event']`); {@link kz-social-standards!InvalidInputError} for a bad term
 *   (path `['term', …]`) or options (`['options', …]`); {@link CalendarCoverageError} when the
 *   calendar is needed outside the covered years.
 * @example
 * ```ts
 * deadline('2022-03-04', { amount: 3, unit: 'working-days' }).due; // '2022-03-10'
 * deadline('2022-03-04', { amount: 3, unit: 'working-days' }, { countFrom: 'same-day' }).due; // '2022-03-09'
 * deadline('2026-08-29', { amount: 7, unit: 'calendar-days' }).due; // '2026-09-07' (5 September is a Saturday)
 * deadline('2024-03-20T15:30', { amount: 3, unit: 'days24' }).due; // '2024-03-23T15:30'
 * ```
 */
export function deadline(event: string, term: Term, options?: DeadlineOptions): Deadline {
  return deadlineIn(getDefault, event, term, options);
}

/**
 * The covered years of the built-in calendar.
 *
 * @example
 * ```ts
 * calendarCoverage(); // { fromYear: 2016, toYear: 2026 }
 * ```
 */
export function calendarCoverage(): {
  /** First covered year. */
  readonly fromYear: number;
  /** Last covered year. */
  readonly toYear: number;
} {
  return defaultCalendar.coverage;
}

/**
 * The acts cited by the built-in calendar data (`rules/calendar/sources.json`), to resolve the
 * `act` ids found in `source` objects.
 *
 * @example
 * ```ts
 * calendarActs().find((a) => a.id === 'gov-decree-713-2021')?.date; // '2021-10-06'
 * ```
 */
export function calendarActs(): readonly CalendarAct[] {
  return getDefault().acts;
}
