/**
 * {@link createCalendar} and the default calendar behind the package-level functions.
 *
 * @internal
 */
import { InvalidInputError } from '../errors.js';
import { compile, type Compiled } from './compile.js';
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
import { builtInData } from './data.js';
import { deadlineIn, type Deadline } from './deadline.js';
import { CalendarExtensionSchema, type CalendarAct, type CalendarExtension, type DeadlineOptions, type Term } from './schema.js';

/**
 * A working-day calendar: the built-in Kazakhstan data, possibly extended with
 * {@link createCalendar}. Every method is a pure function of its arguments; dates are ISO
 * `YYYY-MM-DD` strings. Methods that need to know whether a day is working throw a
 * {@link CalendarCoverageError} for a date outside `coverage`.
 *
 * @example
 * ```ts
 * const cal = createCalendar();
 * cal.coverage; // { fromYear: 2016, toYear: 2026 }
 * cal.addWorkingDays('2022-03-18', 1); // '2022-03-24'
 * ```
 */
export interface Calendar {
  /** The covered years (inclusive). */
  readonly coverage: {
    /** First covered year. */
    readonly fromYear: number;
    /** Last covered year. */
    readonly toYear: number;
  };
  /** See the package-level {@link isWorkingDay}. */
  isWorkingDay(date: string): boolean;
  /** See the package-level {@link nextWorkingDay}. */
  nextWorkingDay(date: string): string;
  /** See the package-level {@link addWorkingDays}. */
  addWorkingDays(date: string, n: number): string;
  /** See the package-level {@link workingDaysBetween}. */
  workingDaysBetween(a: string, b: string): number;
  /** See the package-level {@link addCalendarDays}. */
  addCalendarDays(date: string, n: number): string;
  /** See the package-level {@link addMonths}. */
  addMonths(date: string, n: number): string;
  /** See the package-level {@link dayInfo}. */
  dayInfo(date: string): DayInfo;
  /** See the package-level {@link deadline}. */
  deadline(event: string, term: Term, options?: DeadlineOptions): Deadline;
  /** The acts this calendar cites (built-in plus the extension's `sources`). */
  acts(): readonly CalendarAct[];
}

function bind(get: () => Compiled, coverage: () => { fromYear: number; toYear: number }): Calendar {
  return Object.freeze({
    get coverage() {
      return coverage();
    },
    isWorkingDay: (date: string) => isWorkingDayIn(get(), date),
    nextWorkingDay: (date: string) => nextWorkingDayIn(get(), date),
    addWorkingDays: (date: string, n: number) => addWorkingDaysIn(get(), date, n),
    workingDaysBetween: (a: string, b: string) => workingDaysBetweenIn(get(), a, b),
    addCalendarDays: (date: string, n: number) => addCalendarDaysImpl(date, n),
    addMonths: (date: string, n: number) => addMonthsImpl(date, n),
    dayInfo: (date: string) => dayInfoIn(get(), date),
    deadline: (event: string, term: Term, options?: DeadlineOptions) => deadlineIn(get, event, term, options),
    acts: () => get().acts,
  });
}

let defaultCompiled: Compiled | undefined;

/** The default calendar's tables, compiled on first use and memoised. @internal */
export function getDefault(): Compiled {
  return (defaultCompiled ??= compile(builtInData()));
}

/**
 * The built-in calendar (2016–2026), compiled on first use. The package-level functions use it.
 *
 * @example
 * ```ts
 * defaultCalendar.isWorkingDay('2024-05-08'); // false (transfer from Sat 4 May 2024)
 * ```
 */
export const defaultCalendar: Calendar = /* @__PURE__ */ bind(getDefault, () => {
  const c = getDefault();
  return { fromYear: c.fromYear, toYear: c.toYear };
});

/**
 * A calendar with the built-in data plus the caller's additions, so that, for example, next
 * year's transfer order and Kurban Ait date can be used without a new release. The input is
 * validated with {@link CalendarExtensionSchema}, then checked against the data (a transfer's
 * `from` must be a rest day and `to` a working day, every covered year needs a Kurban Ait date,
 * cited acts must be known); bad input throws an {@link InvalidInputError} whose issues give the
 * path. The tables are compiled at once.
 *
 * @example
 * ```ts
 * const cal2027 = createCalendar({
 *   years: { to: 2027 },
 *   religiousDays: [{ kind: 'kurban-ait', date: '2027-05-17', source: { announcement: 'DUMK, May 2027', status: 'verified' } }],
 *   transfers: [{ from: '2027-07-03', to: '2027-07-05', source: { act: 'order-2027', status: 'verified' } }],
 *   sources: [{ id: 'order-2027', kind: 'ministry-order', title: { en: 'Order on the transfer of rest days in 2027' }, status: 'verified' }],
 * });
 * cal2027.isWorkingDay('2027-07-05'); // false
 * ```
 */
export function createCalendar(extension: CalendarExtension = {}): Calendar {
  const parsed = CalendarExtensionSchema.safeParse(extension);
  if (!parsed.success) {
    throw new InvalidInputError(
      'calendar extension',
      parsed.error.issues.map((i) => ({
        path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
        code: i.code,
        message: i.message,
      })),
    );
  }
  const compiled = compile(builtInData(), parsed.data);
  return bind(
    () => compiled,
    () => ({ fromYear: compiled.fromYear, toYear: compiled.toYear }),
  );
}
