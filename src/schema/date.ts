import { z } from 'zod';
import { addDays } from 'date-fns';
import { UTCDate } from '@date-fns/utc';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD` (no time, no zone). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] as number;
  return d <= days;
}

/** An ISO calendar date `YYYY-MM-DD`. Compared as strings, which orders them by time. */
export const IsoDateSchema = z
  .string()
  .regex(ISO_DATE, 'expected a calendar date as YYYY-MM-DD')
  .refine(isIsoDate, { message: 'expected a calendar date as YYYY-MM-DD' })
  .describe('Calendar date, ISO 8601 YYYY-MM-DD, no time zone');

/** An ISO calendar date `YYYY-MM-DD` (a string; see {@link IsoDateSchema}). */
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** `date` plus `days` calendar days (negative to go back). Pure and identical in every time zone. */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return formatUtc(addDays(parseUtc(date), days));
}

/** The ISO date as a UTC midnight, so date-fns arithmetic does not depend on the process time zone. */
export function parseUtc(date: IsoDate): UTCDate {
  return new UTCDate(`${date}T00:00:00Z`);
}

export function formatUtc(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}
