import { z } from 'zod';
import { CitationSchema, type Citation } from '../law/citation.js';
import { MESSAGES, renderMessage, type Locale, type Message, type MessageKey } from '../i18n/messages.js';

/**
 * What the law says about a question. Beyond compliant / violation: `not-applicable`,
 * `needs-evidence` (a fact the rule needs is missing), `needs-judgement` (the law leaves it to
 * a person) and `not-regulated` (this standard says nothing about it).
 */
export const OutcomeStatusSchema = z.enum([
  'compliant',
  'violation',
  'not-applicable',
  'needs-evidence',
  'needs-judgement',
  'not-regulated',
]);
export type OutcomeStatus = z.infer<typeof OutcomeStatusSchema>;

/**
 * One rule consulted. Only ids and boolean results: a trace never holds a fact's value, so it
 * can be logged without exposing personal data.
 */
export const TraceEntrySchema = z
  .object({
    rule: z.string(),
    step: z.enum(['version', 'parameter', 'list', 'condition', 'option', 'calendar']),
    ref: z.string().describe('Id of the parameter, list, condition, option or version consulted'),
    result: z.union([z.boolean(), z.literal('missing'), z.literal('skipped')]).optional(),
    citation: CitationSchema.optional(),
  })
  .strict();
export type TraceEntry = z.infer<typeof TraceEntrySchema>;

const MessageKeySchema = z.enum(Object.keys(MESSAGES) as [MessageKey, ...MessageKey[]]);

export const OutcomeSchema = z
  .object({
    status: OutcomeStatusSchema,
    rule: z.string().describe('Id of the rule that decided'),
    standard: z.string(),
    version: z.string().describe('Id of the standard version applied'),
    binding: z.boolean().describe('False when the version is the never-adopted draft'),
    citations: z.array(CitationSchema),
    message: z.object({ key: MessageKeySchema, params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])) }).strict(),
    trace: z.array(TraceEntrySchema),
  })
  .strict();
export type Outcome = z.infer<typeof OutcomeSchema>;

/** Builds an outcome; `trace` entries are copied so callers cannot change them afterwards. */
export function makeOutcome(args: {
  status: OutcomeStatus;
  rule: string;
  standard: string;
  version: string;
  binding: boolean;
  citations: readonly Citation[];
  message: Message;
  trace?: readonly TraceEntry[];
}): Outcome {
  return {
    status: args.status,
    rule: args.rule,
    standard: args.standard,
    version: args.version,
    binding: args.binding,
    citations: [...args.citations],
    message: { key: args.message.key, params: { ...args.message.params } },
    trace: (args.trace ?? []).map((t) => ({ ...t })),
  };
}

/** The outcome's message in a locale, prefixed with its status. */
export function describeOutcome(outcome: Outcome, locale: Locale): string {
  const status = renderMessage({ key: `status.${outcome.status}` as MessageKey, params: {} }, locale);
  return `${status}: ${renderMessage(outcome.message as Message, locale)}`;
}
