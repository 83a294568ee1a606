import { KzssError } from '../errors.js';

/**
 * A date outside the years the working-day calendar covers. The calendar never guesses: a year
 * without cited data (holidays, Kurban Ait date, transfers) is an error. `details.year` is the
 * year asked about and `details.covered` the covered range `[fromYear, toYear]`; `path` names the
 * argument when an argument is outside, and is empty when a computation runs past the last year.
 *
 * @example
 * ```ts
 * try {
 *   isWorkingDay('2027-01-04');
 * } catch (e) {
 *   if (e instanceof CalendarCoverageError) e.details; // { year: 2027, covered: [2016, 2026] }
 * }
 * ```
 */
export class CalendarCoverageError extends KzssError {
  /** The year asked about and the covered range `[fromYear, toYear]`. */
  declare readonly details: Readonly<{
    /** The year asked about. */
    year: number;
    /** The covered range `[fromYear, toYear]`. */
    covered: readonly [number, number];
  }>;

  constructor(year: number, covered: readonly [number, number], path: ReadonlyArray<string | number> = []) {
    super(
      'CALENDAR_NOT_COVERED',
      `the working-day calendar does not cover ${year}: covered years are ${covered[0]}–${covered[1]}` +
        (path.length > 0 ? ` (argument ${path.join('.')})` : ' (the computation runs past the covered years)'),
      { path, details: { year, covered: [covered[0], covered[1]] } },
    );
    this.name = 'CalendarCoverageError';
  }
}
