/**
 * Typed errors. Every error the library throws is a {@link KzssError} with a stable `code`
 * and, for bad input, the `path` of the offending field. Messages never contain case facts.
 */

/** Stable machine-readable error codes. */
export type KzssErrorCode =
  | 'INVALID_INPUT'
  | 'INVALID_DATE'
  | 'UNKNOWN_STANDARD'
  | 'UNKNOWN_VERSION'
  | 'NOT_YET_IN_FORCE'
  | 'REPEALED'
  | 'DRAFT_NOT_BINDING'
  | 'WORDING_NOT_ENCODED'
  | 'PARAGRAPH_NOT_IN_FORCE'
  | 'CALENDAR_NOT_COVERED'
  | 'RULE_FILE_INVALID';

/** One problem in an input, located by a path of keys and indexes. */
export interface InputIssue {
  /** Keys and indexes from the input's root to the offending field (`['events', 2, 'date']`). */
  readonly path: ReadonlyArray<string | number>;
  /** Machine-readable kind of problem (zod's issue code, or the library's own such as `unknown_act`). */
  readonly code: string;
  /** English description of the problem; it names the field, never its value. */
  readonly message: string;
}

/** Base class of every error thrown by kz-social-standards. */
export class KzssError extends Error {
  /** Stable machine-readable code; `describeError` renders it in ru, kk or en. */
  readonly code: KzssErrorCode;
  /** Path of the offending input field, when the error is about one (else empty). */
  readonly path: ReadonlyArray<string | number>;
  /** Ids, dates of law and paths that explain the error (never case facts). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: KzssErrorCode,
    message: string,
    options: { path?: ReadonlyArray<string | number>; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KzssError';
    this.code = code;
    this.path = options.path ?? [];
    this.details = options.details ?? {};
  }
}

/** Bad input: the issues say which fields, never which values. */
export class InvalidInputError extends KzssError {
  /** Every problem found, each with its path. */
  readonly issues: readonly InputIssue[];

  constructor(what: string, issues: readonly InputIssue[]) {
    const first = issues[0];
    const where = first && first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
    super('INVALID_INPUT', `invalid ${what}${where}: ${first?.message ?? 'unknown problem'}`, {
      path: first?.path ?? [],
      details: { issues },
    });
    this.name = 'InvalidInputError';
    this.issues = issues;
  }
}

/** A date that is not a valid ISO calendar date `YYYY-MM-DD`. */
export class InvalidDateError extends KzssError {
  constructor(path: ReadonlyArray<string | number> = []) {
    super('INVALID_DATE', 'expected a calendar date as YYYY-MM-DD', { path });
    this.name = 'InvalidDateError';
  }
}
