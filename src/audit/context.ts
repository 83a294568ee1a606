import type { Calendar } from '../calendar/index.js';
import { InvalidInputError } from '../errors.js';
import { NotYetInForceError, RepealedError } from '../law/errors.js';
import { wordingIsPerVersion, type Registry, type ResolvedVersion } from '../law/registry.js';
import type { Citation } from '../law/citation.js';
import type { Case, CaseEvent } from '../schema/case.js';
import type { EventType } from '../schema/case-events.js';
import type { RuleFile } from '../schema/rule-file.js';
import type { TraceEntry } from '../outcome/outcome.js';
import { calendarMemo, DayMemo, type CalendarMemo } from './memo.js';
import type { Message } from '../i18n/messages.js';
import type { Finding } from './finding.js';

/** Options of an audit: the day of the audit (no clock is read) and readings of ambiguities. */
export interface AuditOptions {
  /** The day the audit speaks for: steps due after it are pending, not missing. */
  readonly asOf: string;
  /** Readings of the standard's ambiguity options by name, e.g. { 'absence.days24': 'calendar-days' }. */
  readonly options?: Readonly<Record<string, string>>;
  /** Calendar to count working days with (defaults to the built-in one). */
  readonly calendar?: Calendar;
  /** Registry to resolve versions with (defaults to the built-in one). */
  readonly registry?: Registry;
  /** Audit the never-adopted draft (findings marked non-binding). Default false. */
  readonly includeDrafts?: boolean;
}

/** The date part of an event: `date`, or the day of `at`. */
export function dayOf(e: CaseEvent): string {
  return e.date ?? (e.at as string).slice(0, 10);
}

/** The end of an event's period as a day, when it has one. */
export function endDayOf(e: CaseEvent): string | undefined {
  return e.end ?? e.endAt?.slice(0, 10);
}

export type VersionAt =
  | {
      readonly ok: true;
      readonly resolved: ResolvedVersion;
      /** Per citation object: whether its wording on this day is the encoded one (filled by the guard). */
      readonly wordings: Map<Citation, Wording>;
    }
  | { readonly ok: false; readonly reason: string; readonly citation: Citation };

/** A cited wording on a day: the encoded one, amended later (by `amendedBy`), or not yet added. */
export type Wording = { readonly status: 'encoded' } | { readonly status: 'wording-not-encoded'; readonly amendedBy: string } | { readonly status: 'not-in-force' };

/** Wordings by citation per version (for registries where they depend on the version only). */
const versionWordings = new WeakMap<object, Map<Citation, Wording>>();

function wordingsOf(version: object): Map<Citation, Wording> {
  let m = versionWordings.get(version);
  if (!m) {
    m = new Map();
    versionWordings.set(version, m);
  }
  return m;
}

/** Versions in force per registry, by standard and drafts flag, by day (shared by audits). */
const versionMemos = new WeakMap<Registry, Map<string, DayMemo<VersionAt>>>();

function versionMemo(registry: Registry, standard: string, includeDrafts: boolean): DayMemo<VersionAt> {
  let byStandard = versionMemos.get(registry);
  if (!byStandard) {
    byStandard = new Map();
    versionMemos.set(registry, byStandard);
  }
  const key = includeDrafts ? `${standard}|drafts` : standard;
  let memo = byStandard.get(key);
  if (!memo) {
    memo = new DayMemo<VersionAt>(20_000);
    byStandard.set(key, memo);
  }
  return memo;
}

const NO_EVENTS: readonly CaseEvent[] = [];

/** Everything a check needs: the parsed case, its events in date order, versions by date, options. */
export class AuditContext {
  readonly events: readonly CaseEvent[];
  /** The events of each type, in date order. */
  private readonly byType = new Map<EventType, CaseEvent[]>();
  /** Memo tables of the calendar (terms, month ends, quarters). */
  readonly terms: CalendarMemo;
  private versions: DayMemo<VersionAt> | undefined;
  private ended: string | undefined | null = null;

  constructor(
    readonly kase: Case,
    readonly asOf: string,
    readonly calendar: Calendar,
    readonly registry: Registry,
    readonly userOptions: Readonly<Record<string, string>>,
    readonly includeDrafts: boolean,
  ) {
    this.terms = calendarMemo(calendar);
    this.events = sortByTime(kase.events);
    for (const e of this.events) {
      const list = this.byType.get(e.type);
      if (list) list.push(e);
      else this.byType.set(e.type, [e]);
    }
  }

  /** Events of one type (optionally matching field values), in date order. Do not change the array. */
  of(type: EventType, where?: Readonly<Record<string, string | number | boolean>>): readonly CaseEvent[] {
    const all = this.byType.get(type) ?? NO_EVENTS;
    if (where === undefined || all.length === 0) return all;
    return all.filter((e) => {
      for (const k of Object.keys(where)) if ((e as Record<string, unknown>)[k] !== where[k]) return false;
      return true;
    });
  }

  /** Day the case ended (refusal, completion or expulsion), if it did. */
  endedOn(): string | undefined {
    if (this.ended === null) {
      const end = this.events.find((e) => e.type === 'refusal' || e.type === 'completion' || e.type === 'expulsion');
      this.ended = end ? dayOf(end) : undefined;
    }
    return this.ended;
  }

  /** The version of the case's standard in force on a day, or why there is none. */
  versionAt(date: string): VersionAt {
    // the answer depends only on the registry, the standard, the drafts flag and the day
    const memo = (this.versions ??= versionMemo(this.registry, this.kase.standard, this.includeDrafts));
    const hit = memo.get(date);
    if (hit) return hit;
    let v: VersionAt;
    try {
      const resolved = this.registry.at(this.kase.standard, date, { includeDrafts: this.includeDrafts });
      v = { ok: true, resolved, wordings: wordingIsPerVersion(this.registry) ? wordingsOf(resolved.version) : new Map() };
    } catch (e) {
      if (e instanceof RepealedError) v = { ok: false, reason: `repealed by ${e.repealedBy} from ${e.effective}`, citation: e.citation };
      else if (e instanceof NotYetInForceError) v = { ok: false, reason: `not yet in force (${e.effective.certainty === 'inferred' ? 'not before ' : 'from '}${e.effective.date})`, citation: e.effective.citation };
      else throw e;
    }
    return memo.set(date, v);
  }

  /** The reading of an ambiguity option: the caller's, or the rule file's documented default. */
  option(rules: RuleFile, name: string): string | undefined {
    const option = rules.options[name];
    if (!option) return undefined;
    const chosen = this.userOptions[name];
    if (chosen === undefined) return option.default;
    if (!option.readings.some((r) => r.id === chosen)) {
      throw new InvalidInputError('audit options', [
        { path: ['options', name], code: 'invalid_reading', message: `reading must be one of ${option.readings.map((r) => r.id).join(', ')}` },
      ]);
    }
    return chosen;
  }

  /**
   * Builds a finding for the case's standard under a resolved version: the fields of an
   * `Outcome` in `makeOutcome`'s order, then the check, its kind and the extra fields. The
   * citations, message, trace and extra passed become the finding's own: every check passes
   * fresh ones for each finding (nothing else holds them), so they are not copied again.
   */
  finding(args: {
    check: string;
    resolved: ResolvedVersion | null;
    status: Finding['status'];
    kind?: Finding['kind'];
    citations: readonly Citation[];
    message: Message;
    trace?: readonly TraceEntry[];
    extra?: Partial<Pick<Finding, 'start' | 'due' | 'done' | 'lateBy' | 'skipped'>>;
  }): Finding {
    const trace = args.trace;
    const f: Finding = {
      status: args.status,
      rule: args.check,
      standard: this.kase.standard,
      version: args.resolved?.version.id ?? '-',
      binding: args.resolved?.version.binding ?? true,
      citations: args.citations as Citation[],
      message: args.message as Finding['message'],
      trace: trace === undefined ? [] : (trace as TraceEntry[]),
      check: args.check,
    };
    if (args.kind) f.kind = args.kind;
    if (args.extra) Object.assign(f, args.extra);
    if (args.resolved && !args.resolved.certain) f.uncertain = true;
    return f;
  }
}

/** The events in time order (`at`, else the date); a stable sort, skipped when already in order. */
function sortByTime(events: readonly CaseEvent[]): readonly CaseEvent[] {
  const keys = events.map((e) => e.at ?? dayOf(e));
  let sorted = true;
  for (let i = 1; i < keys.length; i++) {
    if (compareKeys(keys[i - 1] as string, keys[i] as string) > 0) {
      sorted = false;
      break;
    }
  }
  if (sorted) return events.slice();
  const order = keys.map((_, i) => i);
  order.sort((i, j) => compareKeys(keys[i] as string, keys[j] as string) || i - j);
  return order.map((i) => events[i] as CaseEvent);
}

/**
 * `a.localeCompare(b)` for two days or local date-times. Both are written with the same fixed
 * pattern (YYYY-MM-DD, then THH:mm), so they differ first at a digit or one is a prefix of the
 * other; there every collation orders them as their UTF-16 code units do.
 */
function compareKeys(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
