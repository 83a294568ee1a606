import { KzssError } from '../errors.js';
import type { IsoDate } from '../schema/date.js';
import type { Citation } from './citation.js';

/** The id is not one of the encoded standards. */
export class UnknownStandardError extends KzssError {
  constructor(id: string, known: readonly string[]) {
    super('UNKNOWN_STANDARD', `unknown standard "${id}"; known: ${known.join(', ')}`, {
      path: ['standard'],
      details: { standard: id, known },
    });
    this.name = 'UnknownStandardError';
  }
}

/** The standard was not yet in force on the date asked about. */
export class NotYetInForceError extends KzssError {
  /** The standard asked about. */
  readonly standard: string;
  /** The date asked about. */
  readonly asOf: IsoDate;
  /** First day in force, or its earliest possible day when the date is only inferred. */
  readonly effective: {
    /** The day, or the earliest possible day; null for a draft. */
    date: IsoDate | null;
    /** How the day is known (`stated`, `inferred`, `from-publication`). */
    certainty: string;
    /** The act whose entry into force starts the standard. */
    act: string;
    /** Where the text states the date or the rule. */
    citation: Citation;
  };
  /** Acts in force before it, when the sources name them (their text is not encoded). */
  readonly predecessors: readonly string[];

  constructor(args: {
    standard: string;
    asOf: IsoDate;
    effective: { date: IsoDate | null; certainty: string; act: string; citation: Citation };
    predecessors: readonly string[];
    predecessorNote?: string | undefined;
  }) {
    const when =
      args.effective.certainty === 'inferred'
        ? `not before ${args.effective.date} (inferred: ${args.effective.act} takes effect after publication)`
        : `from ${args.effective.date} (${args.effective.act})`;
    const before =
      args.predecessors.length > 0
        ? `; in force before it: ${args.predecessors.join(', ')}, which are not encoded`
        : '';
    super('NOT_YET_IN_FORCE', `standard "${args.standard}" is not in force on ${args.asOf}: in force ${when}${before}`, {
      path: ['asOf'],
      details: { ...args },
    });
    this.name = 'NotYetInForceError';
    this.standard = args.standard;
    this.asOf = args.asOf;
    this.effective = args.effective;
    this.predecessors = args.predecessors;
  }
}

/** The standard had been repealed by the date asked about. */
export class RepealedError extends KzssError {
  /** The standard asked about. */
  readonly standard: string;
  /** The date asked about. */
  readonly asOf: IsoDate;
  /** Id of the repealing act. */
  readonly repealedBy: string;
  /** Day the repeal took effect: the standard's last day in force is the day before. */
  readonly effective: IsoDate;
  /** Where the repeal is stated. */
  readonly citation: Citation;

  constructor(args: { standard: string; asOf: IsoDate; repealedBy: string; effective: IsoDate; citation: Citation; note?: string | undefined }) {
    super(
      'REPEALED',
      `standard "${args.standard}" is not in force on ${args.asOf}: repealed by ${args.repealedBy} with effect from ${args.effective}` +
        (args.note ? `; ${args.note}` : ''),
      { path: ['asOf'], details: { ...args } },
    );
    this.name = 'RepealedError';
    this.standard = args.standard;
    this.asOf = args.asOf;
    this.repealedBy = args.repealedBy;
    this.effective = args.effective;
    this.citation = args.citation;
  }
}

/** A draft was asked for without the explicit opt-in: drafts are never binding. */
export class DraftNotBindingError extends KzssError {
  constructor(standard: string) {
    super(
      'DRAFT_NOT_BINDING',
      `standard "${standard}" is a draft that was never adopted and is never binding; pass { includeDrafts: true } to read it as a non-binding version`,
      { path: ['standard'], details: { standard } },
    );
    this.name = 'DraftNotBindingError';
  }
}

/** The paragraph's wording on the date asked about is older than the encoded (consolidated) text. */
export class WordingNotEncodedError extends KzssError {
  constructor(args: { version: string; citation: Citation; amendedBy: string; amendedEffective: IsoDate | null }) {
    super(
      'WORDING_NOT_ENCODED',
      `the wording of ${args.citation.part}${args.citation.annex ? ` annex ${args.citation.annex}` : ''}${
        args.citation.paragraph ? ` p.${args.citation.paragraph}` : ''
      } in version ${args.version} is not in the encoded source: the source shows it as amended by ${args.amendedBy}`,
      { details: { ...args } },
    );
    this.name = 'WordingNotEncodedError';
  }
}

/** The paragraph did not exist yet in the version asked about (it was added by a later act). */
export class ParagraphNotInForceError extends KzssError {
  constructor(args: { version: string; citation: Citation; addedBy: string }) {
    super(
      'PARAGRAPH_NOT_IN_FORCE',
      `p.${args.citation.paragraph ?? '?'} is not part of version ${args.version}: it was added by ${args.addedBy}`,
      { details: { ...args } },
    );
    this.name = 'ParagraphNotInForceError';
  }
}

/** A rule or registry file failed its schema. */
export class RuleFileInvalidError extends KzssError {
  constructor(file: string, issues: ReadonlyArray<{ path: ReadonlyArray<string | number>; message: string }>) {
    const first = issues[0];
    super('RULE_FILE_INVALID', `${file}: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}`, {
      path: first?.path ?? [],
      details: { file, issues },
    });
    this.name = 'RuleFileInvalidError';
  }
}
