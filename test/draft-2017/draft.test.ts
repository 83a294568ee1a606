import { describe, expect, it } from 'vitest';
import { auditCase } from '../../src/audit/audit.js';
import { staffingMinimum } from '../../src/checks/staffing.js';
import { compare } from '../../src/compare/compare.js';
import { comparisonToMarkdown } from '../../src/compare/markdown.js';
import { DraftNotBindingError } from '../../src/law/errors.js';
import { standards } from '../../src/law/registry.js';
import { expectFindings, loadFixtures } from '../helpers/fixtures.js';

const draft = () => standards.at('draft-2017', '2017-10-01', { includeDrafts: true });
const fixtures = loadFixtures('draft-2017');

describe('the 2017 draft is never binding', () => {
  it('an audit without the opt-in is refused with a typed error', () => {
    expect(() => auditCase(fixtures[0]!.case as never, { asOf: '2018-12-31' })).toThrow(DraftNotBindingError);
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s: findings as expected, every one marked non-binding', (_n, f) => {
    const r = auditCase(f.case as never, { asOf: f.asOf, includeDrafts: true });
    expectFindings(r, f.expected);
    expect(r.findings.every((x) => x.binding === false)).toBe(true);
  });
});

describe('rules of the draft absent from the binding standards', () => {
  it('an extra expulsion ground for knowingly false information', () => {
    const grounds = draft().version.rules.lists['expulsion-grounds']!.items.map((i) => i.id);
    expect(grounds).toContain('false-information');
    expect(standards.at('trafficking', '2017-10-01').version.rules.lists['expulsion-grounds']!.items.map((i) => i.id)).not.toContain('false-information');
  });

  it('the complaints book: weekly by the head, monthly by the authorised body (trafficking: monthly by the head)', () => {
    const p = draft().version.rules.periodic;
    expect(p['complaints-book']?.every).toBe('week');
    expect(p['complaints-book.authorized-body']?.every).toBe('month');
    expect(standards.at('trafficking', '2017-10-01').version.rules.periodic['complaints-book']?.every).toBe('month');
  });

  it('staffing by bed-places 10–25 and 26–51, nothing outside', () => {
    expect(staffingMinimum(draft(), { recipients: 0, beds: 20 }).band).toBe('10-25');
    expect(staffingMinimum(draft(), { recipients: 0, beds: 40 }).band).toBe('26-51');
    expect(staffingMinimum(draft(), { recipients: 0, beds: 60 }).outcome.status).toBe('not-regulated');
    expect(staffingMinimum(draft(), { recipients: 0, beds: 5 }).outcome.status).toBe('not-regulated');
    expect(staffingMinimum(draft(), { recipients: 0, beds: 20 }).outcome.binding).toBe(false);
  });

  it('blank cells stay blank: supply norms and equipment are "not specified", never filled in', () => {
    const r = draft().version.rules;
    expect(r.supplyNorms!.items.filter((i) => i.norm === null).length).toBeGreaterThan(0);
    expect(r.equipment!.items.find((i) => i.quantity !== null)?.quantity).toBe(12);
    expect(r.equipment!.items.some((i) => i.ratio?.per === 10 && i.ratio.of === 'recipients')).toBe(true);
  });
});

describe('what would have changed had the draft been adopted (compare with the binding versions of 2017)', () => {
  it('against trafficking and domestic violence in force on 01.10.2017', () => {
    for (const id of ['trafficking', 'domestic-violence']) {
      const c = compare(draft(), standards.at(id, '2017-10-01'));
      expect(c.a.binding).toBe(false);
      expect(c.differences.find((d) => d.key === 'expulsion-grounds')).toMatchObject({ kind: 'changed', itemsOnlyA: expect.arrayContaining(['false-information']) });
      expect(c.differences.find((d) => d.key === 'complaints-book')?.kind).toBe('changed');
      expect(c.differences.find((d) => d.key === 'contract.extension-grounds')?.kind).toBe('only-b');
      expect(comparisonToMarkdown(c, 'kk')).toContain('жоба, міндетті күші жоқ');
    }
  });

  it('marks sides whose 2017 wording is not in the encoded source', () => {
    const c = compare(draft(), standards.at('trafficking', '2017-10-01'));
    const sheet = c.differences.filter((d) => d.section === 'evaluationSheet' && d.b);
    expect(sheet.length).toBeGreaterThan(0);
    expect(sheet.every((d) => d.b?.wordingNotEncoded === 'order-325-2022')).toBe(true);
  });
});
