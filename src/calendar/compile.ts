/**
 * Compiles the calendar data (built-in plus a caller's extension) into flat tables over the
 * covered days, so that every query is an array lookup:
 *
 * - `working[i]` is 1 when day `start + i` is a working day;
 * - `cum[i]` is the number of working days in `[start, start + i]`;
 * - `workDays[k]` is the offset of the (k+1)-th working day;
 * - `reasons` holds, for each day that is not an ordinary working Monday–Friday, why.
 *
 * @internal
 */
import { KzssError, InvalidInputError, type InputIssue } from '../errors.js';
import type { CalendarData } from './data.js';
import { collectSources } from './data.js';
import { daysFromCivil, formatDay, isoWeekday } from './days.js';
import type { CalendarAct, Holiday, LocalizedName, ReligiousDay, CalendarSource, Transfer } from './schema.js';
import type { z } from 'zod';
import type { CalendarExtensionSchema } from './schema.js';

/**
 * Why a day is (or is not) a working day. `kind`:
 * - `weekend`: Saturday or Sunday of the five-day week;
 * - `holiday`: a holiday of Law 267-II on that date;
 * - `holiday-move`: a day off because a holiday fell on Saturday or Sunday (`movedFrom`), art. 5;
 * - `religious`: 7 January or the first day of Kurban Ait (Labour Code art. 84 para 5), never moved;
 * - `transfer-off`: a working day made a day off by a transfer (`transfer.from` → this day);
 * - `transfer-work`: a rest day made a working day by a transfer (this day → `transfer.to`).
 *
 * @example
 * ```ts
 * dayInfo('2020-05-08').reasons[0];
 * // { kind: 'transfer-off', name: { en: 'Rest day transferred from another day', … },
 * //   source: { act: 'gov-decree-820-2019', status: 'verified', … }, transfer: { from: '2020-05-11', to: '2020-05-08' } }
 * ```
 */
export interface DayReason {
  /** Why the day is (or is not) a working day; see the list above. */
  readonly kind: 'weekend' | 'holiday' | 'holiday-move' | 'religious' | 'transfer-off' | 'transfer-work';
  /** Display name: the holiday or religious day, the weekend, or the transfer. For `holiday-move`, the holiday's name. */
  readonly name: LocalizedName;
  /** The legal basis (the act and article, with its verification status). */
  readonly source: CalendarSource;
  /** For Kurban Ait: who fixed that year's date. For holidays with limited years: the source of the period. */
  readonly dateSource?: CalendarSource;
  /** Id of the holiday or religious day (`holiday`, `holiday-move`, `religious`). */
  readonly id?: string;
  /** For `holiday-move`: the date of the holiday that fell on a weekend. */
  readonly movedFrom?: string;
  /** For `transfer-off` and `transfer-work`: the rest day `from` moved to `to`. */
  readonly transfer?: {
    /** The rest day made a working day. */
    readonly from: string;
    /** The working day made a day off. */
    readonly to: string;
  };
}

/** The compiled tables. @internal */
export interface Compiled {
  readonly fromYear: number;
  readonly toYear: number;
  /** Day number of 1 January of `fromYear`. */
  readonly start: number;
  /** Number of covered days. */
  readonly length: number;
  readonly working: Uint8Array;
  readonly cum: Int32Array;
  readonly workDays: Int32Array;
  readonly reasons: ReadonlyMap<number, readonly DayReason[]>;
  readonly weekendReason: DayReason;
  /** ISO weekdays that are rest days (6, 7). */
  readonly restWeekdays: readonly number[];
  readonly acts: readonly CalendarAct[];
  readonly iso: readonly string[];
}

type Extension = z.output<typeof CalendarExtensionSchema>;

/** Raises the right error for a problem in built-in data or in a caller's extension. */
type Fail = (builtIn: boolean, path: Array<string | number>, message: string) => never;

const fail: Fail = (builtIn, path, message) => {
  if (builtIn) {
    throw new KzssError('RULE_FILE_INVALID', `rules/calendar: ${message} at ${path.join('.')}`, { path });
  }
  const issue: InputIssue = { path, code: 'invalid_calendar_data', message };
  throw new InvalidInputError('calendar extension', [issue]);
};

const holidayInYear = (h: Holiday, y: number): boolean =>
  (h.fromYear === undefined || h.fromYear <= y) && (h.toYear === undefined || y <= h.toYear);

const overlaps = (a: Holiday, b: Holiday): boolean =>
  (a.fromYear ?? -Infinity) <= (b.toYear ?? Infinity) && (b.fromYear ?? -Infinity) <= (a.toYear ?? Infinity);

interface Tagged<T> {
  readonly value: T;
  readonly builtIn: boolean;
  readonly path: Array<string | number>;
}

/** Compiles data plus an (already schema-validated) extension. @internal */
export function compile(data: CalendarData, ext: Extension = {}): Compiled {
  // ---- acts
  const acts: CalendarAct[] = [...data.sources.acts];
  const actIds = new Set(acts.map((a) => a.id));
  (ext.sources ?? []).forEach((act, i) => {
    if (actIds.has(act.id)) fail(false, ['sources', i, 'id'], 'an act with this id already exists');
    actIds.add(act.id);
    acts.push(act);
  });
  for (const key of ['transfers', 'holidays', 'religiousDays', 'sources'] as const) {
    for (const { path, source } of collectSources(ext[key] ?? [], [key])) {
      if (source.act !== undefined && !actIds.has(source.act)) {
        fail(false, [...path, 'act'], 'unknown act id: list the act in `sources`');
      }
    }
  }

  // ---- years
  const fromYear = ext.years?.from ?? data.holidays.coverage.fromYear;
  const toYear = ext.years?.to ?? data.holidays.coverage.toYear;
  if (fromYear > toYear) fail(false, ['years'], 'years.from must not be after years.to');
  const start = daysFromCivil(fromYear, 1, 1);
  const end = daysFromCivil(toYear, 12, 31);
  const length = end - start + 1;
  const inRange = (dn: number): boolean => dn >= start && dn <= end;
  const dayOf = (iso: string): number => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return daysFromCivil(y, m, d);
  };

  // ---- holidays
  const holidays: Array<Tagged<Holiday>> = data.holidays.holidays.map((value, i) => ({
    value,
    builtIn: true,
    path: ['holidays', i],
  }));
  (ext.holidays ?? []).forEach((value, i) => {
    const path = ['holidays', i];
    for (const other of holidays) {
      if (other.value.id === value.id) fail(false, [...path, 'id'], 'a holiday with this id already exists');
      if (other.value.month === value.month && other.value.day === value.day && overlaps(other.value, value)) {
        fail(false, path, `a holiday on this day already exists in overlapping years (${other.value.id})`);
      }
    }
    holidays.push({ value, builtIn: false, path });
  });

  // ---- religious days: fixed (7 January) and Kurban Ait per year; a caller's date replaces a built-in one
  const kurbanByYear = new Map<number, Tagged<ReligiousDay>>();
  data.religious.kurbanAit.forEach((value, i) => {
    const y = Number(value.date.slice(0, 4));
    if (kurbanByYear.has(y)) fail(true, ['kurbanAit', i], 'two Kurban Ait dates in one year');
    kurbanByYear.set(y, { value, builtIn: true, path: ['kurbanAit', i] });
  });
  const replaced = new Set<number>();
  (ext.religiousDays ?? []).forEach((value, i) => {
    const path = ['religiousDays', i];
    const y = Number(value.date.slice(0, 4));
    if (replaced.has(y)) fail(false, path, 'two Kurban Ait dates in one year');
    if (!inRange(dayOf(value.date))) fail(false, [...path, 'date'], `outside the covered years ${fromYear}–${toYear}: extend \`years\``);
    replaced.add(y);
    kurbanByYear.set(y, { value, builtIn: false, path });
  });
  for (let y = fromYear; y <= toYear; y++) {
    if (!kurbanByYear.has(y)) {
      fail(false, ['religiousDays'], `no Kurban Ait date for ${y}: add one ({ kind: 'kurban-ait', date, source }) or narrow \`years\``);
    }
  }

  // ---- the working window: a month before and two months after the covered years, so that moves
  // from late December of the previous year, and moves past the last covered day, are computed.
  const wStart = daysFromCivil(fromYear - 1, 12, 1);
  const wEnd = daysFromCivil(toYear + 1, 2, 28);
  const wLen = wEnd - wStart + 1;
  const restWeekday = new Set(data.holidays.week.restDays);
  const weekendReason: DayReason = { kind: 'weekend', name: data.holidays.week.name, source: data.holidays.week.source };

  const reasons = new Map<number, DayReason[]>();
  const addReason = (dn: number, r: DayReason): void => {
    const list = reasons.get(dn);
    if (list) list.push(r);
    else reasons.set(dn, [r]);
  };

  const isHolidayDay = new Uint8Array(wLen);
  const isReligious = new Uint8Array(wLen);
  const isMoved = new Uint8Array(wLen);

  // holiday instances in date order (data order breaks ties)
  const instances: Array<{ dn: number; h: Holiday }> = [];
  for (let y = fromYear - 1; y <= toYear + 1; y++) {
    for (const { value: h } of holidays) {
      if (!holidayInYear(h, y)) continue;
      if (h.month === 2 && h.day === 29 && daysFromCivil(y, 3, 1) - daysFromCivil(y, 2, 1) === 28) continue;
      const dn = daysFromCivil(y, h.month, h.day);
      if (dn >= wStart && dn <= wEnd) instances.push({ dn, h });
    }
  }
  instances.sort((a, b) => a.dn - b.dn);
  for (const { dn, h } of instances) {
    isHolidayDay[dn - wStart] = 1;
    addReason(dn, {
      kind: 'holiday',
      name: h.name,
      source: h.source,
      ...(h.periodSource ? { dateSource: h.periodSource } : {}),
      id: h.id,
    });
  }

  // religious days
  for (let y = fromYear - 1; y <= toYear + 1; y++) {
    for (const f of data.religious.fixed) {
      const dn = daysFromCivil(y, f.month, f.day);
      if (dn < wStart || dn > wEnd) continue;
      isReligious[dn - wStart] = 1;
      addReason(dn, { kind: 'religious', name: f.name, source: f.source, id: f.id });
    }
  }
  for (const [, { value }] of kurbanByYear) {
    const dn = dayOf(value.date);
    if (dn < wStart || dn > wEnd) continue;
    isReligious[dn - wStart] = 1;
    addReason(dn, {
      kind: 'religious',
      name: data.religious.kurbanAitName,
      source: data.religious.rule.source,
      dateSource: value.source,
      id: 'kurban-ait',
    });
  }

  // weekend moves (Law 267-II art. 5), in date order
  for (const { dn, h } of instances) {
    if (!restWeekday.has(isoWeekday(dn))) continue;
    let d = dn + 1;
    while (
      d <= wEnd &&
      (restWeekday.has(isoWeekday(d)) || isHolidayDay[d - wStart] === 1 || isReligious[d - wStart] === 1 || isMoved[d - wStart] === 1)
    ) {
      d++;
    }
    if (d > wEnd) continue; // past the window: outside the covered years anyway
    isMoved[d - wStart] = 1;
    addReason(d, {
      kind: 'holiday-move',
      name: h.name,
      source: data.holidays.moveRule.source,
      id: h.id,
      movedFrom: formatDay(dn),
    });
  }

  // base working flags over the window
  const work = new Uint8Array(wLen);
  for (let i = 0; i < wLen; i++) {
    const dn = wStart + i;
    work[i] =
      restWeekday.has(isoWeekday(dn)) || isHolidayDay[i] === 1 || isReligious[i] === 1 || isMoved[i] === 1 ? 0 : 1;
  }

  // transfers, applied after the moves
  const transfers: Array<Tagged<Transfer>> = [
    ...data.transfers.transfers.map((value, i) => ({ value, builtIn: true, path: ['transfers', i] })),
    ...(ext.transfers ?? []).map((value, i) => ({ value, builtIn: false, path: ['transfers', i] })),
  ];
  const transferred = new Set<number>();
  for (const { value: t, builtIn, path } of transfers) {
    const from = dayOf(t.from);
    const to = dayOf(t.to);
    if (!inRange(from) || !inRange(to)) {
      if (builtIn) continue; // a built-in transfer outside a narrowed range does not apply
      fail(false, [...path, inRange(from) ? 'to' : 'from'], `outside the covered years ${fromYear}–${toYear}: extend \`years\``);
    }
    const fi = from - wStart;
    const ti = to - wStart;
    if (transferred.has(from) || transferred.has(to)) fail(builtIn, path, 'a day already used by another transfer');
    if (work[fi] === 1) fail(builtIn, [...path, 'from'], '`from` must be a rest day (a weekend day or a day off created by a weekend move)');
    if (isHolidayDay[fi] === 1 || isReligious[fi] === 1) {
      fail(builtIn, [...path, 'from'], '`from` is a holiday or a religious day off, which cannot be transferred');
    }
    if (work[ti] !== 1) fail(builtIn, [...path, 'to'], '`to` must be a working day');
    work[fi] = 1;
    work[ti] = 0;
    transferred.add(from);
    transferred.add(to);
    const transfer = { from: t.from, to: t.to };
    addReason(from, { kind: 'transfer-work', name: data.holidays.labels.transferWork, source: t.source, transfer });
    addReason(to, { kind: 'transfer-off', name: data.holidays.labels.transferOff, source: t.source, transfer });
  }

  // ---- the tables over the covered days
  const working = new Uint8Array(length);
  const cum = new Int32Array(length);
  const iso: string[] = new Array<string>(length);
  let count = 0;
  const workList: number[] = [];
  const coveredReasons = new Map<number, readonly DayReason[]>();
  for (let i = 0; i < length; i++) {
    const dn = start + i;
    const w = work[dn - wStart] as number;
    working[i] = w;
    if (w === 1) {
      count++;
      workList.push(i);
    }
    cum[i] = count;
    iso[i] = formatDay(dn);
    const list = reasons.get(dn);
    if (list) coveredReasons.set(dn, Object.freeze(list.map((r) => Object.freeze(r))));
  }
  return {
    fromYear,
    toYear,
    start,
    length,
    working,
    cum,
    workDays: Int32Array.from(workList),
    reasons: coveredReasons,
    weekendReason: Object.freeze(weekendReason),
    restWeekdays: Object.freeze([...restWeekday]),
    acts: Object.freeze(acts),
    iso: Object.freeze(iso),
  };
}
