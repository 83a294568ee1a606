/**
 * Baseline (a) of the audit benchmark: the trafficking audit written by hand, as a programmer
 * would without rule files — terms, lists, paragraphs and the dates of the versions hard-coded
 * (they are allowed here only, in bench/), the same calendar functions (src/calendar) for the
 * arithmetic — the plain ones (addWorkingDays, isWorkingDay, …), not the validating and explaining
 * `deadline` — and the default readings of every ambiguity option. It takes a case that is already
 * well-typed (no schema validation) and returns the same verdicts as `auditCase`, each with a
 * citation label and a message key, in the same order.
 *
 * It must stay in step with src/audit and src/checks: bench/audit.bench.ts asserts, for every
 * generated case, that its verdicts equal the library's.
 */
import { addCalendarDays, addMonths, addWorkingDays, dayInfo, isWorkingDay, nextWorkingDay, workingDaysBetween } from '../src/calendar/index.js';
import type { CaseInput } from '../src/schema/case.js';

type Ev = CaseInput['events'][number];

export interface BaselineFinding {
  check: string;
  status: 'compliant' | 'violation' | 'not-applicable' | 'needs-evidence' | 'needs-judgement' | 'not-regulated';
  kind?: 'late' | 'missing' | 'premature' | 'unlawful' | 'refused';
  start?: string;
  due?: string;
  done?: string;
  lateBy?: { amount: number; unit: 'working-days' | 'calendar-days' | 'hours' };
  skipped?: Array<{ date: string; reasons: string[] }>;
  /** Paragraph cited (a label, e.g. "p.10"). */
  cite: string;
  /** Message key. */
  message: string;
}

// ---- the versions of Order No.138 (start dates inferred: 10 calendar days after publication)
const REPEAL = '2023-07-01'; // Order No.263: quarters ending on or after it are not judged
const IN_FORCE_FROM = '2016-04-08';
const REPEALED_FROM = '2023-07-01'; // Order No.263 of 29.06.2023
const V49 = '2022-02-19'; // Order No.49: reworded p.20 (among others)
const V325 = '2022-09-03'; // Order No.325: added p.13-1, reworded Annex 8
const V383 = '2022-10-03'; // Order No.383

const enum Version {
  NotYet = -1,
  V138 = 0,
  V49 = 1,
  V325 = 2,
  V383 = 3,
  Repealed = 4,
}
function versionAt(day: string): Version {
  if (day < IN_FORCE_FROM) return Version.NotYet;
  if (day >= REPEALED_FROM) return Version.Repealed;
  if (day < V49) return Version.V138;
  if (day < V325) return Version.V49;
  if (day < V383) return Version.V325;
  return Version.V383;
}
/** The wording of p.20 before Order No.49, and of Annex 8 before Order No.325, is not the encoded one. */
const P20_ENCODED_FROM = Version.V49;
const ANNEX8_ENCODED_FROM = Version.V325;
const P13_1_FROM = Version.V325;

// ---- the standard's numbers and lists
const CONTRACT_MONTHS = 6;
const EXTENSION_MAX_MONTHS = 3;
const VIOLATIONS_MORE_THAN = 3;
const ABSENCE_MORE_THAN_HOURS = 72;
const DAY_STAY_MIN = 1;
const DAY_STAY_MAX = 4;
const CONTRAINDICATIONS = new Set(['dangerous-mental-illness', 'active-tuberculosis-or-infection', 'intoxication', 'terminal-stage', 'inpatient-treatment-needed']);
const EXTENSION_GROUNDS = new Set(['criminal-case-pending', 'inpatient-treatment']);
const EXPULSION_GROUNDS = new Set(['rule-violations', 'absence', 'insults-or-breach']);
const ABSENCE_REASONS = new Set(['police-detention', 'health-facility', 'crime-against-recipient']); // an open list
const REFERRAL_ROUTES = new Set(['referral-authorized-body', 'referral-police']);

const dayOf = (e: Ev): string => e.date ?? (e.at as string).slice(0, 10);
const endDayOf = (e: Ev): string | undefined => e.end ?? e.endAt?.slice(0, 10);

/** Local date-time `YYYY-MM-DDTHH:mm` plus hours, as wall-clock arithmetic. */
function plusHours(at: string, hours: number): string {
  return new Date(Date.parse(`${at}:00Z`) + hours * 3_600_000).toISOString().slice(0, 16);
}

type Tri = boolean | 'missing';

interface Deadline {
  readonly id: string;
  readonly start: readonly string[];
  readonly identifiedOnly?: boolean;
  readonly stated: boolean;
  readonly atEnd?: boolean;
  readonly due: string;
  readonly amount: number;
  readonly unit: 'working-days' | 'calendar-days';
  readonly cite: string;
  readonly applies?: (route: string | undefined, pretrial: boolean | undefined) => Tri;
}
const pretrialFalse = (_r: string | undefined, p: boolean | undefined): Tri => (p === undefined ? 'missing' : p === false);
const DEADLINES: readonly Deadline[] = [
  { id: 'referral', start: ['victim-recognized'], stated: true, due: 'request', amount: 1, unit: 'working-days', cite: 'p.9', applies: (r) => (r === undefined ? 'missing' : REFERRAL_ROUTES.has(r)) },
  { id: 'identification', start: ['request'], stated: true, due: 'identification', amount: 1, unit: 'working-days', cite: 'p.10', applies: pretrialFalse },
  { id: 'evaluation-sent', start: ['identification'], identifiedOnly: true, stated: false, due: 'evaluation-sent', amount: 1, unit: 'working-days', cite: 'p.14', applies: pretrialFalse },
  { id: 'permit', start: ['evaluation-received', 'evaluation-sent'], stated: true, due: 'permit', amount: 3, unit: 'working-days', cite: 'p.15' },
  { id: 'permit-sent', start: ['permit'], stated: true, due: 'permit-sent', amount: 1, unit: 'working-days', cite: 'p.15' },
  { id: 'contract', start: ['permit-received', 'permit-sent'], stated: true, due: 'contract-signed', amount: 1, unit: 'working-days', cite: 'p.15' },
  { id: 'information-system-entry', start: ['registration-card'], stated: true, due: 'information-system-entry', amount: 1, unit: 'working-days', cite: 'p.20' },
  { id: 'police-informed', start: ['police-refusal'], stated: false, due: 'police-informed', amount: 3, unit: 'working-days', cite: 'p.21' },
  { id: 'needs-assessment', start: ['contract-signed'], stated: true, due: 'needs-assessment', amount: 3, unit: 'calendar-days', cite: 'p.27' },
  { id: 'plan', start: ['needs-assessment'], stated: true, due: 'plan', amount: 3, unit: 'working-days', cite: 'p.29' },
  { id: 'plan-renewal', start: ['plan'], stated: true, atEnd: true, due: 'plan', amount: 1, unit: 'working-days', cite: 'p.29' },
];

type Skipped = Array<{ date: string; reasons: string[] }>;

function skippedDay(date: string): { date: string; reasons: string[] } {
  return { date, reasons: dayInfo(date).reasons.map((r) => r.kind as string) };
}

/**
 * A term counted from the day after `event`: its last day, moved to the next working day when
 * it is not one, and the non-working days skipped on the way (working days) or after the last day.
 */
function term(event: string, amount: number, unit: 'working-days' | 'calendar-days'): { due: string; skipped: Skipped } {
  const skipped: Skipped = [];
  if (unit === 'working-days') {
    const due = addWorkingDays(event, amount);
    for (let d = addCalendarDays(event, 1); d < due; d = addCalendarDays(d, 1)) if (!isWorkingDay(d)) skipped.push(skippedDay(d));
    return { due, skipped };
  }
  const last = addCalendarDays(event, amount);
  if (isWorkingDay(last)) return { due: last, skipped };
  const due = nextWorkingDay(last);
  for (let d = last; d < due; d = addCalendarDays(d, 1)) if (!isWorkingDay(d)) skipped.push(skippedDay(d));
  return { due, skipped };
}

const sortKey = (f: BaselineFinding): string => f.done ?? f.due ?? f.start ?? '9999';
/** ISO days and date-times order as strings; ids by code unit (the library uses localeCompare, the same order here). */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Audits one trafficking case (already well-typed) on `asOf` with the default readings. */
export function baselineAudit(kase: CaseInput, asOf: string): BaselineFinding[] {
  // events in date order (stable), and by type
  const time = (e: Ev): string => e.at ?? dayOf(e);
  const events = [...kase.events].sort((a, b) => cmp(time(a), time(b)));
  const byType = new Map<string, Ev[]>();
  for (const e of events) {
    const list = byType.get(e.type);
    if (list) list.push(e);
    else byType.set(e.type, [e]);
  }
  const NONE: Ev[] = [];
  const of = (type: string): Ev[] => byType.get(type) ?? NONE;
  let ended: string | undefined;
  for (const e of events) {
    if (e.type === 'refusal' || e.type === 'completion' || e.type === 'expulsion') {
      ended = dayOf(e);
      break;
    }
  }

  const out: BaselineFinding[] = [];
  /** The finding for a day outside the standard's period of force, or undefined when it is in force. */
  const outside = (check: string, day: string, v: Version): boolean => {
    if (v === Version.NotYet || v === Version.Repealed) {
      out.push({ check, status: 'not-applicable', cite: v === Version.NotYet ? 'order p.4' : 'order-263-2023', message: 'audit.outside-period' });
      return true;
    }
    return false;
  };
  const notEncoded = (check: string, cite: string, v: Version): boolean => {
    if ((cite === 'p.20' && v < P20_ENCODED_FROM) || (cite === 'annex 8' && v < ANNEX8_ENCODED_FROM)) {
      out.push({ check, status: 'needs-judgement', cite, message: 'audit.wording-not-encoded' });
      return true;
    }
    return false;
  };

  // ---- facts of the appliesWhen conditions
  const request = of('request')[0];
  const route = request?.route;
  let pretrial: boolean | undefined = kase.facts?.pretrialVictimStatus ?? (of('pretrial-victim-status').length > 0 ? true : undefined);
  if (pretrial === undefined && request !== undefined && request.route !== 'pretrial-victim-status') pretrial = false;
  const pretrialIn = (v: Version): boolean | undefined => (pretrial === true && v < P13_1_FROM ? false : pretrial);

  // ---- time limits
  if (events.length > 0) {
    for (const d of DEADLINES) {
      const check = `deadlines.${d.id}`;
      let starts: Ev[] = NONE;
      for (const type of d.start) {
        const found = d.identifiedOnly ? of(type).filter((e) => e.result === 'identified') : of(type);
        if (found.length > 0) {
          starts = found;
          break;
        }
      }
      const dues = of(d.due);
      if (starts.length === 0) {
        const due = dues[0];
        if (due === undefined || !d.stated) continue;
        const v = versionAt(dayOf(due));
        if (outside(check, dayOf(due), v) || notEncoded(check, d.cite, v)) continue;
        if (d.applies && d.applies(route, pretrialIn(v)) !== true) continue;
        out.push({ check, status: 'needs-evidence', cite: d.cite, message: 'audit.deadline.not-started' });
        continue;
      }
      const perStart = d.atEnd ? starts : starts.slice(0, 1);
      for (const startEvent of perStart) {
        const startDay = d.atEnd ? endDayOf(startEvent) : dayOf(startEvent);
        if (startDay === undefined) continue;
        const v = versionAt(startDay);
        if (outside(check, startDay, v) || notEncoded(check, d.cite, v)) continue;
        if (d.applies) {
          const applies = d.applies(route, pretrialIn(v));
          if (applies === 'missing') {
            out.push({ check, status: 'needs-evidence', cite: d.cite, message: 'audit.needs-fact' });
            continue;
          }
          if (!applies) {
            out.push({ check, status: 'not-applicable', cite: d.cite, message: 'audit.not-applicable' });
            continue;
          }
        }
        const { due, skipped } = term(startDay, d.amount, d.unit);
        const startEventDay = dayOf(startEvent);
        let done: Ev | undefined;
        for (const e of dues) {
          if (e !== startEvent && (d.atEnd ? dayOf(e) > startEventDay : dayOf(e) >= startDay)) {
            done = e;
            break;
          }
        }
        if (done === undefined) {
          const before = d.atEnd ? undefined : dues.find((e) => dayOf(e) < startDay && e !== startEvent);
          if (before) {
            out.push({ check, status: 'violation', kind: 'premature', start: startDay, due, skipped, done: dayOf(before), cite: d.cite, message: 'audit.deadline.premature' });
          } else if (ended !== undefined && ended <= due) {
            out.push({ check, status: 'not-applicable', start: startDay, due, skipped, cite: d.cite, message: 'audit.not-applicable' });
          } else if (asOf <= due) {
            out.push({ check, status: 'not-applicable', start: startDay, due, skipped, cite: d.cite, message: 'audit.deadline.pending' });
          } else {
            out.push({ check, status: 'violation', kind: 'missing', start: startDay, due, skipped, cite: d.cite, message: 'audit.deadline.missing' });
          }
          continue;
        }
        const doneDay = dayOf(done);
        if (doneDay <= due) {
          out.push({ check, status: 'compliant', start: startDay, due, skipped, done: doneDay, cite: d.cite, message: 'audit.deadline.compliant' });
        } else {
          const amount = d.unit === 'working-days' ? workingDaysBetween(due, doneDay) : Math.round((Date.parse(doneDay) - Date.parse(due)) / 86_400_000);
          out.push({ check, status: 'violation', kind: 'late', start: startDay, due, skipped, done: doneDay, lateBy: { amount, unit: d.unit }, cite: d.cite, message: 'audit.deadline.late' });
        }
      }
    }
  }

  // ---- contraindications (p.6, p.42): services must stop
  for (const found of of('contraindication-found')) {
    const day = dayOf(found);
    const check = 'check.contraindications';
    const v = versionAt(day);
    if (outside(check, day, v)) continue;
    if (found.item === undefined || !CONTRAINDICATIONS.has(found.item)) {
      out.push({ check, status: 'needs-judgement', cite: 'p.6', message: 'audit.needs-fact' });
      continue;
    }
    let stop: string | undefined;
    let after: string | undefined;
    for (const e of events) {
      const d = dayOf(e);
      if (d < day) continue;
      if (stop === undefined && (e.type === 'refusal' || e.type === 'completion' || e.type === 'expulsion')) stop = d;
    }
    for (const e of events) {
      const d = dayOf(e);
      if (d >= day && (stop === undefined || d < stop) && (e.type === 'contract-signed' || e.type === 'extension' || e.type === 'plan' || e.type === 'monitoring' || e.type === 'needs-assessment')) {
        after = d;
        break;
      }
    }
    out.push(
      after === undefined
        ? { check, status: 'compliant', done: day, cite: 'p.6', message: 'check.contraindication.refused' }
        : { check, status: 'violation', kind: 'unlawful', done: after, cite: 'p.6', message: 'check.contraindication.continued' },
    );
  }

  // ---- not identified → refusal (p.14)
  for (const id of of('identification')) {
    if (id.result !== 'not-identified') continue;
    const day = dayOf(id);
    const check = 'check.identification.refusal';
    if (outside(check, day, versionAt(day))) continue;
    const contract = of('contract-signed').find((c) => dayOf(c) >= day);
    out.push(
      contract
        ? { check, status: 'violation', kind: 'unlawful', done: dayOf(contract), cite: 'p.14', message: 'check.identification.contract-despite-refusal' }
        : { check, status: 'compliant', done: day, cite: 'p.14', message: 'check.identification.refusal' },
    );
  }

  // ---- contract term and extensions (p.16)
  const signed = of('contract-signed')[0];
  if (signed) {
    const signedOn = dayOf(signed);
    if (!outside('check.contract.term', signedOn, versionAt(signedOn))) {
      out.push({ check: 'check.contract.term', status: 'compliant', start: signedOn, due: addMonths(signedOn, CONTRACT_MONTHS), cite: 'p.16', message: 'check.contract.term' });
    }
    let total = 0;
    for (const ext of of('extension')) {
      const day = dayOf(ext);
      const check = 'check.contract.extension';
      if (outside(check, day, versionAt(day))) continue;
      if (ext.ground === undefined) out.push({ check, status: 'needs-evidence', cite: 'p.16', message: 'audit.needs-fact' });
      else if (!EXTENSION_GROUNDS.has(ext.ground)) out.push({ check, status: 'violation', kind: 'refused', done: day, cite: 'p.16', message: 'check.extension.ground-not-listed' });
      else if (ext.months === undefined) out.push({ check, status: 'needs-evidence', cite: 'p.16', message: 'audit.needs-fact' });
      else {
        const counted = total + ext.months;
        if (counted <= EXTENSION_MAX_MONTHS) total = counted;
        if (counted > EXTENSION_MAX_MONTHS) out.push({ check, status: 'violation', kind: 'refused', done: day, cite: 'p.16', message: 'check.extension.over-maximum' });
        else out.push({ check, status: 'compliant', done: day, due: addMonths(signedOn, CONTRACT_MONTHS + total), cite: 'p.16', message: 'check.extension.allowed' });
      }
    }
  }

  // ---- expulsion (p.43)
  for (const expulsion of of('expulsion')) {
    const done = dayOf(expulsion);
    const check = 'check.expulsion';
    if (outside(check, done, versionAt(done))) continue;
    const ground = expulsion.ground;
    const f = (status: BaselineFinding['status'], message: string, unlawful = status === 'violation'): void => {
      out.push(unlawful ? { check, status, kind: 'unlawful', done, cite: 'p.43', message } : { check, status, done, cite: 'p.43', message });
    };
    if (ground === undefined) f('needs-evidence', 'audit.needs-fact');
    else if (!EXPULSION_GROUNDS.has(ground)) f('violation', 'check.expulsion.ground-not-listed');
    else if (ground === 'rule-violations') {
      let since: string | undefined;
      for (const c of of('contract-signed')) if (dayOf(c) <= done) since = dayOf(c);
      let count = 0;
      for (const v of of('violation')) if (dayOf(v) <= done && (since === undefined || dayOf(v) >= since)) count++;
      f(count > VIOLATIONS_MORE_THAN ? 'compliant' : 'violation', count > VIOLATIONS_MORE_THAN ? 'check.expulsion.lawful' : 'check.expulsion.violations-not-enough');
    } else if (ground === 'absence') {
      const absences = of('absence').filter((a) => dayOf(a) <= done && a.notified !== true);
      if (absences.length === 0) {
        f('violation', 'check.expulsion.absence-not-enough');
        continue;
      }
      let exceeded = false;
      let listed = false;
      let unlisted = false;
      let needsEvidence = false;
      for (const a of absences) {
        let reason = a.reason;
        if (reason === undefined) {
          const from = dayOf(a);
          const to = endDayOf(a) ?? done;
          if (of('hospitalisation').some((h) => dayOf(h) <= to && (endDayOf(h) ?? done) >= from)) reason = 'health-facility';
        }
        if (reason !== undefined && ABSENCE_REASONS.has(reason)) { listed = true; continue; }
        if (reason !== undefined) { unlisted = true; continue; }
        const back = a.endAt ?? expulsion.at;
        if (a.at === undefined || back === undefined) needsEvidence = true;
        else if (back > plusHours(a.at, ABSENCE_MORE_THAN_HOURS)) exceeded = true;
      }
      if (exceeded) f('compliant', 'check.expulsion.lawful');
      else if (listed) f('violation', 'check.expulsion.valid-reason');
      else if (unlisted) f('needs-judgement', 'check.expulsion.reason-not-listed');
      else f(needsEvidence ? 'needs-evidence' : 'violation', needsEvidence ? 'audit.needs-fact' : 'check.expulsion.absence-not-enough');
    } else f('needs-judgement', 'check.expulsion.needs-judgement');
  }

  // ---- day stay: one to four hours a day (p.2)
  const dayStays = of('day-stay');
  if (dayStays.length > 0) {
    const minutesByDay = new Map<string, number>();
    let missing: string | undefined;
    for (const v of dayStays) {
      if (v.at === undefined || v.endAt === undefined) {
        missing ??= dayOf(v);
        continue;
      }
      const minutes = (Date.parse(`${v.endAt}:00Z`) - Date.parse(`${v.at}:00Z`)) / 60_000;
      minutesByDay.set(dayOf(v), (minutesByDay.get(dayOf(v)) ?? 0) + minutes);
    }
    if (missing !== undefined && !outside('check.day-stay', missing, versionAt(missing))) {
      out.push({ check: 'check.day-stay', status: 'needs-evidence', cite: 'p.2', message: 'audit.needs-fact' });
    }
    for (const [day, minutes] of minutesByDay) {
      if (outside('check.day-stay', day, versionAt(day))) continue;
      const hours = Math.round((minutes / 60) * 100) / 100;
      const ok = hours >= DAY_STAY_MIN && hours <= DAY_STAY_MAX;
      out.push({ check: 'check.day-stay', status: ok ? 'compliant' : 'violation', done: day, cite: 'p.2', message: ok ? 'check.day-stay.within' : 'check.day-stay.outside' });
    }
  }

  // ---- quarterly monitoring from the contract (p.31)
  if (signed) {
    const start = dayOf(signed);
    if (!outside('periodic.monitoring', start, versionAt(start))) {
      const stop = ended ?? asOf;
      const monitored = of('monitoring').map(dayOf);
      for (let k = 0; ; k++) {
        const from = addMonths(start, 3 * k);
        const to = addCalendarDays(addMonths(start, 3 * (k + 1)), -1);
        if (to > stop || to >= asOf || to >= REPEAL) break;
        const any = monitored.some((d) => d >= from && d <= to);
        out.push(
          any
            ? { check: 'periodic.monitoring', status: 'compliant', start: from, due: to, cite: 'p.31', message: 'check.monitoring.quarter' }
            : { check: 'periodic.monitoring', status: 'violation', kind: 'missing', start: from, due: to, cite: 'p.31', message: 'check.monitoring.quarter' },
        );
      }
    }
  }

  // ---- belongings returned on leaving (p.45)
  const exit = events.find((e) => e.type === 'completion' || e.type === 'expulsion');
  if (exit) {
    const day = dayOf(exit);
    if (!outside('check.belongings', day, versionAt(day))) {
      const returned = of('belongings-returned').some((e) => dayOf(e) >= day || (endDayOf(e) ?? dayOf(e)) >= day);
      out.push({ check: 'check.belongings', status: returned ? 'compliant' : 'needs-evidence', done: day, cite: 'p.45', message: 'check.belongings' });
    }
  }

  // ---- the identification report: written request and written consent (Annex 8)
  for (const e of of('report-disclosed')) {
    const day = dayOf(e);
    const check = 'check.report-disclosure';
    const v = versionAt(day);
    if (outside(check, day, v) || notEncoded(check, 'annex 8', v)) continue;
    if (e.writtenRequest === undefined || e.writtenConsent === undefined) out.push({ check, status: 'needs-evidence', cite: 'annex 8', message: 'audit.needs-fact' });
    else if (e.writtenRequest && e.writtenConsent) out.push({ check, status: 'compliant', done: day, cite: 'annex 8', message: 'check.report.disclosure' });
    else out.push({ check, status: 'violation', kind: 'unlawful', done: day, cite: 'annex 8', message: 'check.report.disclosure' });
  }

  // ---- identification participants (p.10; police also when they detected the case, p.11)
  for (const e of of('identification')) {
    if (e.participants === undefined) continue;
    const day = dayOf(e);
    const check = 'check.identification.participants';
    const v = versionAt(day);
    if (outside(check, day, v)) continue;
    const required = ['organisation', 'authorized-body', ...(of('request')[0]?.route === 'police-detected' ? ['police'] : [])];
    const ok = required.every((p) => e.participants?.includes(p));
    out.push(ok ? { check, status: 'compliant', done: day, cite: 'p.10', message: 'check.identification.participants' } : { check, status: 'violation', kind: 'missing', done: day, cite: 'p.10', message: 'check.identification.participants' });
  }

  return out.sort((a, b) => cmp(sortKey(a), sortKey(b)) || cmp(a.check, b.check));
}
