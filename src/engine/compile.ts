import type { Condition, FactCondition } from '../schema/rule-file.js';
import { OPERATORS, type ConditionResult, type Facts } from './conditions.js';

/**
 * Condition trees compiled into plain functions, once per condition object.
 *
 * A compiled condition gives exactly what {@link evaluateCondition} gives — json-rules-engine's
 * result when every fact it needs is present (test/engine/compiled.test.ts checks both against
 * json-rules-engine and against each other), `'missing'` by the same three-valued rules
 * otherwise — without walking the tree, testing node kinds or splitting paths on each call.
 */
export type CompiledCondition = (facts: Facts) => ConditionResult;

const hasOwn = Object.prototype.hasOwnProperty;

function compileLeaf(c: FactCondition): CompiledCondition {
  const { fact, value } = c;
  const op = OPERATORS[c.operator];
  if (c.path === undefined) {
    return (facts) => {
      const v = facts[fact];
      if (v === undefined || !hasOwn.call(facts, fact)) return 'missing';
      return op(v, value);
    };
  }
  const keys = c.path.slice(2).split('.');
  return (facts) => {
    const v = facts[fact];
    if (v === undefined || !hasOwn.call(facts, fact)) return 'missing';
    let current: unknown = v;
    for (const key of keys) {
      if (current === null || typeof current !== 'object') {
        current = undefined;
        break;
      }
      current = (current as Record<string, unknown>)[key];
    }
    return op(current, value);
  };
}

function compileAll(parts: readonly CompiledCondition[]): CompiledCondition {
  if (parts.length === 1) return parts[0] as CompiledCondition;
  return (facts) => {
    // false wins over missing: one failing branch decides an `all` without the missing fact
    let missing = false;
    for (const p of parts) {
      const r = p(facts);
      if (r === false) return false;
      if (r === 'missing') missing = true;
    }
    return missing ? 'missing' : true;
  };
}

function compileAny(parts: readonly CompiledCondition[]): CompiledCondition {
  if (parts.length === 1) return parts[0] as CompiledCondition;
  return (facts) => {
    let missing = false;
    for (const p of parts) {
      const r = p(facts);
      if (r === true) return true;
      if (r === 'missing') missing = true;
    }
    return missing ? 'missing' : false;
  };
}

function build(condition: Condition): CompiledCondition {
  if ('fact' in condition) return compileLeaf(condition);
  if ('all' in condition) return compileAll(condition.all.map(compileCondition));
  if ('any' in condition) return compileAny(condition.any.map(compileCondition));
  const inner = compileCondition(condition.not);
  return (facts) => {
    const r = inner(facts);
    return r === 'missing' ? 'missing' : !r;
  };
}

const compiled = new WeakMap<Condition, CompiledCondition>();

/**
 * The condition as a function of the facts, compiled on first use and remembered per condition
 * object (rule files are parsed once, so each of their conditions is compiled once). The
 * condition must not be changed afterwards.
 */
export function compileCondition(condition: Condition): CompiledCondition {
  let f = compiled.get(condition);
  if (!f) {
    f = build(condition);
    compiled.set(condition, f);
  }
  return f;
}

/** Evaluates a condition through its compiled form; same results as {@link evaluateCondition}. */
export function evaluateCompiled(condition: Condition, facts: Facts): ConditionResult {
  return compileCondition(condition)(facts);
}
