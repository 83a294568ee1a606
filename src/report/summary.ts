import type { CaseAudit } from '../audit/audit.js';
import type { Finding } from '../audit/finding.js';
import type { OutcomeStatus } from '../outcome/outcome.js';

/** The statuses in the order reports list them. */
export const REPORT_STATUSES = [
  'violation',
  'needs-evidence',
  'needs-judgement',
  'compliant',
  'not-applicable',
  'not-regulated',
] as const satisfies readonly OutcomeStatus[];

/** The kinds of violation in the order reports list them. */
export const REPORT_KINDS = ['late', 'missing', 'premature', 'unlawful', 'refused'] as const satisfies readonly NonNullable<Finding['kind']>[];
/** A kind of violation counted by the reports. */
export type FindingKind = (typeof REPORT_KINDS)[number];

/** Counts per outcome status. */
export type StatusCounts = Record<OutcomeStatus, number>;

/**
 * Totals across many case audits, built one audit at a time so that a streaming reader never
 * keeps the audits. Plain data (null-prototype records, no Maps): `JSON.stringify` writes it as is.
 */
export interface ReportSummary {
  /** Audits added. */
  casesRead: number;
  /** Audits with at least one finding whose status is `violation`. */
  casesWithViolations: number;
  /** Findings across all audits. */
  findings: number;
  /** Findings per status. */
  byStatus: StatusCounts;
  /** Violations (and refusals) per kind; findings without a kind are not counted here. */
  byKind: Record<FindingKind, number>;
  /** Findings per check id (`deadlines.identification`, `check.expulsion`, …) and status. */
  byCheck: Record<string, StatusCounts>;
  /** Cases per standard id: the standards seen are its keys. */
  byStandard: Record<string, number>;
  /** Findings whose version rests on an inferred entry-into-force date. */
  uncertain: number;
  /** Findings under a version that is not binding (the never-adopted draft). */
  nonBinding: number;
  /** Earliest and latest `asOf` of the audits added (the reports state these, never "now"). */
  asOfMin?: string;
  /** Latest `asOf` of the audits added. */
  asOfMax?: string;
}

const zeroStatuses = (): StatusCounts => ({
  violation: 0,
  'needs-evidence': 0,
  'needs-judgement': 0,
  compliant: 0,
  'not-applicable': 0,
  'not-regulated': 0,
});

const zeroKinds = (): Record<FindingKind, number> => ({ late: 0, missing: 0, premature: 0, unlawful: 0, refused: 0 });

/** `Object.create(null)`: a check or standard id such as `__proto__` stays an ordinary key. */
const dict = <V>(): Record<string, V> => Object.create(null) as Record<string, V>;

/** An empty summary. */
export function createReportSummary(): ReportSummary {
  return {
    casesRead: 0,
    casesWithViolations: 0,
    findings: 0,
    byStatus: zeroStatuses(),
    byKind: zeroKinds(),
    byCheck: dict<StatusCounts>(),
    byStandard: dict<number>(),
    uncertain: 0,
    nonBinding: 0,
  };
}

/**
 * Adds one audit to the summary and returns the summary. The accumulator is updated in place
 * (cheap enough for a million audits: nothing is copied and the audit is not kept); nothing else
 * is touched, no I/O, no clock. `s = addAudit(s, audit)` and `addAudit(s, audit)` are equivalent.
 */
export function addAudit(summary: ReportSummary, audit: CaseAudit): ReportSummary {
  summary.casesRead += 1;
  summary.byStandard[audit.standard] = (summary.byStandard[audit.standard] ?? 0) + 1;
  if (summary.asOfMin === undefined || audit.asOf < summary.asOfMin) summary.asOfMin = audit.asOf;
  if (summary.asOfMax === undefined || audit.asOf > summary.asOfMax) summary.asOfMax = audit.asOf;
  let violation = false;
  for (const f of audit.findings) {
    summary.findings += 1;
    summary.byStatus[f.status] += 1;
    if (f.status === 'violation') violation = true;
    if (f.kind !== undefined) summary.byKind[f.kind] += 1;
    const row = summary.byCheck[f.check] ?? (summary.byCheck[f.check] = zeroStatuses());
    row[f.status] += 1;
    if (f.uncertain === true) summary.uncertain += 1;
    if (!f.binding) summary.nonBinding += 1;
  }
  if (violation) summary.casesWithViolations += 1;
  return summary;
}

/** A summary of many audits at once (a convenience over {@link addAudit}). */
export function summarizeAudits(audits: Iterable<CaseAudit>): ReportSummary {
  const s = createReportSummary();
  for (const a of audits) addAudit(s, a);
  return s;
}

/**
 * The sum of two summaries as a new summary (for audits split between workers); neither input
 * is changed.
 */
export function mergeReportSummaries(a: ReportSummary, b: ReportSummary): ReportSummary {
  const out = createReportSummary();
  for (const s of [a, b]) {
    out.casesRead += s.casesRead;
    out.casesWithViolations += s.casesWithViolations;
    out.findings += s.findings;
    out.uncertain += s.uncertain;
    out.nonBinding += s.nonBinding;
    for (const st of REPORT_STATUSES) out.byStatus[st] += s.byStatus[st];
    for (const k of REPORT_KINDS) out.byKind[k] += s.byKind[k];
    for (const [check, counts] of Object.entries(s.byCheck)) {
      const row = out.byCheck[check] ?? (out.byCheck[check] = zeroStatuses());
      for (const st of REPORT_STATUSES) row[st] += counts[st];
    }
    for (const [std, n] of Object.entries(s.byStandard)) out.byStandard[std] = (out.byStandard[std] ?? 0) + n;
    if (s.asOfMin !== undefined && (out.asOfMin === undefined || s.asOfMin < out.asOfMin)) out.asOfMin = s.asOfMin;
    if (s.asOfMax !== undefined && (out.asOfMax === undefined || s.asOfMax > out.asOfMax)) out.asOfMax = s.asOfMax;
  }
  return out;
}

/** Check ids of a summary, sorted by code unit (stable across locales and runs). */
export function summaryChecks(summary: ReportSummary): string[] {
  return Object.keys(summary.byCheck).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}

/** Standard ids seen, sorted. */
export function summaryStandards(summary: ReportSummary): string[] {
  return Object.keys(summary.byStandard).sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}
