import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { calendarActs, isWorkingDay, CalendarSourceSchema } from '../../src/calendar/index.js';
import { YEARS, daysOfYear, weekday } from './expected.js';

interface Difference {
  date: string;
  ours: 'working' | 'rest';
  dateHolidays: 'working' | 'rest';
  category: 'transfer' | 'missed-move' | 'wrong-holiday-data';
  explanation: string;
  source: unknown;
}

const file = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../rules/calendar/date-holidays-differences.json', import.meta.url)), 'utf8'),
) as { dateHolidaysVersion: string; years: [number, number]; differences: Difference[] };

/** Working for date-holidays: Monday–Friday (its KZ data declares only Sunday off) and not a listed holiday. */
function dateHolidaysDisagreements(): Array<Pick<Difference, 'date' | 'ours' | 'dateHolidays'>> {
  const hd = new Holidays('KZ');
  const out: Array<Pick<Difference, 'date' | 'ours' | 'dateHolidays'>> = [];
  for (const year of YEARS) {
    const listed = new Set<string>();
    for (const h of hd.getHolidays(year)) {
      // `date` is the country-local date 'YYYY-MM-DD hh:mm:ss', independent of the process TZ;
      // every KZ holiday is one whole day (no DST in Kazakhstan since 2005)
      expect(h.end.getTime() - h.start.getTime()).toBe(86_400_000);
      listed.add(h.date.slice(0, 10));
    }
    for (const date of daysOfYear(year)) {
      const theirs = weekday(date) <= 5 && !listed.has(date);
      const ours = isWorkingDay(date);
      if (theirs !== ours) {
        out.push({ date, ours: ours ? 'working' : 'rest', dateHolidays: theirs ? 'working' : 'rest' });
      }
    }
  }
  return out;
}

describe('date-holidays KZ data against this calendar, 2016–2026', () => {
  const found = dateHolidaysDisagreements();

  it('every disagreement is a listed, explained difference, and every listed difference still occurs', () => {
    expect(found).toEqual(file.differences.map(({ date, ours, dateHolidays }) => ({ date, ours, dateHolidays })));
  });

  it('there are 45: 38 transfer days, 5 missed weekend moves, 2 wrong holiday dates (kz-calendar.md §9)', () => {
    expect(found).toHaveLength(45);
    const count = (c: Difference['category']) => file.differences.filter((d) => d.category === c).length;
    expect([count('transfer'), count('missed-move'), count('wrong-holiday-data')]).toEqual([38, 5, 2]);
    expect(file.differences.filter((d) => d.category !== 'transfer').map((d) => d.date)).toEqual([
      '2016-05-10',
      '2016-09-12',
      '2020-03-25',
      '2021-03-24',
      '2022-05-10',
      '2026-03-16',
      '2026-03-25',
    ]);
  });

  it('every listed difference is explained and cited with a known act', () => {
    const acts = new Set(calendarActs().map((a) => a.id));
    for (const d of file.differences) {
      expect(d.explanation.length).toBeGreaterThan(40);
      const source = CalendarSourceSchema.parse(d.source);
      if (source.act !== undefined) expect(acts.has(source.act)).toBe(true);
    }
  });

  it('the yearly totals of date-holidays + a weekend test hide the differences (2026 matches only by cancellation)', () => {
    const hd = new Holidays('KZ');
    const totals = YEARS.map((year) => {
      const listed = new Set(hd.getHolidays(year).map((h) => h.date.slice(0, 10)));
      return daysOfYear(year).filter((d) => weekday(d) <= 5 && !listed.has(d)).length;
    });
    expect(totals).toEqual([247, 245, 246, 246, 247, 246, 247, 246, 249, 246, 247]);
  });
});
