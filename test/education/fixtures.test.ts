import { describe, expect, it } from 'vitest';
import { auditCase } from '../../src/audit/audit.js';
import { admissionBasis } from '../../src/checks/admission-basis.js';
import { notRegulated } from '../../src/checks/not-regulated.js';
import { InvalidInputError } from '../../src/errors.js';
import { standards } from '../../src/law/registry.js';
import { TopicSchema, type Topic } from '../../src/schema/rule-sections.js';
import { expectFindings, loadFixtures } from '../helpers/fixtures.js';

const fixtures = loadFixtures('education');

describe('education fixtures across the three annexes', () => {
  it('has at least 8 cases covering all three standards', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
    expect(new Set(fixtures.map((f) => f.case.standard))).toEqual(new Set(['education-organizations', 'education-centers', 'foster-families']));
  });

  it.each(fixtures.map((f) => [f.file, f] as const))('%s', (_name, f) => {
    const result = auditCase(f.case as never, { asOf: f.asOf });
    expectFindings(result, f.expected);
    expect(result.findings.length).toBe(f.expected.length);
  });
});

describe('not-regulated answers, topic by topic', () => {
  const at = (id: string) => standards.at(id, '2024-09-01');
  const regulated: Record<string, Topic[]> = {
    'education-organizations': ['complaints-book'],
    'education-centers': ['complaints-book'],
    'foster-families': [],
  };

  it.each(Object.keys(regulated))('%s answers not-regulated for every topic it leaves out, and nothing else', (id) => {
    for (const topic of TopicSchema.options) {
      const o = notRegulated(at(id), topic);
      if (regulated[id]!.includes(topic)) expect(o, `${id} ${topic}`).toBeNull();
      else {
        expect(o?.status, `${id} ${topic}`).toBe('not-regulated');
        expect(o?.rule).toBe(`notRegulated.${topic}`);
        expect(o?.binding).toBe(true);
      }
    }
  });

  it('the trafficking and domestic-violence standards regulate all these topics (no not-regulated entry)', () => {
    for (const id of ['trafficking', 'domestic-violence']) {
      for (const topic of TopicSchema.options) expect(notRegulated(standards.at(id, '2022-12-01'), topic), `${id} ${topic}`).toBeNull();
    }
  });

  it('a rule is never borrowed: Order No.165 has no contraindication list, contract term or staffing table', () => {
    for (const id of Object.keys(regulated)) {
      const rules = at(id).version.rules;
      expect(rules.lists['contraindications']).toBeUndefined();
      expect(rules.parameters['contract.term-months']).toBeUndefined();
      expect(rules.staffing).toBeUndefined();
      expect(Object.keys(rules.deadlines)).toEqual([]);
    }
  });
});

describe('admission basis per category', () => {
  const a1 = () => standards.at('education-organizations', '2024-09-01');
  it('Annex 1: court act for deviant behaviour, special placement and special educational needs; ruling for suspects', () => {
    expect(admissionBasis(a1(), { category: 'special-educational-needs', basis: 'court-act' }).status).toBe('compliant');
    expect(admissionBasis(a1(), { category: 'suspects', basis: 'criminal-process-ruling' }).status).toBe('compliant');
    expect(admissionBasis(a1(), { category: 'suspects', basis: 'court-act' }).status).toBe('violation');
    expect(admissionBasis(a1(), { category: 'orphans', basis: 'guardianship-referral' }).status).toBe('compliant');
  });

  it('Annex 2 has no criminal-process ruling and Annex 1 no application of the person who delivered the child', () => {
    expect(() => admissionBasis(standards.at('education-centers', '2024-09-01'), { category: 'orphans', basis: 'criminal-process-ruling' })).toThrow(InvalidInputError);
    expect(() => admissionBasis(a1(), { category: 'orphans', basis: 'delivered-by-person-application' })).toThrow(InvalidInputError);
  });

  it('the trafficking standard has no admission matrix: not regulated', () => {
    expect(admissionBasis(standards.at('trafficking', '2022-12-01'), { category: 'orphans', basis: 'court-act' }).status).toBe('not-regulated');
  });
});
