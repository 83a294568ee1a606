import { z } from 'zod';
import { InvalidInputError } from '../errors.js';
import type { ResolvedVersion } from '../law/registry.js';
import { makeOutcome, type Outcome } from '../outcome/outcome.js';
import { parseInput } from '../schema/parse.js';

/** Points an assessor gave per criterion id of the evaluation sheet. */
export const SheetMarksSchema = z.record(z.string(), z.number().finite().nonnegative());

/** The evaluation sheet's totals: per group and overall, with the decision left to a person. */
export interface SheetResult {
  /** Points per block of criteria. */
  readonly groups: ReadonlyArray<{
    /** Id of the block. */
    readonly id: string;
    /** Points of the block. */
    readonly total: number;
  }>;
  /** Points of the whole sheet. */
  readonly total: number;
  /** Always `needs-judgement` unless the text prints a threshold (none of the encoded texts does). */
  readonly outcome: Outcome;
}

/**
 * Totals an evaluation (identification) sheet. The texts print no points and no threshold, so
 * the points are the assessor's and the decision is `needs-judgement` with the total — never an
 * invented cut-off. Unknown criterion ids are an `InvalidInputError`.
 *
 * @example
 * ```ts
 * const r = evaluateSheet(standards.at('trafficking', '2023-01-10'), { 'purpose-forced-labour': 1 });
 * r.total; // 1
 * r.outcome.status; // 'needs-judgement'
 * ```
 */
export function evaluateSheet(resolved: ResolvedVersion, marks: Readonly<Record<string, number>>): SheetResult {
  const m = parseInput(SheetMarksSchema, marks, 'evaluation sheet marks');
  const sheet = resolved.version.rules.evaluationSheet;
  const v = resolved.version;
  if (!sheet) {
    return {
      groups: [],
      total: 0,
      outcome: makeOutcome({ status: 'not-regulated', rule: 'check.evaluation-sheet', standard: v.standard, version: v.id, binding: v.binding, citations: [], message: { key: 'audit.not-applicable', params: { step: 'check.evaluation-sheet' } } }),
    };
  }
  resolved.require(sheet.citation);
  const known = new Set(sheet.groups.flatMap((g) => g.criteria.map((c) => c.id)));
  const unknown = Object.keys(m).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    throw new InvalidInputError('evaluation sheet marks', unknown.map((k) => ({ path: [k], code: 'unknown_criterion', message: 'not a criterion of this sheet' })));
  }
  const groups = sheet.groups.map((g) => ({ id: g.id, total: g.criteria.reduce((s, c) => s + (m[c.id] ?? 0), 0) }));
  const total = groups.reduce((s, g) => s + g.total, 0);
  const decided = sheet.threshold !== null;
  const outcome = makeOutcome({
    status: decided ? (total >= (sheet.threshold as number) ? 'compliant' : 'violation') : 'needs-judgement',
    rule: 'check.evaluation-sheet',
    standard: v.standard,
    version: v.id,
    binding: v.binding,
    citations: [sheet.citation],
    message: { key: 'check.evaluation.total', params: { total } },
    trace: sheet.groups.map((g) => ({ rule: 'check.evaluation-sheet', step: 'list' as const, ref: g.id })),
  });
  return { groups, total, outcome };
}
