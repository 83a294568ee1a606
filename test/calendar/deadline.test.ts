import { describe, expect, it } from 'vitest';
import { InvalidDateError, InvalidInputError } from '../../src/errors.js';
import { CalendarCoverageError, deadline } from '../../src/calendar/index.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

const skippedDates = (d: ReturnType<typeof deadline>) => d.explanation.skipped.map((s) => s.date);

describe('deadline: working days', () => {
  it('default (next-day): 3 working days after Fri 4 March 2022', () => {
    const d = deadline('2022-03-04', { amount: 3, unit: 'working-days' });
    expect(d.due).toBe('2022-03-10'); // Sat 5 (working), Wed 9, Thu 10
    expect(d.options).toEqual({ countFrom: 'next-day', endOnNonWorking: 'next-working-day' });
    expect(d.explanation.start).toBe('2022-03-05');
    expect(d.explanation.termEnd).toBe('2022-03-10');
    expect(d.explanation.extendedFromNonWorking).toBeUndefined();
    expect(d.explanation.skipped).toEqual([
      { date: '2022-03-06', reasons: [expect.objectContaining({ kind: 'weekend' })] },
      { date: '2022-03-07', reasons: [expect.objectContaining({ kind: 'transfer-off', source: expect.objectContaining({ act: 'gov-decree-713-2021' }) })] },
      { date: '2022-03-08', reasons: [expect.objectContaining({ kind: 'holiday', id: 'womens-day', source: expect.objectContaining({ act: 'law-267-II' }) })] },
    ]);
    expect(d.explanation.rules.map((r) => r.rule)).toEqual(['start-next-day', 'working-days']);
  });

  it('same-day: the event day counts as day 1 when it is a working day', () => {
    const d = deadline('2022-03-04', { amount: 3, unit: 'working-days' }, { countFrom: 'same-day' });
    expect(d.due).toBe('2022-03-09');
    expect(d.explanation.start).toBe('2022-03-04');
    expect(skippedDates(d)).toEqual(['2022-03-06', '2022-03-07', '2022-03-08']);
    expect(d.explanation.rules[0]?.rule).toBe('start-same-day');
    expect(deadline('2022-03-04', { amount: 1, unit: 'working-days' }, { countFrom: 'same-day' }).due).toBe('2022-03-04');
  });

  it('same-day on a non-working event day: not counted, same due date as next-day', () => {
    const same = deadline('2022-03-06', { amount: 1, unit: 'working-days' }, { countFrom: 'same-day' });
    const next = deadline('2022-03-06', { amount: 1, unit: 'working-days' });
    expect(same.due).toBe('2022-03-09');
    expect(next.due).toBe('2022-03-09');
    expect(skippedDates(same)).toEqual(['2022-03-06', '2022-03-07', '2022-03-08']);
    expect(skippedDates(next)).toEqual(['2022-03-07', '2022-03-08']);
    expect(same.explanation.notes.join(' ')).toMatch(/not a working day/);
  });

  it("'within one working day' of Fri 18 March 2022 is Thu 24 March (weekend, Nauryz 21–23)", () => {
    const d = deadline('2022-03-18', { amount: 1, unit: 'working-days' });
    expect(d.due).toBe('2022-03-24');
    expect(skippedDates(d)).toEqual(['2022-03-19', '2022-03-20', '2022-03-21', '2022-03-22', '2022-03-23']);
    expect(d.explanation.skipped[2]?.reasons[0]).toMatchObject({ kind: 'holiday', id: 'nauryz-1', name: { ru: 'Наурыз мейрамы' } });
  });

  it('a date-time event: the time is ignored for day terms', () => {
    const d = deadline('2022-03-04T18:00', { amount: 1, unit: 'working-days' });
    expect(d.due).toBe('2022-03-05');
    expect(d.explanation.notes.join(' ')).toMatch(/time of day/);
  });
});

describe('deadline: calendar days', () => {
  it('a last day on Saturday ends on Monday (default), with the days passed over', () => {
    const d = deadline('2026-08-29', { amount: 7, unit: 'calendar-days' });
    expect(d.explanation.start).toBe('2026-08-30');
    expect(d.explanation.termEnd).toBe('2026-09-05');
    expect(d.due).toBe('2026-09-07');
    expect(d.explanation.skipped).toEqual([]);
    expect(d.explanation.extendedFromNonWorking).toEqual({
      from: '2026-09-05',
      to: '2026-09-07',
      skipped: [
        { date: '2026-09-05', reasons: [expect.objectContaining({ kind: 'weekend' })] },
        { date: '2026-09-06', reasons: [expect.objectContaining({ kind: 'weekend' })] },
      ],
    });
    expect(d.explanation.rules.map((r) => r.rule)).toEqual(['start-next-day', 'calendar-days', 'non-working-end']);
  });

  it("endOnNonWorking: 'keep' keeps the Saturday", () => {
    const d = deadline('2026-08-29', { amount: 7, unit: 'calendar-days' }, { endOnNonWorking: 'keep' });
    expect(d.due).toBe('2026-09-05');
    expect(d.explanation.extendedFromNonWorking).toBeUndefined();
    expect(d.explanation.notes.join(' ')).toMatch(/kept/);
  });

  it('same-day ends one calendar day earlier', () => {
    expect(deadline('2026-08-29', { amount: 7, unit: 'calendar-days' }, { countFrom: 'same-day' }).due).toBe('2026-09-04');
  });

  it('the event may be outside the covered years when the end is inside', () => {
    // 30 Dec 2015 + 5 = Mon 4 Jan 2016, the day off moved from Sat 2 January
    const d = deadline('2015-12-30', { amount: 5, unit: 'calendar-days' });
    expect(d.due).toBe('2016-01-05');
    expect(d.explanation.extendedFromNonWorking?.skipped[0]?.reasons[0]).toMatchObject({ kind: 'holiday-move', movedFrom: '2016-01-02' });
  });
});

describe('deadline: months', () => {
  it('ends on the same-numbered day, or the last day of a shorter month', () => {
    expect(deadline('2024-01-31', { amount: 1, unit: 'months' }).due).toBe('2024-02-29');
    expect(deadline('2023-01-31', { amount: 1, unit: 'months' }).due).toBe('2023-02-28');
    expect(deadline('2024-03-15', { amount: 6, unit: 'months' }).due).toBe('2024-09-16'); // 15 Sep 2024 is a Sunday
  });

  it('a last day in Nauryz is extended past the holidays and the moved day', () => {
    const d = deadline('2024-02-23', { amount: 1, unit: 'months' });
    expect(d.explanation.termEnd).toBe('2024-03-23');
    expect(d.due).toBe('2024-03-26');
    expect(d.explanation.rules.map((r) => r.rule)).toEqual(['start-next-day', 'months', 'non-working-end']);
    expect(d.explanation.extendedFromNonWorking?.skipped.map((s) => [s.date, s.reasons.map((r) => r.kind)])).toEqual([
      ['2024-03-23', ['weekend', 'holiday']],
      ['2024-03-24', ['weekend']],
      ['2024-03-25', ['holiday-move']],
    ]);
  });

  it('same-day: the term ends the day before the same-numbered day', () => {
    expect(deadline('2024-04-10', { amount: 1, unit: 'months' }, { countFrom: 'same-day' }).due).toBe('2024-05-10'); // 9 May holiday → 10 May
    expect(deadline('2024-04-10', { amount: 1, unit: 'months' }, { countFrom: 'same-day', endOnNonWorking: 'keep' }).due).toBe('2024-05-09');
  });
});

describe('deadline: hours and сутки', () => {
  it('adds wall-clock hours to a local date-time, over month and year ends', () => {
    expect(deadline('2024-02-29T20:00', { amount: 24, unit: 'hours' }).due).toBe('2024-03-01T20:00');
    expect(deadline('2024-03-20T15:30', { amount: 3, unit: 'days24' }).due).toBe('2024-03-23T15:30');
    expect(deadline('2026-12-31T23:59', { amount: 1, unit: 'hours' }).due).toBe('2027-01-01T00:59');
    expect(deadline('2024-12-31T00:00', { amount: 1, unit: 'days24' }).due).toBe('2025-01-01T00:00');
  });

  it('is not extended and does not use countFrom', () => {
    const d = deadline('2024-03-22T10:00', { amount: 1, unit: 'days24' }, { countFrom: 'same-day' });
    expect(d.due).toBe('2024-03-23T10:00'); // a Saturday and a holiday: not extended
    expect(d.explanation.extendedFromNonWorking).toBeUndefined();
    expect(d.explanation.rules.map((r) => r.rule)).toEqual(['hours']);
    expect(d.explanation.rules[0]?.source.status).toBe('unverified');
    expect(d.explanation.notes.join(' ')).toMatch(/do not apply/);
  });

  it('needs a date-time event', () => {
    const e = thrown(() => deadline('2024-03-22', { amount: 24, unit: 'hours' }));
    expect(e).toBeInstanceOf(InvalidDateError);
    expect((e as InvalidDateError).path).toEqual(['event']);
    for (const bad of ['2024-03-22T24:00', '2024-03-22T10:60', '2024-02-30T10:00', '2024-03-22 10:00']) {
      expect(thrown(() => deadline(bad, { amount: 1, unit: 'hours' }))).toBeInstanceOf(InvalidDateError);
    }
  });
});

describe('deadline: citations', () => {
  it('Civil Code rules carry no article number and are marked unverified', () => {
    const rules = [
      ...deadline('2026-08-29', { amount: 7, unit: 'calendar-days' }).explanation.rules,
      ...deadline('2024-02-23', { amount: 1, unit: 'months' }, { countFrom: 'same-day' }).explanation.rules,
    ];
    const civil = rules.filter((r) => r.source.act === 'civil-code-general-part');
    expect(civil.length).toBeGreaterThanOrEqual(5);
    for (const r of civil) {
      expect(r.source.status).toBe('unverified');
      expect(r.source.article).toBeUndefined();
      expect(r.source.note).toMatch(/unverified/);
    }
  });
});

describe('deadline: errors', () => {
  it.each([
    [{ amount: 0, unit: 'working-days' }, ['term', 'amount']],
    [{ amount: 1.5, unit: 'working-days' }, ['term', 'amount']],
    [{ amount: -3, unit: 'calendar-days' }, ['term', 'amount']],
    [{ amount: 1, unit: 'weeks' }, ['term', 'unit']],
    [{ amount: 1 }, ['term', 'unit']],
    [null, ['term']],
  ])('term %j', (term, path) => {
    const e = thrown(() => deadline('2022-03-04', term as never));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).path).toEqual(path);
  });

  it('bad options', () => {
    const e = thrown(() => deadline('2022-03-04', { amount: 1, unit: 'working-days' }, { countFrom: 'today' } as never));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect((e as InvalidInputError).path).toEqual(['options', 'countFrom']);
    expect(thrown(() => deadline('2022-03-04', { amount: 1, unit: 'working-days' }, { extra: true } as never))).toBeInstanceOf(InvalidInputError);
  });

  it('bad event', () => {
    for (const bad of ['2022-02-30', '22-3-4', 20220304, new Date(0)]) {
      const e = thrown(() => deadline(bad as string, { amount: 1, unit: 'working-days' }));
      expect(e).toBeInstanceOf(InvalidDateError);
      expect((e as InvalidDateError).path).toEqual(['event']);
    }
  });

  it('coverage: the calendar is needed past 2026', () => {
    const e = thrown(() => deadline('2026-12-30', { amount: 5, unit: 'working-days' }));
    expect(e).toBeInstanceOf(CalendarCoverageError);
    expect((e as CalendarCoverageError).details.year).toBe(2027);
    expect(thrown(() => deadline('2026-12-20', { amount: 1, unit: 'months' }))).toBeInstanceOf(CalendarCoverageError);
    expect((thrown(() => deadline('2027-01-04', { amount: 1, unit: 'working-days' })) as CalendarCoverageError).path).toEqual(['event']);
    // with 'keep' the end date needs no calendar
    expect(deadline('2026-12-20', { amount: 1, unit: 'months' }, { endOnNonWorking: 'keep' }).due).toBe('2027-01-20');
  });
});
