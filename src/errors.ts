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
  readonly path: ReadonlyArray<string | number>;
  readonly code: string;
  readonly message: string;
}

/** Base class of every error thrown by kz-social-standards. */
export class KzssError extends Error {
  readonly code: KzssErrorCode;
  readonly path: ReadonlyArray<string | number>;
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
