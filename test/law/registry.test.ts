import { describe, expect, it } from 'vitest';
import { InvalidDateError, InvalidInputError, KzssError } from '../../src/errors.js';
import {
  DraftNotBindingError,
  NotYetInForceError,
  ParagraphNotInForceError,
  RepealedError,
  UnknownStandardError,
  WordingNotEncodedError,
} from '../../src/law/errors.js';
import { createRegistry, standards } from '../../src/law/registry.js';

const versionOn = (id: string, date: string) => standards.at(id, date).version.id;
const errorOf = (f: () => unknown): KzssError => {
  try {
    f();
  } catch (e) {
    if (e instanceof KzssError) return e;
    throw e;
  }
  throw new Error('expected an error');
};

describe('standards.list() and history()', () => {
  it('lists the six standards in order, the draft marked', () => {
    expect(standards.list().map((s) => [s.id, s.status])).toEqual([
      ['trafficking', 'binding'],
      ['domestic-violence', 'binding'],
      ['education-organizations', 'binding'],
      ['education-centers', 'binding'],
      ['foster-families', 'binding'],
      ['draft-2017', 'draft'],
    ]);
  });

  it('gives each standard’s versions in date order with contiguous periods', () => {
    const h = standards.history('trafficking');
    expect(h.versions.map((v) => [v.id, v.start.date, v.end?.lastDay])).toEqual([
      ['trafficking/order-138-2016', '2016-04-08', '2022-02-18'],
      ['trafficking/order-49-2022', '2022-02-19', '2022-09-02'],
      ['trafficking/order-325-2022', '2022-09-03', '2022-10-02'],
      ['trafficking/order-383-2022', '2022-10-03', '2023-06-30'],
    ]);
    expect(h.repeal).toMatchObject({ by: 'order-263-2023', effective: '2023-07-01', lastDay: '2023-06-30' });
    expect(standards.history('domestic-violence').versions.map((v) => v.edition.id)).toEqual([
      'order-1079-2016',
      'order-463-2021',
      'order-325-2022',
      'order-383-2022',
    ]);
    expect(standards.history('education-centers').versions.map((v) => [v.id, v.start.date, v.start.certainty, v.end])).toEqual([
      ['education-centers/order-165-2023', '2023-07-01', 'stated', null],
    ]);
  });

  it('unknown ids are typed errors that list the known ids', () => {
    const e = errorOf(() => standards.history('trafficing'));
    expect(e).toBeInstanceOf(UnknownStandardError);
    expect(e.code).toBe('UNKNOWN_STANDARD');
    expect(e.message).toContain('trafficking');
  });
});

describe('standards.at(): periods of force, boundary by boundary', () => {
  it.each([
    // trafficking: earliest entry into force 08.04.2016 (registered 28.03.2016 + ten days), repealed from 01.07.2023
    ['trafficking', '2016-04-07', 'NOT_YET_IN_FORCE'],
    ['trafficking', '2016-04-08', 'trafficking/order-138-2016'],
    ['trafficking', '2022-02-18', 'trafficking/order-138-2016'],
    ['trafficking', '2022-02-19', 'trafficking/order-49-2022'],
    ['trafficking', '2022-09-02', 'trafficking/order-49-2022'],
    ['trafficking', '2022-09-03', 'trafficking/order-325-2022'],
    ['trafficking', '2022-10-02', 'trafficking/order-325-2022'],
    ['trafficking', '2022-10-03', 'trafficking/order-383-2022'],
    ['trafficking', '2023-06-30', 'trafficking/order-383-2022'],
    ['trafficking', '2023-07-01', 'REPEALED'],
    // domestic violence: registered 20.01.2017, earliest 31.01.2017; No.463 from 20.12.2021 at the earliest
    ['domestic-violence', '2017-01-30', 'NOT_YET_IN_FORCE'],
    ['domestic-violence', '2017-01-31', 'domestic-violence/order-1079-2016'],
    ['domestic-violence', '2021-12-19', 'domestic-violence/order-1079-2016'],
    ['domestic-violence', '2021-12-20', 'domestic-violence/order-463-2021'],
    ['domestic-violence', '2022-09-03', 'domestic-violence/order-325-2022'],
    ['domestic-violence', '2022-10-03', 'domestic-violence/order-383-2022'],
    ['domestic-violence', '2023-06-30', 'domestic-violence/order-383-2022'],
    ['domestic-violence', '2023-07-01', 'REPEALED'],
    // Order No.165: in force from 01.07.2023 (p.5), no repeal in the source
    ['education-organizations', '2023-06-30', 'NOT_YET_IN_FORCE'],
    ['education-organizations', '2023-07-01', 'education-organizations/order-165-2023'],
    ['education-centers', '2023-06-30', 'NOT_YET_IN_FORCE'],
    ['education-centers', '2023-07-01', 'education-centers/order-165-2023'],
    ['foster-families', '2023-06-30', 'NOT_YET_IN_FORCE'],
    ['foster-families', '2023-07-01', 'foster-families/order-165-2023'],
    ['foster-families', '2026-11-25', 'foster-families/order-165-2023'],
  ])('%s on %s → %s', (id, date, expected) => {
    if (expected === 'NOT_YET_IN_FORCE' || expected === 'REPEALED') {
      expect(errorOf(() => standards.at(id, date)).code).toBe(expected);
    } else {
      expect(versionOn(id, date)).toBe(expected);
    }
  });

  it('a repeal names the repealing act and its effective date', () => {
    const e = errorOf(() => standards.at('domestic-violence', '2024-01-01'));
    expect(e).toBeInstanceOf(RepealedError);
    expect(e).toMatchObject({ repealedBy: 'order-263-2023', effective: '2023-07-01' });
    expect(e.message).toMatch(/order-263-2023.*2023-07-01/);
    expect((e as RepealedError).citation.quote).toContain('01.07.2023');
  });

  it('before Order No.165, the error names the standards then in force and says they are not encoded', () => {
    const e = errorOf(() => standards.at('education-organizations', '2020-05-05'));
    expect(e).toBeInstanceOf(NotYetInForceError);
    expect((e as NotYetInForceError).predecessors).toEqual(['order-17-2015', 'order-282-2019']);
    expect(e.message).toMatch(/order-17-2015, order-282-2019, which are not encoded/);
    expect((e as NotYetInForceError).effective).toMatchObject({ date: '2023-07-01', certainty: 'stated', act: 'order-165-2023' });
  });

  it('an inferred entry into force is reported as such', () => {
    const e = errorOf(() => standards.at('trafficking', '2016-03-01')) as NotYetInForceError;
    expect(e.effective).toMatchObject({ date: '2016-04-08', certainty: 'inferred', act: 'order-138-2016' });
  });

  it('reports the uncertainty of an answer resting on an inferred date', () => {
    const r = standards.at('trafficking', '2022-03-04');
    expect(r.version.id).toBe('trafficking/order-49-2022');
    expect(r.certain).toBe(false);
    expect(r.uncertainties).toEqual([
      {
        kind: 'entry-into-force-inferred',
        act: 'order-49-2022',
        earliest: '2022-02-19',
        requiresPublicationOnOrBefore: '2022-02-21',
        otherwise: 'trafficking/order-138-2016',
      },
    ]);
    expect(standards.at('trafficking', '2016-04-08').uncertainties[0]?.otherwise).toBeNull();
  });

  it('answers with certainty where the dates are stated', () => {
    const r = standards.at('education-centers', '2023-07-01');
    expect(r.certain).toBe(true);
    expect(r.uncertainties).toEqual([]);
    expect(r.version.binding).toBe(true);
  });

  it('a caller-supplied publication date turns an inferred date into a computed one', () => {
    const reg = createRegistry({ publicationDates: { 'order-49-2022': '2022-02-25' } });
    // ten calendar days after 25.02.2022 pass on 07.03.2022: in force from 08.03.2022
    expect(reg.at('trafficking', '2022-03-07').version.id).toBe('trafficking/order-138-2016');
    const r = reg.at('trafficking', '2022-03-08');
    expect(r.version.id).toBe('trafficking/order-49-2022');
    expect(r.version.start).toMatchObject({ date: '2022-03-08', certainty: 'from-publication' });
    expect(r.certain).toBe(true);
    expect(reg.history('trafficking').versions[0]?.end?.lastDay).toBe('2022-03-07');
  });

  it('refuses impossible publication dates', () => {
    expect(() => createRegistry({ publicationDates: { 'order-49-2022': '2022-02-07' } })).toThrow(InvalidInputError);
    expect(() => createRegistry({ publicationDates: { 'order-165-2023': '2023-06-20' } })).toThrow(/does not depend on a publication date/);
    expect(() => createRegistry({ publicationDates: { 'order-1-2000': '2023-06-20' } })).toThrow(/unknown act/);
    expect(() => createRegistry({ publicationDates: { 'order-49-2022': '25.02.2022' } })).toThrow(InvalidInputError);
  });
});

describe('the 2017 draft', () => {
  it('is refused without the explicit opt-in', () => {
    const e = errorOf(() => standards.at('draft-2017', '2017-10-01'));
    expect(e).toBeInstanceOf(DraftNotBindingError);
    expect(e.code).toBe('DRAFT_NOT_BINDING');
  });

  it('is returned, non-binding, with the opt-in', () => {
    const r = standards.at('draft-2017', '2017-10-01', { includeDrafts: true });
    expect(r.version).toMatchObject({ id: 'draft-2017/draft-2017', binding: false, status: 'draft' });
    expect(r.version.start).toMatchObject({ date: null, certainty: 'never' });
  });

  it('the opt-in changes nothing for binding standards', () => {
    expect(standards.at('trafficking', '2017-10-01', { includeDrafts: true }).version.binding).toBe(true);
  });
});

describe('amended paragraphs: earlier wording is not in the encoded source', () => {
  it('in the 2016 version, p.20 (amended by No.49) is not encoded and p.13-1 (added by No.325) does not exist', () => {
    const r = standards.at('trafficking', '2017-06-01');
    expect(r.paragraph({ part: 'standard', paragraph: '20' })).toMatchObject({ status: 'wording-not-encoded', amendedBy: 'order-49-2022' });
    expect(r.paragraph({ part: 'standard', paragraph: '13-1' })).toMatchObject({ status: 'not-in-force', addedBy: 'order-325-2022' });
    expect(r.paragraph({ part: 'standard', paragraph: '16' })).toEqual({ status: 'encoded' });
    expect(r.paragraph({ part: 'standard', annex: 2, paragraph: '5' })).toMatchObject({ status: 'wording-not-encoded', amendedBy: 'order-325-2022' });
    // p.40 was changed by No.49 and No.383: the earliest later act is reported
    expect(r.paragraph({ part: 'standard', paragraph: '40' })).toMatchObject({ amendedBy: 'order-49-2022' });
  });

  it('in the No.325 version, p.13-1 exists and p.5 still awaits No.383', () => {
    const r = standards.at('trafficking', '2022-09-10');
    expect(r.paragraph({ part: 'standard', paragraph: '13-1' })).toEqual({ status: 'encoded' });
    expect(r.paragraph({ part: 'standard', paragraph: '5' })).toMatchObject({ status: 'wording-not-encoded', amendedBy: 'order-383-2022' });
    expect(r.paragraph({ part: 'standard', paragraph: '40' })).toMatchObject({ amendedBy: 'order-383-2022' });
  });

  it('domestic violence p.24 before No.463 is not encoded; Annex 5 before No.325 neither', () => {
    const r = standards.at('domestic-violence', '2018-03-01');
    expect(r.paragraph({ part: 'standard', paragraph: '24' })).toMatchObject({ amendedBy: 'order-463-2021' });
    expect(r.paragraph({ part: 'standard', annex: 5 })).toMatchObject({ amendedBy: 'order-325-2022' });
    expect(r.paragraph({ part: 'standard', paragraph: '33' })).toEqual({ status: 'encoded' });
  });

  it('require() throws typed errors for such citations and passes encoded ones', () => {
    const r = standards.at('trafficking', '2017-06-01');
    const p20 = { act: 'order-138-2016', part: 'standard' as const, paragraph: '20', lang: 'ru' as const, quote: 'x' };
    expect(() => r.require(p20)).toThrow(WordingNotEncodedError);
    expect(() => r.require({ ...p20, paragraph: '14-1' })).toThrow(ParagraphNotInForceError);
    expect(() => r.require({ ...p20, paragraph: '16' })).not.toThrow();
    expect(() => standards.at('trafficking', '2023-01-10').require(p20)).not.toThrow();
  });
});

describe('bad input', () => {
  it.each(['2022-02-30', '2022-2-3', '04.03.2022', '', '2022-03-04T00:00'])('rejects the date %j', (d) => {
    const e = errorOf(() => standards.at('trafficking', d));
    expect(e).toBeInstanceOf(InvalidDateError);
    expect(e.path).toEqual(['asOf']);
  });

  it('rejects unknown options with a path', () => {
    const e = errorOf(() => standards.at('trafficking', '2022-03-04', { includeDraft: true } as never));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.code).toBe('INVALID_INPUT');
  });

  it('throws nothing but KzssError for junk', () => {
    for (const junk of [undefined, null, 42, {}, [], 'x']) {
      expect(() => standards.at(junk as never, junk as never)).toThrow(KzssError);
    }
  });
});
