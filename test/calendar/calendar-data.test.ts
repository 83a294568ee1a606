import { describe, expect, it } from 'vitest';
import {
  calendarActs,
  calendarCoverage,
  dayInfo,
  isWorkingDay,
  workingDaysBetween,
  type DayReason,
} from '../../src/calendar/index.js';
import { KURBAN_AIT, MOVES, TRANSFERS, WORKING_DAYS_PER_YEAR, YEARS, daysOfYear, weekday } from './expected.js';

const kinds = (date: string): string[] => dayInfo(date).reasons.map((r) => r.kind);
const reason = (date: string, kind: DayReason['kind']): DayReason | undefined =>
  dayInfo(date).reasons.find((r) => r.kind === kind);

describe('coverage', () => {
  it('covers 2016–2026', () => {
    expect(calendarCoverage()).toEqual({ fromYear: 2016, toYear: 2026 });
  });
});

describe('working days per year equal the final totals of kz-calendar.md §7', () => {
  it.each(YEARS)('%i', (year) => {
    const expected = WORKING_DAYS_PER_YEAR[year];
    // counted day by day through isWorkingDay ...
    const counted = daysOfYear(year).filter((d) => isWorkingDay(d)).length;
    expect(counted).toBe(expected);
    // ... and through the cumulative table (1 January is a holiday every year, so it is never working)
    expect(isWorkingDay(`${year}-01-01`)).toBe(false);
    expect(workingDaysBetween(`${year}-01-01`, `${year}-12-31`)).toBe(expected);
  });

  it('working Saturdays/Sundays and weekday rest days per year match §7', () => {
    const table: Record<number, [number, number]> = {
      // year: [weekday rest days, working Sat/Sun]
      2016: [17, 1], 2017: [17, 2], 2018: [20, 5], 2019: [16, 1], 2020: [18, 2], 2021: [17, 1],
      2022: [17, 3], 2023: [15, 1], 2024: [14, 1], 2025: [16, 1], 2026: [14, 0],
    };
    for (const year of YEARS) {
      const days = daysOfYear(year);
      const weekdayRest = days.filter((d) => weekday(d) <= 5 && !isWorkingDay(d)).length;
      const workingWeekend = days.filter((d) => weekday(d) >= 6 && isWorkingDay(d)).length;
      expect([year, weekdayRest, workingWeekend]).toEqual([year, ...table[year]!]);
    }
  });
});

describe('weekend moves of Law 267-II art. 5 (kz-calendar.md §5)', () => {
  const rows = Object.entries(MOVES).flatMap(([y, moves]) => moves.map(([to, from]) => [Number(y), to, from] as const));

  it.each(rows)('%i: %s ← %s', (_year, to, from) => {
    const r = reason(to, 'holiday-move');
    expect(r?.movedFrom).toBe(from);
    expect(r?.source.act).toBe('law-267-II');
    expect(r?.source.article).toBe('art. 5');
    expect(weekday(from)).toBeGreaterThanOrEqual(6);
    expect(weekday(to)).toBeLessThanOrEqual(5);
    // the holiday itself is a rest day, with its holiday reason
    expect(isWorkingDay(from)).toBe(false);
    expect(kinds(from)).toEqual(['weekend', 'holiday']);
    // the moved day is off, except 11 May 2020, whose rest day the decree moved to 8 May
    expect(isWorkingDay(to)).toBe(to === '2020-05-11');
  });

  it.each(YEARS)('%i has exactly the moves of the table', (year) => {
    const found = daysOfYear(year)
      .filter((d) => kinds(d).includes('holiday-move'))
      .map((d) => [d, reason(d, 'holiday-move')!.movedFrom]);
    expect(found).toEqual(MOVES[year]);
  });

  it('2020: 11 May is a working Monday, 8 May a day off', () => {
    expect(kinds('2020-05-11')).toEqual(['holiday-move', 'transfer-work']);
    expect(isWorkingDay('2020-05-11')).toBe(true);
    expect(kinds('2020-05-08')).toEqual(['transfer-off']);
    expect(isWorkingDay('2020-05-08')).toBe(false);
  });

  it('2026: no 30 August holiday and no move to Monday 31 August; no 15 March holiday', () => {
    expect(kinds('2026-08-30')).toEqual(['weekend']);
    expect(isWorkingDay('2026-08-31')).toBe(true);
    expect(kinds('2026-03-15')).toEqual(['weekend']);
    expect(isWorkingDay('2026-03-16')).toBe(true);
  });

  it('2022: 25 October is off; 1 December and 19 December are working (Law 143-VII)', () => {
    expect(reason('2022-10-25', 'holiday')?.id).toBe('republic-day');
    expect(isWorkingDay('2022-10-25')).toBe(false);
    expect(isWorkingDay('2022-12-01')).toBe(true);
    expect(isWorkingDay('2022-12-19')).toBe(true);
    expect(reason('2021-12-01', 'holiday')?.id).toBe('first-president-day');
    expect(reason('2021-12-17', 'holiday')?.id).toBe('independence-day-2');
    expect(reason('2021-10-25', 'holiday')).toBeUndefined();
    expect(isWorkingDay('2021-10-25')).toBe(true);
  });
});

describe('transfers of days off (kz-calendar.md §6)', () => {
  it.each(TRANSFERS)('%s (W) → %s (O) by %s', (w, o, act) => {
    expect(isWorkingDay(w)).toBe(true);
    expect(isWorkingDay(o)).toBe(false);
    const work = reason(w, 'transfer-work');
    const off = reason(o, 'transfer-off');
    expect(work?.transfer).toEqual({ from: w, to: o });
    expect(off?.transfer).toEqual({ from: w, to: o });
    expect(work?.source.act).toBe(act);
    expect(off?.source.act).toBe(act);
    expect(kinds(o)).toEqual(['transfer-off']);
    expect(dayInfo(w).reasons.at(-1)?.kind).toBe('transfer-work');
  });

  it('there are no other transfers in 2016–2026 (none in 2026)', () => {
    const found: string[] = [];
    for (const year of YEARS) {
      for (const d of daysOfYear(year)) {
        const k = kinds(d);
        if (k.includes('transfer-work') || k.includes('transfer-off')) found.push(d);
      }
    }
    expect(found.sort()).toEqual(TRANSFERS.flatMap(([w, o]) => [w, o]).sort());
  });

  it('every transfer act is listed in sources.json with its Labour Code basis', () => {
    const acts = new Map(calendarActs().map((a) => [a.id, a]));
    for (const [, , id] of TRANSFERS) {
      expect(acts.get(id)?.basis).toMatchObject({ act: 'labour-code-414-V', article: 'art. 85 para 3' });
    }
    expect(acts.get('gov-decree-713-2021')).toMatchObject({ number: '713', date: '2021-10-06', status: 'verified' });
    expect(acts.get('law-267-II-amendment-2026')?.status).toBe('unverified');
    expect(acts.get('civil-code-general-part')?.status).toBe('unverified');
  });
});

describe('religious days off (Labour Code art. 84 para 5) never move', () => {
  it.each(YEARS)('Kurban Ait %i', (year) => {
    const date = KURBAN_AIT[year]!;
    const r = reason(date, 'religious');
    expect(r?.id).toBe('kurban-ait');
    expect(r?.source).toMatchObject({ act: 'labour-code-414-V', article: 'art. 84 para 5', status: 'verified' });
    expect(r?.dateSource?.status).toBe(year === 2026 ? 'unverified' : 'verified');
    expect(isWorkingDay(date)).toBe(false);
    const religious = daysOfYear(year).filter((d) => reason(d, 'religious')?.id === 'kurban-ait');
    expect(religious).toEqual([date]);
  });

  it('Kurban Ait 2016 is Monday 12 September, not 11 September', () => {
    expect(isWorkingDay('2016-09-12')).toBe(false);
    expect(kinds('2016-09-11')).toEqual(['weekend']);
  });

  it('7 January on a Saturday (2017, 2023) is not moved', () => {
    for (const y of [2017, 2023]) {
      expect(weekday(`${y}-01-07`)).toBe(6);
      expect(kinds(`${y}-01-07`)).toEqual(['weekend', 'religious']);
      expect(isWorkingDay(`${y}-01-09`)).toBe(true);
      expect(dayInfo(`${y}-01-09`).reasons).toEqual([]);
    }
  });

  it('Kurban Ait on a weekend is not moved (2019 Sun, 2022 Sat, 2024 Sun)', () => {
    expect(kinds('2019-08-11')).toEqual(['weekend', 'religious']);
    expect(isWorkingDay('2019-08-12')).toBe(true);
    expect(isWorkingDay('2022-07-11')).toBe(true);
    expect(isWorkingDay('2024-06-17')).toBe(true);
  });

  it('7 January is a day off every year', () => {
    for (const y of YEARS) expect(reason(`${y}-01-07`, 'religious')?.id).toBe('orthodox-christmas');
  });
});

describe('dayInfo', () => {
  it('an ordinary working day has no reasons', () => {
    expect(dayInfo('2024-04-10')).toEqual({ date: '2024-04-10', weekday: 3, working: true, reasons: [] });
  });

  it('a holiday on a weekday has its name in three languages and its source', () => {
    const info = dayInfo('2024-05-09');
    expect(info.working).toBe(false);
    expect(info.reasons).toHaveLength(1);
    expect(info.reasons[0]).toMatchObject({
      kind: 'holiday',
      id: 'victory-day',
      name: { ru: 'День Победы', kk: 'Жеңіс күні', en: 'Victory Day' },
      source: { act: 'law-267-II', article: 'art. 3', status: 'verified' },
    });
  });

  it('a Saturday made working lists the weekend and the transfer', () => {
    const info = dayInfo('2022-03-05');
    expect(info.working).toBe(true);
    expect(info.weekday).toBe(6);
    expect(info.reasons.map((r) => r.kind)).toEqual(['weekend', 'transfer-work']);
  });

  it('results are frozen', () => {
    const r = dayInfo('2024-05-09').reasons[0]!;
    expect(Object.isFrozen(r)).toBe(true);
  });
});
