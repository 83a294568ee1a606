import { z } from 'zod';

/**
 * The kinds of event a case log records. One vocabulary for every standard: a standard's rule
 * file says which events its deadlines start from and which they require.
 */
export const EventTypeSchema = z.enum([
  'request', // обращение / жүгіну: application or referral reaches the organisation
  'admission', // a child admitted or placed (education standards: category, basis, form)
  'victim-recognized', // recognised as a victim by the referring body (start of the referral term)
  'pretrial-victim-status', // pre-trial investigation begun and the person recognised as потерпевший
  'identification', // identification conversation held; result identified / not-identified
  'evaluation-sent', // evaluation sheet and application sent to the authorised body
  'evaluation-received', // … received by the authorised body
  'refusal', // services refused
  'permit', // the authorised body's permit / decision
  'permit-sent', // … sent to the organisation
  'permit-received', // … received by the organisation
  'contract-signed',
  'extension', // contract extended (ground, months)
  'registration-card',
  'information-system-entry',
  'police-refusal', // the recipient refuses to apply to the police
  'police-informed', // the organisation informs the police itself
  'needs-assessment',
  'plan', // individual plan approved (period from–to)
  'monitoring',
  'absence', // left the premises without leave (left / returned date-times)
  'violation', // violation of the internal rules
  'insult-or-breach', // unfounded insults, accusations, breach of the contract
  'hospitalisation', // stay in a health facility (from–to)
  'contraindication-found',
  'expulsion',
  'completion',
  'day-stay', // one day-stay visit (from–to date-times)
  'child-admitted',
  'guardianship-notified',
  'belongings-returned',
  'report-disclosed', // the identification report handed to law-enforcement bodies
]);
/** The type of a case event, one vocabulary for all standards (see {@link EventTypeSchema}). */
export type EventType = z.infer<typeof EventTypeSchema>;
