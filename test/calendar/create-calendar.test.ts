import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../../src/errors.js';
import {
  CalendarCoverageError,
  createCalendar,
  defaultCalendar,
  isWorkingDay,
  type Calendar,
  type CalendarExtension,
} from '../../src/calendar/index.js';
import { daysOfYear } from './expected.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

const dumk = { announcement: 'DUMK (test fixture)', status: 'verified' as const };
const kurban = (date: string) => ({ kind: 'kurban-ait' as const, date, source: dumk });
const total = (cal: Calendar, year: number) => daysOfYear(year).filter((d) => cal.isWorkingDay(d)).length;
const movesOf = (cal: Calendar, year: number) =>
  daysOfYear(year).flatMap((d) => cal.dayInfo(d).reasons.filter((r) => r.kind === 'holiday-move').map((r) => [d, r.movedFrom]));

describe('createCalendar', () => {
  it('with no extension equals the default calendar', () => {
    const cal = createCalendar();
    expect(cal.coverage).toEqual({ fromYear: 2016, toYear: 2026 });
    expect(defaultCalendar.coverage).toEqual({ fromYear: 2016, toYear: 2026 });
    for (const y of [2016, 2020, 2026]) expect(total(cal, y)).toBe(total(defaultCalendar, y));
  });

  it('2027 with the estimated Kurban Ait (Sun 16 May) has 247 working days (kz-calendar.md §1, provisional)', () => {
    const cal = createCalendar({ years: { to: 2027 }, religiousDays: [kurban('2027-05-16')] });
    expect(cal.coverage).toEqual({ fromYear: 2016, toYear: 2027 });
    expect(total(cal, 2027)).toBe(247);
    expect(movesOf(cal, 2027)).toEqual([
      ['2027-01-04', '2027-01-02'],
      ['2027-03-24', '2027-03-21'],
      ['2027-05-03', '2027-05-01'],
      ['2027-05-10', '2027-05-09'],
    ]);
    // the new Constitution Day (15 March) applies from 2027
    expect(cal.dayInfo('2027-03-15').reasons.map((r) => r.id)).toEqual(['constitution-day-15-mar']);
    expect(cal.addWorkingDays('2026-12-31', 1)).toBe('2027-01-05');
    // the default calendar is untouched
    expect(thrown(() => isWorkingDay('2027-01-05'))).toBeInstanceOf(CalendarCoverageError);
  });

  it('2027 with Kurban Ait on Mon 17 May has 246', () => {
    const cal = createCalendar({ years: { to: 2027 }, religiousDays: [kurban('2027-05-17')] });
    expect(total(cal, 2027)).toBe(246);
  });

  it('a 2027 transfer order can be added with its act', () => {
    const ext: CalendarExtension = {
      years: { to: 2027 },
      religiousDays: [kurban('2027-05-17')],
      transfers: [{ from: '2027-07-03', to: '2027-07-05', source: { act: 'order-2027', status: 'verified' } }],
      sources: [{ id: 'order-2027', kind: 'ministry-order', title: { en: 'Order on the transfer of rest days in 2027' }, status: 'verified' }],
    };
    const cal = createCalendar(ext);
    expect(cal.isWorkingDay('2027-07-03')).toBe(true);
    expect(cal.isWorkingDay('2027-07-05')).toBe(false);
    expect(cal.dayInfo('2027-07-05').reasons[0]).toMatchObject({ kind: 'transfer-off', source: { act: 'order-2027' } });
    expect(cal.acts().some((a) => a.id === 'order-2027')).toBe(true);
    expect(cal.deadline('2027-07-02', { amount: 2, unit: 'working-days' }).due).toBe('2027-07-07');
  });

  it('2015 with Kurban Ait 24 September has 245 working days and the moves of §5', () => {
    const cal = createCalendar({ years: { from: 2015 }, religiousDays: [kurban('2015-09-24')] });
    expect(total(cal, 2015)).toBe(245);
    expect(movesOf(cal, 2015)).toEqual([
      ['2015-03-09', '2015-03-08'],
      ['2015-03-24', '2015-03-21'],
      ['2015-03-25', '2015-03-22'],
      ['2015-05-11', '2015-05-09'],
      ['2015-08-31', '2015-08-30'],
    ]);
  });

  it('a Kurban Ait date replaces the built-in date of its year', () => {
    const cal = createCalendar({ religiousDays: [kurban('2026-05-28')] });
    expect(cal.isWorkingDay('2026-05-27')).toBe(true);
    expect(cal.isWorkingDay('2026-05-28')).toBe(false);
    expect(cal.dayInfo('2026-05-28').reasons[0]?.dateSource).toEqual(dumk);
    expect(total(cal, 2026)).toBe(247);
  });

  it('a weekend move skips a religious day off (hypothetical Kurban Ait on Mon 26 October 2026)', () => {
    const cal = createCalendar({ religiousDays: [kurban('2026-10-26')] });
    expect(cal.dayInfo('2026-10-26').reasons.map((r) => r.kind)).toEqual(['religious']);
    expect(cal.dayInfo('2026-10-27').reasons).toMatchObject([{ kind: 'holiday-move', movedFrom: '2026-10-25' }]);
    expect(cal.isWorkingDay('2026-05-27')).toBe(true);
    // one weekday off traded for another: 27 May works, 26 and 27 October are off instead of 27 May and 26 October
    expect(total(cal, 2026)).toBe(247);
  });

  it('an added holiday on a weekend moves under art. 5', () => {
    const cal = createCalendar({
      holidays: [
        {
          id: 'test-holiday', month: 9, day: 5, kind: 'state', fromYear: 2026,
          name: { ru: 'Тест', kk: 'Тест', en: 'Test' },
          source: { announcement: 'test fixture', status: 'unverified' },
        },
      ],
    });
    expect(cal.dayInfo('2026-09-07').reasons).toMatchObject([{ kind: 'holiday-move', movedFrom: '2026-09-05', id: 'test-holiday' }]);
    expect(total(cal, 2026)).toBe(246);
    expect(total(cal, 2025)).toBe(total(defaultCalendar, 2025));
  });

  it('can narrow the covered years', () => {
    const cal = createCalendar({ years: { from: 2020, to: 2021 } });
    expect(total(cal, 2020)).toBe(246);
    expect(thrown(() => cal.isWorkingDay('2019-12-31'))).toMatchObject({ details: { year: 2019, covered: [2020, 2021] } });
  });
});

describe('createCalendar: bad input', () => {
  const cases: Array<[string, unknown, Array<string | number>]> = [
    ['not an object', 42, []],
    ['unknown key', { transfer: [] }, []],
    ['years before 2015', { years: { from: 2014 } }, ['years', 'from']],
    ['years reversed', { years: { from: 2020, to: 2019 } }, ['years']],
    ['bad transfer date', { transfers: [{ from: '2026-02-30', to: '2026-03-02', source: dumk }] }, ['transfers', 0, 'from']],
    ['transfer from a working day', { transfers: [{ from: '2026-03-02', to: '2026-03-03', source: dumk }] }, ['transfers', 0, 'from']],
    ['transfer to a rest day', { transfers: [{ from: '2026-03-07', to: '2026-03-08', source: dumk }] }, ['transfers', 0, 'to']],
    ['transfer from a holiday', { transfers: [{ from: '2026-03-21', to: '2026-03-27', source: dumk }] }, ['transfers', 0, 'from']],
    ['transfer reusing a transferred day', { transfers: [{ from: '2024-05-04', to: '2024-05-10', source: dumk }] }, ['transfers', 0]],
    ['transfer outside the years', { transfers: [{ from: '2027-07-03', to: '2027-07-05', source: dumk }] }, ['transfers', 0, 'from']],
    ['unknown act', { transfers: [{ from: '2026-07-04', to: '2026-07-07', source: { act: 'nope', status: 'verified' } }] }, ['transfers', 0, 'source', 'act']],
    ['source without act or announcement', { transfers: [{ from: '2026-07-04', to: '2026-07-07', source: { status: 'verified' } }] }, ['transfers', 0, 'source']],
    ['bad status', { transfers: [{ from: '2026-07-04', to: '2026-07-07', source: { act: 'law-267-II', status: 'sure' } }] }, ['transfers', 0, 'source', 'status']],
    ['a year without Kurban Ait', { years: { to: 2027 } }, ['religiousDays']],
    ['two Kurban Ait dates in a year', { years: { to: 2027 }, religiousDays: [kurban('2027-05-16'), kurban('2027-05-17')] }, ['religiousDays', 1]],
    ['Kurban Ait outside the years', { religiousDays: [kurban('2027-05-16')] }, ['religiousDays', 0, 'date']],
    [
      'a holiday that duplicates a built-in one',
      { holidays: [{ id: 'c', month: 3, day: 15, kind: 'state', fromYear: 2026, name: { ru: 'a', kk: 'a', en: 'a' }, source: dumk }] },
      ['holidays', 0],
    ],
    [
      'a holiday on 30 February',
      { holidays: [{ id: 'c', month: 2, day: 30, kind: 'state', name: { ru: 'a', kk: 'a', en: 'a' }, source: dumk }] },
      ['holidays', 0, 'day'],
    ],
    ['a duplicate act id', { sources: [{ id: 'law-267-II', kind: 'law', title: { en: 'x' }, status: 'verified' }] }, ['sources', 0, 'id']],
  ];

  it.each(cases)('%s', (_name, ext, path) => {
    const e = thrown(() => createCalendar(ext as CalendarExtension));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).code).toBe('INVALID_INPUT');
    expect((e as InvalidInputError).path).toEqual(path);
    expect((e as InvalidInputError).issues.length).toBeGreaterThan(0);
  });
});
