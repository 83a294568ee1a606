/**
 * The built-in calendar data (`rules/calendar/*.json`), imported statically (no I/O) and parsed
 * with the zod schemas on first use.
 *
 * @internal
 */
import { KzssError } from '../errors.js';
import holidaysJson from '../../rules/calendar/holidays.json' with { type: 'json' };
import religiousJson from '../../rules/calendar/religious-days.json' with { type: 'json' };
import sourcesJson from '../../rules/calendar/sources.json' with { type: 'json' };
import transfersJson from '../../rules/calendar/transfers.json' with { type: 'json' };
import {
  HolidaysFileSchema,
  ReligiousDaysFileSchema,
  SourcesFileSchema,
  TransfersFileSchema,
  type CalendarSource,
} from './schema.js';
import type { z } from 'zod';

/** The four data files, parsed. @internal */
export interface CalendarData {
  readonly holidays: z.output<typeof HolidaysFileSchema>;
  readonly religious: z.output<typeof ReligiousDaysFileSchema>;
  readonly sources: z.output<typeof SourcesFileSchema>;
  readonly transfers: z.output<typeof TransfersFileSchema>;
}

function parseFile<T extends z.ZodType>(schema: T, value: unknown, file: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new KzssError('RULE_FILE_INVALID', `rules/calendar/${file} is invalid at ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`, {
      path: (issue?.path ?? []).map((p) => (typeof p === 'number' ? p : String(p))),
      details: { file },
    });
  }
  return r.data;
}

/** Every `source` object in a value, with its path. @internal */
export function collectSources(value: unknown, path: Array<string | number> = []): Array<{ path: Array<string | number>; source: CalendarSource }> {
  const out: Array<{ path: Array<string | number>; source: CalendarSource }> = [];
  const walk = (v: unknown, p: Array<string | number>): void => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...p, i]));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        if ((k === 'source' || k === 'periodSource' || k === 'notMoved' || k === 'basis') && x !== null && typeof x === 'object') {
          out.push({ path: [...p, k], source: x as CalendarSource });
        }
        walk(x, [...p, k]);
      }
    }
  };
  walk(value, path);
  return out;
}

let cached: CalendarData | undefined;

/** The built-in data, parsed and cross-checked once. @internal */
export function builtInData(): CalendarData {
  if (cached) return cached;
  const data: CalendarData = {
    holidays: parseFile(HolidaysFileSchema, holidaysJson, 'holidays.json'),
    religious: parseFile(ReligiousDaysFileSchema, religiousJson, 'religious-days.json'),
    sources: parseFile(SourcesFileSchema, sourcesJson, 'sources.json'),
    transfers: parseFile(TransfersFileSchema, transfersJson, 'transfers.json'),
  };
  const ids = new Set<string>();
  for (const act of data.sources.acts) {
    if (ids.has(act.id)) {
      throw new KzssError('RULE_FILE_INVALID', `rules/calendar/sources.json: duplicate act id ${act.id}`, { details: { file: 'sources.json' } });
    }
    ids.add(act.id);
  }
  for (const [file, value] of [
    ['holidays.json', data.holidays],
    ['religious-days.json', data.religious],
    ['transfers.json', data.transfers],
    ['sources.json', data.sources],
  ] as const) {
    for (const { path, source } of collectSources(value)) {
      if (source.act !== undefined && !ids.has(source.act)) {
        throw new KzssError('RULE_FILE_INVALID', `rules/calendar/${file} cites an unknown act at ${path.join('.')}`, {
          path,
          details: { file },
        });
      }
    }
  }
  cached = data;
  return data;
}
