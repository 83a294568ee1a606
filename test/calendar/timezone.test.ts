/**
 * Results must not depend on the process time zone. CI also runs the whole calendar suite under
 * TZ=UTC, Asia/Almaty, America/Los_Angeles and Pacific/Kiritimati; this test additionally switches
 * TZ inside one process (Node applies a new process.env.TZ at once) and compares fingerprints of
 * freshly compiled calendars and of the date arithmetic.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { addCalendarDays, addMonths, createCalendar } from '../../src/calendar/index.js';

const ZONES = ['UTC', 'Asia/Almaty', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Apia', 'America/Santiago'];

function fingerprint(): string {
  const cal = createCalendar();
  const parts: string[] = [];
  // dates generated with UTC milliseconds, so a broken addCalendarDays cannot loop forever
  for (let t = Date.UTC(2016, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86_400_000) {
    const d = new Date(t).toISOString().slice(0, 10);
    const info = cal.dayInfo(d);
    parts.push(`${d}:${info.working ? 1 : 0}:${info.reasons.map((r) => r.kind).join('+')}`);
  }
  for (const d of ['2024-01-31', '2023-03-31', '2011-12-29', '2016-02-29', '1994-12-30', '2024-10-31']) {
    for (const n of [-13, -1, 1, 2, 12, 25]) parts.push(`${d}m${n}=${addMonths(d, n)}`);
    for (const n of [-400, -1, 1, 2, 365]) parts.push(`${d}d${n}=${addCalendarDays(d, n)}`);
  }
  for (const event of ['2024-02-29T23:30', '2024-03-31T02:30', '2026-11-01T01:30']) {
    parts.push(cal.deadline(event, { amount: 1, unit: 'days24' }).due);
    parts.push(cal.deadline(event, { amount: 5, unit: 'hours' }).due);
  }
  for (const event of ['2024-01-31', '2024-02-23', '2022-03-04', '2026-08-29']) {
    for (const unit of ['working-days', 'calendar-days', 'months'] as const) {
      parts.push(cal.deadline(event, { amount: 3, unit }).due);
    }
  }
  return parts.join('\n');
}

describe('results are identical under any TZ', () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('fingerprints match across time zones', () => {
    const prints = new Map<string, string>();
    const offsets = new Set<number>();
    for (const zone of ZONES) {
      process.env.TZ = zone;
      offsets.add(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset());
      prints.set(zone, fingerprint());
    }
    // the switch took effect (otherwise this test would prove nothing)
    expect(offsets.size).toBeGreaterThanOrEqual(4);
    const reference = prints.get('UTC');
    expect(reference?.split('\n').length).toBeGreaterThan(4000);
    for (const zone of ZONES) expect([zone, prints.get(zone) === reference]).toEqual([zone, true]);
  });
});
