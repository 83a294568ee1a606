import type { z } from 'zod';
import { InvalidInputError, type InputIssue } from '../errors.js';

/** Maps zod issues to paths and messages. Values are never copied: they may be personal data. */
export function toInputIssues(error: z.ZodError): InputIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    code: issue.code,
    message: issue.message,
  }));
}

/** Validates `value` against `schema`, or throws an {@link InvalidInputError} naming the paths. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new InvalidInputError(what, toInputIssues(result.error));
}
