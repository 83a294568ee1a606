/**
 * Paragraph coverage of the three education and child-protection standards of Order No.165 of
 * 12.06.2023 (Russian text): Annex 1 = education-organizations, Annex 2 = education-centers,
 * Annex 3 = foster-families.
 *
 * rules/<standard>/coverage.json lists every paragraph and sub-paragraph of its annex exactly as
 * src/sources/split.ts splits the text (unit `order/annex-<n>`; chapter headings are not
 * paragraphs). Each entry is `encoded` (with the ids of the data that encode it: `parameters.x`,
 * `lists.x`, `lists.x.item`, `periodic.x`, `options.x`, `admission`, `notRegulated.<topic>`, or
 * `check.<name>` for a mechanism that lives in code), `narrative` (quality conditions worded as
 * aims, nothing computable) or `not-computable` (with why).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoverageFileSchema, TopicSchema, type CoverageFile, type Topic } from '../../src/schema/rule-sections.js';
import { unitKey, type SplitSource } from '../../src/sources/split.js';
import { loadSource, REPO } from '../helpers/seeds.js';

const SOURCE = '004_1f02a9766c06494f.txt';

/** Names of the checks that live in code. */
const CHECKS = new Set(['admission', 'not-regulated', 'premises']);

interface RuleFileShape {
  parameters: Record<string, unknown>;
  lists: Record<string, { closed: boolean; items: Array<{ id: string }> }>;
  periodic?: Record<string, { every: string; scope: string; event: string | null }>;
  options: Record<string, { default: string }>;
  admission?: {
    categories: string;
    bases: string;
    rows: Array<{ category: string; bases: string[]; forms?: string[] }>;
  };
  notRegulated?: Partial<Record<Topic, { note: string; delegatedTo?: { annex?: number } }>>;
}

type Entry = CoverageFile['entries'][number];

const STANDARDS = [
  { annex: 1, standard: 'education-organizations', paragraphs: 22, entries: 123 },
  { annex: 2, standard: 'education-centers', paragraphs: 22, entries: 123 },
  { annex: 3, standard: 'foster-families', paragraphs: 21, entries: 87 },
] as const;

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(REPO, path), 'utf8'));
const coverageJson = (standard: string): unknown => readJson(`rules/${standard}/coverage.json`);
const ruleFileOf = (standard: string): RuleFileShape => readJson(`rules/${standard}/2023-165.json`) as RuleFileShape;
const coverageOf = (standard: string): CoverageFile => CoverageFileSchema.parse(coverageJson(standard));
const source = (): SplitSource => loadSource(SOURCE);

const keyOf = (e: { annex?: number | undefined; paragraph: string; subparagraph?: string | undefined }): string =>
  `${unitKey('order', e.annex)}/${e.paragraph}${e.subparagraph === undefined ? '' : `/${e.subparagraph}`}`;

/** The keys the coverage of one annex must list: its paragraphs and their sub-paragraphs, as split. */
function expectedKeys(src: SplitSource, annex: number): string[] {
  const key = unitKey('order', annex);
  const unit = src.units.get(key);
  if (!unit) throw new Error(`${SOURCE} has no ${key}`);
  const keys: string[] = [];
  const paragraphs = [...unit.paragraphs.values()].filter((p) => !p.number.startsWith('chapter-'));
  if (paragraphs.length === 0) keys.push(`${key}/preamble`);
  for (const p of paragraphs) {
    keys.push(`${key}/${p.number}`);
    for (const sub of p.subparagraphs.keys()) keys.push(`${key}/${p.number}/${sub}`);
  }
  return keys;
}

/** Whether a rule id of a coverage entry names something that exists. */
function resolves(id: string, rules: RuleFileShape): boolean {
  if (id === 'admission') return rules.admission !== undefined;
  const dot = id.indexOf('.');
  if (dot < 0) return false;
  const [section, rest] = [id.slice(0, dot), id.slice(dot + 1)];
  switch (section) {
    case 'parameters':
      return rest in rules.parameters;
    case 'periodic':
      return rest in (rules.periodic ?? {});
    case 'options':
      return rest in rules.options;
    case 'notRegulated':
      return rest in (rules.notRegulated ?? {});
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

/** Everything wrong with the coverage of one annex against the split text and its rule file. */
function coverageProblems(entries: readonly Entry[], src: SplitSource, annex: number, rules: RuleFileShape): string[] {
  const problems: string[] = [];
  const expected = new Set(expectedKeys(src, annex));
  const seen = new Set<string>();
  for (const e of entries) {
    const key = keyOf(e);
    if (e.part !== 'order') problems.push(`${key}: part must be "order", not "${e.part}"`);
    if (e.annex !== annex) problems.push(`${key}: annex must be ${annex}`);
    if (seen.has(key)) problems.push(`${key}: listed twice`);
    seen.add(key);
    if (!expected.has(key)) problems.push(`${key}: not a paragraph of the text`);
    for (const id of e.rules ?? []) if (!resolves(id, rules)) problems.push(`${key}: rule id "${id}" does not exist`);
  }
  for (const key of expected) if (!seen.has(key)) problems.push(`${key}: missing`);
  return problems;
}

/** Ids of everything in a rule file that some coverage entry must name. */
function namedIds(rules: RuleFileShape): string[] {
  return [
    ...Object.keys(rules.parameters).map((k) => `parameters.${k}`),
    ...Object.entries(rules.lists).flatMap(([k, l]) => [`lists.${k}`, ...l.items.map((i) => `lists.${k}.${i.id}`)]),
    ...Object.keys(rules.periodic ?? {}).map((k) => `periodic.${k}`),
    ...Object.keys(rules.options).map((k) => `options.${k}`),
    ...(rules.admission ? ['admission'] : []),
  ];
}

describe.each(STANDARDS)('paragraph coverage of Order No.165 Annex $annex ($standard)', ({ annex, standard, paragraphs, entries }) => {
  const coverage = (): CoverageFile => coverageOf(standard);
  const rules = (): RuleFileShape => ruleFileOf(standard);

  it('validates with CoverageFileSchema and names the standard and the source text', () => {
    expect(CoverageFileSchema.safeParse(coverageJson(standard)).error?.issues ?? []).toEqual([]);
    expect(coverage().standard).toBe(standard);
    expect(coverage().source).toBe(SOURCE);
  });

  it('lists every paragraph and sub-paragraph of the annex exactly once, and nothing else', () => {
    const keys = coverage().entries.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...expectedKeys(source(), annex)].sort());
    expect(coverageProblems(coverage().entries, source(), annex, rules())).toEqual([]);
  });

  it(`has ${paragraphs} paragraphs and ${entries} entries, no chapter headings`, () => {
    const top = coverage().entries.filter((e) => e.subparagraph === undefined).map((e) => e.paragraph);
    expect(top).toEqual(Array.from({ length: paragraphs }, (_, i) => String(i + 1)));
    expect(coverage().entries).toHaveLength(entries);
  });

  it('every rule id names something in the rule file or a known check', () => {
    const unknown = coverage().entries.flatMap((e) => (e.rules ?? []).filter((id) => !resolves(id, rules())).map((id) => `${keyOf(e)}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it('every parameter, list, list item, periodic rule, option and the admission matrix is named by some entry', () => {
    const named = new Set(coverage().entries.flatMap((e) => e.rules ?? []));
    expect(namedIds(rules()).filter((id) => !named.has(id))).toEqual([]);
  });

  it('the admission matrix refers to existing categories, bases and placement forms', () => {
    const r = rules();
    const m = r.admission;
    expect(m).toBeDefined();
    if (!m) return;
    const ids = (list: string): string[] => r.lists[list]?.items.map((i) => i.id) ?? [];
    expect(m.categories).toBe('recipient-categories');
    expect(m.bases).toBe('admission-bases');
    const forms = ids('placement-forms');
    const bad = m.rows.flatMap((row) => [
      ...(ids(m.categories).includes(row.category) ? [] : [`category ${row.category}`]),
      ...row.bases.filter((b) => !ids(m.bases).includes(b)).map((b) => `basis ${b}`),
      ...(row.forms ?? []).filter((f) => !forms.includes(f)).map((f) => `form ${f}`),
    ]);
    expect(bad).toEqual([]);
    // every basis of the list is used by some row
    expect(ids(m.bases).filter((b) => !m.rows.some((row) => row.bases.includes(b)))).toEqual([]);
  });

  it('answers not-regulated for every topic the annex does not regulate, with no invented delegation', () => {
    const r = rules();
    const regulated: Topic[] = annex === 3 ? [] : ['complaints-book'];
    const expected = TopicSchema.options.filter((t) => !regulated.includes(t));
    expect(Object.keys(r.notRegulated ?? {}).sort()).toEqual([...expected].sort());
    // the annex refers none of these topics to other legislation
    expect(Object.entries(r.notRegulated ?? {}).filter(([, v]) => v.delegatedTo !== undefined)).toEqual([]);
    expect(Object.keys(r.periodic ?? {})).toEqual(annex === 3 ? [] : ['complaints-book']);
  });
});

describe('the key rules are where the text states them', () => {
  const find = (standard: string, paragraph: string, subparagraph?: string): Entry | undefined =>
    coverageOf(standard).entries.find((e) => e.paragraph === paragraph && e.subparagraph === subparagraph);

  it('Annex 1 (education organizations)', () => {
    const s = 'education-organizations';
    expect(find(s, '4')?.rules).toEqual(expect.arrayContaining(['admission', 'lists.admission-bases.criminal-process-ruling', 'options.sen.admission-basis', 'check.admission']));
    expect(find(s, '2', '6')?.rules).toEqual(['lists.recipient-categories.suspects']);
    expect(find(s, '3')?.rules).toContain('lists.providers');
    expect(find(s, '3', '1')?.rules).toContain('options.sen-centre.reading');
    expect(find(s, '5', '1')?.rules).toEqual(expect.arrayContaining(['parameters.sleeping-area.min-per-child', 'options.sleeping-area.scope', 'check.premises']));
    expect(find(s, '6', '1')?.rules).toContain('lists.room-placement-criteria');
    expect(find(s, '6', '6')?.rules).toContain('lists.household-orientation-skills');
    expect(find(s, '22')?.rules).toEqual(expect.arrayContaining(['periodic.complaints-book', 'options.complaints-book.week']));
    expect(find(s, '21')?.rules).toContain('notRegulated.individual-plan');
    expect(find(s, '10', '1')?.status).toBe('not-computable');
    expect(find(s, '8')?.status).toBe('narrative');
  });

  it('Annex 2 (centres)', () => {
    const s = 'education-centers';
    expect(find(s, '2', '4')?.rules).toEqual(expect.arrayContaining(['parameters.deviant.administrative-offences.min-per-year', 'options.deviant.offences-year', 'lists.deviant-behaviour.including']));
    expect(find(s, '2', '3')?.rules).toEqual(['lists.recipient-categories.neglected']);
    expect(find(s, '2')?.rules).toContain('notRegulated.day-stay');
    expect(find(s, '4')?.rules).toEqual(expect.arrayContaining(['admission', 'lists.admission-bases.delivered-by-person-application', 'options.guardianship-referral.reading']));
    expect(find(s, '22')?.rules).toContain('periodic.complaints-book');
  });

  it('Annex 3 (foster families)', () => {
    const s = 'foster-families';
    expect(find(s, '2')?.rules).toEqual(expect.arrayContaining(['lists.placement-forms', 'lists.placement-forms.family-type-home']));
    expect(find(s, '3')?.rules).toContain('lists.providers.family-type-home-educators');
    expect(find(s, '5', '2')?.rules).toEqual(expect.arrayContaining(['lists.admission-bases.placement-contract', 'admission']));
    expect(find(s, '5', '3')?.rules).toContain('options.suspects.forms');
    expect(find(s, '6', '1')?.rules).toEqual(expect.arrayContaining(['parameters.dwelling-area.min-per-person', 'options.dwelling-area.per']));
    expect(find(s, '4')?.status).toBe('narrative');
  });

  it('the matrices pair exactly what p.4 (Annexes 1, 2) and p.5 (Annex 3) pair', () => {
    const rows = (standard: string): string[] =>
      (ruleFileOf(standard).admission?.rows ?? []).map((r) => `${r.category}:${r.bases.join('+')}${r.forms ? `@${r.forms.join('+')}` : ''}`);
    expect(rows('education-organizations')).toEqual([
      'orphans:local-executive-decision+guardianship-referral',
      'without-parental-care:local-executive-decision+guardianship-referral',
      'youth-home-residents:local-executive-decision+guardianship-referral',
      'deviant-behaviour:court-act',
      'special-placement:court-act',
      'special-educational-needs:court-act',
      'suspects:criminal-process-ruling',
    ]);
    expect(rows('education-centers')).toEqual([
      'orphans:local-executive-decision+delivered-by-person-application+guardianship-referral',
      'without-parental-care:local-executive-decision+delivered-by-person-application+guardianship-referral',
      'neglected:local-executive-decision+delivered-by-person-application+guardianship-referral',
      'abused:local-executive-decision+delivered-by-person-application+guardianship-referral',
      'life-disrupted:local-executive-decision+delivered-by-person-application+guardianship-referral',
      'deviant-behaviour:court-act',
      'special-placement:court-act',
    ]);
    expect(rows('foster-families')).toEqual([
      'orphans:local-executive-decision@guardianship+trusteeship',
      'orphans:placement-contract@patronage+foster-family+family-type-home',
      'without-parental-care:local-executive-decision@guardianship+trusteeship',
      'without-parental-care:placement-contract@patronage+foster-family+family-type-home',
      'suspects:criminal-process-ruling@patronage',
    ]);
  });

  it('the open and closed lists are as the text words them', () => {
    const closed = (standard: string, list: string): boolean | undefined => ruleFileOf(standard).lists[list]?.closed;
    expect(closed('education-organizations', 'providers')).toBe(false);
    expect(closed('education-centers', 'providers')).toBe(false);
    expect(closed('foster-families', 'providers')).toBe(true);
    expect(closed('education-organizations', 'household-orientation-skills')).toBe(false);
    expect(closed('education-centers', 'household-orientation-skills')).toBe(true);
    for (const s of ['education-organizations', 'education-centers', 'foster-families']) {
      expect(closed(s, 'recipient-categories'), s).toBe(true);
      expect(closed(s, 'admission-bases'), s).toBe(true);
    }
  });
});

describe('the coverage check can fail', () => {
  const standard = 'education-organizations';
  const entries = (): Entry[] => structuredClone(coverageOf(standard).entries);
  const problems = (e: Entry[]): string[] => coverageProblems(e, source(), 1, ruleFileOf(standard));

  it('reports a missing paragraph and a missing sub-paragraph', () => {
    const e = entries().filter((x) => !(x.paragraph === '22' || (x.paragraph === '7' && x.subparagraph === '10')));
    expect(problems(e)).toEqual(['order/annex-1/7/10: missing', 'order/annex-1/22: missing']);
  });

  it('reports a paragraph listed twice', () => {
    const e = entries();
    e.push(structuredClone(e[0] as Entry));
    expect(problems(e)).toEqual(['order/annex-1/1: listed twice']);
  });

  it('reports entries that are not paragraphs of the annex (a chapter heading, p.23, a sub-paragraph that does not exist, another annex)', () => {
    const e = entries();
    e.push({ part: 'order', annex: 1, paragraph: 'chapter-1', status: 'narrative' });
    e.push({ part: 'order', annex: 1, paragraph: '23', status: 'narrative' });
    e.push({ part: 'order', annex: 1, paragraph: '4', subparagraph: '1', status: 'narrative' });
    e.push({ part: 'standard', annex: 1, paragraph: '21', subparagraph: '1', status: 'narrative' });
    expect(problems(e)).toEqual([
      'order/annex-1/chapter-1: not a paragraph of the text',
      'order/annex-1/23: not a paragraph of the text',
      'order/annex-1/4/1: not a paragraph of the text',
      'order/annex-1/21/1: part must be "order", not "standard"',
      'order/annex-1/21/1: not a paragraph of the text',
    ]);
  });

  it('reports rule ids that do not exist', () => {
    const e = entries();
    const p4 = e.find((x) => x.paragraph === '4' && x.subparagraph === undefined) as Entry;
    p4.rules = ['lists.admission-bases.delivered-by-person-application', 'parameters.dwelling-area.min-per-person', 'notRegulated.complaints-book', 'check.magic', 'periodic.monitoring'];
    expect(problems(e)).toEqual([
      'order/annex-1/4: rule id "lists.admission-bases.delivered-by-person-application" does not exist',
      'order/annex-1/4: rule id "parameters.dwelling-area.min-per-person" does not exist',
      'order/annex-1/4: rule id "notRegulated.complaints-book" does not exist',
      'order/annex-1/4: rule id "check.magic" does not exist',
      'order/annex-1/4: rule id "periodic.monitoring" does not exist',
    ]);
  });

  it('reports a rule-file item that no entry names', () => {
    const rules = structuredClone(ruleFileOf(standard));
    rules.lists['room-placement-criteria']?.items.push({ id: 'sex' });
    const named = new Set(coverageOf(standard).entries.flatMap((e) => e.rules ?? []));
    expect(namedIds(rules).filter((id) => !named.has(id))).toEqual(['lists.room-placement-criteria.sex']);
  });

  it('the schema rejects an encoded entry without rule ids and a not-computable one without why', () => {
    const bad = structuredClone(coverageJson(standard)) as { entries: Array<Record<string, unknown>> };
    const encoded = bad.entries.find((x) => x['status'] === 'encoded') as Record<string, unknown>;
    delete encoded['rules'];
    expect(CoverageFileSchema.safeParse(bad).success).toBe(false);
    const noWhy = structuredClone(coverageJson(standard)) as { entries: Array<Record<string, unknown>> };
    const nc = noWhy.entries.find((x) => x['status'] === 'not-computable') as Record<string, unknown>;
    delete nc['why'];
    expect(CoverageFileSchema.safeParse(noWhy).success).toBe(false);
  });
});
