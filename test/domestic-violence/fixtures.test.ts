import { describe, expect, it } from 'vitest';
import { auditCase } from '../../src/audit/audit.js';
import { describeOutcome } from '../../src/outcome/outcome.js';
import { LOCALES } from '../../src/i18n/messages.js';
import { expectFindings, loadFixtures } from '../helpers/fixtures.js';

const fixtures = loadFixtures('domestic-violence');

describe('domestic-violence fixtures: findings as expected', () => {
  it('has at least 10 synthetic cases', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(10);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s', (_name, f) => {
    const result = auditCase(f.case as never, { asOf: f.asOf, ...(f.options ? { options: f.options } : {}) });
    expectFindings(result, f.expected);
    for (const finding of result.findings) {
      expect(finding.citations.length, `${finding.check} has a citation`).toBeGreaterThan(0);
      expect(finding.citations.every((c) => c.act === 'order-1079-2016' || c.act === 'order-138-2016'), finding.check).toBe(true);
      for (const locale of LOCALES) expect(describeOutcome(finding, locale)).not.toMatch(/\{[a-zA-Z]+\}/);
    }
  });
});

describe('the same event log, two standards: answers differ where the texts differ', () => {
  const asTrafficking = (file: string) => {
    const f = fixtures.find((x) => x.file.startsWith(file))!;
    return { f, tr: auditCase({ ...(f.case as object), standard: 'trafficking' } as never, { asOf: f.asOf }), dv: auditCase(f.case as never, { asOf: f.asOf }) };
  };

  it('extension because the criminal case is not finished: allowed for trafficking, refused for domestic violence', () => {
    const { tr, dv } = asTrafficking('dv-02');
    expect(tr.findings.find((x) => x.check === 'check.contract.extension')?.status).toBe('compliant');
    expect(dv.findings.find((x) => x.check === 'check.contract.extension')).toMatchObject({ status: 'violation', kind: 'refused' });
  });

  it('a day stay of 5 hours: a violation for trafficking (1–4 h), compliant for domestic violence (2–6 h)', () => {
    const { tr, dv } = asTrafficking('dv-04');
    const five = (r: typeof tr) => r.findings.find((x) => x.check === 'check.day-stay' && x.done === '2022-12-01')?.status;
    expect(five(tr)).toBe('violation');
    expect(five(dv)).toBe('compliant');
  });

  it('an absence reason outside the list: a person judges under trafficking (open list), the expulsion stands under domestic violence (closed list)', () => {
    const { tr, dv } = asTrafficking('dv-05');
    expect(tr.findings.find((x) => x.check === 'check.expulsion')?.status).toBe('needs-judgement');
    expect(dv.findings.find((x) => x.check === 'check.expulsion')?.status).toBe('compliant');
  });

  it('pre-trial victim status exempts from identification under trafficking only', () => {
    const { tr, dv } = asTrafficking('dv-10');
    expect(tr.findings.find((x) => x.check === 'deadlines.identification')?.status).toBe('not-applicable');
    expect(dv.findings.find((x) => x.check === 'deadlines.identification')?.status).toBe('violation');
  });
});

describe('identification participants differ', () => {
  const kase = (standard: string) => ({
    id: 'participants-1',
    standard,
    events: [
      { type: 'request', date: '2022-12-01', route: 'application' },
      { type: 'identification', date: '2022-12-02', result: 'identified', participants: ['organisation', 'authorized-body'] },
    ],
  });
  const finding = (standard: string) => auditCase(kase(standard) as never, { asOf: '2022-12-31' }).findings.find((f) => f.check === 'check.identification.participants');

  it('organisation and authorised body suffice for trafficking (p.10) but not for domestic violence (p.29: police, social worker, psychologist)', () => {
    expect(finding('trafficking')?.status).toBe('compliant');
    expect(finding('domestic-violence')).toMatchObject({ status: 'violation', kind: 'missing', message: { params: { missing: 'police, social-worker, psychologist' } } });
  });

  it('for trafficking the police are required when they detected the case (p.11)', () => {
    const c = kase('trafficking');
    c.events[0] = { type: 'request', date: '2022-12-01', route: 'police-detected' };
    const f = auditCase(c as never, { asOf: '2022-12-31' }).findings.find((x) => x.check === 'check.identification.participants');
    expect(f).toMatchObject({ status: 'violation', message: { params: { missing: 'police' } } });
  });
});
