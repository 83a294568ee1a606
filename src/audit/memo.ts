import type { Calendar, Term } from '../calendar/index.js';

/**
 * Memo tables shared by every audit. Each caches a pure function of its key (a term's due day for
 * a start day, the version of a standard in force on a day, a quarter's bounds), so answers are
 * the same with or without them; cached values are frozen or never handed to a caller to change.
 * Tables hang on the calendar or registry object they answer for, and are bounded: when one
 * fills up it is emptied and refilled.
 *
 * @internal
 */

/** Values by day: days written `YYYY-MM-DD` are keyed by a number (cheaper than hashing strings), other strings as they are. */
export class DayMemo<V> {
  private byNumber = new Map<number, V>();
  private byString = new Map<string, V>();

  constructor(private readonly max = 50_000) {}

  get(day: string): V | undefined {
    const n = dayNumber(day);
    return n >= 0 ? this.byNumber.get(n) : this.byString.get(day);
  }

  set(day: string, value: V): V {
    const n = dayNumber(day);
    if (n >= 0) {
      if (this.byNumber.size >= this.max) this.byNumber = new Map();
      this.byNumber.set(n, value);
    } else {
      if (this.byString.size >= this.max) this.byString = new Map();
      this.byString.set(day, value);
    }
    return value;
  }
}

/**
 * A number that identifies a day written `YYYY-MM-DD` (digits and dashes in place; the date need
 * not be real), or -1 for any other string. Distinct such strings give distinct numbers.
 */
export function dayNumber(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n; // YYYYMMDD
}

/** A non-working day a term skipped, as a finding reports it. */
export interface SkippedView {
  readonly date: string;
  readonly reasons: readonly string[];
}

/** What the audit reads of a calendar deadline: the due day (or moment) and the days it skipped. */
export interface TermView {
  readonly due: string;
  readonly skipped: readonly SkippedView[];
}

/** The options of `deadline` the audit passes. */
export interface DeadlineChoice {
  readonly countFrom?: 'next-day' | 'same-day';
  readonly endOnNonWorking?: 'next-working-day' | 'keep';
}

function optionSlot(options: DeadlineChoice): number {
  const from = options.countFrom === undefined ? 0 : options.countFrom === 'next-day' ? 1 : 2;
  const end = options.endOnNonWorking === undefined ? 0 : options.endOnNonWorking === 'next-working-day' ? 1 : 2;
  return from * 3 + end;
}

/** The memo tables of one calendar. @internal */
export class CalendarMemo {
  /** Per term object (rule files' terms are parsed once and never changed), per options: views by event day. */
  private readonly terms = new Map<Term, Array<DayMemo<TermView> | undefined>>();
  /** Per number of months: the kept last day by start day. */
  private readonly months = new Map<number, DayMemo<string>>();
  /** Bounds of consecutive three-month periods by start day: [from0, to0, from1, to1, …]. */
  private readonly quarters = new DayMemo<string[]>(20_000);

  constructor(readonly calendar: Calendar) {}

  /**
   * `calendar.deadline(event, term, options)`: its due day and the non-working days skipped (on
   * the way and, when the last day was not a working day, after it). Errors are not remembered:
   * they are thrown again on every call.
   */
  term(event: string, term: Term, options: DeadlineChoice): TermView {
    let slots = this.terms.get(term);
    if (!slots) {
      if (this.terms.size >= 1_000) this.terms.clear();
      slots = [];
      this.terms.set(term, slots);
    }
    const slot = optionSlot(options);
    const memo = (slots[slot] ??= new DayMemo<TermView>(20_000));
    const hit = memo.get(event);
    if (hit) return hit;
    const d = this.calendar.deadline(event, term, options);
    const skipped = [...d.explanation.skipped, ...(d.explanation.extendedFromNonWorking?.skipped ?? [])].map((s) =>
      Object.freeze({ date: s.date, reasons: Object.freeze(s.reasons.map((r) => r.kind as string)) }),
    );
    return memo.set(event, Object.freeze({ due: d.due, skipped: Object.freeze(skipped) }));
  }

  /**
   * The last day of a term of `months` months from `day`, kept even when it is not a working day:
   * `calendar.deadline(day, { amount: months, unit: 'months' }, { endOnNonWorking: 'keep' }).due`.
   */
  monthsEnd(day: string, months: number): string {
    let memo = this.months.get(months);
    if (!memo) {
      if (this.months.size >= 1_000) this.months.clear();
      memo = new DayMemo<string>(20_000);
      this.months.set(months, memo);
    }
    return memo.get(day) ?? memo.set(day, this.calendar.deadline(day, { amount: months, unit: 'months' }, { endOnNonWorking: 'keep' }).due);
  }

  /**
   * The k-th period of three months from `start`: from `calendar.addMonths(start, 3k)` to the day
   * before `calendar.addMonths(start, 3(k + 1))`.
   */
  quarter(start: string, k: number): { readonly from: string; readonly to: string } {
    let bounds = this.quarters.get(start);
    if (!bounds) bounds = this.quarters.set(start, []);
    while (bounds.length <= 2 * k + 1) {
      const j = bounds.length / 2;
      const from = this.calendar.addMonths(start, 3 * j);
      const to = this.calendar.addCalendarDays(this.calendar.addMonths(start, 3 * (j + 1)), -1);
      bounds.push(from, to);
    }
    return { from: bounds[2 * k] as string, to: bounds[2 * k + 1] as string };
  }
}

const calendarMemos = new WeakMap<Calendar, CalendarMemo>();

/** The memo tables of a calendar, made on first use. @internal */
export function calendarMemo(calendar: Calendar): CalendarMemo {
  let m = calendarMemos.get(calendar);
  if (!m) {
    m = new CalendarMemo(calendar);
    calendarMemos.set(calendar, m);
  }
  return m;
}

/**
 * A fresh copy of skipped days for one finding (findings never share mutable parts). Copied
 * element by element: `slice` of a frozen array is slow in V8.
 *
 * @internal
 */
export function copySkipped(skipped: readonly SkippedView[]): Array<{ date: string; reasons: string[] }> {
  const out: Array<{ date: string; reasons: string[] }> = [];
  for (let i = 0; i < skipped.length; i++) {
    const s = skipped[i] as SkippedView;
    const reasons: string[] = [];
    for (let j = 0; j < s.reasons.length; j++) reasons.push(s.reasons[j] as string);
    out.push({ date: s.date, reasons });
  }
  return out;
}
