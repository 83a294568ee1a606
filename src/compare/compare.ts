import type { Citation } from '../law/citation.js';
import { citationTarget, paragraphStatusIn, type StandardVersion } from '../law/registry.js';
import type { LocalizedText } from '../law/schema.js';
import type { RuleFile } from '../schema/rule-file.js';
import type { StaffingCell } from '../schema/rule-sections.js';

/** One side of a difference: what the version says, in words, with its citation. */
export interface DifferenceSide {
  /** A language-neutral rendering of the value (a number with its unit, a term, a list of item ids). */
  readonly value: string;
  /** The rule's label, when it has one. */
  readonly label?: LocalizedText;
  /** Where the version states it. */
  readonly citation?: Citation;
  /** The act that later changed the cited place: the version's own wording of it is not in the encoded source. */
  readonly wordingNotEncoded?: string;
}

/** The section of the rule files a difference is in. */
export type ComparisonSection = 'parameters' | 'lists' | 'deadlines' | 'periodic' | 'options' | 'staffing' | 'evaluationSheet';

/** A difference between two versions: present in one only, or present in both with other content. */
export interface Difference {
  /** The section of the rule files. */
  readonly section: ComparisonSection;
  /** The key in that section (`contract.term-months`, a staffing row id…). */
  readonly key: string;
  /** `renumbered`: the same content stated in another place of the text (paragraph, annex). */
  readonly kind: 'only-a' | 'only-b' | 'changed' | 'renumbered';
  /** What the first version says (absent for `only-b`). */
  readonly a?: DifferenceSide;
  /** What the second version says (absent for `only-a`). */
  readonly b?: DifferenceSide;
  /** For lists: item ids only in a / only in b. */
  readonly itemsOnlyA?: readonly string[];
  /** For lists: item ids only in b. */
  readonly itemsOnlyB?: readonly string[];
}

/** The result of {@link compare}: the two versions and every difference between them. */
export interface Comparison {
  /** The first version. */
  readonly a: {
    /** Version id. */
    readonly id: string;
    /** Standard id. */
    readonly standard: string;
    /** False for the never-adopted draft. */
    readonly binding: boolean;
    /** Title of the standard. */
    readonly title: LocalizedText;
  };
  /** The second version. */
  readonly b: {
    /** Version id. */
    readonly id: string;
    /** Standard id. */
    readonly standard: string;
    /** False for the never-adopted draft. */
    readonly binding: boolean;
    /** Title of the standard. */
    readonly title: LocalizedText;
  };
  /** The differences, by section and key. */
  readonly differences: readonly Difference[];
}

/**
 * A version, or a resolved version (whose `version` is used).
 *
 * @inline
 */
type Versionish = StandardVersion | { readonly version: StandardVersion };
const unwrap = (v: Versionish): StandardVersion => ('version' in v ? v.version : v);

/** Where a citation points, without the act: two standards state a rule in the same place or not. */
const place = (c: Citation | undefined): string =>
  c === undefined ? '' : `${c.part}/${c.annex ?? ''}/${c.paragraph ?? ''}/${c.subparagraph ?? ''}`;

const cell = (c: StaffingCell | undefined): string =>
  c === undefined || c.kind === 'not-specified' ? '—' : c.kind === 'positions' ? String(c.value) : `${c.value} per ${c.per} ${c.of}`;

function compareRecords<T>(
  section: ComparisonSection,
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  describe: (t: T) => DifferenceSide,
  extra?: (x: T, y: T) => Pick<Difference, 'itemsOnlyA' | 'itemsOnlyB'>,
): Difference[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const out: Difference[] = [];
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x !== undefined && y === undefined) out.push({ section, key, kind: 'only-a', a: describe(x) });
    else if (x === undefined && y !== undefined) out.push({ section, key, kind: 'only-b', b: describe(y) });
    else if (x !== undefined && y !== undefined) {
      const dx = describe(x);
      const dy = describe(y);
      const items = extra ? extra(x, y) : {};
      if (dx.value !== dy.value || (items.itemsOnlyA?.length ?? 0) > 0 || (items.itemsOnlyB?.length ?? 0) > 0) {
        out.push({ section, key, kind: 'changed', a: dx, b: dy, ...items });
      } else if (place(dx.citation) !== place(dy.citation)) {
        out.push({ section, key, kind: 'renumbered', a: dx, b: dy });
      }
    }
  }
  return out;
}

function staffingRows(r: RuleFile): Record<string, { value: string; label: LocalizedText; citation: Citation }> {
  const t = r.staffing;
  if (!t) return {};
  const rows: Record<string, { value: string; label: LocalizedText; citation: Citation }> = {
    bands: { value: `${t.counts}: ${t.bands.map((b) => `${b.min ?? '…'}–${b.max}`).join(' | ')}`, label: t.label, citation: t.citation },
  };
  for (const p of t.positions) {
    rows[p.id] = { value: t.bands.map((b) => cell(p.cells[b.id])).join(' | '), label: p.label, citation: p.citation };
  }
  return rows;
}

function sheetGroups(r: RuleFile): Record<string, { value: string; label: LocalizedText; citation: Citation; ids: string[] }> {
  const s = r.evaluationSheet;
  if (!s) return {};
  const rows: Record<string, { value: string; label: LocalizedText; citation: Citation; ids: string[] }> = {
    threshold: { value: s.threshold === null ? 'none' : String(s.threshold), label: s.label, citation: s.citation, ids: [] },
  };
  for (const g of s.groups) {
    const points = g.criteria.every((c) => c.points === null) ? 'no points' : g.criteria.map((c) => c.points ?? '—').join('/');
    rows[g.id] = { value: `${g.criteria.length} criteria, ${points}`, label: g.label, citation: g.citation, ids: g.criteria.map((c) => c.id) };
  }
  return rows;
}

const diffIds = (x: readonly string[], y: readonly string[]) => ({
  itemsOnlyA: x.filter((i) => !y.includes(i)),
  itemsOnlyB: y.filter((i) => !x.includes(i)),
});

/**
 * The differences between two versions of standards — of one standard over time, of two
 * standards (trafficking against domestic violence), or of a draft against a binding version:
 * parameters, lists (items present on one side only, open or closed), time limits, periodic
 * duties, ambiguity options, staffing cells and evaluation-sheet blocks, each side cited.
 *
 * @example
 * ```ts
 * const c = compare(standards.at('trafficking', '2022-12-01'), standards.at('domestic-violence', '2022-12-01'));
 * c.differences.find((d) => d.key === 'day-stay.hours-per-day.max'); // { kind: 'changed', a: { value: '4 hour' }, b: { value: '6 hour' }, … }
 * ```
 */
export function compare(left: Versionish, right: Versionish): Comparison {
  const a = unwrap(left);
  const b = unwrap(right);
  const ra = a.rules;
  const rb = b.rules;
  const differences: Difference[] = [
    ...compareRecords('parameters', ra.parameters, rb.parameters, (p) => ({ value: `${String(p.value)} ${p.unit}`, label: p.label, citation: p.citation })),
    ...compareRecords(
      'lists',
      ra.lists,
      rb.lists,
      (l) => ({ value: `${l.closed ? 'closed' : 'open'}, ${l.items.length} items`, label: l.label, citation: l.citation }),
      (x, y) => diffIds(x.items.map((i) => i.id), y.items.map((i) => i.id)),
    ),
    ...compareRecords('deadlines', ra.deadlines, rb.deadlines, (d) => ({
      value: `${d.start.event}${d.start.at === 'end' ? ' (end)' : ''} → ${d.due.event}: ${d.term.amount} ${d.term.unit}`,
      label: d.label,
      citation: d.citation,
    })),
    ...compareRecords('periodic', ra.periodic, rb.periodic, (p) => ({ value: `${p.event ?? p.scope}: every ${p.every}`, label: p.label, citation: p.citation })),
    ...compareRecords('options', ra.options, rb.options, (o) => ({ value: `${o.readings.map((r) => r.id).join(' / ')} (default ${o.default})`, label: o.description, citation: o.citation })),
    ...compareRecords('staffing', staffingRows(ra), staffingRows(rb), (r) => ({ value: r.value, label: r.label, citation: r.citation })),
    ...compareRecords('evaluationSheet', sheetGroups(ra), sheetGroups(rb), (g) => ({ value: g.value, label: g.label, citation: g.citation }), (x, y) => diffIds(x.ids, y.ids)),
  ];
  const mark = (v: StandardVersion, d: DifferenceSide | undefined): DifferenceSide | undefined => {
    const c = d?.citation;
    if (!d || !c) return d;
    const status = paragraphStatusIn(v, citationTarget(c));
    if (status.status === 'encoded') return d;
    return { ...d, wordingNotEncoded: status.status === 'not-in-force' ? status.addedBy : status.amendedBy };
  };
  const marked = differences.map((d) => {
    const ma = mark(a, d.a);
    const mb = mark(b, d.b);
    return { ...d, ...(ma ? { a: ma } : {}), ...(mb ? { b: mb } : {}) };
  });
  const side = (v: StandardVersion) => ({ id: v.id, standard: v.standard, binding: v.binding, title: v.title });
  return { a: side(a), b: side(b), differences: marked };
}
