import { describe, expect, it } from 'vitest';
import actsJson from '../../rules/acts.json';
import { CitationSchema } from '../../src/law/citation.js';
import { splitSource } from '../../src/sources/split.js';
import { verifyCitation } from '../../src/sources/verify.js';
import { collectCitations, loadSource, PROFILES, requireSeeds, ruleJsonFiles } from '../helpers/seeds.js';

const sourceOf = new Map(actsJson.acts.map((a) => [a.id, a.sourceFile] as const));
const files = ruleJsonFiles().filter(([p]) => !p.startsWith('rules/calendar/') && p !== 'rules/sources.json');
const citations = files.flatMap(([file, json]) => collectCitations(json).map((c) => ({ file, ...c })));

describe('citations in rules/ point to real paragraphs whose text holds the quote', () => {
  it('the law texts are present beside the repository', () => {
    expect(() => requireSeeds()).not.toThrow();
  });

  it('finds citations in every standard’s files', () => {
    expect(citations.length).toBeGreaterThan(60);
    for (const standard of ['trafficking', 'domestic-violence', 'education-organizations', 'education-centers', 'foster-families', 'draft-2017']) {
      expect(citations.some((c) => c.file.startsWith(`rules/${standard}/`)), standard).toBe(true);
    }
  });

  it.each(citations.map((c) => [`${c.file} ${c.path}`, c] as const))('%s', (_name, c) => {
    const citation = CitationSchema.parse(c.value);
    const file = sourceOf.get(citation.act);
    expect(file, `act ${citation.act} has no source text to cite; cite the consolidated text that mentions it`).toBeTruthy();
    const result = verifyCitation(loadSource(file as string), citation);
    expect(result.ok ? 'ok' : result.reason).toBe('ok');
  });
});

describe('the check can fail', () => {
  const trafficking = () => loadSource('000_5d6daf981e7f7180.txt');

  it('rejects a quote that is not in the cited paragraph (p.16 says 6 months, not 9)', () => {
    const r = verifyCitation(trafficking(), { act: 'order-138-2016', part: 'standard', paragraph: '16', lang: 'ru', quote: 'Срок действия договора составляет 9 месяцев' });
    expect(r.ok).toBe(false);
  });

  it('rejects a true quote cited to the wrong paragraph', () => {
    const r = verifyCitation(trafficking(), { act: 'order-138-2016', part: 'standard', paragraph: '15', lang: 'ru', quote: 'Срок действия договора составляет 6 месяцев' });
    expect(r.ok).toBe(false);
  });

  it('rejects a paragraph or sub-paragraph that does not exist', () => {
    expect(verifyCitation(trafficking(), { act: 'order-138-2016', part: 'standard', paragraph: '46', lang: 'ru', quote: 'xyz' }).ok).toBe(false);
    expect(verifyCitation(trafficking(), { act: 'order-138-2016', part: 'standard', paragraph: '16', subparagraph: '3', lang: 'ru', quote: 'xyz' }).ok).toBe(false);
    expect(verifyCitation(trafficking(), { act: 'order-138-2016', part: 'standard', annex: 9, lang: 'ru', quote: 'xyz' }).ok).toBe(false);
  });

  it('normalises whitespace, quote marks, dashes and line breaks', () => {
    const r = verifyCitation(trafficking(), {
      act: 'order-138-2016', part: 'standard', paragraph: '43', subparagraph: '2', lang: 'ru',
      quote: 'отсутствии  более\nтрех суток',
    });
    expect(r.ok).toBe(true);
  });

  it('reports a missing seeds folder clearly', () => {
    expect(() => requireSeeds('/nonexistent/shared/seeds')).toThrow(/law texts are missing: \/nonexistent\/shared\/seeds does not exist/);
  });

  it('every profile in rules/sources.json splits its text', () => {
    for (const p of PROFILES) expect(() => loadSource(p.file)).not.toThrow();
    expect(() => splitSource('no parts here', { ...PROFILES[0]!, parts: [{ key: 'order' }, { key: 'standard', start: '^nowhere$' }] })).toThrow(/not found/);
  });
});
