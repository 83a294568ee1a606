/**
 * `deadline(event, term, options)`: the due date of a legal term with an explanation.
 *
 * @internal
 */
import { InvalidInputError, type InputIssue } from '../errors.js';
import type { Compiled, DayReason } from './compile.js';
import { coverageError, nextWorkingOffset, reasonsAt } from './core.js';
import {
  addDaysDn,
  addMonthsDn,
  formatDay,
  formatLocalDateTime,
  invalidDate,
  MAX_DAY,
  parseLocalDateTime,
  tryParseDay,
} from './days.js';
import {
  DeadlineOptionsSchema,
  TermSchema,
  type ResolvedDeadlineOptions,
  type CalendarSource,
  type Term,
} from './schema.js';
import type { z } from 'zod';

/**
 * A non-working day that a term skipped (not counted, or passed over to reach a working day),
 * with every reason and its source.
 *
 * @example
 * ```ts
 * deadline('2022-03-18', { amount: 1, unit: 'working-days' }).explanation.skipped[0];
 * // { date: '2022-03-19', reasons: [{ kind: 'weekend', … }] }
 * ```
 */
export interface SkippedDay {
  /** The day not counted. */
  readonly date: string;
  /** Why it is not a working day. */
  readonly reasons: readonly DayReason[];
}

/**
 * One rule a deadline applied, in words, with its source. Civil Code rules carry
 * `status: 'unverified'`: the article numbers were not verified and are not given.
 *
 * @example
 * ```ts
 * deadline('2024-02-23', { amount: 1, unit: 'months' }).explanation.rules.map((r) => r.rule);
 * // ['start-next-day', 'months', 'non-working-end'] (23 March 2024 is a Saturday and Nauryz)
 * ```
 */
export interface TermRule {
  /** Which rule. */
  readonly rule:
    | 'start-next-day'
    | 'start-same-day'
    | 'working-days'
    | 'calendar-days'
    | 'months'
    | 'non-working-end'
    | 'keep-non-working-end'
    | 'hours';
  /** The rule in English words, with the dates it was applied to. */
  readonly text: string;
  /** Its legal basis. */
  readonly source: CalendarSource;
}

/**
 * How a deadline was computed.
 *
 * - `start`: the first day (for `hours`/`days24`, the moment) of the term;
 * - `termEnd`: the last day (or moment) of the term before any extension;
 * - `skipped`: for `working-days`, every non-working day from `start` to the due date that was not
 *   counted (empty for other units, which count every day);
 * - `extendedFromNonWorking`: present when the last day of a `calendar-days` or `months` term was
 *   not a working day and the term was extended to the next working day; `skipped` lists the
 *   days passed over, starting with the last day itself;
 * - `rules`: the rules applied, with sources; `notes`: caveats in English.
 *
 * @example
 * ```ts
 * const { explanation } = deadline('2026-08-29', { amount: 7, unit: 'calendar-days' });
 * explanation.termEnd; // '2026-09-05' (a Saturday)
 * explanation.extendedFromNonWorking; // { from: '2026-09-05', to: '2026-09-07', skipped: [ … 5 and 6 September … ] }
 * ```
 */
export interface DeadlineExplanation {
  /** The event day (or moment) the term counts from. */
  readonly event: string;
  /** The term. */
  readonly term: Term;
  /** The first day (or moment) of the term. */
  readonly start: string;
  /** The last day (or moment) of the term before any extension. */
  readonly termEnd: string;
  /** For `working-days`: the non-working days not counted. */
  readonly skipped: readonly SkippedDay[];
  /** Present when the term's last day was not a working day and the term was extended. */
  readonly extendedFromNonWorking?: {
    /** The term's last day, a non-working day. */
    readonly from: string;
    /** The next working day, the new due date. */
    readonly to: string;
    /** The days passed over, starting with `from`. */
    readonly skipped: readonly SkippedDay[];
  };
  /** The rules applied, with their sources. */
  readonly rules: readonly TermRule[];
  /** Caveats in English. */
  readonly notes: readonly string[];
}

/**
 * The result of `deadline`: `due` is the last day on which the act may be done (`YYYY-MM-DD`), or,
 * for `hours` and `days24`, the local date-time when the term ends (`YYYY-MM-DDTHH:mm`).
 *
 * @example
 * ```ts
 * deadline('2022-03-04', { amount: 1, unit: 'working-days' });
 * // { due: '2022-03-05', explanation: { … }, options: { countFrom: 'next-day', endOnNonWorking: 'next-working-day' } }
 * ```
 */
export interface Deadline {
  /** The last day on which the act may be done, or the local date-time the term ends. */
  readonly due: string;
  /** How it was computed. */
  readonly explanation: DeadlineExplanation;
  /** The options applied, defaults included. */
  readonly options: ResolvedDeadlineOptions;
}

const CIVIL_CODE_NOTE =
  'Civil Code of the RK (General part), chapter on computing terms: the article number and exact wording are unverified (kz-calendar.md §8); read adilet K940001000_ before citing an article.';

const civil = (note?: string): CalendarSource => ({
  act: 'civil-code-general-part',
  status: 'unverified',
  note: note ? `${note} ${CIVIL_CODE_NOTE}` : CIVIL_CODE_NOTE,
});

const RULES = {
  startNext: {
    rule: 'start-next-day',
    text: 'The term begins on the day after the event (countFrom: "next-day", the default).',
    source: civil(),
  },
  startSame: {
    rule: 'start-same-day',
    text: 'The event day is the first day of the term (countFrom: "same-day", chosen by the caller; not the Civil Code default).',
    source: civil('The Civil Code default is to begin on the day after the event; the former Law No. 107-II art. 12-1 counted "с календарной даты или со дня наступления события".'),
  },
  workingDays: {
    rule: 'working-days',
    text: 'Only working days of the five-day-week calendar are counted: weekends, holidays (Law 267-II), days off moved from holidays that fell on a weekend (art. 5), religious days off (Labour Code art. 84 para 5) and transferred days off (art. 85 para 3) are skipped; a rest day made working by a transfer counts. Each skipped day carries its own source.',
    source: { act: 'law-267-II', article: 'art. 5', status: 'verified', note: 'Holidays are non-working days; see each skipped day for its own source.' },
  },
  calendarDays: {
    rule: 'calendar-days',
    text: 'Every calendar day is counted, working or not.',
    source: civil(),
  },
  months: {
    rule: 'months',
    text: 'A term in months ends on the same-numbered day of the last month; if that month has no such day, on its last day.',
    source: civil(),
  },
  nonWorkingEnd: {
    rule: 'non-working-end',
    text: 'When the last day of the term is not a working day, the term ends on the next working day (endOnNonWorking: "next-working-day", the default).',
    source: civil(),
  },
  keepNonWorkingEnd: {
    rule: 'keep-non-working-end',
    text: 'The last day of the term is kept even when it is not a working day (endOnNonWorking: "keep", chosen by the caller; not the Civil Code default).',
    source: civil(),
  },
  hours: {
    rule: 'hours',
    text: 'Hours (and сутки, 24 hours each) are added to the local date-time of the event, as wall-clock arithmetic on Kazakhstan local time.',
    source: {
      announcement: 'wall-clock arithmetic on local date-times (this library)',
      status: 'unverified',
      note: 'No rule of the Civil Code on terms in hours was verified. Clock changes are not taken into account: on 1 March 2024 regions on UTC+6 moved to UTC+5 (tzdata 2024a), so a term spanning that night is one hour longer in elapsed time.',
    },
  },
} as const satisfies Record<string, TermRule>;

function issuesOf(error: z.ZodError, prefix: string): InputIssue[] {
  return error.issues.map((i) => ({
    path: [prefix, ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))],
    code: i.code,
    message: i.message,
  }));
}

/** Every non-working day in offsets [from, to). */
function skippedBetween(c: Compiled, from: number, to: number): SkippedDay[] {
  const out: SkippedDay[] = [];
  for (let off = from; off < to; off++) {
    if (c.working[off] === 0) out.push({ date: c.iso[off] as string, reasons: reasonsAt(c, off) });
  }
  return out;
}

/** Covered offset of a day number, or a coverage error (path [] : a computed day). */
function covered(c: Compiled, dn: number, path: ReadonlyArray<string | number>): number {
  const off = dn - c.start;
  if (off < 0 || off >= c.length) throw coverageError(c, dn, path);
  return off;
}

/** @internal */
export function deadlineIn(getCalendar: () => Compiled, event: string, term: Term, options?: unknown): Deadline {
  const t = TermSchema.safeParse(term);
  if (!t.success) throw new InvalidInputError('term', issuesOf(t.error, 'term'));
  const o = DeadlineOptionsSchema.safeParse(options ?? {});
  if (!o.success) throw new InvalidInputError('deadline options', issuesOf(o.error, 'options'));
  const { amount, unit } = t.data;
  const opts = o.data;
  const notes: string[] = [];

  if (unit === 'hours' || unit === 'days24') {
    const minutes = parseLocalDateTime(event, 'event');
    const endMinutes = minutes + amount * (unit === 'hours' ? 60 : 1440);
    const due = formatLocalDateTime(endMinutes);
    if (Math.floor(endMinutes / 1440) > MAX_DAY) {
      throw new InvalidInputError('term', [{ path: ['term', 'amount'], code: 'out_of_range', message: 'the term ends after the year 9999' }]);
    }
    notes.push('countFrom and endOnNonWorking do not apply to terms in hours or сутки: the term runs from the event moment and is not extended.');
    return {
      due,
      explanation: { event, term: t.data, start: event, termEnd: due, skipped: [], rules: [RULES.hours], notes },
      options: opts,
    };
  }

  // day terms: the event is a date, or a date-time whose time is ignored
  let ev = tryParseDay(event);
  if (ev !== ev && typeof event === 'string' && event.length === 16) {
    ev = Math.floor(parseLocalDateTime(event, 'event') / 1440);
    notes.push('The time of day of the event is ignored for a term in days or months.');
  }
  if (ev !== ev) throw invalidDate('event', 'a calendar date as YYYY-MM-DD (or a local date-time YYYY-MM-DDTHH:mm)');

  const rules: TermRule[] = [opts.countFrom === 'next-day' ? RULES.startNext : RULES.startSame];

  if (unit === 'working-days') {
    const c = getCalendar();
    const evOff = covered(c, ev, ['event']);
    rules.push(RULES.workingDays);
    const eventCounts = opts.countFrom === 'same-day' && c.working[evOff] === 1;
    const startOff = opts.countFrom === 'same-day' ? evOff : evOff + 1;
    // the amount-th working day from the start: with the event counted, the (amount-1)-th after it
    const k = (c.cum[evOff] as number) + amount - 1 - (eventCounts ? 1 : 0);
    if (k >= c.workDays.length) throw coverageError(c, c.start + c.length, []);
    const dueOff = c.workDays[k] as number;
    if (opts.countFrom === 'same-day' && !eventCounts) {
      notes.push('The event day is not a working day, so it is not counted; counting starts with the next working day.');
    }
    return {
      due: c.iso[dueOff] as string,
      explanation: {
        event,
        term: t.data,
        start: formatDay(c.start + startOff),
        termEnd: c.iso[dueOff] as string,
        skipped: skippedBetween(c, startOff, dueOff),
        rules,
        notes,
      },
      options: opts,
    };
  }

  // calendar days and months
  let last: number;
  if (unit === 'calendar-days') {
    rules.push(RULES.calendarDays);
    last = addDaysDn(ev, opts.countFrom === 'same-day' ? amount - 1 : amount, 'term');
  } else {
    rules.push(RULES.months);
    const sameNumbered = addMonthsDn(ev, amount, 'term');
    last = opts.countFrom === 'same-day' ? addDaysDn(sameNumbered, -1, 'term') : sameNumbered;
  }
  const start = opts.countFrom === 'same-day' ? ev : addDaysDn(ev, 1, 'event');
  const termEnd = formatDay(last);
  const base = { event, term: t.data, start: formatDay(start), termEnd, skipped: [] as SkippedDay[] };

  if (opts.endOnNonWorking === 'keep') {
    rules.push(RULES.keepNonWorkingEnd);
    const c = getCalendar();
    const off = last - c.start;
    if (off >= 0 && off < c.length && c.working[off] === 0) {
      notes.push('The last day of the term is not a working day; it is kept because endOnNonWorking is "keep".');
    }
    return { due: termEnd, explanation: { ...base, rules, notes }, options: opts };
  }

  const c = getCalendar();
  const lastOff = covered(c, last, []);
  if (c.working[lastOff] === 1) {
    return { due: termEnd, explanation: { ...base, rules, notes }, options: opts };
  }
  rules.push(RULES.nonWorkingEnd);
  const dueOff = nextWorkingOffset(c, lastOff);
  const due = c.iso[dueOff] as string;
  return {
    due,
    explanation: {
      ...base,
      extendedFromNonWorking: { from: termEnd, to: due, skipped: skippedBetween(c, lastOff, dueOff) },
      rules,
      notes,
    },
    options: opts,
  };
}
