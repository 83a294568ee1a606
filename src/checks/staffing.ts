import { z } from 'zod';
import type { ResolvedVersion } from '../law/registry.js';
import { InvalidInputError } from '../errors.js';
import { makeOutcome, type Outcome } from '../outcome/outcome.js';
import { parseInput } from '../schema/parse.js';
import type { StaffingCell } from '../schema/rule-sections.js';
import type { LocalizedText } from '../law/schema.js';

/** Input of {@link staffingMinimum}. */
export const StaffingInputSchema = z
  .object({
    /** Recipients other than the children admitted with a parent. */
    recipients: z.number().int().nonnegative(),
    /** Children admitted with their parent (trafficking p.17–18: separate recipients). */
    children: z.number().int().nonnegative().optional(),
    /** Training groups (occupational therapy). */
    trainingGroups: z.number().int().nonnegative().optional(),
    /** Bed-places, for tables that count beds (the 2017 draft). */
    beds: z.number().int().nonnegative().optional(),
    /** Readings of ambiguity options, e.g. { 'staffing.band-at-20': '20-50' }. */
    options: z.record(z.string(), z.string()).optional(),
  })
  .strict();
/** Input of {@link staffingMinimum} (see {@link StaffingInputSchema}). */
export type StaffingInput = z.input<typeof StaffingInputSchema>;

/** One position of the minimum staffing: units, or null when the cell needs a count not given or is blank. */
export interface StaffingLine {
  /** Id of the position. */
  readonly id: string;
  /** Name of the position. */
  readonly label: LocalizedText;
  /** Staff units required, or null. */
  readonly units: number | null;
  /** The table's cell as printed. */
  readonly cell: StaffingCell;
  /** Remark of the encoder. */
  readonly note?: string;
}

/** Result of {@link staffingMinimum}. */
export interface StaffingResult {
  /** The band (column) applied, or null when no band covers the count. */
  readonly band: string | null;
  /** One line per position. */
  readonly lines: readonly StaffingLine[];
  /** `compliant` with the column, or `not-regulated` when not covered. */
  readonly outcome: Outcome;
}

/**
 * Minimum staffing for a number of recipients, exactly as the annex words it. The bands overlap
 * where the text overlaps them ("до 20" and "20 - 50" both name 20: option
 * `staffing.band-at-20`); above the last band the answer is `not-regulated` (not covered),
 * never an extrapolation. Ratio cells ("1 единица на 10 детей") give units in proportion to the
 * count supplied, unrounded; without the count the units are null.
 *
 * @example
 * ```ts
 * const t = standards.at('trafficking', '2022-12-01');
 * staffingMinimum(t, { recipients: 35 }).band;            // '20-50'
 * staffingMinimum(t, { recipients: 80 }).outcome.status; // 'not-regulated'
 * ```
 */
export function staffingMinimum(resolved: ResolvedVersion, input: StaffingInput): StaffingResult {
  const i = parseInput(StaffingInputSchema, input, 'staffing input');
  const v = resolved.version;
  const table = v.rules.staffing;
  const outcome = (status: Outcome['status'], key: 'check.staffing.minimum' | 'check.staffing.not-covered', band: string) =>
    makeOutcome({
      status,
      rule: 'check.staffing',
      standard: v.standard,
      version: v.id,
      binding: v.binding,
      citations: table ? [table.citation] : [],
      message: { key, params: { count: table?.counts === 'beds' ? (i.beds ?? i.recipients) : i.recipients + (i.children ?? 0), band } },
    });
  if (!table) return { band: null, lines: [], outcome: outcome('not-regulated', 'check.staffing.not-covered', '-') };
  resolved.require(table.citation);
  const options = v.rules.options;
  const reading = (name: string): string | undefined => {
    const option = options[name];
    if (!option) return undefined;
    const chosen = i.options?.[name] ?? option.default;
    if (!option.readings.some((r) => r.id === chosen)) {
      throw new InvalidInputError('staffing input', [{ path: ['options', name], code: 'invalid_reading', message: `reading must be one of ${option.readings.map((r) => r.id).join(', ')}` }]);
    }
    return chosen;
  };
  // children admitted with a parent count as separate recipients unless the option reads otherwise
  const childrenCounted = reading('staffing.children-count') !== 'not-counted';
  const count = table.counts === 'beds' ? (i.beds ?? i.recipients) : i.recipients + (childrenCounted ? (i.children ?? 0) : 0);
  const matching = table.bands.filter((b) => (b.min === null || count >= b.min) && count <= b.max);
  let band = matching[0];
  if (matching.length > 1) {
    const chosen = reading('staffing.band-at-20');
    band = matching.find((b) => b.id === chosen) ?? matching[0];
  }
  if (!band) return { band: null, lines: [], outcome: outcome('not-regulated', 'check.staffing.not-covered', '-') };
  const of: Record<string, number | undefined> = {
    children: i.children,
    recipients: i.recipients,
    beds: i.beds,
    'training-group': i.trainingGroups,
    institution: 1,
  };
  const firstBandOnly = reading('staffing.merged-cells') === 'first-band-only';
  const isFirstBand = table.bands[0]?.id === band.id;
  const lines = table.positions.map((p): StaffingLine => {
    const cell = p.printedOnce && firstBandOnly && !isFirstBand ? { kind: 'not-specified' as const } : (p.cells[band.id] ?? { kind: 'not-specified' as const });
    let units: number | null = null;
    if (cell.kind === 'positions') units = cell.value;
    if (cell.kind === 'ratio') {
      const n = of[cell.of];
      units = n === undefined ? null : (cell.value * n) / cell.per;
    }
    return { id: p.id, label: p.label, units, cell, ...(p.note ? { note: p.note } : {}) };
  });
  return { band: band.id, lines, outcome: outcome('compliant', 'check.staffing.minimum', band.id) };
}
