import { defaultCalendar } from '../calendar/index.js';
import { standards as defaultRegistry } from '../law/registry.js';
import { InvalidInputError } from '../errors.js';
import type { CaseInput } from '../schema/case.js';
import { admissionFindings } from '../checks/admission.js';
import { participantFindings } from '../checks/identification.js';
import { placementFindings } from '../checks/admission-basis.js';
import { notRegulatedFindings } from '../checks/not-regulated.js';
import { contractFindings } from '../checks/contract.js';
import { expulsionFindings } from '../checks/expulsion.js';
import { belongingsFindings, dayStayFindings, periodicFindings, reportFindings } from '../checks/stay.js';
import { AuditContext, type AuditOptions } from './context.js';
import { parseAuditOptions, parseCase } from './input.js';
import { caseFacts, deadlineFindings, type ConditionEvaluator } from './deadlines.js';
import type { AuditSummary, Finding } from './finding.js';

/** The result of auditing one case: its findings, in the order of the steps, and totals. */
export interface CaseAudit {
  /** The case's opaque id. */
  readonly caseId: string;
  /** The standard the case was audited under. */
  readonly standard: string;
  /** The audit day. */
  readonly asOf: string;
  /** Findings in the order of the steps. */
  readonly findings: readonly Finding[];
  /** Totals by status and kind. */
  readonly summary: AuditSummary;
}

function summarize(findings: readonly Finding[]): AuditSummary {
  const byStatus = { compliant: 0, violation: 0, 'not-applicable': 0, 'needs-evidence': 0, 'needs-judgement': 0, 'not-regulated': 0 };
  let late = 0;
  let missing = 0;
  let premature = 0;
  let unlawful = 0;
  for (const f of findings) {
    byStatus[f.status] += 1;
    if (f.kind === 'late') late += 1;
    if (f.kind === 'missing') missing += 1;
    if (f.kind === 'premature') premature += 1;
    if (f.kind === 'unlawful' || f.kind === 'refused') unlawful += 1;
  }
  return { findings: findings.length, byStatus, late, missing, premature, unlawful };
}

/** Every option named must exist in the standard's rule file and name one of its readings. */
function checkOptions(ctx: AuditContext, options: Readonly<Record<string, string>>): void {
  const rules = ctx.registry.history(ctx.kase.standard).versions.at(-1)?.rules;
  const issues = Object.entries(options).flatMap(([name, reading]) => {
    const option = rules?.options[name];
    if (!option) return [{ path: ['options', name], code: 'unknown_option', message: `the ${ctx.kase.standard} standard has no option ${name}` }];
    if (!option.readings.some((r) => r.id === reading)) {
      return [{ path: ['options', name], code: 'invalid_reading', message: `reading must be one of ${option.readings.map((r) => r.id).join(', ')}` }];
    }
    return [];
  });
  if (issues.length > 0) throw new InvalidInputError('audit options', issues);
}

const sortKey = (f: Finding): string => f.done ?? f.due ?? f.start ?? '9999';

/**
 * Sorts findings in place by `sortKey(a).localeCompare(sortKey(b)) || a.check.localeCompare(b.check)`
 * (stable). Keys that are days, local date-times or '9999' are compared by code unit: written in
 * one fixed pattern, two of them first differ at a digit or one is a prefix of the other, where
 * every collation agrees with code-unit order — and that is much cheaper than `localeCompare`.
 * test/audit/order.test.ts checks the order against the plain comparator. @internal
 */
export function sortFindings(findings: Finding[]): void {
  const n = findings.length;
  if (n < 2) return;
  const keys = findings.map(sortKey);
  const plain = keys.map(isPlainKey);
  const order = findings.map((_, i) => i);
  order.sort((i, j) => {
    const a = keys[i] as string;
    const b = keys[j] as string;
    if (a !== b) return plain[i] && plain[j] ? (a < b ? -1 : 1) : a.localeCompare(b) || compareChecks(findings[i] as Finding, findings[j] as Finding);
    return compareChecks(findings[i] as Finding, findings[j] as Finding);
  });
  const sorted = order.map((i) => findings[i] as Finding);
  for (let i = 0; i < n; i++) findings[i] = sorted[i] as Finding;
}

const compareChecks = (a: Finding, b: Finding): number => (a.check === b.check ? 0 : a.check.localeCompare(b.check));

/** `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm` (digits and separators in place) or '9999'. */
function isPlainKey(s: string): boolean {
  if (s === '9999') return true;
  if (s.length !== 10 && s.length !== 16) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = i === 4 || i === 7 ? c === 45 : i === 10 ? c === 84 : i === 13 ? c === 58 : c >= 48 && c <= 57;
    if (!ok) return false;
  }
  return true;
}

/**
 * Audits a whole case against the standard it names. Each step is judged under the version in
 * force on the day the step's term started (an obligation arises then); steps dated after a
 * repeal or before entry into force are `not-applicable` with the repealing or enacting act
 * cited. Bad input throws an `InvalidInputError` naming the paths, never the values.
 *
 * @example
 * ```ts
 * import { audit } from 'kz-social-standards';
 * const result = audit.case({ id: 'case-1', standard: 'trafficking', events: [
 *   { type: 'request', date: '2022-03-18', route: 'application' },
 *   { type: 'identification', date: '2022-03-24', result: 'identified' },
 * ] }, { asOf: '2022-12-31' });
 * result.findings[0].status; // 'compliant' — due on 24.03.2022 after the weekend and Nauryz
 * ```
 */
export function auditCase(input: CaseInput, options: AuditOptions): CaseAudit {
  return runAudit(prepareAudit(input, options));
}

/** A case parsed and ready to audit: its context and the facts its conditions read. @internal */
export interface PreparedAudit {
  readonly ctx: AuditContext;
  readonly facts: Record<string, unknown>;
}

/** Validates the case and the options and derives the facts (the synchronous first half of {@link auditCase}). @internal */
export function prepareAudit(input: CaseInput, options: AuditOptions): PreparedAudit {
  const kase = parseCase(input);
  const opts = parseAuditOptions(options);
  const ctx = new AuditContext(
    kase,
    opts.asOf,
    opts.calendar ?? defaultCalendar,
    opts.registry ?? defaultRegistry,
    opts.options ?? {},
    opts.includeDrafts ?? false,
  );
  checkOptions(ctx, opts.options ?? {});
  return { ctx, facts: caseFacts(ctx) };
}

/**
 * Runs every check of a prepared case. `evaluate` answers the time limits' `appliesWhen`
 * conditions (the benchmark passes answers computed by json-rules-engine). @internal
 */
export function runAudit({ ctx, facts }: PreparedAudit, evaluate?: ConditionEvaluator): CaseAudit {
  const findings = [
    ...deadlineFindings(ctx, facts, evaluate),
    ...admissionFindings(ctx),
    ...participantFindings(ctx, facts),
    ...contractFindings(ctx),
    ...expulsionFindings(ctx),
    ...dayStayFindings(ctx),
    ...periodicFindings(ctx),
    ...belongingsFindings(ctx),
    ...reportFindings(ctx),
    ...placementFindings(ctx),
    ...notRegulatedFindings(ctx),
  ];
  sortFindings(findings);
  return { caseId: ctx.kase.id, standard: ctx.kase.standard, asOf: ctx.asOf, findings, summary: summarize(findings) };
}

/** The whole-case audit. */
export const audit = {
  /** Same as {@link auditCase}. */
  case: auditCase,
};
