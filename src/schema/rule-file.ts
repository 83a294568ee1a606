import { z } from 'zod';
import { CitationSchema } from '../law/citation.js';
import { LocalizedTextSchema } from '../law/schema.js';
import { IsoDateSchema } from './date.js';

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

/** Operators of json-rules-engine's default set that the library evaluates. */
export const OperatorSchema = z.enum([
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
]);
export type Operator = z.infer<typeof OperatorSchema>;

export interface FactCondition {
  fact: string;
  operator: Operator;
  value: unknown;
  path?: string | undefined;
}
export type Condition = FactCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

const FactConditionSchema = z
  .object({
    fact: z.string().regex(/^[A-Za-z][A-Za-z0-9_.]*$/),
    operator: OperatorSchema,
    value: z.unknown(),
    path: z
      .string()
      .regex(/^\$(\.[A-Za-z_][A-Za-z0-9_]*)+$/, 'a simple JSONPath such as "$.a.b"')
      .optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    // json-rules-engine coerces loosely (0 <= false is true); only well-typed conditions are admitted
    const v = c.value;
    const scalar = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null;
    const numericOps = ['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'];
    if (numericOps.includes(c.operator) && (typeof v !== 'number' || !Number.isFinite(v)))
      ctx.addIssue({ code: 'custom', message: `${c.operator} needs a number`, path: ['value'] });
    if ((c.operator === 'in' || c.operator === 'notIn') && !(Array.isArray(v) && v.every((x) => x === null || ['string', 'number', 'boolean'].includes(typeof x))))
      ctx.addIssue({ code: 'custom', message: `${c.operator} needs an array of scalars`, path: ['value'] });
    if (['equal', 'notEqual', 'contains', 'doesNotContain'].includes(c.operator) && !scalar)
      ctx.addIssue({ code: 'custom', message: `${c.operator} needs a scalar`, path: ['value'] });
  });

/** A condition tree in json-rules-engine's format (all / any / not / fact-operator-value). */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    FactConditionSchema,
    z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
    z.object({ not: ConditionSchema }).strict(),
  ]),
);

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
