import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { evaluateCondition, factsOf } from '../../src/engine/conditions.js';
import { ConditionSchema, type Condition } from '../../src/schema/rule-file.js';

const scalar = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('a', 'b', 'c'), fc.boolean());

// well-typed conditions, as the rule-file schema admits them: numeric operators over numeric facts
// and numbers, in/notIn against arrays, contains/doesNotContain over list facts
const numericLeaf = fc.record({
  fact: fc.constantFrom('n', 'obj'),
  operator: fc.constantFrom('lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'),
  value: fc.integer({ min: -3, max: 3 }),
}).map((c) => (c.fact === 'obj' ? { ...c, path: '$.x' } : c) as Condition);
const equalityLeaf = fc.record({
  fact: fc.constantFrom('n', 's', 'list'),
  operator: fc.constantFrom('equal', 'notEqual'),
  value: scalar,
}) as fc.Arbitrary<Condition>;
const membershipLeaf = fc.record({
  fact: fc.constantFrom('n', 's'),
  operator: fc.constantFrom('in', 'notIn'),
  value: fc.array(scalar, { maxLength: 3 }),
}) as fc.Arbitrary<Condition>;
const containsLeaf = fc.record({
  fact: fc.constant('list'),
  operator: fc.constantFrom('contains', 'doesNotContain'),
  value: scalar,
}) as fc.Arbitrary<Condition>;
const leaf: fc.Arbitrary<Condition> = fc.oneof(numericLeaf, equalityLeaf, membershipLeaf, containsLeaf);

const tree: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('node') }),
  ),
})).node;

const facts = fc.record({
  n: fc.integer({ min: -3, max: 3 }),
  s: fc.constantFrom('a', 'b', 'c'),
  list: fc.array(scalar, { maxLength: 4 }),
  obj: fc.record({ x: fc.integer({ min: -3, max: 3 }) }),
});

async function withJsonRulesEngine(condition: Condition, f: Record<string, unknown>): Promise<boolean> {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addRule({ conditions: { all: [condition] } as never, event: { type: 'hit' } });
  const { events } = await engine.run(f);
  return events.length > 0;
}

describe('the synchronous evaluator equals json-rules-engine', () => {
  it('on generated condition trees and facts (all facts present)', async () => {
    await fc.assert(
      fc.asyncProperty(tree, facts, async (condition, f) => {
        expect(evaluateCondition(condition, f)).toBe(await withJsonRulesEngine(condition, f));
      }),
      { numRuns: 400 },
    );
  });
});

describe('missing facts', () => {
  const c: Condition = { all: [{ fact: 'n', operator: 'greaterThan', value: 3 }, { fact: 'm', operator: 'equal', value: 1 }] };

  it('a needed fact that is absent gives "missing", where json-rules-engine would throw', async () => {
    expect(evaluateCondition(c, { n: 5 })).toBe('missing');
    await expect(withJsonRulesEngine(c, { n: 5 })).rejects.toThrow(/Undefined fact/);
  });

  it('a failing branch decides an `all` even when another fact is missing; a passing one decides an `any`', () => {
    expect(evaluateCondition(c, { n: 1 })).toBe(false);
    expect(evaluateCondition({ any: [{ fact: 'n', operator: 'equal', value: 1 }, { fact: 'm', operator: 'equal', value: 1 }] }, { n: 1 })).toBe(true);
    expect(evaluateCondition({ not: { fact: 'm', operator: 'equal', value: 1 } }, {})).toBe('missing');
  });

  it('the rule-file schema refuses ill-typed conditions, where json-rules-engine coerces loosely', () => {
    const ok = (c: unknown) => ConditionSchema.safeParse(c).success;
    expect(ok({ fact: 'n', operator: 'lessThan', value: 3 })).toBe(true);
    expect(ok({ fact: 'n', operator: 'lessThan', value: false })).toBe(false);
    expect(ok({ fact: 'n', operator: 'in', value: 'abc' })).toBe(false);
    expect(ok({ fact: 'n', operator: 'contains', value: [1] })).toBe(false);
  });

  it('lists the facts a condition reads', () => {
    expect(factsOf(c)).toEqual(['n', 'm']);
  });
});
