import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  CalendarCoverageError,
  dayInfo,
  deadline,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
  type TermUnit,
} from '../../src/calendar/index.js';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const T2016 = Date.UTC(2016, 0, 1);
const COVERED_DAYS = (Date.UTC(2026, 11, 31) - T2016) / DAY + 1;

/** A covered date, generated without the library. */
const coveredDate = fc.integer({ min: 0, max: COVERED_DAYS - 1 }).map((i) => iso(T2016 + i * DAY));
/** A covered date leaving room for a year of terms. */
const earlyDate = fc.integer({ min: 0, max: COVERED_DAYS - 1 - 400 }).map((i) => iso(T2016 + i * DAY));
/** Any date of 1900–2100. */
const anyDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map((d) => iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));

/** addWorkingDays, or undefined when the result is past the covered years. */
function tryAdd(a: string, n: number): string | undefined {
  try {
    return addWorkingDays(a, n);
  } catch (e) {
    if (e instanceof CalendarCoverageError) return undefined;
    throw e;
  }
}

describe('properties of working-day arithmetic (fast-check)', () => {
  it('addWorkingDays(a, n) is a working day for n ≥ 1, or the range really ends first', () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 1, max: 400 }), (a, n) => {
        const r = tryAdd(a, n);
        if (r === undefined) {
          expect(workingDaysBetween(a, '2026-12-31')).toBeLessThan(n);
        } else {
          expect(isWorkingDay(r)).toBe(true);
          expect(r > a).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is strictly monotonic in n', () => {
    fc.assert(
      fc.property(earlyDate, fc.integer({ min: 0, max: 150 }), fc.integer({ min: 1, max: 100 }), (a, n, k) => {
        expect(addWorkingDays(a, n) < addWorkingDays(a, n + k)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('workingDaysBetween(a, addWorkingDays(a, n)) === n', () => {
    fc.assert(
      fc.property(earlyDate, fc.integer({ min: 0, max: 250 }), (a, n) => {
        expect(workingDaysBetween(a, addWorkingDays(a, n))).toBe(n);
      }),
      { numRuns: 1000 },
    );
  });

  it('addWorkingDays equals a naive day-by-day walk; nextWorkingDay is addWorkingDays(·, 1)', () => {
    fc.assert(
      fc.property(earlyDate, fc.integer({ min: 1, max: 25 }), (a, n) => {
        let t = Date.parse(`${a}T00:00:00Z`);
        let d = a;
        let left = n;
        while (left > 0) {
          t += DAY;
          d = iso(t);
          if (isWorkingDay(d)) left--;
        }
        expect(addWorkingDays(a, n)).toBe(d);
        expect(nextWorkingDay(a)).toBe(addWorkingDays(a, 1));
      }),
      { numRuns: 500 },
    );
  });

  it('workingDaysBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(coveredDate, coveredDate, coveredDate, (a, b, c) => {
        expect(workingDaysBetween(b, a) + workingDaysBetween(a, b)).toBe(0);
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
      }),
      { numRuns: 1000 },
    );
  });

  it('dayInfo agrees with isWorkingDay and always explains a day off', () => {
    fc.assert(
      fc.property(coveredDate, (d) => {
        const info = dayInfo(d);
        expect(info.working).toBe(isWorkingDay(d));
        if (!info.working) expect(info.reasons.length).toBeGreaterThan(0);
        else if (info.reasons.length > 0) expect(info.reasons.at(-1)?.kind).toBe('transfer-work');
        for (const r of info.reasons) expect(['verified', 'secondary', 'unverified']).toContain(r.source.status);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('properties of calendar arithmetic (fast-check)', () => {
  it('addMonths lands on the same-numbered day or the last day of the target month, never in the next month', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -240, max: 240 }), (d, n) => {
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        const total = y * 12 + (m - 1) + n;
        const ty = Math.floor(total / 12);
        const tm = total - ty * 12; // 0-based
        const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
        const expected = iso(Date.UTC(ty, tm, Math.min(day, last)));
        const r = addMonths(d, n);
        expect(r).toBe(expected);
        expect(Number(r.slice(5, 7))).toBe(tm + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('addCalendarDays equals UTC millisecond arithmetic and is invertible', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const r = addCalendarDays(d, n);
        expect(r).toBe(iso(Date.parse(`${d}T00:00:00Z`) + n * DAY));
        expect(addCalendarDays(r, -n)).toBe(d);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('properties of deadline (fast-check)', () => {
  const units: TermUnit[] = ['working-days', 'calendar-days', 'months'];

  it("countFrom 'next-day' and 'same-day' differ by at most one working day, same-day never later", () => {
    fc.assert(
      fc.property(earlyDate, fc.constantFrom(...units), fc.integer({ min: 1, max: 12 }), (event, unit, amount) => {
        const next = deadline(event, { amount, unit }).due;
        const same = deadline(event, { amount, unit }, { countFrom: 'same-day' }).due;
        expect(same <= next).toBe(true);
        expect([0, 1]).toContain(workingDaysBetween(same, next));
      }),
      { numRuns: 1000 },
    );
  });

  it('a due date is a working day unless endOnNonWorking is keep', () => {
    fc.assert(
      fc.property(earlyDate, fc.constantFrom(...units), fc.integer({ min: 1, max: 12 }), fc.constantFrom('next-day', 'same-day'), (event, unit, amount, countFrom) => {
        const d = deadline(event, { amount, unit }, { countFrom: countFrom as 'next-day' | 'same-day' });
        expect(isWorkingDay(d.due)).toBe(true);
        expect(d.due >= d.explanation.termEnd).toBe(true);
        for (const s of [...d.explanation.skipped, ...(d.explanation.extendedFromNonWorking?.skipped ?? [])]) {
          expect(isWorkingDay(s.date)).toBe(false);
          expect(s.reasons.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a working-days term skips exactly the non-working days between start and due', () => {
    fc.assert(
      fc.property(earlyDate, fc.integer({ min: 1, max: 30 }), (event, amount) => {
        const d = deadline(event, { amount, unit: 'working-days' });
        const days = (Date.parse(`${d.due}T00:00:00Z`) - Date.parse(`${event}T00:00:00Z`)) / DAY;
        expect(d.explanation.skipped.length).toBe(days - amount);
      }),
      { numRuns: 500 },
    );
  });
});
