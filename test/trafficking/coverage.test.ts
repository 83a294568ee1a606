/**
 * Paragraph coverage of the trafficking standard (Order No.138, Russian consolidated text).
 *
 * rules/trafficking/coverage.json lists every paragraph and sub-paragraph of the standard
 * (13-1 and 14-1 included; chapter headings and the order itself are not paragraphs of the
 * standard) and every row-paragraph of Annexes 1–8 exactly as src/sources/split.ts splits the
 * text; an annex without numbered rows has one entry, "preamble". Each entry is `encoded` (with
 * the ids of the data that encode it, or `check.<name>` for a mechanism that lives in code),
 * `narrative` (nothing computable) or `not-computable` (with why). Form fields of the annexes are
 * narrative: a case log records events, not the forms' contents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoverageFileSchema, type CoverageFile } from '../../src/schema/rule-sections.js';
import { unitKey, type SplitSource } from '../../src/sources/split.js';
import { loadSource, REPO } from '../helpers/seeds.js';

const SOURCE = '000_5d6daf981e7f7180.txt';

/** Names of the checks that live in code (rules that are a mechanism over the data). */
const CHECKS = new Set([
  'eligibility',
  'day-stay',
  'contraindications',
  'admission',
  'contract',
  'children',
  'timeline',
  'monitoring',
  'expulsion',
  'suspension',
  'completion',
  'belongings',
  'report-disclosure',
  'evaluation-sheet',
  'staffing',
]);

interface RuleFileShape {
  parameters: Record<string, unknown>;
  lists: Record<string, { items: Array<{ id: string }> }>;
  deadlines?: Record<string, unknown>;
  periodic?: Record<string, unknown>;
  options: Record<string, unknown>;
  staffing?: unknown;
  evaluationSheet?: unknown;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(REPO, path), 'utf8'));
const coverageJson = readJson('rules/trafficking/coverage.json');
const ruleFile = readJson('rules/trafficking/2022-383.json') as RuleFileShape;

type Entry = CoverageFile['entries'][number];

const keyOf = (e: { annex?: number | undefined; paragraph: string; subparagraph?: string | undefined }): string =>
  `${unitKey('standard', e.annex)}/${e.paragraph}${e.subparagraph === undefined ? '' : `/${e.subparagraph}`}`;

/** The keys the coverage must list: paragraphs (and their sub-paragraphs) of the standard and its annexes, as split. */
function expectedKeys(source: SplitSource): string[] {
  const keys: string[] = [];
  for (const [key, unit] of source.units) {
    if (key !== 'standard' && !key.startsWith('standard/annex-')) continue;
    const paragraphs = [...unit.paragraphs.values()].filter((p) => !p.number.startsWith('chapter-'));
    if (key !== 'standard' && paragraphs.length === 0) keys.push(`${key}/preamble`);
    for (const p of paragraphs) {
      keys.push(`${key}/${p.number}`);
      for (const sub of p.subparagraphs.keys()) keys.push(`${key}/${p.number}/${sub}`);
    }
  }
  return keys;
}

/** Whether a rule id of a coverage entry names something that exists. */
function resolves(id: string, rules: RuleFileShape): boolean {
  if (id === 'staffing') return rules.staffing !== undefined;
  if (id === 'evaluationSheet') return rules.evaluationSheet !== undefined;
  const dot = id.indexOf('.');
  if (dot < 0) return false;
  const [section, rest] = [id.slice(0, dot), id.slice(dot + 1)];
  switch (section) {
    case 'parameters':
      return rest in rules.parameters;
    case 'deadlines':
      return rest in (rules.deadlines ?? {});
    case 'periodic':
      return rest in (rules.periodic ?? {});
    case 'options':
      return rest in rules.options;
    case 'check':
      return CHECKS.has(rest);
    case 'lists': {
      if (rest in rules.lists) return true;
      const last = rest.lastIndexOf('.');
      if (last < 0) return false;
      const list = rules.lists[rest.slice(0, last)];
      return list !== undefined && list.items.some((item) => item.id === rest.slice(last + 1));
    }
    default:
      return false;
  }
}

/** Everything wrong with a coverage file against the split text and the rule file. */
function coverageProblems(entries: readonly Entry[], source: SplitSource, rules: RuleFileShape): string[] {
  const problems: string[] = [];
  const expected = new Set(expectedKeys(source));
  const seen = new Set<string>();
  for (const e of entries) {
    const key = keyOf(e);
    if (e.part !== 'standard') problems.push(`${key}: part must be "standard", not "${e.part}"`);
    if (seen.has(key)) problems.push(`${key}: listed twice`);
    seen.add(key);
    if (!expected.has(key)) problems.push(`${key}: not a paragraph of the text`);
    for (const id of e.rules ?? []) if (!resolves(id, rules)) problems.push(`${key}: rule id "${id}" does not exist`);
  }
  for (const key of expected) if (!seen.has(key)) problems.push(`${key}: missing`);
  return problems;
}

const parsed = CoverageFileSchema.safeParse(coverageJson);
const coverage = (): CoverageFile => CoverageFileSchema.parse(coverageJson);
const source = (): SplitSource => loadSource(SOURCE);
const find = (annex: number | undefined, paragraph: string, subparagraph?: string): Entry | undefined =>
  coverage().entries.find((e) => e.annex === annex && e.paragraph === paragraph && e.subparagraph === subparagraph);

describe('paragraph coverage of the trafficking standard', () => {
  it('validates with CoverageFileSchema and names the source text', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(coverage().standard).toBe('trafficking');
    expect(coverage().source).toBe(SOURCE);
  });

  it('lists every paragraph and sub-paragraph of the text exactly once, and nothing else', () => {
    const keys = coverage().entries.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...expectedKeys(source())].sort());
    expect(coverageProblems(coverage().entries, source(), ruleFile)).toEqual([]);
  });

  it('every rule id names something in rules/trafficking/2022-383.json or a known check', () => {
    const unknown = coverage().entries.flatMap((e) => (e.rules ?? []).filter((id) => !resolves(id, ruleFile)).map((id) => `${keyOf(e)}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it('every parameter, list, list item, deadline, periodic rule and option of the rule file is named by some entry', () => {
    const named = new Set(coverage().entries.flatMap((e) => e.rules ?? []));
    const all = [
      ...Object.keys(ruleFile.parameters).map((k) => `parameters.${k}`),
      ...Object.entries(ruleFile.lists).flatMap(([k, l]) => [`lists.${k}`, ...l.items.map((i) => `lists.${k}.${i.id}`)]),
      ...Object.keys(ruleFile.deadlines ?? {}).map((k) => `deadlines.${k}`),
      ...Object.keys(ruleFile.periodic ?? {}).map((k) => `periodic.${k}`),
      ...Object.keys(ruleFile.options).map((k) => `options.${k}`),
      'staffing',
      'evaluationSheet',
    ];
    expect(all.filter((id) => !named.has(id))).toEqual([]);
  });

  it('covers the standard p.1–45 with 13-1 and 14-1, no chapter headings, and the annexes as split', () => {
    const standard = coverage().entries.filter((e) => e.annex === undefined && e.subparagraph === undefined).map((e) => e.paragraph);
    expect(standard).toHaveLength(47);
    expect(standard).toContain('13-1');
    expect(standard).toContain('14-1');
    expect(standard.some((p) => p.startsWith('chapter-') || p === 'preamble')).toBe(false);
    // Annex 1 (application form) has no numbered rows; Annex 2 has 32 rows, Annex 5 eleven
    expect(find(1, 'preamble')?.status).toBe('narrative');
    expect(coverage().entries.filter((e) => e.annex === 2)).toHaveLength(32);
    expect(coverage().entries.filter((e) => e.annex === 5).every((e) => e.status === 'encoded' && e.rules?.includes('staffing'))).toBe(true);
  });

  it('records the key rules where the text states them', () => {
    expect(find(undefined, '43', '1')).toMatchObject({ status: 'encoded' });
    expect(find(undefined, '43', '1')?.rules).toContain('parameters.expulsion.violations.more-than');
    expect(find(undefined, '43', '2')?.rules).toEqual(expect.arrayContaining(['parameters.expulsion.absence.more-than', 'lists.absence.valid-reasons']));
    expect(find(undefined, '6', '3')?.rules).toContain('lists.contraindications.intoxication');
    expect(find(undefined, '10')?.rules).toContain('deadlines.identification');
    expect(find(undefined, '13-1')?.rules).toContain('options.pretrial-victim.reading');
    expect(find(undefined, '26')?.rules).toContain('periodic.complaints-book');
    expect(find(8, '8')?.rules).toContain('lists.report.disclosure-conditions');
    expect(find(2, '32')?.rules).toContain('evaluationSheet');
    expect(find(undefined, '3', '2')).toMatchObject({ status: 'not-computable' });
  });
});

describe('the coverage check can fail', () => {
  const entries = (): Entry[] => structuredClone(coverage().entries);

  it('reports a missing paragraph', () => {
    const e = entries().filter((x) => !(x.annex === undefined && x.paragraph === '14-1'));
    expect(coverageProblems(e, source(), ruleFile)).toEqual(['standard/14-1: missing']);
  });

  it('reports a paragraph listed twice', () => {
    const e = entries();
    e.push(structuredClone(e[0] as Entry));
    expect(coverageProblems(e, source(), ruleFile)).toEqual(['standard/1: listed twice']);
  });

  it('reports an entry that is not a paragraph of the text (a chapter heading, p.46, a sub-paragraph that does not exist)', () => {
    const e = entries();
    e.push({ part: 'standard', paragraph: 'chapter-1', status: 'narrative' });
    e.push({ part: 'standard', paragraph: '46', status: 'narrative' });
    e.push({ part: 'standard', paragraph: '16', subparagraph: '3', status: 'narrative' });
    expect(coverageProblems(e, source(), ruleFile)).toEqual([
      'standard/chapter-1: not a paragraph of the text',
      'standard/46: not a paragraph of the text',
      'standard/16/3: not a paragraph of the text',
    ]);
  });

  it('reports rule ids that do not exist', () => {
    const e = entries();
    const p43 = e.find((x) => x.annex === undefined && x.paragraph === '43' && x.subparagraph === '1') as Entry;
    p43.rules = ['parameters.expulsion.violations.more-than-four', 'lists.absence.valid-reasons.holiday', 'check.magic', 'rules.x'];
    expect(coverageProblems(e, source(), ruleFile)).toEqual([
      'standard/43/1: rule id "parameters.expulsion.violations.more-than-four" does not exist',
      'standard/43/1: rule id "lists.absence.valid-reasons.holiday" does not exist',
      'standard/43/1: rule id "check.magic" does not exist',
      'standard/43/1: rule id "rules.x" does not exist',
    ]);
  });

  it('the schema rejects an encoded entry without rule ids and a not-computable one without why', () => {
    const bad = structuredClone(coverageJson) as { entries: Array<Record<string, unknown>> };
    delete bad.entries[1]?.['rules'];
    expect(CoverageFileSchema.safeParse(bad).success).toBe(false);
    const noWhy = structuredClone(coverageJson) as { entries: Array<Record<string, unknown>> };
    const nc = noWhy.entries.find((x) => x['status'] === 'not-computable') as Record<string, unknown>;
    delete nc['why'];
    expect(CoverageFileSchema.safeParse(noWhy).success).toBe(false);
  });
});
