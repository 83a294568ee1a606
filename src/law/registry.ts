import { z } from 'zod';
import { InvalidDateError, InvalidInputError } from '../errors.js';
import { addDaysIso, isIsoDate, IsoDateSchema, type IsoDate } from '../schema/date.js';
import { parseInput } from '../schema/parse.js';
import type { RuleFile } from '../schema/rule-file.js';
import type { Citation } from './citation.js';
import { lawData, STANDARD_IDS, type LawData, type StandardId } from './data.js';
import {
  DraftNotBindingError,
  NotYetInForceError,
  ParagraphNotInForceError,
  RepealedError,
  RuleFileInvalidError,
  UnknownStandardError,
  WordingNotEncodedError,
} from './errors.js';
import type { Act, Amendment, LocalizedText, StandardFile, TextTarget } from './schema.js';

/**
 * How sure the library is of a day of entry into force:
 * `stated` — the text gives the date; `inferred` — only the earliest possible day is known (the
 * act takes effect after a publication date the text does not give); `from-publication` — computed
 * from a publication date the caller supplied; `never` — a draft.
 */
export type DateCertainty = 'stated' | 'inferred' | 'from-publication' | 'never';

/** The first day of a version. */
export interface VersionStart {
  /** The day, or for `inferred` the earliest possible day; null for a draft. */
  readonly date: IsoDate | null;
  /** How the day is known. */
  readonly certainty: DateCertainty;
  /** The act whose entry into force starts the version. */
  readonly act: string;
  /** How the day was derived from the texts (and from a supplied publication date). */
  readonly reasoning: string;
  /** Where the text states the date or the rule it follows from. */
  readonly citation: Citation;
}

/** The end of a version: the next version or the repeal. */
export interface VersionEnd {
  /** Last day of the version (for an inferred next start: the day before its earliest possible start). */
  readonly lastDay: IsoDate;
  /** How the day after `lastDay` is known. */
  readonly certainty: DateCertainty;
  /** Whether an amending act or the repeal ends the version. */
  readonly reason: 'amended' | 'repealed';
  /** Id of the amending or repealing act. */
  readonly by: string;
  /** Where the text states it. */
  readonly citation: Citation;
}

/** State of a paragraph's wording in one version. */
export type ParagraphStatus =
  | {
      /** The encoded wording is the wording in force. */
      readonly status: 'encoded';
    }
  | {
      /** A later act changed the paragraph; the wording of this version is not in the source. */
      readonly status: 'wording-not-encoded';
      /** Id of the earliest later act that changed it. */
      readonly amendedBy: string;
      /** The footnote recording the change. */
      readonly citation: Citation;
    }
  | {
      /** A later act added the paragraph: it is not part of this version. */
      readonly status: 'not-in-force';
      /** Id of the act that added it. */
      readonly addedBy: string;
      /** The footnote recording the addition. */
      readonly citation: Citation;
    };

/** One dated version (edition) of a standard: the wording in force between two amending acts. */
export interface StandardVersion {
  /** `<standard>/<act id>`, e.g. `trafficking/order-49-2022`. */
  readonly id: string;
  /** The standard's id. */
  readonly standard: StandardId;
  /** `binding`, or `draft` for the never-adopted 2017 draft. */
  readonly status: 'binding' | 'draft';
  /** False for the draft: nothing it says binds anyone. */
  readonly binding: boolean;
  /** Title of the standard. */
  readonly title: LocalizedText;
  /** The act that approved the standard. */
  readonly act: Act;
  /** The act that gave this version its wording (the approving act or an amending act). */
  readonly edition: Act;
  /** First day in force (or its earliest possible day). */
  readonly start: VersionStart;
  /** Last day in force; null while no later act is known. */
  readonly end: VersionEnd | null;
  /** Places whose wording in this version is not in the encoded source, or that did not exist yet. */
  readonly notEncoded: ReadonlyArray<{
    /** The place in the text. */
    target: TextTarget;
    /** Why its wording in this version is not the encoded one. */
    status: Exclude<ParagraphStatus, { status: 'encoded' }>;
  }>;
  /** The encoded text's cited data (parameters, lists, rules, options). */
  readonly rules: RuleFile;
  /** Citations of the acts behind this version. */
  readonly citations: readonly Citation[];
}

/** Why an answer may be wrong: a date the library could only bound. */
export interface Uncertainty {
  /** The only kind so far: an inferred day of entry into force. */
  readonly kind: 'entry-into-force-inferred';
  /** Id of the act whose entry into force is inferred. */
  readonly act: string;
  /** Earliest possible day of entry into force of `act`. */
  readonly earliest: IsoDate;
  /** The answer holds only if `act` was first officially published on or before this day. */
  readonly requiresPublicationOnOrBefore: IsoDate;
  /** What applies otherwise: the previous version id, or null when the standard was not yet in force. */
  readonly otherwise: string | null;
}

/** The version in force on a date, with what is uncertain about that answer. */
export interface ResolvedVersion {
  /** The date asked about. */
  readonly asOf: IsoDate;
  /** The version in force on `asOf`. */
  readonly version: StandardVersion;
  /** True when no inferred date can change the answer. */
  readonly certain: boolean;
  /** What could make the answer wrong (empty when `certain`). */
  readonly uncertainties: readonly Uncertainty[];
  /** Status of a paragraph's wording on this date: encoded, amended later, or not yet added. */
  paragraph(target: TextTarget): ParagraphStatus;
  /** Throws {@link WordingNotEncodedError} / {@link ParagraphNotInForceError} unless the cited wording is the encoded one. */
  require(citation: Citation): void;
}

/** A standard with its versions, as listed by {@link Registry.list}. */
export interface StandardSummary {
  /** The standard's id. */
  readonly id: StandardId;
  /** `binding`, or `draft` for the never-adopted 2017 draft. */
  readonly status: 'binding' | 'draft';
  /** Title of the standard. */
  readonly title: LocalizedText;
  /** The approving act. */
  readonly act: Act;
  /** Its versions in date order. */
  readonly versions: readonly StandardVersion[];
  /** First day in force (or earliest possible), null for a draft. */
  readonly from: VersionStart;
  /** Repeal, when the sources record one. */
  readonly repeal: {
    /** Id of the repealing act. */
    readonly by: string;
    /** First day on which the standard is no longer in force. */
    readonly effective: IsoDate;
    /** Last day in force. */
    readonly lastDay: IsoDate;
    /** Where the repeal is stated. */
    readonly citation: Citation;
  } | null;
  /** The acts in force before the standard (not encoded), when the sources name them. */
  readonly predecessor: {
    /** Their ids in `rules/acts.json`. */
    readonly acts: readonly string[];
    /** What the sources say about them. */
    readonly note: string;
  } | null;
  /** What the sources say about the standard's successor after its repeal. */
  readonly successorNote: string | null;
}

/** Options of {@link Registry.at}. */
export interface AtOptions {
  /** Return the never-adopted 2017 draft (marked non-binding) instead of refusing it. Default false. */
  readonly includeDrafts?: boolean;
}

/** Options of {@link createRegistry}. */
export interface RegistryOptions {
  /**
   * First official publication dates the caller knows (from the official gazette or Adilet),
   * by act id. They turn an inferred entry into force into a computed one.
   */
  readonly publicationDates?: Readonly<Record<string, string>>;
}

/**
 * The standards, their versions and the acts behind them, answering "which version is in force on
 * this day". {@link standards} is the registry over the bundled data; {@link createRegistry} makes
 * one with publication dates the caller knows.
 */
export interface Registry {
  /** Every encoded standard (drafts included, marked), with its versions and period of force. */
  list(): readonly StandardSummary[];
  /** One standard with its versions in date order. */
  history(id: string): StandardSummary;
  /** The version of `id` in force on `asOf` (YYYY-MM-DD), or a typed error. */
  at(id: string, asOf: string, options?: AtOptions): ResolvedVersion;
  /** An act of the registry by id. */
  act(id: string): Act;
  /** Every act the registry knows, encoded or not. */
  acts(): readonly Act[];
}

const RegistryOptionsSchema = z
  .object({ publicationDates: z.record(z.string(), IsoDateSchema).optional() })
  .strict();

const AtOptionsSchema = z.object({ includeDrafts: z.boolean().optional() }).strict();

function startOf(act: Act, publicationDates: Readonly<Record<string, string>>): VersionStart {
  const e = act.entryIntoForce;
  const published = publicationDates[act.id];
  if (e.certainty === 'inferred' && published !== undefined && e.afterPublication) {
    return {
      date: addDaysIso(published, e.afterPublication.calendarDays + 1),
      certainty: 'from-publication',
      act: act.id,
      reasoning: `${e.reasoning} Publication date supplied by the caller: ${published}.`,
      citation: e.citation,
    };
  }
  if (e.certainty === 'inferred') {
    return { date: e.earliest ?? null, certainty: 'inferred', act: act.id, reasoning: e.reasoning, citation: e.citation };
  }
  if (e.certainty === 'stated') return { date: e.date, certainty: 'stated', act: act.id, reasoning: e.reasoning, citation: e.citation };
  return { date: null, certainty: 'never', act: act.id, reasoning: e.reasoning, citation: e.citation };
}

/**
 * Status of a place of the text in a version: encoded, amended by a later act (its wording on the
 * version's dates is not in the encoded source), or added later.
 *
 * @example
 * ```ts
 * paragraphStatusIn(standards.at('trafficking', '2017-06-01').version, { part: 'standard', paragraph: '13-1' }).status; // 'not-in-force'
 * ```
 */
export function paragraphStatusIn(version: StandardVersion, target: TextTarget): ParagraphStatus {
  for (const entry of version.notEncoded) if (targetMatches(entry.target, target)) return entry.status;
  return { status: 'encoded' };
}

function targetMatches(change: TextTarget, target: TextTarget): boolean {
  if (change.part !== target.part || change.annex !== target.annex) return false;
  return change.paragraph === undefined || change.paragraph === target.paragraph;
}

function statusIn(amendmentsAfter: readonly Amendment[], target: TextTarget): ParagraphStatus {
  // the earliest later amendment that touches the place decides what the reader must be told
  for (const amendment of amendmentsAfter) {
    for (const change of amendment.changes) {
      if (!targetMatches(change.target, target)) continue;
      return change.kind === 'added'
        ? { status: 'not-in-force', addedBy: amendment.act, citation: change.citation }
        : { status: 'wording-not-encoded', amendedBy: amendment.act, citation: change.citation };
    }
  }
  return { status: 'encoded' };
}

/** Where a citation of a standard's text sits, as an amendment target (what `require` checks). @internal */
export function citationTarget(c: Citation): TextTarget {
  return c.paragraph === undefined
    ? { part: c.part, ...(c.annex === undefined ? {} : { annex: c.annex }) }
    : { part: c.part, ...(c.annex === undefined ? {} : { annex: c.annex }), paragraph: c.paragraph };
}

function checkReferences(data: LawData): void {
  const problems: { path: (string | number)[]; message: string }[] = [];
  for (const [id, s] of data.standards) {
    if (!data.acts.has(s.act)) problems.push({ path: [id, 'act'], message: `unknown act ${s.act}` });
    s.amendments.forEach((a, i) => {
      if (!data.acts.has(a.act)) problems.push({ path: [id, 'amendments', i, 'act'], message: `unknown act ${a.act}` });
    });
    s.predecessor?.acts.forEach((a, i) => {
      if (!data.acts.has(a)) problems.push({ path: [id, 'predecessor', 'acts', i], message: `unknown act ${a}` });
    });
    const rf = data.ruleFiles.get(id);
    if (rf && rf.standard !== id) problems.push({ path: [id, 'ruleFile'], message: `rule file names standard ${rf.standard}` });
  }
  for (const act of data.acts.values()) {
    if (act.repeal && !data.acts.has(act.repeal.by)) problems.push({ path: [act.id, 'repeal', 'by'], message: `unknown act ${act.repeal.by}` });
  }
  if (problems.length > 0) throw new RuleFileInvalidError('rules/', problems);
}

function buildStandard(
  id: StandardId,
  file: StandardFile,
  rules: RuleFile,
  acts: ReadonlyMap<string, Act>,
  publicationDates: Readonly<Record<string, string>>,
): StandardSummary {
  const act = acts.get(file.act) as Act;
  const amendments = file.amendments
    .map((a) => ({ amendment: a, act: acts.get(a.act) as Act }))
    .map((a) => ({ ...a, start: startOf(a.act, publicationDates) }))
    .sort((x, y) => (x.start.date ?? '').localeCompare(y.start.date ?? ''));
  const editions = [{ act, start: startOf(act, publicationDates), amendment: undefined as Amendment | undefined }, ...amendments];
  const repeal = act.repeal
    ? { by: act.repeal.by, effective: act.repeal.effective, lastDay: addDaysIso(act.repeal.effective, -1), citation: act.repeal.citation }
    : null;
  const versions: StandardVersion[] = editions.map((edition, i) => {
    const next = editions[i + 1];
    const later = amendments.slice(i).map((a) => a.amendment);
    const notEncoded = later.flatMap((a) =>
      a.changes.map((c) => ({ target: c.target, status: statusIn([a], c.target) as Exclude<ParagraphStatus, { status: 'encoded' }> })),
    );
    let end: VersionEnd | null = null;
    if (next && next.start.date !== null) {
      end = { lastDay: addDaysIso(next.start.date, -1), certainty: next.start.certainty, reason: 'amended', by: next.act.id, citation: next.start.citation };
    } else if (repeal) {
      end = { lastDay: repeal.lastDay, certainty: 'stated', reason: 'repealed', by: repeal.by, citation: repeal.citation };
    }
    const citations = [file.approvedBy, ...edition.act.citations, edition.start.citation, ...(act.repeal ? [act.repeal.citation] : [])];
    return {
      id: `${id}/${edition.act.id}`,
      standard: id,
      status: file.status,
      binding: file.status === 'binding',
      title: file.title,
      act,
      edition: edition.act,
      start: edition.start,
      end,
      notEncoded,
      rules,
      citations,
    };
  });
  return {
    id,
    status: file.status,
    title: file.title,
    act,
    versions,
    from: editions[0]?.start as VersionStart,
    repeal,
    predecessor: file.predecessor ?? null,
    successorNote: file.successor?.note ?? null,
  };
}

function resolved(summary: StandardSummary, index: number, asOf: IsoDate): ResolvedVersion {
  const version = summary.versions[index] as StandardVersion;
  const uncertainties: Uncertainty[] = [];
  if (version.start.certainty === 'inferred' && version.start.date !== null) {
    const days = version.edition.entryIntoForce.afterPublication?.calendarDays ?? 0;
    uncertainties.push({
      kind: 'entry-into-force-inferred',
      act: version.edition.id,
      earliest: version.start.date,
      requiresPublicationOnOrBefore: addDaysIso(asOf, -(days + 1)),
      otherwise: index === 0 ? null : (summary.versions[index - 1] as StandardVersion).id,
    });
  }
  const paragraph = (target: TextTarget): ParagraphStatus => paragraphStatusIn(version, target);
  return {
    asOf,
    version,
    certain: uncertainties.length === 0,
    uncertainties,
    paragraph,
    require(citation: Citation): void {
      const s = paragraph(citationTarget(citation));
      if (s.status === 'wording-not-encoded') {
        const amending = summary.versions.find((v) => v.edition.id === s.amendedBy);
        throw new WordingNotEncodedError({ version: version.id, citation, amendedBy: s.amendedBy, amendedEffective: amending?.start.date ?? null });
      }
      if (s.status === 'not-in-force') throw new ParagraphNotInForceError({ version: version.id, citation, addedBy: s.addedBy });
    },
  };
}

/** Registries made by {@link createRegistry}. */
const builtHere = new WeakSet<Registry>();

/**
 * Builds a registry over the bundled rule data; `publicationDates` settle inferred dates. A
 * publication date the caller knows (from the official gazette or Adilet) turns an act's inferred
 * entry into force into a computed one (`from-publication`) and removes the uncertainty.
 *
 * @throws {@link InvalidInputError} for an unknown act, an act whose entry into force does not
 *   depend on publication, or a publication date before the act could have been published.
 * @example
 * ```ts
 * import { createRegistry } from 'kz-social-standards';
 * const registry = createRegistry({ publicationDates: { 'order-49-2022': '2022-02-10' } });
 * const r = registry.at('trafficking', '2022-03-04');
 * r.certain;                 // true
 * r.version.start;           // { date: '2022-02-21', certainty: 'from-publication', act: 'order-49-2022', … }
 * createRegistry({ publicationDates: { 'order-165-2023': '2023-06-15' } }); // InvalidInputError
 * ```
 */
export function createRegistry(options: RegistryOptions = {}): Registry {
  const opts = parseInput(RegistryOptionsSchema, options, 'registry options');
  const data = lawData();
  checkReferences(data);
  const publicationDates = opts.publicationDates ?? {};
  for (const [actId, published] of Object.entries(publicationDates)) {
    const act = data.acts.get(actId);
    if (!act) throw new InvalidInputError('registry options', [{ path: ['publicationDates', actId], code: 'unknown_act', message: `unknown act ${actId}` }]);
    const e = act.entryIntoForce;
    if (e.certainty !== 'inferred' || !e.afterPublication || e.earliest === undefined) {
      throw new InvalidInputError('registry options', [
        { path: ['publicationDates', actId], code: 'not_inferred', message: `the entry into force of ${actId} does not depend on a publication date` },
      ]);
    }
    if (addDaysIso(published, e.afterPublication.calendarDays + 1) < e.earliest) {
      throw new InvalidInputError('registry options', [
        { path: ['publicationDates', actId], code: 'too_early', message: `${actId} cannot have been published before ${addDaysIso(e.earliest, -(e.afterPublication.calendarDays + 1))}` },
      ]);
    }
  }
  const summaries = new Map<StandardId, StandardSummary>();
  for (const id of STANDARD_IDS) {
    summaries.set(id, buildStandard(id, data.standards.get(id) as StandardFile, data.ruleFiles.get(id) as RuleFile, data.acts, publicationDates));
  }
  const get = (id: string): StandardSummary => {
    const s = summaries.get(id as StandardId);
    if (!s) throw new UnknownStandardError(String(id), STANDARD_IDS);
    return s;
  };
  const built: Registry = {
    list: () => [...summaries.values()],
    history: get,
    acts: () => [...data.acts.values()],
    act(id: string): Act {
      const a = data.acts.get(id);
      if (!a) throw new InvalidInputError('act id', [{ path: ['act'], code: 'unknown_act', message: `unknown act ${id}` }]);
      return a;
    },
    at(id: string, asOf: string, atOptions: AtOptions = {}): ResolvedVersion {
      const summary = get(id);
      if (!isIsoDate(asOf)) throw new InvalidDateError(['asOf']);
      const o = parseInput(AtOptionsSchema, atOptions, 'options');
      if (summary.status === 'draft') {
        if (!o.includeDrafts) throw new DraftNotBindingError(summary.id);
        return resolved(summary, summary.versions.length - 1, asOf);
      }
      const first = summary.from;
      if (first.date === null || asOf < first.date) {
        throw new NotYetInForceError({
          standard: summary.id,
          asOf,
          effective: { date: first.date, certainty: first.certainty, act: first.act, citation: first.citation },
          predecessors: summary.predecessor?.acts ?? [],
          predecessorNote: summary.predecessor?.note,
        });
      }
      if (summary.repeal && asOf >= summary.repeal.effective) {
        throw new RepealedError({
          standard: summary.id,
          asOf,
          repealedBy: summary.repeal.by,
          effective: summary.repeal.effective,
          citation: summary.repeal.citation,
          note: summary.successorNote ?? undefined,
        });
      }
      let index = 0;
      summary.versions.forEach((v, i) => {
        if (v.start.date !== null && v.start.date <= asOf) index = i;
      });
      return resolved(summary, index, asOf);
    },
  };
  builtHere.add(built);
  return built;
}

/**
 * True for a registry made by this module (by {@link createRegistry}, or the default one): there,
 * what `paragraph` and `require` answer depends only on the version resolved (not on the day
 * within it), so callers may remember it per version. Another implementation of
 * {@link Registry} gets no such promise. @internal
 */
export function wordingIsPerVersion(registry: Registry): boolean {
  return registry === standards || builtHere.has(registry);
}

let defaultRegistry: Registry | undefined;

/**
 * The registry of the six standards over the bundled data, with no publication dates supplied.
 *
 * @example
 * ```ts
 * import { standards } from 'kz-social-standards';
 * const r = standards.at('trafficking', '2022-03-04');
 * r.version.id;      // 'trafficking/order-49-2022'
 * r.certain;         // false: No.49's entry into force is inferred
 * r.uncertainties[0]?.requiresPublicationOnOrBefore; // '2022-02-21'
 * r.version.rules.parameters['contract.term-months']?.value; // 6
 * standards.at('education-centers', '2024-01-10').certain; // true: Order No.165 states 01.07.2023
 * standards.at('trafficking', '2023-07-01');  // RepealedError
 * standards.at('foster-families', '2023-06-30'); // NotYetInForceError
 * standards.list().length; // 6
 * ```
 */
export const standards: Registry = {
  list: () => registry().list(),
  history: (id) => registry().history(id),
  at: (id, asOf, options) => registry().at(id, asOf, options),
  act: (id) => registry().act(id),
  acts: () => registry().acts(),
};

function registry(): Registry {
  defaultRegistry ??= createRegistry();
  return defaultRegistry;
}
