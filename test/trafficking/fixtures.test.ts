import { describe, expect, it } from 'vitest';
import { auditCase } from '../../src/audit/audit.js';
import { describeOutcome } from '../../src/outcome/outcome.js';
import { LOCALES } from '../../src/i18n/messages.js';
import { expectFindings, loadFixtures } from '../helpers/fixtures.js';

const fixtures = loadFixtures('trafficking');

describe('trafficking fixtures: findings as expected', () => {
  it('has at least 12 synthetic cases', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s', (_name, f) => {
    const result = auditCase(f.case as never, { asOf: f.asOf, ...(f.options ? { options: f.options } : {}) });
    expect(result.caseId).toBe(f.case.id);
    expectFindings(result, f.expected);
    for (const finding of result.findings) {
      expect(finding.citations.length, `${finding.check} has a citation`).toBeGreaterThan(0);
      for (const locale of LOCALES) expect(describeOutcome(finding, locale)).not.toMatch(/\{[a-zA-Z]+\}/);
    }
  });
});

describe('options change the answer where the text is ambiguous', () => {
  const absence = fixtures.find((f) => f.file.startsWith('tr-13'))!;

  it('absence counted in whole calendar days: 01.12 10:00 → 04.12 12:00 is two whole days, not more than three', () => {
    const r = auditCase(absence.case as never, { asOf: absence.asOf, options: { 'absence.days24': 'calendar-days' } });
    expect(r.findings.find((f) => f.check === 'check.expulsion')).toMatchObject({ status: 'violation', kind: 'unlawful' });
  });

  it('an absence of exactly 72 hours is not more than three сутки', () => {
    const c = structuredClone(absence.case) as unknown as { events: Array<Record<string, unknown>> };
    const i = c.events.findIndex((e) => e['type'] === 'absence');
    c.events[i] = { type: 'absence', at: '2022-12-01T10:00', endAt: '2022-12-04T10:00', notified: false };
    const r = auditCase(c as never, { asOf: absence.asOf });
    expect(r.findings.find((f) => f.check === 'check.expulsion')).toMatchObject({ status: 'violation', kind: 'unlawful' });
    c.events[i] = { type: 'absence', at: '2022-12-01T10:00', endAt: '2022-12-04T10:01', notified: false };
    expect(auditCase(c as never, { asOf: absence.asOf }).findings.find((f) => f.check === 'check.expulsion')?.status).toBe('compliant');
  });

  it('counting a working-day term from the same day moves identification one working day earlier', () => {
    const late = fixtures.find((f) => f.file.startsWith('tr-02'))!;
    const r = auditCase(late.case as never, { asOf: late.asOf, options: { 'term.count-from': 'same-day' } });
    expect(r.findings.find((f) => f.check === 'deadlines.identification')).toMatchObject({ due: '2022-03-18', lateBy: { amount: 2 } });
  });

  it('an unknown reading is a typed error naming the option', () => {
    expect(() => auditCase(absence.case as never, { asOf: absence.asOf, options: { 'absence.days24': 'weeks' } })).toThrow(/absence\.days24|reading must be one of/);
  });
});

describe('bad input', () => {
  it('reports paths, never values', () => {
    try {
      auditCase({ id: 'Иванов Иван', standard: 'trafficking', events: [{ type: 'request', date: '2022-02-30' }] } as never, { asOf: '2022-12-31' });
      expect.unreachable();
    } catch (e) {
      const err = e as { code: string; issues: Array<{ path: unknown[] }>; message: string };
      expect(err.code).toBe('INVALID_INPUT');
      expect(err.message).not.toContain('Иванов');
      expect(err.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['id', 'events.0.date']));
    }
  });

  it('requires the audit day: no clock is read', () => {
    expect(() => auditCase({ id: 'c1', standard: 'trafficking', events: [] }, {} as never)).toThrow(/asOf/);
  });
});

describe('conditions can depend on the reading of an option', () => {
  const pretrial = fixtures.find((f) => f.file.startsWith('tr-07'))!;

  it('p.13-1 read as "no evaluation sheet only": identification is still due', () => {
    const r = auditCase(pretrial.case as never, { asOf: pretrial.asOf, options: { 'pretrial-victim.reading': 'no-sheet-only' } });
    expect(r.findings.find((f) => f.check === 'deadlines.identification')).toMatchObject({ status: 'violation', kind: 'missing', due: '2022-12-02' });
  });

  it('p.27 read as "after three days of observation": the assessment has no upper limit', () => {
    const byDefault = auditCase(pretrial.case as never, { asOf: pretrial.asOf });
    expect(byDefault.findings.find((f) => f.check === 'deadlines.needs-assessment')).toMatchObject({ status: 'violation', kind: 'missing' });
    const r = auditCase(pretrial.case as never, { asOf: pretrial.asOf, options: { 'needs-assessment.reading': 'after-3-days-observation' } });
    expect(r.findings.find((f) => f.check === 'deadlines.needs-assessment')?.status).toBe('not-applicable');
  });
});
