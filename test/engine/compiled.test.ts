import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { compileCondition, evaluateCompiled } from '../../src/engine/compile.js';
import { factsOf, evaluateCondition } from '../../src/engine/conditions.js';
import type { Condition } from '../../src/schema/rule-file.js';
import { standards } from '../../src/law/registry.js';

/** Every condition tree in the bundled rule files: time limits' appliesWhen and rules' conditions. */
function ruleFileConditions(): Array<{ where: string; condition: Condition }> {
  const out: Array<{ where: string; condition: Condition }> = [];
  for (const s of standards.list()) {
    const rules = s.versions.at(-1)?.rules;
    if (!rules) continue;
    for (const [id, d] of Object.entries(rules.deadlines)) if (d.appliesWhen) out.push({ where: `${s.id} deadlines.${id}`, condition: d.appliesWhen });
    for (const r of rules.rules) out.push({ where: `${s.id} rules.${r.id}`, condition: r.conditions });
  }
  return out;
}

const scalar = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('a', 'b', 'c'), fc.boolean());

// well-typed conditions, as the rule-file schema admits them (see conditions.test.ts), over facts
// that may be absent: `m` is never given, `n` and `s` only sometimes
const numericLeaf = fc
  .record({
    fact: fc.constantFrom('n', 'obj', 'm'),
    operator: fc.constantFrom('lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'),
    value: fc.integer({ min: -3, max: 3 }),
    path: fc.constantFrom('$.x', '$.y.z'),
  })
  .map(({ path, ...c }) => (c.fact === 'obj' ? { ...c, path } : c) as Condition);
const equalityLeaf = fc.record({
  fact: fc.constantFrom('n', 's', 'list', 'm'),
  operator: fc.constantFrom('equal', 'notEqual'),
  value: scalar,
}) as fc.Arbitrary<Condition>;
const membershipLeaf = fc.record({
  fact: fc.constantFrom('n', 's', 'm'),
  operator: fc.constantFrom('in', 'notIn'),
  value: fc.array(scalar, { maxLength: 3 }),
}) as fc.Arbitrary<Condition>;
const containsLeaf = fc.record({
  fact: fc.constantFrom('list', 'm'),
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

const allFacts = fc.record({
  n: fc.integer({ min: -3, max: 3 }),
  s: fc.constantFrom('a', 'b', 'c'),
  list: fc.array(scalar, { maxLength: 4 }),
  obj: fc.record({ x: fc.integer({ min: -3, max: 3 }), y: fc.option(fc.record({ z: fc.integer({ min: -3, max: 3 }) }), { nil: undefined }) }),
});

// some facts absent, or present as undefined (both count as missing)
const someFacts = fc.record(
  {
    n: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
    s: fc.constantFrom('a', 'b', 'c'),
    list: fc.array(scalar, { maxLength: 4 }),
    obj: fc.record({ x: fc.integer({ min: -3, max: 3 }) }),
  },
  { requiredKeys: [] },
);

async function withJsonRulesEngine(condition: Condition, f: Record<string, unknown>): Promise<boolean> {
  const engine = new Engine([], { allowUndefinedFacts: false });
  engine.addRule({ conditions: { all: [condition] } as never, event: { type: 'hit' } });
  const { events } = await engine.run(f);
  return events.length > 0;
}

describe('compiled conditions', () => {
  it('equal json-rules-engine on generated condition trees when every fact is present', async () => {
    await fc.assert(
      fc.asyncProperty(tree, allFacts, async (condition, f) => {
        fc.pre(!JSON.stringify(condition).includes('"m"'));
        expect(compileCondition(condition)(f)).toBe(await withJsonRulesEngine(condition, f));
      }),
      { numRuns: 400 },
    );
  });

  it('equal the interpreting evaluator, absent facts (three-valued) included', () => {
    fc.assert(
      fc.property(tree, someFacts, (condition, f) => {
        expect(evaluateCompiled(condition, f)).toBe(evaluateCondition(condition, f));
      }),
      { numRuns: 2000 },
    );
  });

  it('equal json-rules-engine and the evaluator on every condition of the rule files', async () => {
    const conditions = ruleFileConditions();
    expect(conditions.length).toBeGreaterThan(0);
    const facts = fc.record(
      {
        'admission.route': fc.constantFrom('application', 'referral-authorized-body', 'referral-police', 'police-detected', 'pretrial-victim-status', 'other'),
        pretrialVictimStatus: fc.boolean(),
        minor: fc.boolean(),
        'option.pretrial-victim.reading': fc.constantFrom('no-identification', 'no-sheet-only'),
        'option.needs-assessment.reading': fc.constantFrom('within-3-days', 'after-3-days-observation'),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...conditions), facts, async ({ condition }, f) => {
        const compiled = compileCondition(condition)(f);
        expect(compiled).toBe(evaluateCondition(condition, f));
        // json-rules-engine throws on any absent fact, even in a branch an `any` does not need
        if (compiled !== 'missing' && factsOf(condition).every((k) => k in f)) expect(compiled).toBe(await withJsonRulesEngine(condition, f));
      }),
      { numRuns: 300 },
    );
  });

  it('are compiled once per condition object', () => {
    const c: Condition = { all: [{ fact: 'n', operator: 'equal', value: 1 }] };
    expect(compileCondition(c)).toBe(compileCondition(c));
    expect(compileCondition(structuredClone(c))).not.toBe(compileCondition(c));
  });

  it('treat an inherited property as absent, like the evaluator', () => {
    const c: Condition = { fact: 'toString', operator: 'equal', value: 1 };
    expect(evaluateCompiled(c, {})).toBe('missing');
    expect(evaluateCondition(c, {})).toBe('missing');
  });
});
