import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare/compare.js';
import { comparisonToMarkdown } from '../../src/compare/markdown.js';
import { standards } from '../../src/law/registry.js';

const tr = () => standards.at('trafficking', '2022-12-01');
const dv = () => standards.at('domestic-violence', '2022-12-01');
const find = (key: string) => compare(tr(), dv()).differences.find((d) => d.key === key);

describe('compare(trafficking, domestic-violence)', () => {
  it('day stay: 1–4 hours against 2–6 hours, each side cited', () => {
    expect(find('day-stay.hours-per-day.max')).toMatchObject({ kind: 'changed', a: { value: '4 hour' }, b: { value: '6 hour' } });
    expect(find('day-stay.hours-per-day.min')).toMatchObject({ a: { value: '1 hour' }, b: { value: '2 hour' } });
    expect(find('day-stay.hours-per-day.max')?.a?.citation).toMatchObject({ act: 'order-138-2016', paragraph: '2' });
    expect(find('day-stay.hours-per-day.max')?.b?.citation).toMatchObject({ act: 'order-1079-2016', paragraph: '2' });
  });

  it('extension grounds: the criminal-case ground only in trafficking', () => {
    expect(find('contract.extension-grounds')).toMatchObject({ kind: 'changed', itemsOnlyA: ['criminal-case-pending'], itemsOnlyB: [] });
  });

  it('valid reasons for absence: open in trafficking, closed in domestic violence', () => {
    expect(find('absence.valid-reasons')).toMatchObject({ kind: 'changed', a: { value: expect.stringMatching(/^open/) }, b: { value: expect.stringMatching(/^closed/) } });
  });

  it('identification participants and admission routes differ; the referral time limit exists only in trafficking', () => {
    expect(find('identification.participants')?.kind).toBe('changed');
    expect(find('admission-routes')).toMatchObject({ itemsOnlyA: expect.arrayContaining(['pretrial-victim-status']), itemsOnlyB: expect.arrayContaining(['referral-health-body']) });
    expect(find('referral')).toMatchObject({ section: 'deadlines', kind: 'only-a' });
  });

  it('same rule, other paragraph: the contract term is p.16 in one text and p.33 in the other', () => {
    expect(find('contract.term-months')).toMatchObject({ kind: 'renumbered', a: { citation: { paragraph: '16' } }, b: { citation: { paragraph: '33' } } });
    expect(find('expulsion-grounds')?.kind).toBe('renumbered');
  });

  it('the evaluation sheets differ block by block', () => {
    const sheet = compare(tr(), dv()).differences.filter((d) => d.section === 'evaluationSheet');
    expect(sheet.map((d) => d.key)).toEqual(expect.arrayContaining(['purpose', 'acts', 'means', 'harm']));
  });

  it('a version compared with itself has no differences', () => {
    expect(compare(tr(), tr()).differences).toEqual([]);
  });
});

describe('Markdown in three languages', () => {
  it.each(['ru', 'kk', 'en'] as const)('%s table with a row per difference and the quotes', (locale) => {
    const c = compare(tr(), dv());
    const md = comparisonToMarkdown(c, locale);
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---'));
    expect(rows.length).toBe(c.differences.length + 1);
    expect(md).toContain('«от часа до четырех часов в день»'.slice(1, 10));
    expect(md).toContain('trafficking/order-383-2022');
  });

  it('labels a draft as non-binding', () => {
    const md = comparisonToMarkdown(compare(standards.at('draft-2017', '2017-10-01', { includeDrafts: true }), tr()), 'en');
    expect(md).toContain('draft, not binding');
  });
});
