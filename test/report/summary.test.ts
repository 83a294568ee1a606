import { describe, expect, it } from 'vitest';
import type { CaseAudit } from '../../src/audit/audit.js';
import { OutcomeStatusSchema } from '../../src/outcome/outcome.js';
import {
  addAudit,
  createReportSummary,
  mergeReportSummaries,
  REPORT_KINDS,
  REPORT_STATUSES,
  summarizeAudits,
  summaryChecks,
  summaryStandards,
} from '../../src/report/summary.js';
import { auditAllFixtures } from './load.js';

const fixtures = auditAllFixtures();
const audits = fixtures.map((f) => f.audit);
const all = audits.flatMap((a) => a.findings);

describe('report summary over every fixture', () => {
  it('reads every fixture folder', () => {
    expect(new Set(fixtures.map((f) => f.file.split('/')[0]))).toEqual(new Set(['domestic-violence', 'draft-2017', 'education', 'trafficking']));
    expect(audits.length).toBeGreaterThanOrEqual(40);
  });

  const s = audits.reduce(addAudit, createReportSummary());

  it('counts cases, cases with violations and standards like a direct count', () => {
    expect(s.casesRead).toBe(audits.length);
    expect(s.casesWithViolations).toBe(audits.filter((a) => a.findings.some((f) => f.status === 'violation')).length);
    expect(s.casesWithViolations).toBeGreaterThan(0);
    const perStandard: Record<string, number> = {};
    for (const a of audits) perStandard[a.standard] = (perStandard[a.standard] ?? 0) + 1;
    expect({ ...s.byStandard }).toEqual(perStandard);
    expect(summaryStandards(s)).toEqual(Object.keys(perStandard).sort());
    expect(s.asOfMin).toBe(audits.map((a) => a.asOf).sort()[0]);
    expect(s.asOfMax).toBe(audits.map((a) => a.asOf).sort().at(-1));
  });

  it('counts findings per status, per kind, uncertain and non-binding like a direct count', () => {
    expect(s.findings).toBe(all.length);
    for (const st of OutcomeStatusSchema.options) expect(s.byStatus[st], st).toBe(all.filter((f) => f.status === st).length);
    for (const k of REPORT_KINDS) expect(s.byKind[k], k).toBe(all.filter((f) => f.kind === k).length);
    expect(s.uncertain).toBe(all.filter((f) => f.uncertain === true).length);
    expect(s.nonBinding).toBe(all.filter((f) => !f.binding).length);
    // every status and kind the reports list is a real one, and none is missing
    expect([...REPORT_STATUSES].sort()).toEqual([...OutcomeStatusSchema.options].sort());
  });

  it('agrees with the per-audit summaries of auditCase', () => {
    for (const st of OutcomeStatusSchema.options) expect(s.byStatus[st]).toBe(audits.reduce((n, a) => n + a.summary.byStatus[st], 0));
    expect(s.byKind.late).toBe(audits.reduce((n, a) => n + a.summary.late, 0));
    expect(s.byKind.missing).toBe(audits.reduce((n, a) => n + a.summary.missing, 0));
    expect(s.byKind.unlawful + s.byKind.refused).toBe(audits.reduce((n, a) => n + a.summary.unlawful, 0));
  });

  it('counts findings per check and status like a direct count', () => {
    const checks = [...new Set(all.map((f) => f.check))].sort();
    expect(summaryChecks(s)).toEqual(checks);
    for (const c of checks) {
      for (const st of OutcomeStatusSchema.options) {
        expect(s.byCheck[c]?.[st], `${c} ${st}`).toBe(all.filter((f) => f.check === c && f.status === st).length);
      }
    }
  });

  it('is the same built at once, one by one, or in two halves merged', () => {
    const whole = JSON.parse(JSON.stringify(s)) as unknown;
    expect(JSON.parse(JSON.stringify(summarizeAudits(audits)))).toEqual(whole);
    const half = Math.floor(audits.length / 2);
    const a = summarizeAudits(audits.slice(0, half));
    const b = summarizeAudits(audits.slice(half));
    const before = JSON.stringify([a, b]);
    expect(JSON.parse(JSON.stringify(mergeReportSummaries(a, b)))).toEqual(whole);
    expect(JSON.stringify([a, b]), 'merge leaves its inputs alone').toBe(before);
  });

  it('keeps no audit: its size does not grow with the number of cases, and it holds no case id', () => {
    const once = summarizeAudits(audits);
    const many = createReportSummary();
    for (let i = 0; i < 50; i++) for (const a of audits) addAudit(many, a);
    expect(many.casesRead).toBe(50 * audits.length);
    expect(JSON.stringify(many).length).toBeLessThan(JSON.stringify(once).length + 200);
    const json = JSON.stringify(many);
    for (const a of audits) expect(json).not.toContain(a.caseId);
  });

  it('returns the accumulator it was given and leaves the audit alone', () => {
    const acc = createReportSummary();
    const audit = audits[0] as CaseAudit;
    const before = JSON.stringify(audit);
    expect(addAudit(acc, audit)).toBe(acc);
    expect(JSON.stringify(audit)).toBe(before);
  });

  it('treats odd check ids as plain keys', () => {
    const audit = audits.find((a) => a.findings.length > 0) as CaseAudit;
    const odd: CaseAudit = { ...audit, findings: audit.findings.map((f) => ({ ...f, check: '__proto__' })) };
    const sum = addAudit(createReportSummary(), odd);
    expect(summaryChecks(sum)).toEqual(['__proto__']);
    expect(sum.byCheck['__proto__']?.[audit.findings[0]?.status ?? 'compliant']).toBeGreaterThan(0);
    expect(({} as Record<string, unknown>)['compliant']).toBeUndefined();
  });

  it('starts empty', () => {
    const e = createReportSummary();
    expect(e.casesRead + e.findings + e.casesWithViolations).toBe(0);
    expect(e.asOfMin).toBeUndefined();
    expect(summaryChecks(e)).toEqual([]);
  });
});
