import { z } from 'zod';
import { OutcomeSchema, type Outcome } from '../outcome/outcome.js';

/**
 * A finding of the audit: an {@link Outcome} plus, for time limits, what was due when and how
 * late it was. `kind` refines a violation: `late` (done after the due date), `missing` (not done
 * and the due date has passed), `premature` (done before the step it must follow), `unlawful`
 * (done although the law forbids it, e.g. an expulsion after exactly three violations).
 */
export const FindingSchema = OutcomeSchema.extend({
  /** Id of the check or time limit. */
  check: z.string().describe('Id of the check or time limit, e.g. deadlines.identification'),
  /** What kind of violation: late, missing, premature, unlawful or refused. */
  kind: z.enum(['late', 'missing', 'premature', 'unlawful', 'refused']).optional(),
  /** Day (or local date-time) the term started. */
  start: z.string().optional().describe('Day (or local date-time) the term started'),
  /** Last day (or moment) allowed. */
  due: z.string().optional().describe('Last day (or moment) allowed'),
  /** Day (or moment) it was done. */
  done: z.string().optional().describe('Day (or moment) it was done'),
  /** How late, in the term's unit. */
  lateBy: z
    .object({
      /** How many days (or hours) after the due date. */
      amount: z.number(),
      /** The unit of `amount`. */
      unit: z.enum(['working-days', 'calendar-days', 'hours']),
    })
    .strict()
    .optional(),
  /** Non-working days the term skipped, with their reasons. */
  skipped: z
    .array(
      z
        .object({
          /** The day skipped. */
          date: z.string(),
          /** Why it is not a working day (weekend, holiday, holiday-move, religious, transfer-off). */
          reasons: z.array(z.string()),
        })
        .strict(),
    )
    .optional()
    .describe('Non-working days the term skipped, with their reasons'),
  /** True when the version applied rests on an inferred entry-into-force date. */
  uncertain: z.boolean().optional().describe('True when the version applied rests on an inferred entry-into-force date'),
});
/** A finding of the audit (see {@link FindingSchema}). */
export type Finding = z.infer<typeof FindingSchema>;

/** Totals of an audit by status, and of violations by kind. */
export interface AuditSummary {
  /** Number of findings. */
  readonly findings: number;
  /** Findings per status. */
  readonly byStatus: Readonly<Record<Outcome['status'], number>>;
  /** Violations done after their due date. */
  readonly late: number;
  /** Violations not done by their due date. */
  readonly missing: number;
  /** Violations done before the step they must follow. */
  readonly premature: number;
  /** Unlawful acts and refused requests. */
  readonly unlawful: number;
}
