import { z } from 'zod';
import { OutcomeSchema, type Outcome } from '../outcome/outcome.js';

/**
 * A finding of the audit: an {@link Outcome} plus, for time limits, what was due when and how
 * late it was. `kind` refines a violation: `late` (done after the due date), `missing` (not done
 * and the due date has passed), `premature` (done before the step it must follow), `unlawful`
 * (done although the law forbids it, e.g. an expulsion after exactly three violations).
 */
export const FindingSchema = OutcomeSchema.extend({
  check: z.string().describe('Id of the check or time limit, e.g. deadlines.identification'),
  kind: z.enum(['late', 'missing', 'premature', 'unlawful', 'refused']).optional(),
  start: z.string().optional().describe('Day (or local date-time) the term started'),
  due: z.string().optional().describe('Last day (or moment) allowed'),
  done: z.string().optional().describe('Day (or moment) it was done'),
  lateBy: z.object({ amount: z.number(), unit: z.enum(['working-days', 'calendar-days', 'hours']) }).strict().optional(),
  skipped: z
    .array(z.object({ date: z.string(), reasons: z.array(z.string()) }).strict())
    .optional()
    .describe('Non-working days the term skipped, with their reasons'),
  uncertain: z.boolean().optional().describe('True when the version applied rests on an inferred entry-into-force date'),
});
export type Finding = z.infer<typeof FindingSchema>;

/** Totals of an audit by status, and of violations by kind. */
export interface AuditSummary {
  readonly findings: number;
  readonly byStatus: Readonly<Record<Outcome['status'], number>>;
  readonly late: number;
  readonly missing: number;
  readonly premature: number;
  readonly unlawful: number;
}
