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
export type Unit = z.infer<typeof UnitSchema>;

/** A number (or fixed text) of the law with its unit and citation; optionally dated inside the version. */
export const ParameterSchema = z
  .object({
    value: z.union([z.number(), z.string(), z.boolean()]),
    unit: UnitSchema,
    label: LocalizedTextSchema,
    citation: CitationSchema,
    validFrom: IsoDateSchema.optional(),
    validTo: IsoDateSchema.optional(),
    note: z.string().optional(),
  })
  .strict();
export type Parameter = z.infer<typeof ParameterSchema>;

export const ListItemSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: LocalizedTextSchema,
    citation: CitationSchema,
    /** For lists of required items (participants): facts under which the item is required; absent = always. */
    requiredWhen: z.lazy(() => ConditionSchema).optional(),
    note: z.string().optional(),
  })
  .strict();
export type ListItem = z.infer<typeof ListItemSchema>;

/** A list of the law (contraindications, grounds, bases…): closed when the text admits nothing else. */
export const RuleListSchema = z
  .object({
    label: LocalizedTextSchema,
    closed: z.boolean().describe('false when the text ends the list openly ("и другое", "иные")'),
    citation: CitationSchema,
    items: z.array(ListItemSchema).min(1),
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
export type RuleList = z.infer<typeof RuleListSchema>;

/**
 * A rule in json-rules-engine's format. json-rules-engine keeps only `event.params` of a
 * rule's extra data, so the citation lives there.
 */
export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/),
    name: LocalizedTextSchema,
    conditions: z.union([
      z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
      z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
      z.object({ not: ConditionSchema }).strict(),
    ]),
    event: z
      .object({
        type: z.string().min(1),
        params: z.object({ citation: CitationSchema }).catchall(z.unknown()),
      })
      .strict(),
    priority: z.number().int().positive().optional(),
  })
  .strict();
export type Rule = z.infer<typeof RuleSchema>;

/** A real ambiguity of the text, exposed as a named option with a documented default reading. */
export const AmbiguityOptionSchema = z
  .object({
    description: LocalizedTextSchema,
    readings: z
      .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), description: LocalizedTextSchema }).strict())
      .min(2),
    default: z.string(),
    why: z.string().min(1).describe('Why this reading is the default'),
    citation: CitationSchema,
  })
  .strict()
  .refine((o) => o.readings.some((r) => r.id === o.default), { message: 'default must be one of the readings', path: ['default'] });
export type AmbiguityOption = z.infer<typeof AmbiguityOptionSchema>;

const KEY = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/** rules/<standard>/<version>.json: everything one encoded text of a standard says, as cited data. */
export const RuleFileSchema = z
  .object({
    $schema: z.string().optional(),
    standard: z.string(),
    version: z.string(),
    source: z
      .object({
        act: z.string(),
        file: z.string(),
        lang: z.enum(['ru', 'kk']),
        consolidatedThrough: z.string().optional().describe('Last amending act whose wording the consolidated text shows'),
      })
      .strict(),
    citations: z.array(CitationSchema).min(1).describe('Citations of the acts behind this version (approval, entry into force, amendments, repeal)'),
    parameters: z.record(z.string().regex(KEY), ParameterSchema),
    lists: z.record(z.string().regex(KEY), RuleListSchema),
    rules: z.array(RuleSchema),
    options: z.record(z.string().regex(KEY), AmbiguityOptionSchema),
    deadlines: z.record(z.string().regex(KEY), DeadlineRuleSchema).default({}),
    periodic: z.record(z.string().regex(KEY), PeriodicRuleSchema).default({}),
    staffing: StaffingTableSchema.optional(),
    evaluationSheet: EvaluationSheetSchema.optional(),
    admission: AdmissionMatrixSchema.optional(),
    notRegulated: NotRegulatedSchema.default({}),
    supplyNorms: SupplyNormSchema.optional(),
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
export type RuleFile = z.infer<typeof RuleFileSchema>;

export { ConditionSchema, OperatorSchema, type Condition, type FactCondition, type Operator };
