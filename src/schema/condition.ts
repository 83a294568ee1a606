import { z } from 'zod';

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

