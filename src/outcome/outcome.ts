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
/** What the law says about a question (see {@link OutcomeStatusSchema}). */
export type OutcomeStatus = z.infer<typeof OutcomeStatusSchema>;

/**
 * One rule consulted. Only ids and boolean results: a trace never holds a fact's value, so it
 * can be logged without exposing personal data.
 */
export const TraceEntrySchema = z
  .object({
    /** Id of the rule being evaluated. */
    rule: z.string(),
    /** What was consulted: the version in force, a parameter, a list, a condition, an option or the calendar. */
    step: z.enum(['version', 'parameter', 'list', 'condition', 'option', 'calendar']),
    /** Id of the parameter, list, condition, option or version consulted. */
    ref: z.string().describe('Id of the parameter, list, condition, option or version consulted'),
    /** Result of a condition: true, false, `missing` (a fact was absent) or `skipped`. */
    result: z.union([z.boolean(), z.literal('missing'), z.literal('skipped')]).optional(),
    /** The law behind the step. */
    citation: CitationSchema.optional(),
  })
  .strict();
/** One rule consulted, with ids and boolean results only (see {@link TraceEntrySchema}). */
export type TraceEntry = z.infer<typeof TraceEntrySchema>;

const MessageKeySchema = z.enum(Object.keys(MESSAGES) as [MessageKey, ...MessageKey[]]);

/** Schema of an {@link Outcome}: the answer of every check, with its citations and trace. */
export const OutcomeSchema = z
  .object({
    /** What the law says. */
    status: OutcomeStatusSchema,
    /** Id of the rule that decided. */
    rule: z.string().describe('Id of the rule that decided'),
    /** Id of the standard. */
    standard: z.string(),
    /** Id of the standard version applied. */
    version: z.string().describe('Id of the standard version applied'),
    /** False when the version is the never-adopted draft. */
    binding: z.boolean().describe('False when the version is the never-adopted draft'),
    /** The paragraphs of law the answer rests on, with their quotes. */
    citations: z.array(CitationSchema),
    /** The explanation as a catalogue key and parameters; render it with `describeOutcome`. */
    message: z
      .object({
        /** Key of the message catalogue. */
        key: MessageKeySchema,
        /** Values of the message's placeholders (ids, dates, counts — never case facts). */
        params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
      })
      .strict(),
    /** Every rule, parameter, list and condition consulted, in order. */
    trace: z.array(TraceEntrySchema),
  })
  .strict();
/** The answer of a check: status, rule, version applied, citations, message and trace. */
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
