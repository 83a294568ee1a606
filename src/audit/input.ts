import { z } from 'zod';
import { CaseEventSchema, CaseFactsSchema, CaseSchema, type Case } from '../schema/case.js';
import { EventTypeSchema } from '../schema/case-events.js';
import { IsoDateSchema } from '../schema/date.js';
import { parseInput } from '../schema/parse.js';
import type { AuditOptions } from './context.js';

/**
 * Validation of the audit's input, fast. The zod schemas ({@link CaseSchema}, the audit options)
 * stay the definition: a case or options object is first checked by hand for the plain,
 * well-formed shape that nearly every caller sends — plain objects, only known keys, no
 * `undefined` values, every value of the right type and pattern. Such input is exactly what the
 * schema accepts, and is used as it is (it is only read). Anything else, valid or not, goes
 * through zod, which returns the parsed value or throws the usual `InvalidInputError` naming the
 * paths. test/audit/input.test.ts checks on generated inputs that the hand check never accepts what
 * zod refuses and gives the same value.
 *
 * @internal
 */

/** The audit options' schema. */
export const AuditOptionsSchema = z
  .object({
    asOf: IsoDateSchema,
    options: z.record(z.string(), z.string()).optional(),
    calendar: z.custom<NonNullable<AuditOptions['calendar']>>((v) => typeof v === 'object' && v !== null).optional(),
    registry: z.custom<NonNullable<AuditOptions['registry']>>((v) => typeof v === 'object' && v !== null).optional(),
    includeDrafts: z.boolean().optional(),
  })
  .strict();
export type ParsedAuditOptions = z.output<typeof AuditOptionsSchema>;

const CASE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const ID = /^[a-z0-9-]+$/;
const STANDARDS: ReadonlySet<string> = new Set(CaseSchema.shape.standard.options);
const EVENT_TYPES: ReadonlySet<string> = new Set(EventTypeSchema.options);

/** A plain object (`{}` or `Object.create(null)`), not an array or a class instance. */
function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const isId = (v: unknown): boolean => typeof v === 'string' && ID.test(v);
const isBool = (v: unknown): boolean => typeof v === 'boolean';

/** Digit at position i of s, or -1. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** `YYYY-MM-DD` at the start of s, a real calendar date ({@link isIsoDate}'s rule, without a regex). */
function dateAt(s: string): boolean {
  const y0 = digit(s, 0);
  const y1 = digit(s, 1);
  const y2 = digit(s, 2);
  const y3 = digit(s, 3);
  const m0 = digit(s, 5);
  const m1 = digit(s, 6);
  const d0 = digit(s, 8);
  const d1 = digit(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const mo = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31);
}

/** {@link IsoDateSchema}: `YYYY-MM-DD`, a real date. */
const isDate = (v: unknown): v is string => typeof v === 'string' && v.length === 10 && dateAt(v);

/** The case schema's local date-time: `YYYY-MM-DDTHH:mm` (hours 00–23, minutes 00–59), a real date. */
function isLocalDateTime(v: unknown): v is string {
  if (typeof v !== 'string' || v.length !== 16 || v.charCodeAt(10) !== 84 || v.charCodeAt(13) !== 58 || !dateAt(v)) return false;
  const h0 = digit(v, 11);
  const h1 = digit(v, 12);
  const n0 = digit(v, 14);
  return h0 >= 0 && h1 >= 0 && (h0 < 2 || (h0 === 2 && h1 <= 3)) && n0 >= 0 && n0 <= 5 && digit(v, 15) >= 0;
}

/** Keeps the validators of the keys the schema has: a key it drops is then refused here too. */
function known(schemaKeys: readonly string[], fields: Record<string, (v: unknown) => boolean>): ReadonlyMap<string, (v: unknown) => boolean> {
  const out = new Map<string, (v: unknown) => boolean>();
  for (const key of schemaKeys) {
    const ok = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : undefined;
    if (ok !== undefined) out.set(key, ok);
  }
  return out;
}

/** Per key of an event, whether a (defined) value is valid; keys not listed go to zod. */
const EVENT_FIELDS = known(Object.keys(CaseEventSchema.shape), {
  type: (v) => typeof v === 'string' && EVENT_TYPES.has(v),
  date: isDate,
  at: isLocalDateTime,
  end: isDate,
  endAt: isLocalDateTime,
  result: (v) => v === 'identified' || v === 'not-identified',
  route: isId,
  ground: isId,
  months: (v) => typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= 120,
  item: isId,
  reason: isId,
  notified: isBool,
  participants: (v) => Array.isArray(v) && Object.getPrototypeOf(v) === Array.prototype && everyIndex(v, isId),
  writtenRequest: isBool,
  writtenConsent: isBool,
  withRepresentative: isBool,
});
const FACT_FIELDS = known(Object.keys(CaseFactsSchema.shape), {
  pretrialVictimStatus: isBool,
  category: isId,
  minor: isBool,
});
const CASE_KEYS: ReadonlySet<string> = new Set(['id', 'standard', 'facts', 'events'].filter((k) => k in CaseSchema.shape));

/** Every element (holes included, as `undefined`) passes. */
function everyIndex(a: readonly unknown[], ok: (v: unknown) => boolean): boolean {
  for (let i = 0; i < a.length; i++) if (!ok(a[i])) return false;
  return true;
}

/** Only own keys of `fields`, each with a defined, valid value. */
function fieldsOk(o: Record<string, unknown>, fields: ReadonlyMap<string, (v: unknown) => boolean>): boolean {
  for (const key in o) {
    if (!Object.prototype.hasOwnProperty.call(o, key)) return false;
    const ok = fields.get(key);
    const v = o[key];
    if (ok === undefined || v === undefined || !ok(v)) return false;
  }
  return true;
}

function eventOk(e: unknown): boolean {
  if (!isPlain(e) || e['type'] === undefined || !fieldsOk(e, EVENT_FIELDS)) return false;
  // the schema's refinements: a date or a moment; both agree; a period does not end before it starts
  const date = e['date'] as string | undefined;
  const at = e['at'] as string | undefined;
  if (date === undefined && at === undefined) return false;
  if (date !== undefined && at !== undefined && at.slice(0, 10) !== date) return false;
  const start = at ?? date ?? '';
  const end = (e['endAt'] ?? e['end']) as string | undefined;
  return end === undefined || !(end < start.slice(0, end.length));
}

/** The case, validated: by hand when it is plainly well-formed, else by {@link CaseSchema}. */
export function parseCase(input: unknown): Case {
  if (isPlain(input) && fastCaseOk(input)) {
    const facts = input['facts'] as Case['facts'] | undefined;
    return { id: input['id'] as string, standard: input['standard'] as Case['standard'], facts: facts ?? {}, events: input['events'] as Case['events'] };
  }
  return parseInput(CaseSchema, input, 'case');
}

function fastCaseOk(c: Record<string, unknown>): boolean {
  for (const key in c) {
    if (!CASE_KEYS.has(key) || !Object.prototype.hasOwnProperty.call(c, key) || c[key] === undefined) return false;
  }
  const id = c['id'];
  if (typeof id !== 'string' || !CASE_ID.test(id)) return false;
  const standard = c['standard'];
  if (typeof standard !== 'string' || !STANDARDS.has(standard)) return false;
  const facts = c['facts'];
  if (facts !== undefined && !(isPlain(facts) && fieldsOk(facts, FACT_FIELDS))) return false;
  const events = c['events'];
  if (!Array.isArray(events) || Object.getPrototypeOf(events) !== Array.prototype) return false;
  return everyIndex(events, eventOk);
}

/** The audit options, validated: by hand when plainly well-formed, else by zod. */
export function parseAuditOptions(options: unknown): ParsedAuditOptions {
  if (isPlain(options) && fastOptionsOk(options)) return options as ParsedAuditOptions;
  return parseInput(AuditOptionsSchema, options, 'audit options');
}

function fastOptionsOk(o: Record<string, unknown>): boolean {
  for (const key in o) {
    if (!Object.prototype.hasOwnProperty.call(o, key)) return false;
    const v = o[key];
    if (v === undefined) return false;
    switch (key) {
      case 'asOf':
        if (!isDate(v)) return false;
        break;
      case 'options':
        // zod's record reads symbol keys too and drops a `__proto__` key: leave those to it
        if (!isPlain(v) || Object.getOwnPropertySymbols(v).length > 0) return false;
        for (const name in v) if (name === '__proto__' || !Object.prototype.hasOwnProperty.call(v, name) || typeof v[name] !== 'string') return false;
        break;
      case 'calendar':
      case 'registry':
        if (typeof v !== 'object' || v === null) return false;
        break;
      case 'includeDrafts':
        if (typeof v !== 'boolean') return false;
        break;
      default:
        return false;
    }
  }
  return o['asOf'] !== undefined;
}
