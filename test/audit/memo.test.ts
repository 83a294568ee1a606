import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditCase } from '../../src/audit/audit.js';
import { calendarMemo, CalendarMemo, dayNumber } from '../../src/audit/memo.js';
import { defaultCalendar, type Calendar, type Term } from '../../src/calendar/index.js';
import { createRegistry, standards, wordingIsPerVersion, type Registry } from '../../src/law/registry.js';
import { loadFixtures } from '../helpers/fixtures.js';

// The audit remembers calendar terms, versions and wordings across cases (src/audit/memo.ts,
// context.ts, guard.ts). Remembering must not change an answer, and no two findings may share
// a part a caller could change.

const day = fc.date({ min: new Date('2016-01-01T00:00:00Z'), max: new Date('2026-05-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

describe('memo tables', () => {
  it('dayNumber tells days apart and refuses other strings', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(dayNumber(a) === dayNumber(b)).toBe(a === b);
        expect(dayNumber(a)).toBeGreaterThanOrEqual(0);
      }),
    );
    for (const s of ['2022-01-01T10:00', '2022-1-01', '2022/01/01', '２０２２-01-01', '']) expect(dayNumber(s)).toBe(-1);
  });

  it('terms, month ends and quarters equal the calendar’s answers, asked once or many times', () => {
    const terms: Term[] = [
      { amount: 1, unit: 'working-days' },
      { amount: 3, unit: 'working-days' },
      { amount: 3, unit: 'calendar-days' },
      { amount: 6, unit: 'months' },
    ];
    const memo = new CalendarMemo(defaultCalendar);
    fc.assert(
      fc.property(day, fc.constantFrom(...terms), fc.constantFrom('next-day', 'same-day') as fc.Arbitrary<'next-day' | 'same-day'>, fc.integer({ min: 1, max: 9 }), fc.nat(3), (d, term, countFrom, months, k) => {
        for (let round = 0; round < 2; round++) {
          const direct = defaultCalendar.deadline(d, term, { countFrom });
          const view = memo.term(d, term, { countFrom });
          expect(view.due).toBe(direct.due);
          expect(view.skipped).toEqual(
            [...direct.explanation.skipped, ...(direct.explanation.extendedFromNonWorking?.skipped ?? [])].map((s) => ({ date: s.date, reasons: s.reasons.map((r) => r.kind) })),
          );
          expect(memo.monthsEnd(d, months)).toBe(defaultCalendar.deadline(d, { amount: months, unit: 'months' }, { endOnNonWorking: 'keep' }).due);
          expect(memo.quarter(d, k)).toEqual({
            from: defaultCalendar.addMonths(d, 3 * k),
            to: defaultCalendar.addCalendarDays(defaultCalendar.addMonths(d, 3 * (k + 1)), -1),
          });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('does not remember errors: a day outside the calendar fails every time', () => {
    const memo = new CalendarMemo(defaultCalendar);
    const term: Term = { amount: 1, unit: 'working-days' };
    expect(() => memo.term('2030-01-10', term, {})).toThrow();
    expect(() => memo.term('2030-01-10', term, {})).toThrow();
  });

  it('keeps calendars apart: another calendar object gets its own answers', () => {
    const term: Term = { amount: 1, unit: 'working-days' };
    const other: Calendar = {
      ...defaultCalendar,
      deadline: (event, t, options) => {
        const d = defaultCalendar.deadline(event, t, options);
        return { ...d, due: '2099-12-31' };
      },
    };
    expect(calendarMemo(defaultCalendar).term('2022-03-18', term, {}).due).toBe('2022-03-24');
    expect(calendarMemo(other).term('2022-03-18', term, {}).due).toBe('2099-12-31');
    expect(calendarMemo(defaultCalendar).term('2022-03-18', term, {}).due).toBe('2022-03-24');
  });
});

describe('audits with remembered answers', () => {
  const fixtures = loadFixtures('trafficking');

  it('give the same findings the second time, and with a registry the audit does not know', () => {
    // a registry of another implementation: no per-version memo of wordings is assumed for it
    const wrapped: Registry = {
      list: () => standards.list(),
      history: (id) => standards.history(id),
      at: (id, asOf, options) => standards.at(id, asOf, options),
      act: (id) => standards.act(id),
      acts: () => standards.acts(),
    };
    for (const f of fixtures) {
      const options = { asOf: f.asOf, ...(f.options ? { options: f.options } : {}) };
      const first = auditCase(f.case as never, options);
      expect(auditCase(f.case as never, options)).toEqual(first);
      expect(auditCase(f.case as never, { ...options, registry: wrapped })).toEqual(first);
    }
  });

  it('remember wordings per version only for this library’s registries', () => {
    expect(wordingIsPerVersion(standards)).toBe(true);
    expect(wordingIsPerVersion(createRegistry())).toBe(true);
    expect(wordingIsPerVersion({ ...standards })).toBe(false);
  });

  it('hand out findings that share no changeable part (citations aside, which are the rule files’)', () => {
    const seen = new Set<object>();
    const own = (x: unknown): void => {
      if (typeof x !== 'object' || x === null) return;
      expect(seen.has(x), 'a part shared between findings').toBe(false);
      seen.add(x);
    };
    for (let round = 0; round < 2; round++) {
      for (const f of fixtures) {
        const r = auditCase(f.case as never, { asOf: f.asOf, ...(f.options ? { options: f.options } : {}) });
        for (const finding of r.findings) {
          own(finding);
          own(finding.citations);
          own(finding.trace);
          finding.trace.forEach(own);
          own(finding.message);
          own(finding.message.params);
          own(finding.lateBy);
          own(finding.skipped);
          finding.skipped?.forEach((s) => {
            own(s);
            own(s.reasons);
          });
        }
      }
    }
  });

  it('are not changed by a caller changing an earlier result', () => {
    const f = fixtures.find((x) => x.file.startsWith('tr-02'))!;
    const clean = auditCase(f.case as never, { asOf: f.asOf });
    const spoiled = auditCase(f.case as never, { asOf: f.asOf });
    for (const finding of spoiled.findings) {
      finding.skipped?.forEach((s) => s.reasons.push('spoiled'));
      finding.skipped?.push({ date: '1999-01-01', reasons: [] });
      finding.trace.push({ rule: 'x', step: 'version', ref: 'x' });
      finding.citations.length = 0;
      finding.message.params['spoiled'] = true;
    }
    expect(auditCase(f.case as never, { asOf: f.asOf })).toEqual(clean);
  });
});
