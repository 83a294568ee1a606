import { z } from 'zod';
import { IsoDateSchema } from '../schema/date.js';
import { CitationSchema, ParagraphRefSchema } from './citation.js';

/** Text in the three languages of the library; at least the English label is present. */
export const LocalizedTextSchema = z
  .object({
    /** Russian. */
    ru: z.string().min(1).optional(),
    /** Kazakh. */
    kk: z.string().min(1).optional(),
    /** English (always present; an unofficial rendering, never cited). */
    en: z.string().min(1),
  })
  .strict();
/** A label in Russian, Kazakh and English; only `en` is always present. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * When an act takes effect. `stated`: the text gives the date. `inferred`: the text gives only a
 * rule ("ten calendar days after first official publication") and no publication date, so only
 * the earliest possible day is known. `unknown`: the sources say nothing. `never`: a draft.
 */
export const EffectiveDateSchema = z
  .object({
    /** How the date is known: stated in the text, inferred (earliest day only), unknown, or never (a draft). */
    certainty: z.enum(['stated', 'inferred', 'unknown', 'never']),
    /** The day of entry into force when `stated`; null otherwise. */
    date: IsoDateSchema.nullable(),
    /** For an act that takes effect a number of days after its first official publication. */
    afterPublication: z
      .object({
        /** The act takes effect when this many calendar days have passed after the day of publication. */
        calendarDays: z.number().int().positive(),
      })
      .strict()
      .optional()
      .describe('The act takes effect when this many calendar days have passed after the day of first official publication'),
    /** Earliest possible day of entry into force (inferred dates). */
    earliest: IsoDateSchema.optional().describe('Earliest possible day of entry into force (inferred dates)'),
    /** How the date (or the earliest day) was derived from the texts. */
    reasoning: z.string().min(1),
    /** Where the text states the date or the rule. */
    citation: CitationSchema,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.certainty === 'stated' && v.date === null) ctx.addIssue({ code: 'custom', message: 'a stated date needs date', path: ['date'] });
    if (v.certainty === 'inferred' && (v.date !== null || v.earliest === undefined))
      ctx.addIssue({ code: 'custom', message: 'an inferred date has date null and an earliest day', path: ['earliest'] });
  });
/** When an act takes effect, and how certain that day is (validated by {@link EffectiveDateSchema}). */
export type EffectiveDate = z.infer<typeof EffectiveDateSchema>;

/** Schema of an act of `rules/acts.json` (an order, or the 2017 draft). */
export const ActSchema = z
  .object({
    /** Stable id, e.g. `order-138-2016`. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** An order of a ministry, or a draft that was never adopted. */
    kind: z.enum(['order', 'draft']),
    /** The act's number as printed; null when it has none. */
    number: z.string().nullable(),
    /** Day of signing; null when the texts do not give it. */
    date: IsoDateSchema.nullable(),
    /** Remark on the date. */
    dateNote: z.string().optional(),
    /** Title of the act. */
    title: LocalizedTextSchema,
    /** Who issued it (the minister, the acting minister…). */
    issuer: LocalizedTextSchema,
    /** State registration with the Ministry of Justice, where the text gives it. */
    registration: z
      .object({
        /** Registration number; null when not given. */
        number: z.string().nullable(),
        /** Registration day; null when not given. */
        date: IsoDateSchema.nullable(),
        /** Remark on the registration. */
        note: z.string().optional(),
      })
      .strict()
      .nullable()
      .describe('State registration with the Ministry of Justice, where the text gives it'),
    /** Language of the text encoded. */
    language: z.enum(['ru', 'kk']),
    /** File in `../shared/seeds` holding the text; null when the act is known only from another text. */
    sourceFile: z.string().nullable().describe('File in ../shared/seeds holding the text; null when the act is known only from another text'),
    /** Other texts of the same act (translations), with whether each is official. */
    translations: z
      .array(
        z
          .object({
            /** File in `../shared/seeds`. */
            file: z.string(),
            /** Language of the translation. */
            lang: z.enum(['ru', 'kk', 'en']),
            /** Whether the translation is an official text. */
            official: z.boolean(),
          })
          .strict(),
      )
      .optional(),
    /** Where the texts state the number, date and registration. */
    citations: z.array(CitationSchema).min(1).describe('Where the texts state the number, date and registration'),
    /** When the act takes effect. */
    entryIntoForce: EffectiveDateSchema,
    /** The act's repeal, when the sources record one. */
    repeal: z
      .object({
        /** Id of the repealing act. */
        by: z.string(),
        /** First day on which the act is no longer in force. */
        effective: IsoDateSchema,
        /** Where the repeal is stated. */
        citation: CitationSchema,
        /** Remark on the repeal. */
        note: z.string().optional(),
      })
      .strict()
      .optional(),
    /** Whether the act's own rules are encoded in `rules/`. */
    encoded: z.boolean().describe('Whether the act’s own rules are encoded in rules/'),
    /** Remark of the encoder. */
    note: z.string().optional(),
  })
  .strict();
/** An act of `rules/acts.json`: number, dates, registration, entry into force and repeal, each cited. */
export type Act = z.infer<typeof ActSchema>;

export const ActsFileSchema = z.object({ $comment: z.string().optional(), acts: z.array(ActSchema).min(1) }).strict();

/** A place in a law text that an amendment changed. */
export const TextTargetSchema = z
  .object({
    /** The act itself (`order`), the standard it approves, or the report around a draft. */
    part: z.enum(['order', 'standard', 'report']),
    /** Annex of the part. */
    annex: z.number().int().positive().optional(),
    /** Paragraph as printed (`"14"`, `"13-1"`, `"preamble"`, `"chapter-2"`); absent = the whole part or annex. */
    paragraph: ParagraphRefSchema.optional(),
  })
  .strict();
/** A place in a law text that an amendment changed (validated by {@link TextTargetSchema}). */
export type TextTarget = z.infer<typeof TextTargetSchema>;

/** Schema of one amending act of a standard and the places it changed (from the footnotes). */
export const AmendmentSchema = z
  .object({
    /** Id of the amending act. */
    act: z.string(),
    /** The places it changed. */
    changes: z
      .array(
        z
          .object({
            /** The place changed. */
            target: TextTargetSchema,
            /** `reworded` = new wording; `amended` = changes inside; `added` = the paragraph did not exist before. */
            kind: z
              .enum(['reworded', 'amended', 'added'])
              .describe('reworded = new wording; amended = changes inside; added = the paragraph did not exist before'),
            /** The footnote of the consolidated text that records the change. */
            citation: CitationSchema.describe('The footnote of the consolidated text that records the change'),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();
/** An amending act and the places of a standard it changed (validated by {@link AmendmentSchema}). */
export type Amendment = z.infer<typeof AmendmentSchema>;

/** Schema of `rules/<standard>/standard.json`: a standard, its approving act, rule file and amendments. */
export const StandardFileSchema = z
  .object({
    /** Path of the JSON Schema, for editors. */
    $schema: z.string().optional(),
    /** The standard's id (`trafficking`, `education-centers`…). */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** `binding`, or `draft` (never adopted). */
    status: z.enum(['binding', 'draft']),
    /** Title of the standard. */
    title: LocalizedTextSchema,
    /** Id of the approving act. */
    act: z.string(),
    /** Where the standard's text sits in the act: the attached standard, or an annex of the order. */
    location: z
      .object({
        /** `standard` = a standard attached to the order; `order` = an annex of the order itself. */
        part: z.enum(['order', 'standard']),
        /** The annex, for `part: 'order'`. */
        annex: z.number().int().positive().optional(),
      })
      .strict()
      .describe('Where the standard’s text sits in the act: the attached standard, or an annex of the order'),
    /** The approving paragraph of the act. */
    approvedBy: CitationSchema,
    /** Name of the rule file `rules/<id>/<ruleFile>.json` encoding the text of the source. */
    ruleFile: z.string().describe('Name of the rule file rules/<id>/<ruleFile>.json encoding the text of the source'),
    /** The amending acts, from the footnotes of the consolidated text. */
    amendments: z.array(AmendmentSchema),
    /** What replaced the standard after its repeal, as far as the sources say. */
    successor: z
      .object({
        /** What the sources say about the successor. */
        note: z.string(),
      })
      .strict()
      .optional(),
    /** The acts in force before the standard (not encoded). */
    predecessor: z
      .object({
        /** Their ids in `rules/acts.json`. */
        acts: z.array(z.string()).min(1),
        /** What the sources say about them. */
        note: z.string(),
      })
      .strict()
      .optional(),
  })
  .strict();
/** `rules/<standard>/standard.json` as data (validated by {@link StandardFileSchema}). */
export type StandardFile = z.infer<typeof StandardFileSchema>;
