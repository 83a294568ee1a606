import { z } from 'zod';
import { CitationSchema } from '../law/citation.js';
import { LocalizedTextSchema } from '../law/schema.js';
import { EventTypeSchema } from './case-events.js';
import { ConditionSchema } from './condition.js';

/** A term of the law: "в течение одного рабочего дня" = { amount: 1, unit: 'working-days' }. */
export const LegalTermSchema = z
  .object({
    /** How many units. */
    amount: z.number().int().positive(),
    /** Working days, calendar days, months, hours, or `days24` (сутки: 24-hour periods). */
    unit: z.enum(['working-days', 'calendar-days', 'months', 'hours', 'days24']),
  })
  .strict();
/** A term of the law such as `{ amount: 1, unit: 'working-days' }` (see {@link LegalTermSchema}). */
export type LegalTerm = z.infer<typeof LegalTermSchema>;

const KEY = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/**
 * A time limit between two events of a case: `due.event` must happen within `term` of
 * `start.event`. Where the text names no start event (`start.stated: false`) the chosen start is
 * documented in `start.note` and, if it is a real ambiguity, in an option named in `options`.
 */
export const DeadlineRuleSchema = z
  .object({
    /** What the limit is. */
    label: LocalizedTextSchema,
    /** The event the term counts from. */
    start: z
      .object({
        /** The start event. */
        event: EventTypeSchema,
        /** Alternative start events, in order of preference, when the first is not in the log. */
        fallback: z.array(EventTypeSchema).optional(),
        /** False when the text names no start event (the choice is then explained in `note`). */
        stated: z.boolean().describe('false when the text names no start event'),
        /** The start event must carry these values (e.g. identification: { result: 'identified' }). */
        where: z.record(z.string(), z.union([z.string(), z.boolean(), z.number()])).optional(),
        /** `end` = the end of the start event's period (e.g. the previous plan's last day); default `date`. */
        at: z.enum(['date', 'end']).optional().describe('end = the end of the start event’s period (e.g. the previous plan’s last day)'),
        /** Why this start was chosen, when the text does not name it. */
        note: z.string().optional(),
      })
      .strict(),
    /** The event that must happen within the term. */
    due: z
      .object({
        /** The due event. */
        event: EventTypeSchema,
        /** The due event must carry this result (e.g. identification: identified). */
        where: z.record(z.string(), z.union([z.string(), z.boolean(), z.number()])).optional(),
      })
      .strict(),
    /** The term. */
    term: LegalTermSchema,
    /** Facts that must hold for the limit to apply (json-rules-engine condition over case facts). */
    appliesWhen: ConditionSchema.optional(),
    /** Names of the ambiguity options that affect this limit. */
    options: z.array(z.string().regex(KEY)).optional().describe('Names of the ambiguity options that affect this limit'),
    /** Where the text states the limit. */
    citation: CitationSchema,
  })
  .strict();
/** A time limit between two events of a case (see {@link DeadlineRuleSchema}). */
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;

/** Something done at a frequency ("ежеквартально", "ежемесячно", "еженедельно"). */
export const PeriodicRuleSchema = z
  .object({
    /** What must be done. */
    label: LocalizedTextSchema,
    /** The case event that fulfils it; null for organisation-level duties (complaints book). */
    event: EventTypeSchema.nullable().describe('The case event that fulfils it; null for organisation-level duties (complaints book)'),
    /** How often. */
    every: z.enum(['week', 'month', 'quarter']),
    /** Whether the duty is per case or per organisation. */
    scope: z.enum(['case', 'organisation']),
    /** Who must do it, when the text says. */
    actor: LocalizedTextSchema.optional(),
    /** Names of the ambiguity options that affect it. */
    options: z.array(z.string().regex(KEY)).optional(),
    /** Where the text states it. */
    citation: CitationSchema,
  })
  .strict();
/** Something done at a frequency (see {@link PeriodicRuleSchema}). */
export type PeriodicRule = z.infer<typeof PeriodicRuleSchema>;

/** A band of a staffing table, exactly as worded: "до 20" has no lower bound, "20 - 50" both. */
export const StaffingBandSchema = z
  .object({
    /** Id of the band, used as the key of the cells. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The band's heading as printed. */
    label: LocalizedTextSchema,
    /** Lowest number of recipients the band names, null if none. */
    min: z.number().int().nonnegative().nullable().describe('Lowest number of recipients the band names, null if none'),
    /** Highest number of recipients the band names. */
    max: z.number().int().positive().describe('Highest number of recipients the band names'),
    /** Where the table prints the band. */
    citation: CitationSchema,
  })
  .strict();

/** One cell of a staffing table: a number of positions, a ratio, or blank. */
export const StaffingCellSchema = z.union([
  z
    .object({
      /** A number of positions. */
      kind: z.literal('positions'),
      /** How many positions (may be fractional, e.g. 0.5). */
      value: z.number().positive(),
    })
    .strict(),
  z
    .object({
      /** Positions per a number of something. */
      kind: z.literal('ratio'),
      /** Positions… */
      value: z.number().positive(),
      /** …per this many… */
      per: z.number().int().positive(),
      /** …of these. */
      of: z.enum(['children', 'recipients', 'beds', 'training-group', 'institution', 'vehicle']),
    })
    .strict(),
  z
    .object({
      /** The cell is blank: the text sets no number. */
      kind: z.literal('not-specified'),
    })
    .strict(),
]);
/** One cell of a staffing table: positions, a ratio, or not specified (see {@link StaffingCellSchema}). */
export type StaffingCell = z.infer<typeof StaffingCellSchema>;

/** Schema of a staffing table: positions by band of recipients (or beds), as printed. */
export const StaffingTableSchema = z
  .object({
    /** Title of the table. */
    label: LocalizedTextSchema,
    /** What the bands count. */
    counts: z.enum(['recipients', 'beds']).describe('What the bands count'),
    /** The column bands, in order. */
    bands: z.array(StaffingBandSchema).min(1),
    /** The rows: one position each. */
    positions: z
      .array(
        z
          .object({
            /** Id of the position. */
            id: z.string().regex(/^[a-z0-9-]+$/),
            /** Row number as printed. */
            row: z.string().describe('Row number as printed'),
            /** The position's name. */
            label: LocalizedTextSchema,
            /** Cells by band id; a cell printed once across all bands is repeated for each band and marked in `note`. */
            cells: z.record(z.string(), StaffingCellSchema),
            /** The row prints one cell for all bands (a merged cell, or a value for the first band only). */
            printedOnce: z.boolean().optional(),
            /** Remark of the encoder. */
            note: z.string().optional(),
            /** Where the table prints the row. */
            citation: CitationSchema,
          })
          .strict(),
      )
      .min(1),
    /** Where the text states the table. */
    citation: CitationSchema,
  })
  .strict();
/** A staffing table as printed (see {@link StaffingTableSchema}). */
export type StaffingTable = z.infer<typeof StaffingTableSchema>;

/** An evaluation (identification) sheet: criteria in groups; points and threshold as printed (often none). */
export const EvaluationSheetSchema = z
  .object({
    /** Title of the sheet. */
    label: LocalizedTextSchema,
    /** Groups of criteria, in order. */
    groups: z
      .array(
        z
          .object({
            /** Id of the group. */
            id: z.string().regex(/^[a-z0-9-]+$/),
            /** Row number as printed; null when the row has none. */
            row: z.string().nullable(),
            /** The group's heading. */
            label: LocalizedTextSchema,
            /** Its criteria. */
            criteria: z
              .array(
                z
                  .object({
                    /** Id of the criterion, used as the key of the marks. */
                    id: z.string().regex(/^[a-z0-9-]+$/),
                    /** Row number as printed; null when the row has none. */
                    row: z.string().nullable(),
                    /** The criterion as printed. */
                    label: LocalizedTextSchema,
                    /** Points printed for the criterion; null when the column is blank. */
                    points: z.number().nullable().describe('Points printed for the criterion; null when the column is blank'),
                    /** Where the sheet prints it. */
                    citation: CitationSchema,
                  })
                  .strict(),
              )
              .min(1),
            /** Where the sheet prints the group. */
            citation: CitationSchema,
          })
          .strict(),
      )
      .min(1),
    /** Cut-off printed in the text; null when none is stated. */
    threshold: z.number().nullable().describe('Cut-off printed in the text; null when none is stated'),
    /** The conclusions the sheet offers. */
    outcomes: z.array(
      z
        .object({
          /** Id of the conclusion. */
          id: z.string(),
          /** The conclusion as printed. */
          label: LocalizedTextSchema,
          /** Where the sheet prints it. */
          citation: CitationSchema,
        })
        .strict(),
    ),
    /** Where the text states the sheet. */
    citation: CitationSchema,
  })
  .strict();
/** An evaluation (identification) sheet as printed (see {@link EvaluationSheetSchema}). */
export type EvaluationSheet = z.infer<typeof EvaluationSheetSchema>;

/**
 * Paragraph coverage: every paragraph and sub-paragraph of the standard and its annexes, with
 * what became of it. A test fails when a paragraph of the text is missing or listed twice.
 */
export const CoverageEntrySchema = z
  .object({
    /** The act itself (`order`), the standard it approves, or the report around a draft. */
    part: z.enum(['order', 'standard', 'report']),
    /** Annex of the part. */
    annex: z.number().int().positive().optional(),
    /** Paragraph as printed (`"14"`, `"13-1"`, `"preamble"`). */
    paragraph: z.string(),
    /** Sub-paragraph number. */
    subparagraph: z.string().optional(),
    /** `encoded` (rules name it), `narrative` (nothing computable) or `not-computable` (with why). */
    status: z.enum(['encoded', 'narrative', 'not-computable']),
    /** Ids of the rules, parameters, lists or deadlines that encode it (`parameters.contract.term-months`, `check.expulsion`). */
    rules: z.array(z.string()).optional().describe('Ids of the rules, parameters, lists or deadlines that encode it'),
    /** For not-computable: why. */
    why: z.string().optional().describe('For not-computable: why'),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.status === 'encoded' && (e.rules?.length ?? 0) === 0) ctx.addIssue({ code: 'custom', message: 'encoded needs rule ids', path: ['rules'] });
    if (e.status === 'not-computable' && !e.why) ctx.addIssue({ code: 'custom', message: 'not-computable needs why', path: ['why'] });
  });
/** Schema of `rules/<standard>/coverage.json`: what became of every paragraph of the text. */
export const CoverageFileSchema = z
  .object({
    /** Path of the JSON Schema, for editors. */
    $schema: z.string().optional(),
    /** Id of the standard. */
    standard: z.string(),
    /** File of the text in `../shared/seeds`. */
    source: z.string(),
    /** One entry per paragraph and sub-paragraph, in the text's order. */
    entries: z.array(CoverageEntrySchema).min(1),
  })
  .strict();
/** `rules/<standard>/coverage.json` as data (see {@link CoverageFileSchema}). */
export type CoverageFile = z.infer<typeof CoverageFileSchema>;

/**
 * Which admission bases suffice for which recipient category (education standards: a decision
 * of the local executive body, a referral of the guardianship body, a court act, …). A category
 * absent from `rows` has no basis in the text.
 */
export const AdmissionMatrixSchema = z
  .object({
    /** Title of the matrix. */
    label: LocalizedTextSchema,
    /** Id of the list of recipient categories. */
    categories: z.string().describe('Id of the list of recipient categories'),
    /** Id of the list of admission bases. */
    bases: z.string().describe('Id of the list of admission bases'),
    /** One row per category that has a basis in the text. */
    rows: z
      .array(
        z
          .object({
            /** Item id of the category list. */
            category: z.string().regex(/^[a-z0-9-]+$/),
            /** Item ids of the bases list that suffice for the category. */
            bases: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
            /** Placement form the row is limited to (foster families: guardianship, patronage, …), when the text limits it. */
            forms: z.array(z.string().regex(/^[a-z0-9-]+$/)).optional(),
            /** Where the text ties the bases to the category. */
            citation: CitationSchema,
          })
          .strict(),
      )
      .min(1),
    /** Where the text states the admission rules. */
    citation: CitationSchema,
  })
  .strict();
/** Which admission bases suffice for which recipient category (see {@link AdmissionMatrixSchema}). */
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
/** A topic one standard may regulate and another not (see {@link TopicSchema}). */
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
      /** What the text says (or does not say) about the topic. */
      note: z.string().min(1),
      /** Where the text refers the matter to other legislation, when it does. */
      delegatedTo: CitationSchema.optional(),
    })
    .strict(),
);
/** What the standard does not regulate, by topic (see {@link NotRegulatedSchema}). */
export type NotRegulated = z.infer<typeof NotRegulatedSchema>;

/** Norms of supplies per recipient or bed with their minimum wear periods (2017 draft, Annex 4). */
export const SupplyNormSchema = z
  .object({
    /** Title of the annex. */
    label: LocalizedTextSchema,
    /** The rows. */
    items: z
      .array(
        z
          .object({
            /** Id of the item. */
            id: z.string().regex(/^[a-z0-9-]+$/),
            /** Row number as printed; null when the row has none. */
            row: z.string().nullable(),
            /** The item as printed. */
            label: LocalizedTextSchema,
            /** Unit of the norm as printed. */
            unit: z.string(),
            /** The norm as printed (number, or words such as "as needed, at most one per bed"); null when the cell is blank. */
            norm: z.union([z.number(), z.string()]).nullable(),
            /** Minimum wear period as printed; null when blank (not specified — never filled in). */
            wearPeriod: z.string().nullable(),
            /** Remark of the encoder. */
            note: z.string().optional(),
            /** Where the annex prints the row. */
            citation: CitationSchema,
          })
          .strict(),
      )
      .min(1),
    /** Where the text states the norms. */
    citation: CitationSchema,
  })
  .strict();
/** Norms of supplies with their wear periods (see {@link SupplyNormSchema}). */
export type SupplyNorms = z.infer<typeof SupplyNormSchema>;

/** Equipment requirements (2017 draft, Annex 6): a quantity, a ratio, or not specified. */
export const EquipmentSchema = z
  .object({
    /** Title of the annex. */
    label: LocalizedTextSchema,
    /** The rows. */
    items: z
      .array(
        z
          .object({
            /** Id of the item. */
            id: z.string().regex(/^[a-z0-9-]+$/),
            /** Row number as printed; null when the row has none. */
            row: z.string().nullable(),
            /** The room the item belongs to, when the annex groups by room. */
            room: z.string().optional(),
            /** The item as printed. */
            label: LocalizedTextSchema,
            /** Quantity printed; null when the cell is blank. */
            quantity: z.number().positive().nullable().describe('Quantity printed; null when the cell is blank'),
            /** A quantity per a number of something, when the annex prints a ratio. */
            ratio: z
              .object({
                /** Items… */
                value: z.number().positive(),
                /** …per this many… */
                per: z.number().positive(),
                /** …of these. */
                of: z.enum(['recipients', 'square-metres', 'washing-machines', 'beds']),
              })
              .strict()
              .optional(),
            /** Where the annex prints the row. */
            citation: CitationSchema,
          })
          .strict(),
      )
      .min(1),
    /** Where the text states the requirements. */
    citation: CitationSchema,
  })
  .strict();
/** Equipment requirements (see {@link EquipmentSchema}). */
export type Equipment = z.infer<typeof EquipmentSchema>;
