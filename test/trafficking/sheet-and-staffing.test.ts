import { describe, expect, it } from 'vitest';
import { evaluateSheet } from '../../src/checks/evaluation-sheet.js';
import { staffingMinimum } from '../../src/checks/staffing.js';
import { InvalidInputError } from '../../src/errors.js';
import { standards } from '../../src/law/registry.js';
import { WordingNotEncodedError } from '../../src/law/errors.js';

const v2023 = () => standards.at('trafficking', '2023-01-10');
const units = (r: ReturnType<typeof staffingMinimum>) => Object.fromEntries(r.lines.map((l) => [l.id, l.units]));

describe('evaluation sheet (Annex 2)', () => {
  it('has 28 criteria in four blocks and no printed points or threshold', () => {
    const sheet = v2023().version.rules.evaluationSheet!;
    expect(sheet.groups.map((g) => [g.row, g.criteria.length])).toEqual([
      ['1', 5],
      ['7', 12],
      ['20', 7],
      ['28', 4],
    ]);
    expect(sheet.groups.flatMap((g) => g.criteria).every((c) => c.points === null)).toBe(true);
    expect(sheet.threshold).toBeNull();
  });

  it('totals the assessor’s points per block and overall, and leaves the decision to a person', () => {
    const r = evaluateSheet(v2023(), { 'purpose-forced-labour': 2, 'means-weapons': 1, 'harm-beatings': 3 });
    expect(r.groups).toEqual([
      { id: 'purpose', total: 2 },
      { id: 'acts', total: 0 },
      { id: 'means', total: 1 },
      { id: 'harm', total: 3 },
    ]);
    expect(r.total).toBe(6);
    expect(r.outcome.status).toBe('needs-judgement');
    expect(r.outcome.message.params).toEqual({ total: 6 });
  });

  it('rejects a criterion the sheet does not have, by id only', () => {
    expect(() => evaluateSheet(v2023(), { 'purpose-forced-labor': 1 })).toThrow(InvalidInputError);
  });

  it('before Order No.325 the sheet’s wording is not in the encoded source', () => {
    expect(() => evaluateSheet(standards.at('trafficking', '2021-05-05'), {})).toThrow(WordingNotEncodedError);
  });
});

describe('staffing minimums (Annex 5)', () => {
  it('up to 20 recipients: one of each, carers 1 per 10 children', () => {
    const r = staffingMinimum(v2023(), { recipients: 12, children: 5, trainingGroups: 2 });
    expect(r.band).toBe('up-to-20');
    expect(units(r)).toMatchObject({ director: 1, lawyer: 1, psychologist: 1, 'social-work-specialist': 1, carer: 0.5, 'occupational-therapy-instructor': 2, 'senior-nurse': 1 });
  });

  it('exactly 20 is in both bands: the default reading takes "до 20"; the other reading "20 - 50"', () => {
    expect(staffingMinimum(v2023(), { recipients: 20 }).band).toBe('up-to-20');
    const r = staffingMinimum(v2023(), { recipients: 20, options: { 'staffing.band-at-20': '20-50' } });
    expect(r.band).toBe('20-50');
    expect(units(r)).toMatchObject({ lawyer: 2, psychologist: 2, 'social-work-specialist': 1.5, 'social-work-consultant': 1.5, 'senior-nurse': 2, director: 1 });
  });

  it('children admitted with a parent count as recipients (p.18) unless the option says otherwise', () => {
    expect(staffingMinimum(v2023(), { recipients: 18, children: 4 }).band).toBe('20-50');
    expect(staffingMinimum(v2023(), { recipients: 18, children: 4, options: { 'staffing.children-count': 'not-counted' } }).band).toBe('up-to-20');
  });

  it('above 50 the standard sets nothing: not covered, never extrapolated', () => {
    const r = staffingMinimum(v2023(), { recipients: 51 });
    expect(r.band).toBeNull();
    expect(r.lines).toEqual([]);
    expect(r.outcome.status).toBe('not-regulated');
    expect(staffingMinimum(v2023(), { recipients: 50 }).band).toBe('20-50');
  });

  it('rows printed once: without the count of children the carer is unknown; read as first band only, blank in "20 - 50"', () => {
    expect(units(staffingMinimum(v2023(), { recipients: 30 })).carer).toBeNull();
    const r = staffingMinimum(v2023(), { recipients: 30, children: 20, options: { 'staffing.merged-cells': 'first-band-only' } });
    expect(r.lines.find((l) => l.id === 'carer')?.cell).toEqual({ kind: 'not-specified' });
    expect(units(staffingMinimum(v2023(), { recipients: 30, children: 20 })).carer).toBe(2);
  });

  it('rejects negative counts and unknown readings', () => {
    expect(() => staffingMinimum(v2023(), { recipients: -1 })).toThrow(InvalidInputError);
    expect(() => staffingMinimum(v2023(), { recipients: 20, options: { 'staffing.band-at-20': 'both' } })).toThrow(/reading must be one of/);
  });
});
