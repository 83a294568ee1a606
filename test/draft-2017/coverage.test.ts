/**
 * Paragraph coverage of the 2017 draft standard (Kazakh text of the Human Rights Commission's
 * special report, never adopted).
 *
 * The source begins inside the paragraph before p.59, so the standard's numbered paragraphs are
 * p.59–76; the unnumbered tail before p.59 is the standard's preamble and is not a paragraph of
 * the coverage (the one list cited to it, services.social-economic, is exempt below). The
 * annexes are covered as src/sources/split.ts splits them: Annex 2 has rows 1–31, Annex 3
 * paragraphs 1–4 (with the sub-paragraphs the split sees), and Annexes 1, 4, 5 and 6 have no
 * numbered rows as split, so each has one entry, "preamble". Each entry is `encoded` (with the
 * ids of the data that encode it, or `check.<name>` for a mechanism that lives in code),
 * `narrative` (nothing computable) or `not-computable` (with why).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoverageFileSchema, TopicSchema, type CoverageFile } from '../../src/schema/rule-sections.js';
import { RuleFileSchema, type RuleFile } from '../../src/schema/rule-file.js';
import { unitKey, type SplitSource } from '../../src/sources/split.js';
import { loadSource, REPO } from '../helpers/seeds.js';

const SOURCE = '002_6c69154213527df1.txt';

/** Names of the checks that live in code and read this rule file's data. */
const CHECKS = new Set(['expulsion', 'belongings', 'staffing']);

const readJson = (path: string): unknown => JSON.parse(readFileSync(join(REPO, path), 'utf8'));
const coverageJson = readJson('rules/draft-2017/coverage.json');
const ruleFile: RuleFile = RuleFileSchema.parse(readJson('rules/draft-2017/2017-draft.json'));

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
function resolves(id: string, rules: RuleFile): boolean {
  if (id === 'staffing') return rules.staffing !== undefined;
  if (id === 'supplyNorms') return rules.supplyNorms !== undefined;
  if (id === 'equipment') return rules.equipment !== undefined;
  const dot = id.indexOf('.');
  if (dot < 0) return false;
  const [section, rest] = [id.slice(0, dot), id.slice(dot + 1)];
  switch (section) {
    case 'parameters':
      return rest in rules.parameters;
    case 'deadlines':
      return rest in rules.deadlines;
    case 'periodic':
      return rest in rules.periodic;
    case 'options':
      return rest in rules.options;
    case 'notRegulated':
      return TopicSchema.safeParse(rest).success && rules.notRegulated[rest as keyof RuleFile['notRegulated']] !== undefined;
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
function coverageProblems(entries: readonly Entry[], source: SplitSource, rules: RuleFile): string[] {
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

/** Lists cited to the standard's unnumbered preamble (the tail of the paragraph before p.59), which the coverage does not list. */
const preambleLists = new Set(
  Object.entries(ruleFile.lists)
    .filter(([, l]) => l.citation.annex === undefined && l.citation.paragraph === 'preamble')
    .map(([k]) => k),
);

describe('paragraph coverage of the 2017 draft standard', () => {
  it('validates with CoverageFileSchema and names the source text', () => {
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(coverage().standard).toBe('draft-2017');
    expect(coverage().source).toBe(SOURCE);
  });

  it('lists every paragraph and sub-paragraph of the text exactly once, and nothing else', () => {
    const keys = coverage().entries.map(keyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual([...expectedKeys(source())].sort());
    expect(coverageProblems(coverage().entries, source(), ruleFile)).toEqual([]);
  });

  it('every rule id names something in rules/draft-2017/2017-draft.json or a known check', () => {
    const unknown = coverage().entries.flatMap((e) => (e.rules ?? []).filter((id) => !resolves(id, ruleFile)).map((id) => `${keyOf(e)}: ${id}`));
    expect(unknown).toEqual([]);
  });

  it('every parameter, list, list item, periodic duty, option and table of the rule file is named by some entry', () => {
    const named = new Set(coverage().entries.flatMap((e) => e.rules ?? []));
    const all = [
      ...Object.keys(ruleFile.parameters).map((k) => `parameters.${k}`),
      ...Object.entries(ruleFile.lists)
        .filter(([k]) => !preambleLists.has(k))
        .flatMap(([k, l]) => [`lists.${k}`, ...l.items.map((i) => `lists.${k}.${i.id}`)]),
      ...Object.keys(ruleFile.deadlines).map((k) => `deadlines.${k}`),
      ...Object.keys(ruleFile.periodic).map((k) => `periodic.${k}`),
      ...Object.keys(ruleFile.options).map((k) => `options.${k}`),
      'staffing',
      'supplyNorms',
      'equipment',
    ];
    expect(all.filter((id) => !named.has(id))).toEqual([]);
    // the exemption covers only the tail of the lost paragraph before p.59
    expect([...preambleLists]).toEqual(['services.social-economic']);
  });

  it('covers the standard p.59–76, Annex 2 rows 1–31, Annex 3 p.1–4 and Annexes 1, 4, 5, 6 as preambles', () => {
    const standard = coverage().entries.filter((e) => e.annex === undefined && e.subparagraph === undefined).map((e) => e.paragraph);
    expect(standard).toEqual(Array.from({ length: 18 }, (_, i) => String(59 + i)));
    expect(coverage().entries.filter((e) => e.annex === undefined)).toHaveLength(45);
    for (const annex of [1, 4, 5, 6]) {
      expect(coverage().entries.filter((e) => e.annex === annex).map((e) => e.paragraph), `annex ${annex}`).toEqual(['preamble']);
    }
    expect(find(1, 'preamble')?.status).toBe('narrative');
    expect(coverage().entries.filter((e) => e.annex === 2)).toHaveLength(31);
    expect(coverage().entries.filter((e) => e.annex === 2).every((e) => e.status === 'narrative')).toBe(true);
    expect(coverage().entries.filter((e) => e.annex === 3)).toHaveLength(12);
    expect(coverage().entries).toHaveLength(92);
  });

  it('records the key rules where the text states them', () => {
    expect(find(undefined, '64', '1')?.rules).toContain('lists.completion-grounds.written-request');
    expect(find(undefined, '68', '1')?.rules).toContain('parameters.expulsion.violations.more-than');
    expect(find(undefined, '68', '3')?.rules).toEqual(expect.arrayContaining(['parameters.expulsion.absence.more-than', 'lists.absence.valid-reasons']));
    expect(find(undefined, '68', '4')?.rules).toEqual(['lists.expulsion-grounds.false-information']);
    expect(find(undefined, '74')?.rules).toEqual(['periodic.complaints-book', 'periodic.complaints-book.authorized-body']);
    expect(find(undefined, '72')?.rules).toContain('staffing');
    expect(find(4, 'preamble')?.rules).toContain('supplyNorms');
    expect(find(5, 'preamble')?.rules).toEqual(expect.arrayContaining(['staffing', 'options.staffing.merged-cells', 'options.staffing.band-26-51']));
    expect(find(6, 'preamble')?.rules).toEqual(['equipment']);
    expect(find(3, '4')?.rules).toEqual(['parameters.contract.copies']);
    expect(find(undefined, '66')?.rules).toContain('notRegulated.contraindications');
  });
});

describe('the draft’s data as printed (rules absent from the binding standards; blanks never filled)', () => {
  it('five expulsion grounds, one of them knowingly false information; discharge on three grounds', () => {
    expect(ruleFile.lists['expulsion-grounds']?.items.map((i) => i.id)).toEqual(['rule-violations', 'contraindications', 'absence', 'false-information', 'contract-breach']);
    expect(ruleFile.lists['expulsion-grounds']?.closed).toBe(true);
    expect(ruleFile.lists['completion-grounds']?.items.map((i) => i.id)).toEqual(['written-request', 'contract-ended', 'contract-fulfilled-early']);
    expect(ruleFile.parameters['expulsion.violations.more-than']).toMatchObject({ value: 3, unit: 'times' });
    expect(ruleFile.parameters['expulsion.absence.more-than']).toMatchObject({ value: 3, unit: 'day24' });
    expect(ruleFile.lists['absence.valid-reasons']).toMatchObject({ closed: true });
    expect(ruleFile.lists['absence.valid-reasons']?.items.map((i) => i.id)).toEqual(['police-detention', 'health-facility']);
  });

  it('the complaints book: the head every week, the authorised body every month', () => {
    expect(ruleFile.periodic['complaints-book']).toMatchObject({ every: 'week', scope: 'organisation', event: null });
    expect(ruleFile.periodic['complaints-book.authorized-body']).toMatchObject({ every: 'month', scope: 'organisation', event: null });
  });

  it('staffing counts bed-places in two bands; merged cells are marked, blank cells not specified', () => {
    const t = ruleFile.staffing!;
    expect(t.counts).toBe('beds');
    expect(t.bands.map((b) => [b.id, b.min, b.max])).toEqual([
      ['10-25', 10, 25],
      ['26-51', 26, 51],
    ]);
    expect(t.positions).toHaveLength(24);
    const row = (id: string) => t.positions.find((p) => p.id === id)!;
    expect(row('director').cells['10-25']).toEqual({ kind: 'ratio', value: 1, per: 1, of: 'institution' });
    expect(row('director').printedOnce).toBe(true);
    expect(row('hr-clerk').cells['26-51']).toEqual({ kind: 'ratio', value: 0.5, per: 25, of: 'beds' });
    expect(row('driver').cells['10-25']).toEqual({ kind: 'ratio', value: 1, per: 1, of: 'vehicle' });
    expect(row('cook').cells).toEqual({ '10-25': { kind: 'positions', value: 0.5 }, '26-51': { kind: 'positions', value: 1 } });
    expect(row('disinfector').cells['26-51']).toEqual({ kind: 'not-specified' });
    for (const id of ['social-work-specialist', 'psychologist', 'social-pedagogue', 'plumber', 'electrician', 'interpreter']) {
      expect(Object.values(row(id).cells), id).toEqual([{ kind: 'not-specified' }, { kind: 'not-specified' }]);
    }
    expect(row('plumber').note).toMatch(/401-ӛ/);
  });

  it('supply norms: blank cells are null, the printed words are kept', () => {
    const items = ruleFile.supplyNorms!.items;
    expect(items).toHaveLength(25);
    expect(items.filter((i) => i.norm === null).map((i) => i.id)).toHaveLength(15);
    expect(items.find((i) => i.id === 'toothbrush')).toMatchObject({ norm: '1 - бір қызмет алушыға', wearPeriod: '3 ай' });
    expect(items.find((i) => i.id === 'toothpaste')).toMatchObject({ norm: 900, unit: 'миллилитр', wearPeriod: null });
    expect(items.find((i) => i.id === 'sanitary-pads')?.norm).toMatch(/айына 16/);
  });

  it('equipment: every quantity blank except 5.2 chairs = 12; ratios from the item names', () => {
    const items = ruleFile.equipment!.items;
    expect(items).toHaveLength(35);
    expect(items.filter((i) => i.quantity !== null).map((i) => [i.row, i.quantity])).toEqual([['5.2', 12]]);
    const ratio = (id: string) => items.find((i) => i.id === id)?.ratio;
    expect(ratio('washing-machine')).toEqual({ value: 1, per: 10, of: 'recipients' });
    expect(ratio('dryer')).toEqual({ value: 1, per: 1, of: 'washing-machines' });
    expect(ratio('vacuum-cleaner')).toEqual({ value: 1, per: 25, of: 'recipients' });
    expect(ratio('floor-mop')).toEqual({ value: 1, per: 50, of: 'square-metres' });
    expect(ratio('bucket')).toEqual({ value: 1, per: 30, of: 'square-metres' });
    expect(items.filter((i) => i.ratio !== undefined)).toHaveLength(7);
  });

  it('what the surviving text does not regulate is said, without a delegation', () => {
    const topics = Object.keys(ruleFile.notRegulated).sort();
    expect(topics).toEqual(
      ['admission-deadlines', 'contract', 'contraindications', 'day-stay', 'evaluation-sheet', 'extension', 'identification', 'individual-plan', 'information-system', 'monitoring', 'needs-assessment', 'police-notification'].sort(),
    );
    for (const [topic, entry] of Object.entries(ruleFile.notRegulated)) {
      expect(entry?.delegatedTo, topic).toBeUndefined();
      expect(entry?.note, topic).toMatch(/not in the text|not in the source|source/);
    }
    for (const topic of ['expulsion', 'completion', 'staffing', 'complaints-book', 'suspension']) expect(ruleFile.notRegulated).not.toHaveProperty(topic);
  });
});

describe('the coverage check can fail', () => {
  const entries = (): Entry[] => structuredClone(coverage().entries);

  it('reports a missing paragraph', () => {
    const e = entries().filter((x) => !(x.annex === undefined && x.paragraph === '74'));
    expect(coverageProblems(e, source(), ruleFile)).toEqual(['standard/74: missing']);
  });

  it('reports a paragraph listed twice', () => {
    const e = entries();
    e.push(structuredClone(e[0] as Entry));
    expect(coverageProblems(e, source(), ruleFile)).toEqual(['standard/59: listed twice']);
  });

  it('reports an entry that is not a paragraph of the text (p.58, p.77, a preamble of an annex with rows, a sub-paragraph the split does not see)', () => {
    const e = entries();
    e.push({ part: 'standard', paragraph: '58', status: 'narrative' });
    e.push({ part: 'standard', paragraph: '77', status: 'narrative' });
    e.push({ part: 'standard', annex: 2, paragraph: 'preamble', status: 'narrative' });
    e.push({ part: 'standard', paragraph: '62', subparagraph: '1', status: 'narrative' });
    expect(coverageProblems(e, source(), ruleFile)).toEqual([
      'standard/58: not a paragraph of the text',
      'standard/77: not a paragraph of the text',
      'standard/annex-2/preamble: not a paragraph of the text',
      'standard/62/1: not a paragraph of the text',
    ]);
  });

  it('reports rule ids that do not exist', () => {
    const e = entries();
    const p68 = e.find((x) => x.annex === undefined && x.paragraph === '68' && x.subparagraph === '4') as Entry;
    p68.rules = ['lists.expulsion-grounds.insults-or-breach', 'parameters.contract.term-months', 'notRegulated.expulsion', 'check.magic', 'supplyNorm'];
    expect(coverageProblems(e, source(), ruleFile)).toEqual([
      'standard/68/4: rule id "lists.expulsion-grounds.insults-or-breach" does not exist',
      'standard/68/4: rule id "parameters.contract.term-months" does not exist',
      'standard/68/4: rule id "notRegulated.expulsion" does not exist',
      'standard/68/4: rule id "check.magic" does not exist',
      'standard/68/4: rule id "supplyNorm" does not exist',
    ]);
  });

  it('the schema rejects an encoded entry without rule ids', () => {
    const bad = structuredClone(coverageJson) as { entries: Array<Record<string, unknown>> };
    const encoded = bad.entries.find((x) => x['status'] === 'encoded') as Record<string, unknown>;
    delete encoded['rules'];
    expect(CoverageFileSchema.safeParse(bad).success).toBe(false);
  });
});
