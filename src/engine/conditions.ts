import type { Condition, FactCondition, Operator } from '../schema/rule-file.js';

/**
 * A synchronous evaluator of json-rules-engine condition trees.
 *
 * json-rules-engine is asynchronous (every run returns a promise) and keeps engine state; the
 * library's checks are pure synchronous functions, so the same condition format is evaluated
 * here. A property test (test/engine/conditions.test.ts) proves that, for inputs where every
 * fact is present, the result equals json-rules-engine's.
 *
 * Unlike json-rules-engine, a fact that is absent does not throw: the result is `'missing'`,
 * which the checks turn into a `needs-evidence` outcome.
 */
export type ConditionResult = boolean | 'missing';

/** The facts a condition is evaluated over, by name. */
export type Facts = Readonly<Record<string, unknown>>;

function readPath(value: unknown, path: string | undefined): unknown {
  if (path === undefined) return value;
  let current: unknown = value;
  for (const key of path.slice(2).split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const numeric = (a: unknown, b: unknown, f: (x: number, y: number) => boolean): boolean =>
  typeof a === 'number' && typeof b === 'number' && Number.isFinite(a) && Number.isFinite(b) && f(a, b);

/** json-rules-engine's default operators, with its semantics. */
export const OPERATORS: Readonly<Record<Operator, (factValue: unknown, value: unknown) => boolean>> = {
  equal: (a, b) => a === b,
  notEqual: (a, b) => a !== b,
  lessThan: (a, b) => numeric(a, b, (x, y) => x < y),
  lessThanInclusive: (a, b) => numeric(a, b, (x, y) => x <= y),
  greaterThan: (a, b) => numeric(a, b, (x, y) => x > y),
  greaterThanInclusive: (a, b) => numeric(a, b, (x, y) => x >= y),
  in: (a, b) => Array.isArray(b) && b.includes(a),
  notIn: (a, b) => Array.isArray(b) && !b.includes(a),
  contains: (a, b) => Array.isArray(a) && a.includes(b),
  doesNotContain: (a, b) => Array.isArray(a) && !a.includes(b),
};

function isFact(c: Condition): c is FactCondition {
  return 'fact' in c;
}

/** Evaluates a condition over facts: true, false, or `'missing'` when a needed fact is absent. */
export function evaluateCondition(condition: Condition, facts: Facts): ConditionResult {
  if (isFact(condition)) {
    if (!Object.prototype.hasOwnProperty.call(facts, condition.fact) || facts[condition.fact] === undefined) return 'missing';
    return OPERATORS[condition.operator](readPath(facts[condition.fact], condition.path), condition.value);
  }
  if ('all' in condition) {
    // false wins over missing: one failing branch decides an `all` without the missing fact
    let missing = false;
    for (const c of condition.all) {
      const r = evaluateCondition(c, facts);
      if (r === false) return false;
      if (r === 'missing') missing = true;
    }
    return missing ? 'missing' : true;
  }
  if ('any' in condition) {
    let missing = false;
    for (const c of condition.any) {
      const r = evaluateCondition(c, facts);
      if (r === true) return true;
      if (r === 'missing') missing = true;
    }
    return missing ? 'missing' : false;
  }
  const r = evaluateCondition(condition.not, facts);
  return r === 'missing' ? 'missing' : !r;
}

/** The facts a condition reads, for documentation and for `needs-evidence` messages. */
export function factsOf(condition: Condition): string[] {
  if (isFact(condition)) return [condition.fact];
  if ('all' in condition) return [...new Set(condition.all.flatMap(factsOf))];
  if ('any' in condition) return [...new Set(condition.any.flatMap(factsOf))];
  return factsOf(condition.not);
}
