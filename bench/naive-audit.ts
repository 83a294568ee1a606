/**
 * Baseline (b) of the audit benchmark: the library's audit, but with every condition of the rule
 * file evaluated the naive way — a json-rules-engine `Engine` created and run (asynchronously)
 * for each case.
 *
 * The trafficking rule file's conditions are the time limits' `appliesWhen` trees: its `rules`
 * list is empty, and no check evaluates rule-list conditions (admission reads only a citation
 * from it). Per case and per set of facts the audit will ask about (the case's facts, and the
 * same with `pretrialVictimStatus: false` for the versions before p.13-1 existed), a new Engine
 * gets two rules per condition (see below) and is run once; the audit then reads its answers
 * from those runs. (An Engine per single evaluation would be slower still.)
 *
 * Absent facts: json-rules-engine throws on an undefined fact (or, with `allowUndefinedFacts`,
 * compares `undefined`), where the library answers `'missing'` (strong three-valued logic). To
 * give identical verdicts, each leaf that reads an absent fact is replaced by a constant leaf —
 * once pessimistically (false where it appears positively, true under a `not`) and once
 * optimistically; the result is `true` when the pessimistic rule fires, `false` when the
 * optimistic one does not, and `'missing'` otherwise. That is exactly strong Kleene logic.
 */
import { Engine } from 'json-rules-engine';
import { prepareAudit, runAudit, type CaseAudit, type PreparedAudit } from '../src/audit/audit.js';
import type { ConditionResult, Facts } from '../src/engine/conditions.js';
import type { CaseInput } from '../src/schema/case.js';
import type { Condition } from '../src/schema/rule-file.js';

const CONST = '__const';

function present(facts: Facts, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(facts, name) && facts[name] !== undefined;
}

/** The condition with every leaf on an absent fact replaced by a constant (see the module comment). */
function withAbsentAs(condition: Condition, facts: Facts, value: boolean): Condition {
  if ('fact' in condition) return present(facts, condition.fact) ? condition : { fact: CONST, operator: 'equal', value };
  if ('all' in condition) return { all: condition.all.map((c) => withAbsentAs(c, facts, value)) };
  if ('any' in condition) return { any: condition.any.map((c) => withAbsentAs(c, facts, value)) };
  return { not: withAbsentAs(condition.not, facts, !value) };
}

/** Answers per condition, per set of facts (by their JSON). */
type Answers = Map<Condition, Map<string, ConditionResult>>;

/** The rule file's conditions for a standard (the time limits' appliesWhen trees). */
export function conditionsOf(prepared: PreparedAudit): Condition[] {
  const { ctx } = prepared;
  const rules = ctx.registry.history(ctx.kase.standard).versions.at(-1)?.rules;
  const conditions: Condition[] = [];
  for (const d of Object.values(rules?.deadlines ?? {})) if (d.appliesWhen) conditions.push(d.appliesWhen);
  return conditions;
}

/** The sets of facts the audit asks about: as derived, and as they stand before p.13-1. */
export function factSetsOf(prepared: PreparedAudit): Facts[] {
  const { facts } = prepared;
  return facts['pretrialVictimStatus'] === true ? [facts, { ...facts, pretrialVictimStatus: false }] : [facts];
}

/** Every condition on every set of facts, answered by a json-rules-engine Engine made per set of facts. */
export async function engineAnswers(conditions: readonly Condition[], factSets: readonly Facts[]): Promise<Answers> {
  const answers: Answers = new Map(conditions.map((c) => [c, new Map<string, ConditionResult>()]));
  for (const f of factSets) {
    const engine = new Engine([], { allowUndefinedFacts: false });
    conditions.forEach((c, i) => {
      engine.addRule({ name: `c${i}:pessimistic`, conditions: { all: [withAbsentAs(c, f, false)] } as never, event: { type: `c${i}:pessimistic` } });
      engine.addRule({ name: `c${i}:optimistic`, conditions: { all: [withAbsentAs(c, f, true)] } as never, event: { type: `c${i}:optimistic` } });
    });
    const present: Record<string, unknown> = { [CONST]: true };
    for (const [k, v] of Object.entries(f)) if (v !== undefined) present[k] = v;
    const { events } = await engine.run(present);
    const fired = new Set(events.map((e) => e.type));
    const key = JSON.stringify(f);
    conditions.forEach((c, i) => {
      const result: ConditionResult = fired.has(`c${i}:pessimistic`) ? true : !fired.has(`c${i}:optimistic`) ? false : 'missing';
      answers.get(c)?.set(key, result);
    });
  }
  return answers;
}

/** Audits one case with its conditions evaluated by a json-rules-engine Engine made for it. */
export async function naiveAudit(input: CaseInput, asOf: string): Promise<CaseAudit> {
  const prepared = prepareAudit(input, { asOf });
  const answers = await engineAnswers(conditionsOf(prepared), factSetsOf(prepared));
  return runAudit(prepared, (condition, f) => {
    const result = answers.get(condition)?.get(JSON.stringify(f));
    if (result === undefined) throw new Error('naive audit: a condition was asked about facts json-rules-engine did not see');
    return result;
  });
}
