/** The examples of docs/calendar.md and the TSDoc comments, executed. */
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addMonths,
  addWorkingDays,
  calendarActs,
  createCalendar,
  dayInfo,
  deadline,
  defaultCalendar,
  DeadlineOptionsSchema,
  isWorkingDay,
  nextWorkingDay,
  workingDaysBetween,
} from '../../src/calendar/index.js';

describe('documented examples', () => {
  it('docs/calendar.md: basics', () => {
    expect([
      isWorkingDay('2022-03-05'),
      isWorkingDay('2022-03-07'),
      isWorkingDay('2023-01-09'),
      addWorkingDays('2022-03-04', 1),
      addWorkingDays('2022-03-18', 1),
      nextWorkingDay('2024-03-22'),
      workingDaysBetween('2022-03-04', '2022-03-09'),
      addCalendarDays('2024-02-28', 1),
      addMonths('2024-01-31', 1),
      defaultCalendar.isWorkingDay('2024-05-08'),
      calendarActs().find((a) => a.id === 'gov-decree-713-2021')?.date,
    ]).toEqual([true, false, true, '2022-03-05', '2022-03-24', '2024-03-26', 2, '2024-02-29', '2024-02-29', false, '2021-10-06']);
  });

  it('docs/calendar.md: deadlines', () => {
    expect([
      deadline('2022-03-04', { amount: 3, unit: 'working-days' }).due,
      deadline('2022-03-04', { amount: 3, unit: 'working-days' }, { countFrom: 'same-day' }).due,
      deadline('2026-08-29', { amount: 7, unit: 'calendar-days' }).due,
      deadline('2026-08-29', { amount: 7, unit: 'calendar-days' }, { endOnNonWorking: 'keep' }).due,
      deadline('2024-02-23', { amount: 1, unit: 'months' }).due,
      deadline('2024-01-31', { amount: 1, unit: 'months' }).due,
      deadline('2024-03-20T15:30', { amount: 3, unit: 'days24' }).due,
      deadline('2024-02-29T20:00', { amount: 24, unit: 'hours' }).due,
    ]).toEqual(['2022-03-10', '2022-03-09', '2026-09-07', '2026-09-05', '2024-03-26', '2024-02-29', '2024-03-23T15:30', '2024-03-01T20:00']);
    expect(deadline('2022-03-18', { amount: 1, unit: 'working-days' }).explanation.skipped[0]).toEqual({
      date: '2022-03-19',
      reasons: [expect.objectContaining({ kind: 'weekend' })],
    });
    expect(DeadlineOptionsSchema.parse({ countFrom: 'same-day' })).toEqual({ countFrom: 'same-day', endOnNonWorking: 'next-working-day' });
  });

  it('docs/calendar.md: dayInfo of 11 May 2020 and 8 May 2020', () => {
    expect(dayInfo('2020-05-11')).toMatchObject({
      date: '2020-05-11',
      weekday: 1,
      working: true,
      reasons: [
        { kind: 'holiday-move', movedFrom: '2020-05-09', name: { ru: 'День Победы', kk: 'Жеңіс күні', en: 'Victory Day' }, source: { act: 'law-267-II', article: 'art. 5', status: 'verified' } },
        { kind: 'transfer-work', transfer: { from: '2020-05-11', to: '2020-05-08' }, source: { act: 'gov-decree-820-2019', status: 'verified' } },
      ],
    });
    expect(dayInfo('2020-05-08').reasons[0]).toMatchObject({ kind: 'transfer-off', transfer: { from: '2020-05-11', to: '2020-05-08' } });
  });

  it('docs/calendar.md: createCalendar for 2027', () => {
    const cal = createCalendar({
      years: { to: 2027 },
      religiousDays: [{ kind: 'kurban-ait', date: '2027-05-16', source: { announcement: 'DUMK, 2027', status: 'verified' } }],
      transfers: [{ from: '2027-07-03', to: '2027-07-05', source: { act: 'order-2027', status: 'verified' } }],
      sources: [{ id: 'order-2027', kind: 'ministry-order', title: { en: 'Order on the transfer of rest days in 2027' }, status: 'verified' }],
    });
    expect(cal.isWorkingDay('2027-07-05')).toBe(false);
    expect(cal.addWorkingDays('2026-12-31', 1)).toBe('2027-01-05');
    expect(cal.coverage).toEqual({ fromYear: 2016, toYear: 2027 });
  });
});
