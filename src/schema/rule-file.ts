import { z } from 'zod';
import { CitationSchema } from '../law/citation.js';
import { LocalizedTextSchema } from '../law/schema.js';
import { IsoDateSchema } from './date.js';
import { ConditionSchema, type Condition, type FactCondition, type Operator, OperatorSchema } from './condition.js';
import {
  AdmissionMatrixSchema,
  DeadlineRuleSchema,
  EquipmentSchema,
  EvaluationSheetSchema,
  NotRegulatedSchema,
  PeriodicRuleSchema,
  StaffingTableSchema,
  SupplyNormSchema,
} from './rule-sections.js';

/** Units of the law's numbers. */
export const UnitSchema = z.enum([
  'hour',
  'day24',
  'calendar-day',
  'working-day',
  'month',
  'times',
  'person',
  'child',
  'position',
  'square-metre',
  'points',
  'count',
  'text',
]);
/** A unit of the law's numbers (see {@link UnitSchema}). */
export type Unit = z.infer<typeof UnitSchema>;

/** A number (or fixed text) of the law with its unit and citation; optionally dated inside the version. */
export const ParameterSchema = z
  .object({
    /** The value as the text states it. */
    value: z.union([z.number(), z.string(), z.boolean()]),
    /** Its unit. */
    unit: UnitSchema,
    /** What it is. */
    label: LocalizedTextSchema,
    /** Where the text states it. */
    citation: CitationSchema,
    /** First day the value applies, when it changes inside the version. */
    validFrom: IsoDateSchema.optional(),
    /** Last day the value applies, when it changes inside the version. */
    validTo: IsoDateSchema.optional(),
    /** Remark of the encoder. */
    note: z.string().optional(),
  })
  .strict();
/** A number (or fixed text) of the law with its unit and citation (see {@link ParameterSchema}). */
export type Parameter = z.infer<typeof ParameterSchema>;

/** Schema of one item of a {@link RuleList}. */
export const ListItemSchema = z
  .object({
    /** Stable id of the item, unique in its list. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** What the item is. */
    label: LocalizedTextSchema,
    /** Where the text names it. */
    citation: CitationSchema,
    /** For lists of required items (participants): facts under which the item is required; absent = always. */
    requiredWhen: z.lazy(() => ConditionSchema).optional(),
    /** Remark of the encoder. */
    note: z.string().optional(),
  })
  .strict();
/** One item of a list of the law (see {@link ListItemSchema}). */
export type ListItem = z.infer<typeof ListItemSchema>;

/** A list of the law (contraindications, grounds, bases…): closed when the text admits nothing else. */
export const RuleListSchema = z
  .object({
    /** What the list is. */
    label: LocalizedTextSchema,
    /** False when the text ends the list openly ("и другое", "иные"). */
    closed: z.boolean().describe('false when the text ends the list openly ("и другое", "иные")'),
    /** Where the text states the list. */
    citation: CitationSchema,
    /** The items, in the text's order. */
    items: z.array(ListItemSchema).min(1),
    /** Remark of the encoder. */
    note: z.string().optional(),
  })
  .strict()
  .superRefine((l, ctx) => {
    const seen = new Set<string>();
    l.items.forEach((item, i) => {
      if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `duplicate item id "${item.id}"`, path: ['items', i, 'id'] });
      seen.add(item.id);
    });
  });
/** A list of the law, closed or open (see {@link RuleListSchema}). */
export type RuleList = z.infer<typeof RuleListSchema>;

/**
 * A rule in json-rules-engine's format. json-rules-engine keeps only `event.params` of a
 * rule's extra data, so the citation lives there.
 */
export const RuleSchema = z
  .object({
    /** Stable dotted id. */
    id: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/),
    /** What the rule says. */
    name: LocalizedTextSchema,
    /** When the rule fires. */
    conditions: z.union([
      z
        .object({
          /** Fires when every condition holds. */
          all: z.array(ConditionSchema).min(1),
        })
        .strict(),
      z
        .object({
          /** Fires when some condition holds. */
          any: z.array(ConditionSchema).min(1),
        })
        .strict(),
      z
        .object({
          /** Fires when the condition does not hold. */
          not: ConditionSchema,
        })
        .strict(),
    ]),
    /** What firing means. */
    event: z
      .object({
        /** The event type reported. */
        type: z.string().min(1),
        /** The event's parameters; `citation` is required. */
        params: z
          .object({
            /** Where the text states the rule. */
            citation: CitationSchema,
          })
          .catchall(z.unknown()),
      })
      .strict(),
    /** json-rules-engine priority. */
    priority: z.number().int().positive().optional(),
  })
  .strict();
/** A rule in json-rules-engine's format with its citation (see {@link RuleSchema}). */
export type Rule = z.infer<typeof RuleSchema>;

/** A real ambiguity of the text, exposed as a named option with a documented default reading. */
export const AmbiguityOptionSchema = z
  .object({
    /** The question the text leaves open. */
    description: LocalizedTextSchema,
    /** The possible readings (at least two). */
    readings: z
      .array(
        z
          .object({
            /** Id passed in `options` to choose the reading. */
            id: z.string().regex(/^[a-z0-9-]+$/),
            /** What the reading means. */
            description: LocalizedTextSchema,
          })
          .strict(),
      )
      .min(2),
    /** Id of the reading used unless the caller chooses another. */
    default: z.string(),
    /** Why this reading is the default. */
    why: z.string().min(1).describe('Why this reading is the default'),
    /** The ambiguous text. */
    citation: CitationSchema,
  })
  .strict()
  .refine((o) => o.readings.some((r) => r.id === o.default), { message: 'default must be one of the readings', path: ['default'] });
/** An ambiguity of the text as a named option with a default reading (see {@link AmbiguityOptionSchema}). */
export type AmbiguityOption = z.infer<typeof AmbiguityOptionSchema>;

const KEY = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/** rules/<standard>/<version>.json: everything one encoded text of a standard says, as cited data. */
export const RuleFileSchema = z
  .object({
    /** Path of the JSON Schema, for editors. */
    $schema: z.string().optional(),
    /** Id of the standard. */
    standard: z.string(),
    /** Name of the encoded text (`2022-383`: the wording consolidated through Order No.383 of 2022). */
    version: z.string(),
    /** The law text encoded. */
    source: z
      .object({
        /** Id of the act whose text is encoded. */
        act: z.string(),
        /** File of the text in `../shared/seeds`. */
        file: z.string(),
        /** Language of the text. */
        lang: z.enum(['ru', 'kk']),
        /** Last amending act whose wording the consolidated text shows. */
        consolidatedThrough: z.string().optional().describe('Last amending act whose wording the consolidated text shows'),
      })
      .strict(),
    /** Citations of the acts behind this version (approval, entry into force, amendments, repeal). */
    citations: z.array(CitationSchema).min(1).describe('Citations of the acts behind this version (approval, entry into force, amendments, repeal)'),
    /** The numbers of the law, by dotted key (`contract.term-months`). */
    parameters: z.record(z.string().regex(KEY), ParameterSchema),
    /** The lists of the law, by dotted key (`contraindications`). */
    lists: z.record(z.string().regex(KEY), RuleListSchema),
    /** Rules in json-rules-engine's format. */
    rules: z.array(RuleSchema),
    /** Ambiguities of the text with their default readings, by dotted key. */
    options: z.record(z.string().regex(KEY), AmbiguityOptionSchema),
    /** Time limits between events of a case, by dotted key. */
    deadlines: z.record(z.string().regex(KEY), DeadlineRuleSchema).default({}),
    /** Duties at a frequency (quarterly monitoring, the complaints book), by dotted key. */
    periodic: z.record(z.string().regex(KEY), PeriodicRuleSchema).default({}),
    /** The staffing table, when the standard has one. */
    staffing: StaffingTableSchema.optional(),
    /** The evaluation (identification) sheet, when the standard has one. */
    evaluationSheet: EvaluationSheetSchema.optional(),
    /** Which admission bases suffice for which categories (education standards). */
    admission: AdmissionMatrixSchema.optional(),
    /** What the standard does not regulate, said explicitly. */
    notRegulated: NotRegulatedSchema.default({}),
    /** Norms of supplies (2017 draft). */
    supplyNorms: SupplyNormSchema.optional(),
    /** Equipment requirements (2017 draft). */
    equipment: EquipmentSchema.optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const ids = new Set<string>();
    f.rules.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule id "${r.id}"`, path: ['rules', i, 'id'] });
      ids.add(r.id);
    });
  });
/** `rules/<standard>/<version>.json`: one encoded text of a standard as cited data (see {@link RuleFileSchema}). */
export type RuleFile = z.infer<typeof RuleFileSchema>;

export { ConditionSchema, OperatorSchema, type Condition, type FactCondition, type Operator };
