import { z } from 'zod';
import { IsoDateSchema } from './date.js';
import { EventTypeSchema } from './case-events.js';

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

/** A local (Kazakhstan) date-time `YYYY-MM-DDTHH:mm`, no zone: hours and сутки are counted on these. */
export const LocalDateTimeSchema = z
  .string()
  .regex(LOCAL_DATE_TIME, 'expected a local date-time as YYYY-MM-DDTHH:mm')
  .refine((v) => IsoDateSchema.safeParse(v.slice(0, 10)).success, { message: 'expected a real calendar date' })
  .describe('Local date-time in Kazakhstan, YYYY-MM-DDTHH:mm, no time zone');
/** A local (Kazakhstan) date-time `YYYY-MM-DDTHH:mm`, no zone (see {@link LocalDateTimeSchema}). */
export type LocalDateTime = z.infer<typeof LocalDateTimeSchema>;

const ID = /^[a-z0-9-]+$/;

/**
 * One event of a case. `date` (or `at`, a local date-time, for events counted in hours or
 * сутки) says when it happened; `end` / `endAt` close a period (a plan, a stay in hospital, an
 * absence, a day-stay visit). The other fields are ids from the standard's lists, never free
 * text: a case log carries no personal data.
 */
export const CaseEventSchema = z
  .object({
    /** What happened (one vocabulary for all standards). */
    type: EventTypeSchema,
    /** Day it happened; `date` or `at` is required. */
    date: IsoDateSchema.optional(),
    /** Local date-time it happened, for events counted in hours or сутки; must agree with `date` when both are given. */
    at: LocalDateTimeSchema.optional(),
    /** Last day of a period (a plan, a stay in hospital, an absence). */
    end: IsoDateSchema.optional(),
    /** Local date-time a period ended (an absence counted in сутки, a day-stay visit). */
    endAt: LocalDateTimeSchema.optional(),
    /** identification: identified / not-identified. */
    result: z.enum(['identified', 'not-identified']).optional(),
    /** request: admission route id (lists.admission-routes). */
    route: z.string().regex(ID).optional(),
    /** admission: recipient category id (lists.recipient-categories). */
    category: z.string().regex(ID).optional(),
    /** admission: admission basis id (lists.admission-bases). */
    basis: z.string().regex(ID).optional(),
    /** admission: placement form id (lists.placement-forms), where the standard distinguishes them. */
    form: z.string().regex(ID).optional(),
    /** extension, expulsion, completion, refusal: ground id from the matching list. */
    ground: z.string().regex(ID).optional(),
    /** extension: months granted. */
    months: z.number().int().positive().max(120).optional(),
    /** contraindication-found: item id (lists.contraindications). */
    item: z.string().regex(ID).optional(),
    /** absence: reason id (lists.absence.valid-reasons) when the recipient had one. */
    reason: z.string().regex(ID).optional(),
    /** absence: whether the administration was told. */
    notified: z.boolean().optional(),
    /** identification: who took part (ids of lists.identification.participants). */
    participants: z.array(z.string().regex(ID)).optional(),
    /** report-disclosed: on a written request / with the victim's written consent. */
    writtenRequest: z.boolean().optional(),
    /** report-disclosed: with the victim's written consent. */
    writtenConsent: z.boolean().optional(),
    /** child-admitted: whether the child came with a legal representative. */
    withRepresentative: z.boolean().optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.date === undefined && e.at === undefined) ctx.addIssue({ code: 'custom', message: 'an event needs date or at', path: ['date'] });
    if (e.date !== undefined && e.at !== undefined && e.at.slice(0, 10) !== e.date)
      ctx.addIssue({ code: 'custom', message: 'date and at disagree', path: ['at'] });
    const start = e.at ?? e.date ?? '';
    const end = e.endAt ?? e.end;
    if (end !== undefined && end < start.slice(0, end.length)) ctx.addIssue({ code: 'custom', message: 'a period cannot end before it starts', path: [e.endAt ? 'endAt' : 'end'] });
  });
/** One event of a case: a type, when it happened, and ids from the standard's lists (see {@link CaseEventSchema}). */
export type CaseEvent = z.infer<typeof CaseEventSchema>;

/** Facts about the person that are not events (booleans and ids only). */
export const CaseFactsSchema = z
  .object({
    /** p.13-1 of No.138: a pre-trial investigation has begun and the person is recognised as a victim (потерпевший). */
    pretrialVictimStatus: z.boolean().optional(),
    /** Eligibility category id (lists.eligible-persons). */
    category: z.string().regex(ID).optional(),
    /** The recipient is a minor (a child). */
    minor: z.boolean().optional(),
  })
  .strict();
/** Facts about the person that are not events (see {@link CaseFactsSchema}). */
export type CaseFacts = z.infer<typeof CaseFactsSchema>;

/** A case file: an opaque id, the standard it is audited under, facts and the event log. */
export const CaseSchema = z
  .object({
    /** Opaque case id; never a name or document number. */
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, 'an opaque case id (letters, digits, . _ : -; no names)')
      .describe('Opaque case id; never a name or document number'),
    /** Id of the standard the case is audited under. */
    standard: z.enum(['trafficking', 'domestic-violence', 'education-organizations', 'education-centers', 'foster-families', 'draft-2017']),
    /** Facts about the person (default: none). */
    facts: CaseFactsSchema.default({}),
    /** The event log, in any order. */
    events: z.array(CaseEventSchema),
  })
  .strict();
/** A parsed case file, with defaults applied (see {@link CaseSchema}). */
export type Case = z.infer<typeof CaseSchema>;
/** A case file as a caller writes it (`facts` may be omitted). */
export type CaseInput = z.input<typeof CaseSchema>;
