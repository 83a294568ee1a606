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
/** An operator of a {@link FactCondition} (see {@link OperatorSchema}). */
export type Operator = z.infer<typeof OperatorSchema>;

/** A leaf of a condition tree: compares a case fact with a value. */
export interface FactCondition {
  /** Name of the fact (`minor`, `pretrialVictimStatus`, `category`…). */
  fact: string;
  /** How to compare. */
  operator: Operator;
  /** The value compared with: a number for the numeric operators, an array for `in` / `notIn`, else a scalar. */
  value: unknown;
  /** A simple JSONPath into the fact (`$.a.b`). */
  path?: string | undefined;
}
/** A condition tree in json-rules-engine's format: a fact condition, or all / any / not of conditions. */
export type Condition =
  | FactCondition
  | {
      /** Holds when every condition holds. */
      all: Condition[];
    }
  | {
      /** Holds when some condition holds. */
      any: Condition[];
    }
  | {
      /** Holds when the condition does not. */
      not: Condition;
    };

const FactConditionSchema = z
  .object({
    fact: z
      .string()
      .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/)
      .describe('Name of a case fact, or option.<name> for the reading of an ambiguity option'),
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

