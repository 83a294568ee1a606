import { describe, expect, it } from 'vitest';
import { InvalidDateError, InvalidInputError, KzssError } from '../../src/errors.js';
import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  CalendarCoverageError,
  dayInfo,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from '../../src/calendar/index.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('addWorkingDays', () => {
  it("'2022-03-04' + 1 = '2022-03-05': Sat 5 March 2022 was a working day (decree No. 713); DESIGN.md's '2022-03-09' ignores the transfer", () => {
    expect(addWorkingDays('2022-03-04', 1)).toBe('2022-03-05');
    expect(addWorkingDays('2022-03-04', 2)).toBe('2022-03-09'); // 6 Sun, 7 Mon (transferred off), 8 Tue (8 March)
  });

  it("'2022-03-18' + 1 = '2022-03-24': Sat 19, Sun 20, Nauryz Mon 21 – Wed 23, then Thursday 24", () => {
    expect(addWorkingDays('2022-03-18', 1)).toBe('2022-03-24');
    expect(dayInfo('2022-03-24').weekday).toBe(4);
  });

  it('n = 0 returns the date unchanged, even a non-working one', () => {
    expect(addWorkingDays('2022-03-18', 0)).toBe('2022-03-18');
    expect(addWorkingDays('2022-03-21', 0)).toBe('2022-03-21');
  });

  it('examples over year ends, chained moves and transfers', () => {
    expect(addWorkingDays('2021-12-31', 1)).toBe('2022-01-05'); // 1–2 Jan Sat–Sun moved to 3–4 Jan
    expect(addWorkingDays('2022-12-30', 1)).toBe('2023-01-04'); // 1 Jan Sun → 3 Jan; 2 Jan holiday
    expect(addWorkingDays('2020-05-07', 1)).toBe('2020-05-11'); // 8 May transferred off; 9–10 weekend; 11 May working
    expect(addWorkingDays('2018-12-28', 1)).toBe('2018-12-29'); // Saturday made working
    expect(addWorkingDays('2018-12-28', 2)).toBe('2019-01-03'); // 31 Dec transferred off, 1–2 Jan holidays
    expect(addWorkingDays('2026-03-20', 1)).toBe('2026-03-26'); // Nauryz 2026: 21–23 + moves to 24–25
    expect(addWorkingDays('2016-01-01', 245)).toBe('2016-12-30');
  });

  it('running past the covered years is a coverage error, not a guess', () => {
    expect(addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
    const e = thrown(() => addWorkingDays('2026-12-31', 1));
    expect(e).toBeInstanceOf(CalendarCoverageError);
    expect(e).toMatchObject({ code: 'CALENDAR_NOT_COVERED', details: { year: 2027, covered: [2016, 2026] }, path: [] });
  });
});

describe('nextWorkingDay', () => {
  it('is strictly after the date', () => {
    expect(nextWorkingDay('2024-03-22')).toBe('2024-03-26');
    expect(nextWorkingDay('2024-03-26')).toBe('2024-03-27');
    expect(nextWorkingDay('2022-03-04')).toBe('2022-03-05');
  });
});

describe('workingDaysBetween', () => {
  it('counts working days d with a < d <= b', () => {
    expect(workingDaysBetween('2022-03-04', '2022-03-09')).toBe(2);
    expect(workingDaysBetween('2022-03-04', '2022-03-04')).toBe(0);
    expect(workingDaysBetween('2022-03-04', '2022-03-05')).toBe(1);
    expect(workingDaysBetween('2022-03-05', '2022-03-08')).toBe(0);
  });

  it('is antisymmetric: negative when b < a', () => {
    expect(workingDaysBetween('2022-03-09', '2022-03-04')).toBe(-2);
    expect(workingDaysBetween('2026-12-31', '2016-01-01')).toBe(-2707);
  });

  it('over the whole range equals the sum of the yearly totals', () => {
    // 245+245+246+246+246+245+246+246+249+246+247 = 2707, and 1 Jan 2016 is not working
    expect(workingDaysBetween('2016-01-01', '2026-12-31')).toBe(2707);
  });
});

describe('addCalendarDays and addMonths (no calendar data needed)', () => {
  it('adds calendar days in both directions, over leap days and years', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addCalendarDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addCalendarDays('2030-06-15', 0)).toBe('2030-06-15');
    expect(addCalendarDays('1999-12-31', 366)).toBe('2000-12-31');
  });

  it('adds months on the same-numbered day, clamping to the month end', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-08-31', -2)).toBe('2024-06-30');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-03-15', 6)).toBe('2024-09-15');
    expect(addMonths('2024-10-31', 4)).toBe('2025-02-28');
  });

  it('rejects results outside 0000–9999', () => {
    expect(thrown(() => addCalendarDays('9999-12-31', 1))).toBeInstanceOf(InvalidInputError);
    expect(thrown(() => addMonths('0000-01-15', -1))).toBeInstanceOf(InvalidInputError);
  });
});

describe('coverage errors', () => {
  it.each([
    ['2015-12-31', 2015],
    ['2027-01-01', 2027],
  ])('%s is not covered', (date, year) => {
    for (const fn of [
      () => isWorkingDay(date),
      () => nextWorkingDay(date),
      () => addWorkingDays(date, 1),
      () => dayInfo(date),
      () => workingDaysBetween('2020-01-01', date),
    ]) {
      const e = thrown(fn);
      expect(e).toBeInstanceOf(CalendarCoverageError);
      expect(e).toBeInstanceOf(KzssError);
      expect((e as CalendarCoverageError).code).toBe('CALENDAR_NOT_COVERED');
      expect((e as CalendarCoverageError).details).toEqual({ year, covered: [2016, 2026] });
    }
    expect((thrown(() => isWorkingDay(date)) as KzssError).path).toEqual(['date']);
    expect((thrown(() => workingDaysBetween('2020-01-01', date)) as KzssError).path).toEqual(['b']);
  });
});

describe('bad input gives a typed error naming the argument', () => {
  const badDates: unknown[] = ['2022-02-30', '22-3-4', '2022-3-04', '2022-03-04T00:00', ' 2022-03-04', '2022-13-01', '2022-00-10', '2022-01-00', '２０２２-03-04', 20220304, new Date(Date.UTC(2022, 2, 4)), null, undefined];

  it.each(badDates.map((d) => [d]))('%s', (bad) => {
    for (const [fn, arg] of [
      [() => isWorkingDay(bad as string), 'date'],
      [() => nextWorkingDay(bad as string), 'date'],
      [() => addWorkingDays(bad as string, 1), 'date'],
      [() => dayInfo(bad as string), 'date'],
      [() => addCalendarDays(bad as string, 1), 'date'],
      [() => addMonths(bad as string, 1), 'date'],
      [() => workingDaysBetween(bad as string, '2022-03-04'), 'a'],
      [() => workingDaysBetween('2022-03-04', bad as string), 'b'],
    ] as const) {
      const e = thrown(fn);
      expect(e).toBeInstanceOf(InvalidDateError);
      expect((e as InvalidDateError).code).toBe('INVALID_DATE');
      expect((e as InvalidDateError).path).toEqual([arg]);
      expect((e as Error).message).toContain(arg);
    }
  });

  it.each([[-1], [1.5], [Number.NaN], [Number.POSITIVE_INFINITY], ['1'], [null]])('n = %s', (n) => {
    const e = thrown(() => addWorkingDays('2022-03-04', n as number));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).path).toEqual(['n']);
  });

  it('addCalendarDays and addMonths accept negative integers but not fractions', () => {
    expect((thrown(() => addCalendarDays('2022-03-04', 0.5)) as KzssError).path).toEqual(['n']);
    expect((thrown(() => addMonths('2022-03-04', Number.NaN)) as KzssError).path).toEqual(['n']);
  });

  it('2024-02-29 is valid, 2023-02-29 and 2100-02-29 are not', () => {
    expect(isWorkingDay('2024-02-29')).toBe(true);
    expect(thrown(() => isWorkingDay('2023-02-29'))).toBeInstanceOf(InvalidDateError);
    expect(thrown(() => addCalendarDays('2100-02-29', 1))).toBeInstanceOf(InvalidDateError);
    expect(addCalendarDays('2000-02-29', 1)).toBe('2000-03-01');
  });
});
