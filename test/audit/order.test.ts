import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortFindings } from '../../src/audit/audit.js';
import type { Finding } from '../../src/audit/finding.js';

// Findings are ordered by `sortKey(a).localeCompare(sortKey(b)) || a.check.localeCompare(b.check)`;
// sortFindings compares day keys by code unit instead. It must give exactly the same order.

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const day = fc.record({ y: fc.integer({ min: 2015, max: 2027 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
const moment = fc.tuple(day, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([d, h, m]) => `${d}T${pad(h)}:${pad(m)}`);
const key = fc.option(fc.oneof(day, moment, fc.constantFrom('9999', '2022-01-01', 'x', '')), { nil: undefined });
const finding = fc
  .record({
    check: fc.constantFrom('deadlines.plan', 'deadlines.plan-renewal', 'deadlines.permit', 'deadlines.permit-sent', 'check.day-stay', 'check.contraindications', 'periodic.monitoring', 'check.Contract', 'check.contract.term', 'check.contract.extension'),
    done: key,
    due: key,
    start: key,
    n: fc.nat(),
  })
  .map(({ check, done, due, start, n }) => ({ check, n, ...(done === undefined ? {} : { done }), ...(due === undefined ? {} : { due }), ...(start === undefined ? {} : { start }) }) as unknown as Finding);

const sortKey = (f: Finding): string => f.done ?? f.due ?? f.start ?? '9999';

describe('the order of findings', () => {
  it('is the localeCompare order of (day key, check), stable', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 30 }), (findings) => {
        const expected = [...findings].sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.check.localeCompare(b.check));
        const actual = [...findings];
        sortFindings(actual);
        expect(actual).toEqual(expected);
        actual.forEach((f, i) => expect(f).toBe(expected[i]));
      }),
      { numRuns: 2000 },
    );
  });
});
