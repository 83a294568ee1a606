/**
 * Paragraph coverage of the domestic-violence standard (Order No.1079, Kazakh consolidated text).
 *
 * rules/domestic-violence/coverage.json lists every paragraph and sub-paragraph of the standard
 * (p.1–40; chapter headings and the order itself are not paragraphs of the standard) and every
 * row-paragraph of Annexes 1–7 exactly as src/sources/split.ts splits the text; an annex without
 * numbered rows (Annexes 1–4, the staffing table of Annex 3 included) has one entry, "preamble".
 * Each entry is `encoded` (with the ids of the data that encode it, or `check.<name>` for a
 * mechanism that lives in code — the same check names as the trafficking coverage), `narrative`
 * (nothing computable) or `not-computable` (with why). Form fields of the annexes are narrative:
 * a case log records events, not the forms' contents.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoverageFileSchema, type CoverageFile } from '../../src/schema/rule-sections.js';
import { unitKey, type SplitSource } from '../../src/sources/split.js';
import { loadSource, REPO } from '../helpers/seeds.js';

const SOURCE = '003_6c1cd5cf55549461.txt';

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
const coverageJson = readJson('rules/domestic-violence/coverage.json');
const ruleFile = readJson('rules/domestic-violence/2022-383.json') as RuleFileShape;

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

describe('paragraph coverage of the domestic-violence standard', () => {
  it('validates with CoverageFileSchema and names the source text', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(coverage().standard).toBe('domestic-violence');
    expect(coverage().source).toBe(SOURCE);
  });

  it('lists every paragraph and sub-paragraph of the text exactly once, and nothing else', () => {
    const keys = coverage().entries.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...expectedKeys(source())].sort());
    expect(coverageProblems(coverage().entries, source(), ruleFile)).toEqual([]);
  });

  it('every rule id names something in rules/domestic-violence/2022-383.json or a known check', () => {
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

  it('covers the standard p.1–40, no chapter headings, and the annexes as split', () => {
    const standard = coverage().entries.filter((e) => e.annex === undefined && e.subparagraph === undefined).map((e) => e.paragraph);
    expect(standard).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1)));
    expect(standard.some((p) => p.startsWith('chapter-') || p === 'preamble' || p.includes('-'))).toBe(false);
    // Annexes 1–4 (plan form, monitoring journal, staffing table, application form) have no numbered rows
    for (const annex of [1, 2, 3, 4]) expect(coverage().entries.filter((e) => e.annex === annex).map((e) => e.paragraph)).toEqual(['preamble']);
    expect(find(1, 'preamble')?.status).toBe('narrative');
    expect(find(3, 'preamble')).toMatchObject({ status: 'encoded', rules: expect.arrayContaining(['staffing', 'check.staffing', 'options.staffing.merged-cells']) });
    // Annex 5: the four groups of the evaluation sheet; Annex 7: the card's items 1–15 (16–17 are not printed; 18–21 fall in 15)
    expect(coverage().entries.filter((e) => e.annex === 5).every((e) => e.status === 'encoded' && e.rules?.includes('evaluationSheet'))).toBe(true);
    expect(coverage().entries.filter((e) => e.annex === 5)).toHaveLength(4);
    expect(coverage().entries.filter((e) => e.annex === 7)).toHaveLength(15);
  });

  it('records the key rules where the text states them', () => {
    expect(find(undefined, '37', '1')).toMatchObject({ status: 'encoded' });
    expect(find(undefined, '37', '1')?.rules).toContain('parameters.expulsion.violations.more-than');
    expect(find(undefined, '37', '2')?.rules).toEqual(expect.arrayContaining(['parameters.expulsion.absence.more-than', 'lists.absence.valid-reasons']));
    expect(find(undefined, '13', '3')?.rules).toContain('lists.contraindications.intoxication');
    expect(find(undefined, '28')?.rules).toContain('deadlines.identification');
    expect(find(undefined, '29')?.rules).toEqual(expect.arrayContaining(['lists.identification.participants.police', 'lists.identification.participants.social-worker', 'lists.identification.participants.psychologist']));
    expect(find(undefined, '33')?.rules).toContain('lists.contract.extension-grounds.inpatient-treatment');
    expect(find(undefined, '25')?.rules).toContain('lists.admission-routes.referral-health-body');
    expect(find(undefined, '11')?.rules).toContain('periodic.complaints-book');
    expect(find(undefined, '21')?.rules).toContain('periodic.monitoring');
    expect(find(5, '4')?.rules).toEqual(expect.arrayContaining(['evaluationSheet', 'lists.evaluation-sheet.signatories']));
    expect(find(6, '4')?.rules).toContain('parameters.contract.copies');
    expect(find(undefined, '3')).toMatchObject({ status: 'not-computable' });
  });

  it('encodes no trafficking-only rule: no referral deadline, no pre-trial exemption, no long-term stay, one extension ground', () => {
    expect(ruleFile.deadlines?.['referral']).toBeUndefined();
    expect(ruleFile.lists['admission-routes']?.items.map((i) => i.id)).not.toContain('pretrial-victim-status');
    expect(ruleFile.lists['service-forms']?.items.map((i) => i.id)).toEqual(['day-stay', 'round-the-clock']);
    expect(ruleFile.lists['contract.extension-grounds']?.items.map((i) => i.id)).toEqual(['inpatient-treatment']);
  });
});

describe('the coverage check can fail', () => {
  const entries = (): Entry[] => structuredClone(coverage().entries);

  it('reports a missing paragraph', () => {
    const e = entries().filter((x) => !(x.annex === undefined && x.paragraph === '33'));
    expect(coverageProblems(e, source(), ruleFile)).toEqual(['standard/33: missing']);
  });

  it('reports a paragraph listed twice', () => {
    const e = entries();
    e.push(structuredClone(e[0] as Entry));
    expect(coverageProblems(e, source(), ruleFile)).toEqual(['standard/1: listed twice']);
  });

  it('reports an entry that is not a paragraph of the text (a chapter heading, p.41, a sub-paragraph that does not exist, a trafficking-only 13-1)', () => {
    const e = entries();
    e.push({ part: 'standard', paragraph: 'chapter-1', status: 'narrative' });
    e.push({ part: 'standard', paragraph: '41', status: 'narrative' });
    e.push({ part: 'standard', paragraph: '33', subparagraph: '1', status: 'narrative' });
    e.push({ part: 'standard', paragraph: '13-1', status: 'narrative' });
    expect(coverageProblems(e, source(), ruleFile)).toEqual([
      'standard/chapter-1: not a paragraph of the text',
      'standard/41: not a paragraph of the text',
      'standard/33/1: not a paragraph of the text',
      'standard/13-1: not a paragraph of the text',
    ]);
  });

  it('reports rule ids that do not exist', () => {
    const e = entries();
    const p37 = e.find((x) => x.annex === undefined && x.paragraph === '37' && x.subparagraph === '1') as Entry;
    p37.rules = ['parameters.expulsion.violations.more-than-four', 'lists.absence.valid-reasons.holiday', 'check.report-disclosure', 'rules.x'];
    expect(coverageProblems(e, source(), ruleFile)).toEqual([
      'standard/37/1: rule id "parameters.expulsion.violations.more-than-four" does not exist',
      'standard/37/1: rule id "lists.absence.valid-reasons.holiday" does not exist',
      'standard/37/1: rule id "check.report-disclosure" does not exist',
      'standard/37/1: rule id "rules.x" does not exist',
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
