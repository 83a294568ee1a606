import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectSources } from '../../src/calendar/data.js';
import {
  HolidaysFileSchema,
  ReligiousDaysFileSchema,
  SourcesFileSchema,
  TransfersFileSchema,
} from '../../src/calendar/index.js';
import { TRANSFERS } from './expected.js';

const read = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../rules/calendar/${name}`, import.meta.url)), 'utf8'));

const files = {
  'holidays.json': HolidaysFileSchema,
  'religious-days.json': ReligiousDaysFileSchema,
  'sources.json': SourcesFileSchema,
  'transfers.json': TransfersFileSchema,
} as const;

describe('rules/calendar data files', () => {
  it.each(Object.keys(files))('%s validates', (name) => {
    const r = files[name as keyof typeof files].safeParse(read(name));
    expect(r.error?.issues ?? []).toEqual([]);
  });

  it('every source cites a listed act or an announcement', () => {
    const acts = new Set((read('sources.json') as { acts: Array<{ id: string }> }).acts.map((a) => a.id));
    let n = 0;
    for (const name of [...Object.keys(files), 'date-holidays-differences.json']) {
      for (const { path, source } of collectSources(read(name))) {
        n++;
        expect([name, path.join('.'), ['verified', 'secondary', 'unverified'].includes(source.status)]).toEqual([name, path.join('.'), true]);
        if (source.act !== undefined) expect([name, path.join('.'), acts.has(source.act)]).toEqual([name, path.join('.'), true]);
        else expect(source.announcement).toBeTruthy();
      }
    }
    expect(n).toBeGreaterThan(80);
  });

  it('transfers carry the statuses of kz-calendar.md §6 (2019 only secondary)', () => {
    const t = (read('transfers.json') as { transfers: Array<{ from: string; to: string; source: { act: string; status: string } }> }).transfers;
    expect(t.map((x) => [x.from, x.to, x.source.act])).toEqual(TRANSFERS);
    expect(t.filter((x) => x.source.status !== 'verified').map((x) => [x.from, x.source.status])).toEqual([['2019-05-04', 'secondary']]);
  });

  it('holiday periods: 30 Aug to 2025, 25 Oct from 2022, 1 Dec to 2021, 17 Dec to 2021, 15 Mar from 2027', () => {
    const h = (read('holidays.json') as { holidays: Array<{ month: number; day: number; fromYear?: number; toYear?: number }> }).holidays;
    const period = (m: number, d: number) => h.filter((x) => x.month === m && x.day === d).map((x) => [x.fromYear ?? null, x.toYear ?? null]);
    expect(period(8, 30)).toEqual([[null, 2025]]);
    expect(period(10, 25)).toEqual([[2022, null]]);
    expect(period(12, 1)).toEqual([[2012, 2021]]);
    expect(period(12, 17)).toEqual([[null, 2021]]);
    expect(period(12, 16)).toEqual([[null, 2021], [2022, null]]);
    expect(period(3, 15)).toEqual([[2027, null]]);
    expect(h).toHaveLength(17);
  });

  it('a broken file is rejected by its schema', () => {
    const bad = structuredClone(read('transfers.json')) as { transfers: Array<{ from: string; source: { status: string } }> };
    bad.transfers[0]!.from = '2016-02-30';
    expect(TransfersFileSchema.safeParse(bad).success).toBe(false);
    const bad2 = structuredClone(read('transfers.json')) as { transfers: Array<{ source: { status: string } }> };
    bad2.transfers[0]!.source.status = 'probably';
    expect(TransfersFileSchema.safeParse(bad2).success).toBe(false);
  });
});
