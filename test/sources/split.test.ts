import { describe, expect, it } from 'vitest';
import { cleanLine, normalizeForQuote } from '../../src/sources/normalize.js';
import { splitSource } from '../../src/sources/split.js';
import { loadSource, PROFILES } from '../helpers/seeds.js';

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const paragraphs = (file: string, unit: string): string[] => [...(loadSource(file).units.get(unit)?.paragraphs.keys() ?? [])].filter((k) => !k.startsWith('chapter-'));

describe('splitting the law texts into numbered paragraphs', () => {
  it('trafficking (Order No.138): order p.1–4, standard p.1–45 with 13-1 and 14-1, Annexes 1–8', () => {
    const f = '000_5d6daf981e7f7180.txt';
    expect(paragraphs(f, 'order')).toEqual(range(1, 4));
    const expected = range(1, 45);
    expected.splice(13, 0, '13-1');
    expected.splice(15, 0, '14-1');
    expect(paragraphs(f, 'standard')).toEqual(expected);
    expect([...loadSource(f).units.keys()].filter((k) => k.includes('annex'))).toEqual(range(1, 8).map((n) => `standard/annex-${n}`));
    expect(paragraphs(f, 'standard/annex-5')).toEqual(range(1, 11)); // staffing table rows
    expect(paragraphs(f, 'standard/annex-2')).toEqual(range(1, 32)); // evaluation sheet rows
  });

  it('trafficking p.16 has exactly the two extension grounds and p.6 five contraindications', () => {
    const s = loadSource('000_5d6daf981e7f7180.txt').units.get('standard');
    expect([...(s?.paragraphs.get('16')?.subparagraphs.keys() ?? [])]).toEqual(['1', '2']);
    expect([...(s?.paragraphs.get('6')?.subparagraphs.keys() ?? [])]).toEqual(range(1, 5));
    expect([...(s?.paragraphs.get('43')?.subparagraphs.keys() ?? [])]).toEqual(range(1, 3));
  });

  it('chapter headings end the paragraph before them', () => {
    const s = loadSource('000_5d6daf981e7f7180.txt').units.get('standard');
    expect(s?.paragraphs.get('6')?.text).not.toMatch(/Глава 2/);
    expect(s?.paragraphs.get('chapter-2')?.text).toMatch(/Заголовок главы 2/);
  });

  it('domestic violence (Order No.1079, Kazakh PDF text): order p.1–4, standard p.1–40, Annexes 1–7', () => {
    const f = '003_6c1cd5cf55549461.txt';
    expect(paragraphs(f, 'order')).toEqual(range(1, 4));
    expect(paragraphs(f, 'standard')).toEqual(range(1, 40));
    expect([...loadSource(f).units.keys()].filter((k) => k.includes('annex'))).toEqual(range(1, 7).map((n) => `standard/annex-${n}`));
    expect([...(loadSource(f).units.get('standard')?.paragraphs.get('37')?.subparagraphs.keys() ?? [])]).toEqual(range(1, 3));
  });

  it('education (Order No.165): order p.1–5; Annexes 1 and 2 p.1–22; Annex 3 p.1–21', () => {
    const f = '004_1f02a9766c06494f.txt';
    expect(paragraphs(f, 'order')).toEqual(range(1, 5));
    expect(paragraphs(f, 'order/annex-1')).toEqual(range(1, 22));
    expect(paragraphs(f, 'order/annex-2')).toEqual(range(1, 22));
    expect(paragraphs(f, 'order/annex-3')).toEqual(range(1, 21));
  });

  it('the 2017 draft: p.59–76, Annexes 1–6, then the report’s recommendations', () => {
    const f = '002_6c69154213527df1.txt';
    expect(paragraphs(f, 'standard')).toEqual(range(59, 76));
    expect([...loadSource(f).units.keys()].filter((k) => k.includes('annex'))).toEqual(range(1, 6).map((n) => `standard/annex-${n}`));
    expect(paragraphs(f, 'report')).toContain('10');
    // a list item "1." inside p.60 is not taken for a paragraph
    expect(loadSource(f).units.get('standard')?.paragraphs.get('60')?.text).toMatch(/1\.\s+азаматтық/);
  });

  it('the unofficial English text splits too, though it lacks an Annex 4 heading', () => {
    const keys = [...loadSource('001_dacc9eff76df267c.txt').units.keys()];
    expect(keys).toContain('standard/annex-5');
    expect(keys).not.toContain('standard/annex-4');
  });

  it('every profile names an official or unofficial language', () => {
    expect(PROFILES.filter((p) => !p.official).map((p) => p.lang)).toEqual(['en']);
  });
});

describe('normalisation', () => {
  it('strips markup from line starts', () => {
    expect(cleanLine('- 1) item')).toBe('1) item');
    expect(cleanLine('**Сноска.** Пункт')).toBe('Сноска. Пункт');
    expect(cleanLine('\u00a0\u00a059.  text')).toBe('59.  text');
  });

  it('maps the draft’s font substitutions, quote marks, dashes and case', () => {
    expect(normalizeForQuote('кӛрсету «Әділет» – ҚҦРБАН')).toBe(normalizeForQuote('көрсету "Әділет" - құрбан'));
    expect(normalizeForQuote('вице-\nминистра')).toBe('вице-министра');
  });

  it('keeps paragraph order strict: a number out of sequence is not a paragraph', () => {
    const s = splitSource('1. a\n3. b\n2. c\n', { file: 'x', lang: 'ru', official: true, acts: ['x'], parts: [{ key: 'order' }] });
    expect([...(s.units.get('order')?.paragraphs.keys() ?? [])]).toEqual(['1', '2']);
  });
});
