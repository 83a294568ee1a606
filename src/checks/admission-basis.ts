import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import type { ResolvedVersion } from '../law/registry.js';
import { makeOutcome, type Outcome } from '../outcome/outcome.js';
import { parseInput } from '../schema/parse.js';
import type { AuditContext } from '../audit/context.js';
import { dayOf } from '../audit/context.js';
import type { Finding } from '../audit/finding.js';

/** Input of {@link admissionBasis}. */
export const AdmissionQuestionSchema = z
  .object({
    /** Recipient category id (lists.recipient-categories). */
    category: z.string().regex(/^[a-z0-9-]+$/),
    /** Admission basis id (lists.admission-bases). */
    basis: z.string().regex(/^[a-z0-9-]+$/),
    /** Placement form (foster families: guardianship, patronage, …), where the text distinguishes them. */
    form: z.string().regex(/^[a-z0-9-]+$/).optional(),
  })
  .strict();
/** Input of {@link admissionBasis} (see {@link AdmissionQuestionSchema}). */
export type AdmissionQuestion = z.infer<typeof AdmissionQuestionSchema>;

/**
 * Is this basis sufficient to admit (place) a child of this category under this standard? From
 * the rule file's admission matrix: `compliant` when the text pairs the basis with the category
 * (and form), `violation` when it pairs other bases only, `needs-judgement` when the text names
 * the category but states no basis for it, `not-regulated` when the standard has no such matrix.
 * Unknown category or basis ids are an `InvalidInputError`.
 *
 * @example
 * ```ts
 * admissionBasis(standards.at('education-centers', '2024-01-10'), { category: 'neglected', basis: 'delivered-by-person-application' }).status; // 'compliant'
 * ```
 */
export function admissionBasis(resolved: ResolvedVersion, question: AdmissionQuestion): Outcome {
  const q = parseInput(AdmissionQuestionSchema, question, 'admission question');
  const v = resolved.version;
  const matrix = v.rules.admission;
  const base = { rule: 'check.admission-basis', standard: v.standard, version: v.id, binding: v.binding };
  if (!matrix) {
    return makeOutcome({ ...base, status: 'not-regulated', citations: [], message: { key: 'check.admission-basis.no-matrix', params: { category: q.category, basis: q.basis } } });
  }
  resolved.require(matrix.citation);
  const categories = v.rules.lists[matrix.categories];
  const bases = v.rules.lists[matrix.bases];
  const issues = [
    ...(categories && !categories.items.some((i) => i.id === q.category) ? [{ path: ['category'], code: 'unknown_category', message: `not a category of ${v.standard}` }] : []),
    ...(bases && !bases.items.some((i) => i.id === q.basis) ? [{ path: ['basis'], code: 'unknown_basis', message: `not an admission basis of ${v.standard}` }] : []),
  ];
  if (issues.length > 0) throw new InvalidInputError('admission question', issues);
  const rows = matrix.rows.filter((r) => r.category === q.category);
  if (rows.length === 0) {
    return makeOutcome({ ...base, status: 'needs-judgement', citations: [matrix.citation], message: { key: 'check.admission-basis.unstated', params: { category: q.category, basis: q.basis } } });
  }
  const fits = rows.filter((r) => r.bases.includes(q.basis) && (r.forms === undefined || q.form === undefined || r.forms.includes(q.form)));
  const needsForm = rows.some((r) => r.bases.includes(q.basis) && r.forms !== undefined) && q.form === undefined;
  if (needsForm) {
    return makeOutcome({ ...base, status: 'needs-evidence', citations: rows.map((r) => r.citation), message: { key: 'audit.needs-fact', params: { step: 'check.admission-basis', fact: 'form' } } });
  }
  return fits.length > 0
    ? makeOutcome({ ...base, status: 'compliant', citations: fits.map((r) => r.citation), message: { key: 'check.admission-basis.sufficient', params: { category: q.category, basis: q.basis } } })
    : makeOutcome({ ...base, status: 'violation', citations: rows.map((r) => r.citation), message: { key: 'check.admission-basis.insufficient', params: { category: q.category, basis: q.basis } } });
}

/** Audit findings for the admission (placement) events of a case: is the basis sufficient for the category? */
export function placementFindings(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  for (const e of ctx.of('admission')) {
    const done = dayOf(e);
    const v = ctx.versionAt(done);
    if (!v.ok) {
      out.push(ctx.finding({ check: 'check.admission-basis', resolved: null, status: 'not-applicable', citations: [v.citation], extra: { done }, message: { key: 'audit.outside-period', params: { step: 'check.admission-basis', date: done, reason: v.reason } } }));
      continue;
    }
    if (e.category === undefined || e.basis === undefined) {
      out.push(ctx.finding({ check: 'check.admission-basis', resolved: v.resolved, status: 'needs-evidence', citations: v.resolved.version.rules.admission ? [v.resolved.version.rules.admission.citation] : [v.resolved.version.start.citation], extra: { done }, message: { key: 'audit.needs-fact', params: { step: 'check.admission-basis', fact: 'category/basis' } } }));
      continue;
    }
    const o = admissionBasis(v.resolved, { category: e.category, basis: e.basis, ...(e.form === undefined ? {} : { form: e.form }) });
    out.push({ ...o, citations: o.citations.length > 0 ? o.citations : [v.resolved.version.start.citation], check: 'check.admission-basis', done, ...(o.status === 'violation' ? { kind: 'unlawful' as const } : {}), ...(v.resolved.certain ? {} : { uncertain: true }) });
  }
  return out;
}
