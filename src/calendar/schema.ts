/**
 * zod schemas of the calendar data in `rules/calendar/*.json`, of the extension accepted by
 * {@link createCalendar}, and of the term and options accepted by `deadline`. The data files are
 * parsed with these schemas when a calendar is first used.
 *
 * @module
 */
import { z } from 'zod';
import { isIsoDate } from '../schema/date.js';

const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'expected a calendar date as YYYY-MM-DD' });

const year = z.number().int().min(1000).max(9999);

/**
 * How sure a fact is: `verified` (read in the act's text or an official announcement quoted by the
 * press), `secondary` (from a secondary source only), `unverified` (kept, but check before citing).
 *
 * @example
 * ```ts
 * SourceStatusSchema.parse('verified'); // 'verified'
 * ```
 */
export const SourceStatusSchema = z.enum(['verified', 'secondary', 'unverified']);

/** Verification status of a fact. @example `const s: SourceStatus = 'secondary';` */
export type SourceStatus = z.infer<typeof SourceStatusSchema>;

/**
 * Where a fact comes from: an act (by its id in `rules/calendar/sources.json`) and/or an
 * announcement, the article or paragraph where known, a status and a note.
 *
 * @example
 * ```ts
 * CalendarSourceSchema.parse({ act: 'law-267-II', article: 'art. 5', status: 'verified' });
 * ```
 */
export const CalendarSourceSchema = z
  .object({
    /** Id of the act in `rules/calendar/sources.json`. */
    act: z.string().min(1).optional(),
    /** An announcement (e.g. of the Spiritual Administration of Muslims) when no act fixes the fact. */
    announcement: z.string().min(1).optional(),
    /** Article or paragraph, where known. */
    article: z.string().min(1).optional(),
    /** How sure the fact is. */
    status: SourceStatusSchema,
    /** Remark. */
    note: z.string().optional(),
  })
  .strict()
  .refine((s) => s.act !== undefined || s.announcement !== undefined, {
    message: 'a source names an act or an announcement',
  });

/** A citation of one fact. @example `const s: CalendarSource = { act: 'law-267-II', article: 'art. 5', status: 'verified' };` */
export type CalendarSource = z.infer<typeof CalendarSourceSchema>;

/**
 * A name in Russian, Kazakh and English.
 *
 * @example
 * ```ts
 * LocalizedNameSchema.parse({ ru: 'День Победы', kk: 'Жеңіс күні', en: 'Victory Day' });
 * ```
 */
export const LocalizedNameSchema = z
  .object({
    /** Russian. */
    ru: z.string().min(1),
    /** Kazakh. */
    kk: z.string().min(1),
    /** English. */
    en: z.string().min(1),
  })
  .strict();

/** A display name in three languages. @example `const n: LocalizedName = { ru: 'Новый год', kk: 'Жаңа жыл', en: 'New Year' };` */
export type LocalizedName = z.infer<typeof LocalizedNameSchema>;

/**
 * An act cited by the calendar (`rules/calendar/sources.json`).
 *
 * @example
 * ```ts
 * CalendarActSchema.parse({ id: 'my-order-2027', kind: 'ministry-order', title: { en: 'Order on the transfer of rest days in 2027' }, status: 'verified' });
 * ```
 */
export const CalendarActSchema = z
  .object({
    /** Id cited by `source.act`. */
    id: z.string().min(1),
    /** What kind of act. */
    kind: z.enum(['law', 'code', 'constitution', 'government-decree', 'ministry-order', 'other']),
    /** Title; English always, Russian and Kazakh where known. */
    title: z
      .object({
        /** Russian. */
        ru: z.string().optional(),
        /** Kazakh. */
        kk: z.string().optional(),
        /** English. */
        en: z.string().min(1),
      })
      .strict(),
    /** The act's number. */
    number: z.string().optional(),
    /** Day of signing. */
    date: isoDate.optional(),
    /** Document id in Adilet, the official legal database. */
    adilet: z.string().optional(),
    /** How sure the act's number and date are. */
    status: SourceStatusSchema,
    /** Remark. */
    note: z.string().optional(),
    /** Where the act's power to set the fact comes from. */
    basis: CalendarSourceSchema.optional(),
  })
  .strict();

/** An act cited by the calendar. @example `const a: CalendarAct = calendarActs()[0]!;` */
export type CalendarAct = z.infer<typeof CalendarActSchema>;

/** Schema of `rules/calendar/sources.json`. @example `SourcesFileSchema.parse({ acts: [] });` */
export const SourcesFileSchema = z
  .object({
    /** Free comment. */
    $comment: z.string().optional(),
    /** The acts. */
    acts: z.array(CalendarActSchema),
  })
  .strict();

const validity = <T extends { fromYear?: number | undefined; toYear?: number | undefined }>(h: T) =>
  h.fromYear === undefined || h.toYear === undefined || h.fromYear <= h.toYear;

/**
 * A holiday of Law 267-II (a day off that moves when it falls on Saturday or Sunday), on a fixed
 * month and day, a day off in the years `fromYear`–`toYear` (inclusive; an absent bound is open).
 *
 * @example
 * ```ts
 * HolidaySchema.parse({
 *   id: 'constitution-day-15-mar', month: 3, day: 15, kind: 'state', fromYear: 2027,
 *   name: { ru: 'День Конституции', kk: 'Конституция күні', en: 'Constitution Day' },
 *   source: { act: 'constitution-2026', article: 'art. 94 para 2', status: 'verified' },
 * });
 * ```
 */
export const HolidaySchema = z
  .object({
    /** Stable id. */
    id: z.string().min(1),
    /** Month, 1–12. */
    month: z.number().int().min(1).max(12),
    /** Day of the month. */
    day: z.number().int().min(1).max(31),
    /** National or state holiday (Law 267-II arts. 2–3). */
    kind: z.enum(['national', 'state']),
    /** First year it is a day off (absent: open). */
    fromYear: year.optional(),
    /** Last year it is a day off (absent: open). */
    toYear: year.optional(),
    /** Its name. */
    name: LocalizedNameSchema,
    /** The act that makes it a holiday. */
    source: CalendarSourceSchema,
    /** The act that sets `fromYear` / `toYear`, when different. */
    periodSource: CalendarSourceSchema.optional(),
  })
  .strict()
  .refine(validity, { message: 'fromYear must not be after toYear', path: ['toYear'] })
  .refine((h) => h.day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][h.month - 1]!, {
    message: 'no such day in this month',
    path: ['day'],
  });

/** A holiday with its years of validity. @example `const h: Holiday = { id: 'x', month: 1, day: 1, kind: 'state', name, source };` */
export type Holiday = z.infer<typeof HolidaySchema>;

/** Schema of `rules/calendar/holidays.json`. @example `HolidaysFileSchema.parse(json);` */
export const HolidaysFileSchema = z
  .object({
    /** Free comment. */
    $comment: z.string().optional(),
    /** The covered years. */
    coverage: z
      .object({
        /** First covered year. */
        fromYear: year,
        /** Last covered year. */
        toYear: year,
        /** Remark. */
        note: z.string().optional(),
      })
      .strict()
      .refine((c) => c.fromYear <= c.toYear, { message: 'fromYear must not be after toYear' }),
    /** The five-day week. */
    week: z
      .object({
        /** ISO weekdays of rest (6 = Saturday, 7 = Sunday). */
        restDays: z.array(z.number().int().min(1).max(7)).min(1).max(6),
        /** Name of the weekend. */
        name: LocalizedNameSchema,
        /** The act that fixes it. */
        source: CalendarSourceSchema,
      })
      .strict(),
    /** The rule moving a holiday that falls on a weekend (Law 267-II art. 5). */
    moveRule: z
      .object({
        /** The rule in words. */
        text: z
          .object({
            /** Russian. */
            ru: z.string(),
            /** English. */
            en: z.string(),
          })
          .strict(),
        /** Where it is stated. */
        source: CalendarSourceSchema,
      })
      .strict(),
    /** Names of the two kinds of transferred days. */
    labels: z
      .object({
        /** A working day made a day off. */
        transferOff: LocalizedNameSchema,
        /** A rest day made a working day. */
        transferWork: LocalizedNameSchema,
      })
      .strict(),
    /** The holidays. */
    holidays: z.array(HolidaySchema),
  })
  .strict();

/**
 * A dated religious day off (Labour Code art. 84 para 5) that never moves: the first day of
 * Kurban Ait in one year, with the source that fixed the date.
 *
 * @example
 * ```ts
 * ReligiousDaySchema.parse({ kind: 'kurban-ait', date: '2027-05-16', source: { announcement: 'DUMK', status: 'verified' } });
 * ```
 */
export const ReligiousDaySchema = z
  .object({
    /** The only dated religious day: the first day of Kurban Ait. */
    kind: z.literal('kurban-ait'),
    /** Its date that year. */
    date: isoDate,
    /** Who fixed the date. */
    source: CalendarSourceSchema,
  })
  .strict();

/** The first day of Kurban Ait in one year. @example `const k: ReligiousDay = { kind: 'kurban-ait', date: '2027-05-16', source };` */
export type ReligiousDay = z.infer<typeof ReligiousDaySchema>;

/** Schema of `rules/calendar/religious-days.json`. @example `ReligiousDaysFileSchema.parse(json);` */
export const ReligiousDaysFileSchema = z
  .object({
    /** Free comment. */
    $comment: z.string().optional(),
    /** Where religious days off come from, and that they are not moved. */
    rule: z
      .object({
        /** Labour Code art. 84 para 5. */
        source: CalendarSourceSchema,
        /** The source saying they never move. */
        notMoved: CalendarSourceSchema,
      })
      .strict(),
    /** Religious days off on a fixed day (7 January). */
    fixed: z.array(
      z
        .object({
          /** Stable id. */
          id: z.string().min(1),
          /** Month, 1–12. */
          month: z.number().int().min(1).max(12),
          /** Day of the month. */
          day: z.number().int().min(1).max(31),
          /** Its name. */
          name: LocalizedNameSchema,
          /** The act behind it. */
          source: CalendarSourceSchema,
        })
        .strict(),
    ),
    /** Name of Kurban Ait. */
    kurbanAitName: LocalizedNameSchema,
    /** The first day of Kurban Ait in each covered year. */
    kurbanAit: z.array(ReligiousDaySchema),
  })
  .strict();

/**
 * A transfer of a rest day (Labour Code art. 85 para 3): the rest day `from` (a Saturday, Sunday
 * or a day off created by a weekend move) becomes a working day and the working day `to` a day off.
 *
 * @example
 * ```ts
 * TransferSchema.parse({ from: '2022-03-05', to: '2022-03-07', source: { act: 'gov-decree-713-2021', status: 'verified' } });
 * ```
 */
export const TransferSchema = z
  .object({
    /** The rest day that becomes a working day. */
    from: isoDate,
    /** The working day that becomes a day off. */
    to: isoDate,
    /** The decree or order. */
    source: CalendarSourceSchema,
  })
  .strict()
  .refine((t) => t.from !== t.to, { message: 'from and to must differ', path: ['to'] });

/** One transfer of a rest day. @example `const t: Transfer = { from: '2022-03-05', to: '2022-03-07', source };` */
export type Transfer = z.infer<typeof TransferSchema>;

/** Schema of `rules/calendar/transfers.json`. @example `TransfersFileSchema.parse(json);` */
export const TransfersFileSchema = z
  .object({
    /** Free comment. */
    $comment: z.string().optional(),
    /** The transfers. */
    transfers: z.array(TransferSchema),
    /** Years known to have no transfer, with the source that says so. */
    yearsWithoutTransfers: z.array(
      z
        .object({
          /** The year. */
          year,
          /** The source. */
          source: CalendarSourceSchema,
        })
        .strict(),
    ),
  })
  .strict();

/**
 * What {@link createCalendar} accepts: transfers, holidays and Kurban Ait dates added to the
 * built-in data, the acts they cite, and the years covered.
 *
 * - `transfers` are added to the built-in ones.
 * - `holidays` are added; a holiday on the same month and day as a built-in one in an overlapping
 *   year range is an error.
 * - `religiousDays` (Kurban Ait dates) are added; one for a year that already has a date replaces it.
 * - `years` sets the covered range (default 2016–2026); `from` cannot be before 2015 and every year
 *   in the range needs a Kurban Ait date.
 * - `sources` lists acts that the added facts cite by `act` id (besides the built-in ones).
 *
 * @example
 * ```ts
 * CalendarExtensionSchema.parse({
 *   years: { to: 2027 },
 *   religiousDays: [{ kind: 'kurban-ait', date: '2027-05-16', source: { announcement: 'DUMK', status: 'verified' } }],
 * });
 * ```
 */
export const CalendarExtensionSchema = z
  .object({
    /** Transfers added to the built-in ones. */
    transfers: z.array(TransferSchema).optional(),
    /** Holidays added to the built-in ones. */
    holidays: z.array(HolidaySchema).optional(),
    /** Kurban Ait dates, added or replacing a built-in one of the same year. */
    religiousDays: z.array(ReligiousDaySchema).optional(),
    /** Acts cited by the added facts. */
    sources: z.array(CalendarActSchema).optional(),
    /** The covered range (default 2016–2026). */
    years: z
      .object({
        /** First covered year (not before 2015). */
        from: year.min(2015).optional(),
        /** Last covered year. */
        to: year.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** Input of {@link createCalendar}. @example `const ext: CalendarExtension = { years: { to: 2027 }, religiousDays: [...] };` */
export type CalendarExtension = z.input<typeof CalendarExtensionSchema>;

/**
 * A legal term: an amount and a unit. `working-days` counts working days of this calendar;
 * `calendar-days` counts every day; `months` counts calendar months; `hours` and `days24`
 * (сутки, 24 hours each) count hours from a local date-time.
 *
 * @example
 * ```ts
 * TermSchema.parse({ amount: 3, unit: 'working-days' });
 * ```
 */
export const TermSchema = z
  .object({
    /** How many units (1–100 000). */
    amount: z.number().int().min(1).max(100_000),
    /** The unit. */
    unit: z.enum(['working-days', 'calendar-days', 'months', 'hours', 'days24']),
  })
  .strict();

/** A term for {@link deadline}. @example `const t: Term = { amount: 6, unit: 'months' };` */
export type Term = z.infer<typeof TermSchema>;

/** Unit of a {@link Term}. @example `const u: TermUnit = 'days24';` */
export type TermUnit = Term['unit'];

/**
 * Options of `deadline`, each a choice the law leaves to interpretation, with its default:
 *
 * - `countFrom` (default `'next-day'`): `'next-day'` — the term runs from the day after the event
 *   (Civil Code general rule, article number unverified). `'same-day'` — the event day is the
 *   first day of the term: for `working-days`, the event day counts as day 1 if it is a working day
 *   (otherwise counting starts with the next working day, as with `'next-day'`); for
 *   `calendar-days` and `months`, the term ends one calendar day earlier than with `'next-day'`.
 *   Ignored for `hours` and `days24`, which run from the event moment.
 * - `endOnNonWorking` (default `'next-working-day'`): when the last day of a `calendar-days` or
 *   `months` term is not a working day, the term ends on the next working day; `'keep'` keeps the
 *   last day. A `working-days` term always ends on a working day; `hours` and `days24` are not
 *   extended.
 *
 * @example
 * ```ts
 * DeadlineOptionsSchema.parse({ countFrom: 'same-day' }); // { countFrom: 'same-day', endOnNonWorking: 'next-working-day' }
 * ```
 */
export const DeadlineOptionsSchema = z
  .object({
    /** Whether the term runs from the day after the event (default) or from the event day. */
    countFrom: z.enum(['next-day', 'same-day']).default('next-day'),
    /** Whether a calendar-day or month term ending on a non-working day moves to the next working day (default). */
    endOnNonWorking: z.enum(['next-working-day', 'keep']).default('next-working-day'),
  })
  .strict();

/** Options accepted by `deadline` (all optional). @example `const o: DeadlineOptions = { countFrom: 'same-day' };` */
export type DeadlineOptions = z.input<typeof DeadlineOptionsSchema>;

/** Options after defaults, as returned by `deadline`. @example `const o: ResolvedDeadlineOptions = { countFrom: 'next-day', endOnNonWorking: 'keep' };` */
export type ResolvedDeadlineOptions = z.output<typeof DeadlineOptionsSchema>;
