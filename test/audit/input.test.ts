import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuditOptionsSchema, parseAuditOptions, parseCase } from '../../src/audit/input.js';
import { defaultCalendar } from '../../src/calendar/index.js';
import { InvalidInputError } from '../../src/errors.js';
import { standards } from '../../src/law/registry.js';
import { CaseSchema } from '../../src/schema/case.js';
import { EventTypeSchema } from '../../src/schema/case-events.js';
import { parseInput } from '../../src/schema/parse.js';

// The audit checks its input by hand when it is plainly well-formed and falls back to zod
// otherwise (src/audit/input.ts). These properties hold it to the schema: on generated inputs,
// valid or not, it gives zod's value or zod's error.

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const validDate = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const oddDate = fc.oneof(
  fc.record({ y: fc.integer({ min: 0, max: 9999 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }) }).map(({ y, m, d }) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`),
  fc.constantFrom('2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2022-1-01', '2022-01-01 ', ' 2022-01-01', '2022/01/01', '２０２２-01-01', '2022-01-01\n', '', 'x'),
);
const date = fc.oneof({ weight: 8, arbitrary: validDate }, { weight: 2, arbitrary: oddDate });
const time = fc.oneof(
  fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) }).map(({ h, m }) => `${pad(h)}:${pad(m)}`),
  fc.record({ h: fc.integer({ min: 0, max: 29 }), m: fc.integer({ min: 0, max: 69 }) }).map(({ h, m }) => `${pad(h)}:${pad(m)}`),
  fc.constantFrom('1:00', '10:0', '10:00:00', '24:00', '23:60', 'T0:00'),
);
const dateTime = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(validDate, time).map(([d, t]) => `${d}T${t}`) },
  { weight: 2, arbitrary: fc.oneof(fc.tuple(oddDate, time).map(([d, t]) => `${d}T${t}`), fc.tuple(validDate, time).map(([d, t]) => `${d} ${t}`)) },
);
const id = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('application', 'criminal-case-pending', 'absence', 'x-1', 'a') }, { weight: 2, arbitrary: fc.constantFrom('', 'Absence', 'a b', 'а', 'a_b', 'a.b') });
const wrong = fc.constantFrom<unknown>(null, 0, 1.5, -1, '', 'x', true, [], {}, [1], Number.NaN);
const maybeWrong = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ weight: 9, arbitrary: a as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: wrong });

const event = fc
  .record(
    {
      type: maybeWrong(fc.oneof(fc.constantFrom(...EventTypeSchema.options), fc.constant('meeting'))),
      date: maybeWrong(date),
      at: maybeWrong(dateTime),
      end: maybeWrong(date),
      endAt: maybeWrong(dateTime),
      result: maybeWrong(fc.constantFrom('identified', 'not-identified', 'unknown')),
      route: maybeWrong(id),
      ground: maybeWrong(id),
      months: maybeWrong(fc.oneof(fc.integer({ min: -1, max: 125 }), fc.constant(2.5))),
      item: maybeWrong(id),
      reason: maybeWrong(id),
      notified: maybeWrong(fc.boolean()),
      participants: maybeWrong(fc.array(maybeWrong(id), { maxLength: 3 })),
      writtenRequest: maybeWrong(fc.boolean()),
      writtenConsent: maybeWrong(fc.boolean()),
      withRepresentative: maybeWrong(fc.boolean()),
      nickname: fc.constant('x'),
    },
    { requiredKeys: [] },
  )
  .chain((e) =>
    // mostly the keys a real event has: a type, a date or a moment, a couple of fields
    fc.subarray(Object.keys(e), { minLength: 0 }).map((keep) => {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(e)) if (k === 'type' || k === 'date' || k === 'at' ? true : keep.includes(k) && keep.length < 4) out[k] = e[k as keyof typeof e];
      return out;
    }),
  )
  .chain((e) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(e) },
      // make date and at agree, or drop one, as valid events do
      { weight: 6, arbitrary: fc.constant(typeof e['at'] === 'string' && typeof e['date'] === 'string' ? { ...e, date: e['at'].slice(0, 10) } : e) },
      { weight: 4, arbitrary: fc.constant(Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'at' && k !== 'endAt'))) },
      { weight: 4, arbitrary: fc.constant(Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'date' && k !== 'end'))) },
      { weight: 1, arbitrary: fc.constant({ ...e, date: undefined }) },
      { weight: 1, arbitrary: fc.constant(Object.assign(Object.create(null), e)) },
    ),
  );

const facts = fc.record(
  { pretrialVictimStatus: maybeWrong(fc.boolean()), category: maybeWrong(id), minor: maybeWrong(fc.boolean()), extra: fc.constant(1) },
  { requiredKeys: [] },
).chain((f) => fc.oneof({ weight: 9, arbitrary: fc.constant(Object.fromEntries(Object.entries(f).filter(([k]) => k !== 'extra'))) }, { weight: 1, arbitrary: fc.constant(f) }));

const kase = fc.record(
  {
    id: maybeWrong(fc.oneof({ weight: 9, arbitrary: fc.constantFrom('c1', 'bench-1-2', 'A.b_c:d-e') }, { weight: 1, arbitrary: fc.constantFrom('-c', 'Иванов', 'a'.repeat(65), 'a b') })),
    standard: maybeWrong(fc.constantFrom('trafficking', 'domestic-violence', 'draft-2017', 'other')),
    facts: maybeWrong(facts),
    events: maybeWrong(fc.array(event, { maxLength: 6 })),
    note: fc.constant('x'),
  },
  { requiredKeys: ['id', 'standard', 'events'] },
);

// well-formed cases (what the fast path is for), and the same with one thing broken
const goodId = fc.constantFrom('application', 'criminal-case-pending', 'absence', 'x-1', 'a');
const goodEvent = fc
  .record({
    type: fc.constantFrom(...EventTypeSchema.options),
    day: validDate,
    time: fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) }).map(({ h, m }) => `${pad(h)}:${pad(m)}`),
    how: fc.constantFrom('date', 'at', 'both'),
    endDays: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    fields: fc.record(
      {
        result: fc.constantFrom('identified', 'not-identified'),
        route: goodId,
        ground: goodId,
        months: fc.integer({ min: 1, max: 120 }),
        item: goodId,
        reason: goodId,
        notified: fc.boolean(),
        participants: fc.array(goodId, { maxLength: 2 }),
        writtenRequest: fc.boolean(),
        writtenConsent: fc.boolean(),
        withRepresentative: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  })
  .map(({ type, day, time: t, how, endDays, fields }) => {
    const e: Record<string, unknown> = { type, ...fields };
    if (how !== 'at') e['date'] = day;
    if (how !== 'date') e['at'] = `${day}T${t}`;
    if (endDays !== undefined) {
      const end = defaultCalendar.addCalendarDays(day, endDays);
      if (how === 'date') e['end'] = end;
      else e['endAt'] = `${end}T${t}`;
    }
    return e;
  });
const goodCase = fc.record(
  {
    id: fc.constantFrom('c1', 'bench-1-2', 'A.b_c:d-e'),
    standard: fc.constantFrom('trafficking', 'domestic-violence'),
    facts: fc.record({ pretrialVictimStatus: fc.boolean(), category: goodId, minor: fc.boolean() }, { requiredKeys: [] }),
    events: fc.array(goodEvent, { maxLength: 8 }),
  },
  { requiredKeys: ['id', 'standard', 'events'] },
);
/** One thing broken: a field of an event or of the case set to a wrong value, undefined, or an unknown key added. */
const brokenCase = fc
  .tuple(goodCase, fc.nat(), fc.constantFrom('type', 'date', 'at', 'end', 'endAt', 'months', 'route', 'participants', 'unknown', 'id', 'standard', 'facts'), fc.oneof(wrong, fc.constant(undefined), oddDate, dateTime, fc.constantFrom<unknown>(0, 1, 120, 121, 2.5, -0, Number.POSITIVE_INFINITY, 1e21, 'a-b', 'A', ['x'], ['X'])))
  .map(([c, i, key, value]) => {
    const copy = structuredClone(c) as Record<string, unknown> & { events: Array<Record<string, unknown>> };
    const target = (key === 'id' || key === 'standard' || key === 'facts' ? copy : copy.events[i % Math.max(1, copy.events.length)]) ?? copy;
    target[key] = value;
    return copy;
  });

/** The outcome of a parse: its value or its error's issues. */
function outcome(f: () => unknown): { ok: true; value: unknown } | { ok: false; issues: unknown } {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (!(e instanceof InvalidInputError)) throw e;
    return { ok: false, issues: { message: e.message, issues: e.issues } };
  }
}

describe('the fast input check', () => {
  it('gives zod’s value or zod’s error for generated cases, valid and invalid', () => {
    let fast = 0;
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 6, arbitrary: goodCase }, { weight: 6, arbitrary: brokenCase }, { weight: 6, arbitrary: kase }, { weight: 1, arbitrary: wrong }), (input) => {
        const ours = outcome(() => parseCase(input));
        const zod = outcome(() => parseInput(CaseSchema, input, 'case'));
        expect(ours).toEqual(zod);
        if (zod.ok) {
          valid += 1;
          if ((ours as { value: { events: unknown } }).value.events === (input as { events: unknown }).events) fast += 1;
        }
      }),
      { numRuns: 4000 },
    );
    // the property exercised both paths on valid input
    expect(valid).toBeGreaterThan(1000);
    expect(fast).toBeGreaterThan(1000);
  });

  it('takes the fast path on a well-formed case and returns its values', () => {
    const input = {
      id: 'c1',
      standard: 'trafficking' as const,
      events: [
        { type: 'request' as const, date: '2022-03-18', route: 'application' },
        { type: 'absence' as const, at: '2022-12-01T10:00', endAt: '2022-12-04T12:00', notified: false },
      ],
    };
    const parsed = parseCase(input);
    expect(parsed).toEqual(CaseSchema.parse(input));
    expect(parsed.facts).toEqual({});
    expect(parsed.events).toBe(input.events);
  });

  it('gives zod’s value or error for audit options', () => {
    const options = fc.record(
      {
        asOf: maybeWrong(date),
        options: maybeWrong(
          fc.oneof(
            fc.dictionary(fc.constantFrom('absence.days24', 'term.count-from', 'constructor'), maybeWrong(fc.constantFrom('calendar-days', 'same-day'))),
            fc.constantFrom<unknown>(JSON.parse('{"__proto__": "x"}'), { [Symbol('s')]: 'x' }, Object.create(null)),
          ),
        ),
        calendar: fc.constantFrom<unknown>(defaultCalendar, null, 'x'),
        registry: fc.constantFrom<unknown>(standards, null, 1),
        includeDrafts: maybeWrong(fc.boolean()),
        other: fc.constant(1),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(options, (input) => {
        expect(outcome(() => parseAuditOptions(input))).toEqual(outcome(() => parseInput(AuditOptionsSchema, input, 'audit options')));
      }),
      { numRuns: 2000 },
    );
  });
});
