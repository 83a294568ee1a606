import { z } from 'zod';
import { IsoDateSchema } from '../schema/date.js';
import { CitationSchema, ParagraphRefSchema } from './citation.js';

/** Text in the three languages of the library; at least the English label is present. */
export const LocalizedTextSchema = z
  .object({ ru: z.string().min(1).optional(), kk: z.string().min(1).optional(), en: z.string().min(1) })
  .strict();
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * When an act takes effect. `stated`: the text gives the date. `inferred`: the text gives only a
 * rule ("ten calendar days after first official publication") and no publication date, so only
 * the earliest possible day is known. `unknown`: the sources say nothing. `never`: a draft.
 */
export const EffectiveDateSchema = z
  .object({
    certainty: z.enum(['stated', 'inferred', 'unknown', 'never']),
    date: IsoDateSchema.nullable(),
    afterPublication: z
      .object({ calendarDays: z.number().int().positive() })
      .strict()
      .optional()
      .describe('The act takes effect when this many calendar days have passed after the day of first official publication'),
    earliest: IsoDateSchema.optional().describe('Earliest possible day of entry into force (inferred dates)'),
    reasoning: z.string().min(1),
    citation: CitationSchema,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.certainty === 'stated' && v.date === null) ctx.addIssue({ code: 'custom', message: 'a stated date needs date', path: ['date'] });
    if (v.certainty === 'inferred' && (v.date !== null || v.earliest === undefined))
      ctx.addIssue({ code: 'custom', message: 'an inferred date has date null and an earliest day', path: ['earliest'] });
  });
export type EffectiveDate = z.infer<typeof EffectiveDateSchema>;

export const ActSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    kind: z.enum(['order', 'draft']),
    number: z.string().nullable(),
    date: IsoDateSchema.nullable(),
    dateNote: z.string().optional(),
    title: LocalizedTextSchema,
    issuer: LocalizedTextSchema,
    registration: z
      .object({ number: z.string().nullable(), date: IsoDateSchema.nullable(), note: z.string().optional() })
      .strict()
      .nullable()
      .describe('State registration with the Ministry of Justice, where the text gives it'),
    language: z.enum(['ru', 'kk']),
    sourceFile: z.string().nullable().describe('File in ../shared/seeds holding the text; null when the act is known only from another text'),
    translations: z
      .array(z.object({ file: z.string(), lang: z.enum(['ru', 'kk', 'en']), official: z.boolean() }).strict())
      .optional(),
    citations: z.array(CitationSchema).min(1).describe('Where the texts state the number, date and registration'),
    entryIntoForce: EffectiveDateSchema,
    repeal: z
      .object({ by: z.string(), effective: IsoDateSchema, citation: CitationSchema, note: z.string().optional() })
      .strict()
      .optional(),
    encoded: z.boolean().describe('Whether the act’s own rules are encoded in rules/'),
    note: z.string().optional(),
  })
  .strict();
export type Act = z.infer<typeof ActSchema>;

export const ActsFileSchema = z.object({ $comment: z.string().optional(), acts: z.array(ActSchema).min(1) }).strict();

/** A place in a law text that an amendment changed. */
export const TextTargetSchema = z
  .object({
    part: z.enum(['order', 'standard', 'report']),
    annex: z.number().int().positive().optional(),
    paragraph: ParagraphRefSchema.optional(),
  })
  .strict();
export type TextTarget = z.infer<typeof TextTargetSchema>;

export const AmendmentSchema = z
  .object({
    act: z.string(),
    changes: z
      .array(
        z
          .object({
            target: TextTargetSchema,
            kind: z
              .enum(['reworded', 'amended', 'added'])
              .describe('reworded = new wording; amended = changes inside; added = the paragraph did not exist before'),
            citation: CitationSchema.describe('The footnote of the consolidated text that records the change'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type Amendment = z.infer<typeof AmendmentSchema>;

export const StandardFileSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(/^[a-z0-9-]+$/),
    status: z.enum(['binding', 'draft']),
    title: LocalizedTextSchema,
    act: z.string(),
    location: z
      .object({ part: z.enum(['order', 'standard']), annex: z.number().int().positive().optional() })
      .strict()
      .describe('Where the standard’s text sits in the act: the attached standard, or an annex of the order'),
    approvedBy: CitationSchema,
    ruleFile: z.string().describe('Name of the rule file rules/<id>/<ruleFile>.json encoding the text of the source'),
    amendments: z.array(AmendmentSchema),
    successor: z.object({ note: z.string() }).strict().optional(),
    predecessor: z.object({ acts: z.array(z.string()).min(1), note: z.string() }).strict().optional(),
  })
  .strict();
export type StandardFile = z.infer<typeof StandardFileSchema>;
