import { z } from 'zod';
import { CitationSchema } from '../law/citation.js';
import { LocalizedTextSchema } from '../law/schema.js';
import { EventTypeSchema } from './case-events.js';
import { ConditionSchema } from './condition.js';

/** A term of the law: "в течение одного рабочего дня" = { amount: 1, unit: 'working-days' }. */
export const LegalTermSchema = z
  .object({
    amount: z.number().int().positive(),
    unit: z.enum(['working-days', 'calendar-days', 'months', 'hours', 'days24']),
  })
  .strict();
export type LegalTerm = z.infer<typeof LegalTermSchema>;

const KEY = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/**
 * A time limit between two events of a case: `due.event` must happen within `term` of
 * `start.event`. Where the text names no start event (`start.stated: false`) the chosen start is
 * documented in `start.note` and, if it is a real ambiguity, in an option named in `options`.
 */
export const DeadlineRuleSchema = z
  .object({
    label: LocalizedTextSchema,
    start: z
      .object({
        event: EventTypeSchema,
        /** Alternative start events, in order of preference, when the first is not in the log. */
        fallback: z.array(EventTypeSchema).optional(),
        stated: z.boolean().describe('false when the text names no start event'),
        /** The start event must carry these values (e.g. identification: { result: 'identified' }). */
        where: z.record(z.string(), z.union([z.string(), z.boolean(), z.number()])).optional(),
        at: z.enum(['date', 'end']).optional().describe('end = the end of the start event’s period (e.g. the previous plan’s last day)'),
        note: z.string().optional(),
      })
      .strict(),
    due: z
      .object({
        event: EventTypeSchema,
        /** The due event must carry this result (e.g. identification: identified). */
        where: z.record(z.string(), z.union([z.string(), z.boolean(), z.number()])).optional(),
      })
      .strict(),
    term: LegalTermSchema,
    /** Facts that must hold for the limit to apply (json-rules-engine condition over case facts). */
    appliesWhen: ConditionSchema.optional(),
    options: z.array(z.string().regex(KEY)).optional().describe('Names of the ambiguity options that affect this limit'),
    citation: CitationSchema,
  })
  .strict();
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;

/** Something done at a frequency ("ежеквартально", "ежемесячно", "еженедельно"). */
export const PeriodicRuleSchema = z
  .object({
    label: LocalizedTextSchema,
    event: EventTypeSchema.nullable().describe('The case event that fulfils it; null for organisation-level duties (complaints book)'),
    every: z.enum(['week', 'month', 'quarter']),
    scope: z.enum(['case', 'organisation']),
    actor: LocalizedTextSchema.optional(),
    options: z.array(z.string().regex(KEY)).optional(),
    citation: CitationSchema,
  })
  .strict();
export type PeriodicRule = z.infer<typeof PeriodicRuleSchema>;

/** A band of a staffing table, exactly as worded: "до 20" has no lower bound, "20 - 50" both. */
export const StaffingBandSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: LocalizedTextSchema,
    min: z.number().int().nonnegative().nullable().describe('Lowest number of recipients the band names, null if none'),
    max: z.number().int().positive().describe('Highest number of recipients the band names'),
    citation: CitationSchema,
  })
  .strict();

/** One cell of a staffing table: a number of positions, a ratio, or blank. */
export const StaffingCellSchema = z.union([
  z.object({ kind: z.literal('positions'), value: z.number().positive() }).strict(),
  z
    .object({
      kind: z.literal('ratio'),
      value: z.number().positive(),
      per: z.number().int().positive(),
      of: z.enum(['children', 'recipients', 'beds', 'training-group', 'institution', 'vehicle']),
    })
    .strict(),
  z.object({ kind: z.literal('not-specified') }).strict(),
]);
export type StaffingCell = z.infer<typeof StaffingCellSchema>;

export const StaffingTableSchema = z
  .object({
    label: LocalizedTextSchema,
    counts: z.enum(['recipients', 'beds']).describe('What the bands count'),
    bands: z.array(StaffingBandSchema).min(1),
    positions: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            row: z.string().describe('Row number as printed'),
            label: LocalizedTextSchema,
            /** Cells by band id; a cell printed once across all bands is repeated for each band and marked in `note`. */
            cells: z.record(z.string(), StaffingCellSchema),
            /** The row prints one cell for all bands (a merged cell, or a value for the first band only). */
            printedOnce: z.boolean().optional(),
            note: z.string().optional(),
            citation: CitationSchema,
          })
          .strict(),
      )
      .min(1),
    citation: CitationSchema,
  })
  .strict();
export type StaffingTable = z.infer<typeof StaffingTableSchema>;

/** An evaluation (identification) sheet: criteria in groups; points and threshold as printed (often none). */
export const EvaluationSheetSchema = z
  .object({
    label: LocalizedTextSchema,
    groups: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            row: z.string().nullable(),
            label: LocalizedTextSchema,
            criteria: z
              .array(
                z
                  .object({
                    id: z.string().regex(/^[a-z0-9-]+$/),
                    row: z.string().nullable(),
                    label: LocalizedTextSchema,
                    points: z.number().nullable().describe('Points printed for the criterion; null when the column is blank'),
                    citation: CitationSchema,
                  })
                  .strict(),
              )
              .min(1),
            citation: CitationSchema,
          })
          .strict(),
      )
      .min(1),
    threshold: z.number().nullable().describe('Cut-off printed in the text; null when none is stated'),
    outcomes: z.array(z.object({ id: z.string(), label: LocalizedTextSchema, citation: CitationSchema }).strict()),
    citation: CitationSchema,
  })
  .strict();
export type EvaluationSheet = z.infer<typeof EvaluationSheetSchema>;

/**
 * Paragraph coverage: every paragraph and sub-paragraph of the standard and its annexes, with
 * what became of it. A test fails when a paragraph of the text is missing or listed twice.
 */
export const CoverageEntrySchema = z
  .object({
    part: z.enum(['order', 'standard', 'report']),
    annex: z.number().int().positive().optional(),
    paragraph: z.string(),
    subparagraph: z.string().optional(),
    status: z.enum(['encoded', 'narrative', 'not-computable']),
    rules: z.array(z.string()).optional().describe('Ids of the rules, parameters, lists or deadlines that encode it'),
    why: z.string().optional().describe('For not-computable: why'),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.status === 'encoded' && (e.rules?.length ?? 0) === 0) ctx.addIssue({ code: 'custom', message: 'encoded needs rule ids', path: ['rules'] });
    if (e.status === 'not-computable' && !e.why) ctx.addIssue({ code: 'custom', message: 'not-computable needs why', path: ['why'] });
  });
export const CoverageFileSchema = z
  .object({ $schema: z.string().optional(), standard: z.string(), source: z.string(), entries: z.array(CoverageEntrySchema).min(1) })
  .strict();
export type CoverageFile = z.infer<typeof CoverageFileSchema>;

/**
 * Which admission bases suffice for which recipient category (education standards: a decision
 * of the local executive body, a referral of the guardianship body, a court act, …). A category
 * absent from `rows` has no basis in the text.
 */
export const AdmissionMatrixSchema = z
  .object({
    label: LocalizedTextSchema,
    categories: z.string().describe('Id of the list of recipient categories'),
    bases: z.string().describe('Id of the list of admission bases'),
    rows: z
      .array(
        z
          .object({
            category: z.string().regex(/^[a-z0-9-]+$/),
            bases: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
            /** Placement form the row is limited to (foster families: guardianship, patronage, …), when the text limits it. */
            forms: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
            citation: CitationSchema,
          })
          .strict(),
      )
      .min(1),
    citation: CitationSchema,
  })
  .strict();
export type AdmissionMatrix = z.infer<typeof AdmissionMatrixSchema>;

/** Topics another standard regulates that this one may not. */
export const TopicSchema = z.enum([
  'contraindications',
  'identification',
  'admission-deadlines',
  'contract',
  'extension',
  'expulsion',
  'suspension',
  'completion',
  'staffing',
  'evaluation-sheet',
  'day-stay',
  'monitoring',
  'complaints-book',
  'needs-assessment',
  'individual-plan',
  'information-system',
  'police-notification',
]);
export type Topic = z.infer<typeof TopicSchema>;

/**
 * What the standard does not regulate, said explicitly so that the answer is `not-regulated`
 * (never a rule borrowed from another standard); `delegatedTo` cites where the text refers the
 * matter to other legislation, when it does.
 */
export const NotRegulatedSchema = z.partialRecord(
  TopicSchema,
  z
    .object({
      note: z.string().min(1),
      delegatedTo: CitationSchema.optional(),
    })
    .strict(),
);
export type NotRegulated = z.infer<typeof NotRegulatedSchema>;

/** Norms of supplies per recipient or bed with their minimum wear periods (2017 draft, Annex 4). */
export const SupplyNormSchema = z
  .object({
    label: LocalizedTextSchema,
    items: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            row: z.string().nullable(),
            label: LocalizedTextSchema,
            unit: z.string(),
            /** The norm as printed (number, or words such as "as needed, at most one per bed"); null when the cell is blank. */
            norm: z.union([z.number(), z.string()]).nullable(),
            /** Minimum wear period as printed; null when blank (not specified — never filled in). */
            wearPeriod: z.string().nullable(),
            note: z.string().optional(),
            citation: CitationSchema,
          })
          .strict(),
      )
      .min(1),
    citation: CitationSchema,
  })
  .strict();
export type SupplyNorms = z.infer<typeof SupplyNormSchema>;

/** Equipment requirements (2017 draft, Annex 6): a quantity, a ratio, or not specified. */
export const EquipmentSchema = z
  .object({
    label: LocalizedTextSchema,
    items: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9-]+$/),
            row: z.string().nullable(),
            room: z.string().optional(),
            label: LocalizedTextSchema,
            quantity: z.number().positive().nullable().describe('Quantity printed; null when the cell is blank'),
            ratio: z
              .object({
                value: z.number().positive(),
                per: z.number().positive(),
                of: z.enum(['recipients', 'square-metres', 'washing-machines', 'beds']),
              })
              .strict()
              .optional(),
            citation: CitationSchema,
          })
          .strict(),
      )
      .min(1),
    citation: CitationSchema,
  })
  .strict();
export type Equipment = z.infer<typeof EquipmentSchema>;
