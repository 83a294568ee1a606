/**
 * Seeded generator of synthetic trafficking cases for benchmarks (`bench/audit.bench.ts`, and a
 * later CLI benchmark). No personal data: ids are opaque (`bench-<seed>-<n>`), every field is an
 * id from the standard's lists, a date or a local date-time.
 *
 * Cases start between 2016-05-01 and 2023-06-30 (a few run past the repeal on 2023-07-01; all
 * dates lie within the calendar's covered years 2016–2026). The mix is meant to look like a
 * real caseload: most steps on time, some late (a few days past the term, often across weekends
 * and holidays), some missing, some done without their start event, refusals after a failed
 * identification or a contraindication, extensions on listed and unlisted grounds and over the
 * maximum, violations of the internal rules, absences (with and without notice, with valid
 * reasons, in hospital), expulsions on every ground (and on too little), completions, belongings,
 * day-stay visits and report disclosures. The same `(n, seed)` always gives the same cases.
 */
import { addCalendarDays, addMonths, addWorkingDays } from '../src/calendar/index.js';
import type { CaseInput } from '../src/schema/case.js';

/** A generated case with the day it is audited on. */
export interface GeneratedCase {
  readonly case: CaseInput;
  readonly asOf: string;
}

type Event = CaseInput['events'][number];

/** mulberry32: a small, fast, seedable PRNG (deterministic across platforms). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY = 86_400_000;
const FIRST = Date.UTC(2016, 4, 1); // 2016-05-01
const LAST = Date.UTC(2023, 5, 30); // 2023-06-30
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

class Gen {
  constructor(private readonly r: () => number) {}
  /** True with probability p. */
  p(p: number): boolean {
    return this.r() < p;
  }
  /** An integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)] as T;
  }
  /** Picks by weight: [[value, weight], …]. */
  weighted<T>(xs: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of xs) total += w;
    let x = this.r() * total;
    for (const [v, w] of xs) {
      x -= w;
      if (x < 0) return v;
    }
    return (xs[xs.length - 1] as readonly [T, number])[0];
  }
  /** A local time HH:mm between the hours given. */
  time(fromHour: number, toHour: number): string {
    const h = this.int(fromHour, toHour);
    const m = this.pick([0, 10, 15, 20, 30, 40, 45, 50]);
    return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  }
}

type Timing = 'on-time' | 'late' | 'missing' | 'skipped';

/**
 * When a step of `term` working (or calendar) days after `from` is done: on time (within the
 * term), late (1–6 days past it), or not at all. `skipped` means the step is not logged but the
 * case goes on (later steps then lack their start event).
 */
function timing(g: Gen, late = 0.14, missing = 0.03, skipped = 0.02): Timing {
  return g.weighted<Timing>([
    ['on-time', 1 - late - missing - skipped],
    ['late', late],
    ['missing', missing],
    ['skipped', skipped],
  ]);
}

function stepDay(g: Gen, from: string, term: number, unit: 'working' | 'calendar', t: Timing): string {
  const add = unit === 'working' ? addWorkingDays : addCalendarDays;
  if (t === 'late') return add(from, term + g.int(1, 6));
  // on time: sometimes the same day, mostly within the term
  const k = g.int(0, term);
  return k === 0 ? from : add(from, k);
}

const UNLISTED_EXTENSION = ['family-reasons', 'employment-search', 'housing-pending'] as const;
const LISTED_EXTENSION = ['criminal-case-pending', 'inpatient-treatment'] as const;
const CONTRAINDICATIONS = ['dangerous-mental-illness', 'active-tuberculosis-or-infection', 'intoxication', 'terminal-stage', 'inpatient-treatment-needed'] as const;
const COMPLETION = ['written-request', 'contract-ended', 'contract-fulfilled-early', 'plan-completed-early'] as const;

/** One synthetic case; `n` is its number in the batch. */
function generateOne(g: Gen, seed: number, n: number): GeneratedCase {
  const events: Event[] = [];
  const facts: { pretrialVictimStatus?: boolean; minor?: boolean; category?: string } = {};
  const push = (e: Event): void => {
    events.push(e);
  };
  let last = '';
  const seen = (d: string): string => {
    if (d > last) last = d;
    return d;
  };

  const start = iso(FIRST + g.int(0, Math.round((LAST - FIRST) / DAY)) * DAY);
  // shapes of case: most go through admission; some are logged from the contract on; a few
  // are day-stay only or a single disclosure
  const shape = g.weighted([
    ['full', 70],
    ['from-contract', 18],
    ['day-stay', 6],
    ['short', 6],
  ] as const);
  if (g.p(0.08)) facts.minor = g.p(0.5);

  let contract: string | undefined;
  let stopped = false; // a refusal ends the case before a contract

  if (shape === 'full' || shape === 'short') {
    const route = g.weighted([
      ['application', 50],
      ['referral-authorized-body', 14],
      ['referral-police', 14],
      ['police-detected', 7],
      ['pretrial-victim-status', 10],
      [undefined, 5],
    ] as const);
    // p.9: a referral within one working day of the recognition as a victim
    let request = start;
    if (route === 'referral-authorized-body' || route === 'referral-police') {
      const t = timing(g, 0.2, 0, 0);
      const recognized = addCalendarDays(start, -g.int(0, 3));
      push({ type: 'victim-recognized', date: seen(recognized) });
      request = stepDay(g, recognized, 1, 'working', t);
    }
    push(route === undefined ? { type: 'request', date: seen(request) } : { type: 'request', date: seen(request), route });
    // p.13-1: a person the investigation recognised as a victim is not identified again
    const pretrial = route === 'pretrial-victim-status' || g.p(0.03);
    if (pretrial) {
      if (g.p(0.6)) facts.pretrialVictimStatus = true;
      if (g.p(0.7)) push({ type: 'pretrial-victim-status', date: seen(addCalendarDays(request, -g.int(0, 5))) });
    } else if (g.p(0.04)) facts.pretrialVictimStatus = false;

    if (g.p(0.03)) {
      // a contraindication found at admission: refused (or, rarely, served anyway below)
      const item = g.pick(CONTRAINDICATIONS);
      push({ type: 'contraindication-found', date: seen(request), item: g.p(0.95) ? item : 'chronic-condition' });
      if (g.p(0.85)) {
        push({ type: 'refusal', date: seen(request), ground: item });
        stopped = true;
      }
    }

    let permitFrom: string | undefined = request;
    if (!stopped && !(pretrial && g.p(0.7))) {
      // identification within one working day of the request (p.10)
      const t = timing(g);
      if (t === 'missing') stopped = true;
      else {
        const identified = g.p(0.92);
        const day = stepDay(g, request, 1, 'working', t);
        if (t !== 'skipped') {
          const e: Event = { type: 'identification', date: seen(day), result: identified ? 'identified' : 'not-identified' };
          if (g.p(0.5)) e.participants = ['organisation', 'authorized-body'];
          push(e);
        }
        if (!identified) {
          if (g.p(0.8)) push({ type: 'refusal', date: seen(day), ground: 'not-identified' });
          // rarely a contract follows anyway (an unlawful admission)
          stopped = g.p(0.85);
        }
        permitFrom = day;
        if (!stopped) {
          // evaluation sheet sent within one working day (p.14)
          const te = timing(g);
          if (te === 'missing') stopped = true;
          else {
            const sent = stepDay(g, day, 1, 'working', te);
            if (te !== 'skipped') push({ type: 'evaluation-sent', date: seen(sent) });
            permitFrom = sent;
            if (g.p(0.3)) {
              permitFrom = g.p(0.8) ? sent : addWorkingDays(sent, 1);
              push({ type: 'evaluation-received', date: seen(permitFrom) });
            }
          }
        }
      }
    }
    if (shape === 'short') stopped = true;
    if (!stopped && permitFrom !== undefined) {
      // permit within three working days (p.15), sent within one, contract within one
      const tp = timing(g);
      if (tp === 'missing') stopped = true;
      else {
        const permit = stepDay(g, permitFrom, 3, 'working', tp);
        if (tp !== 'skipped') push({ type: 'permit', date: seen(permit) });
        const ts = timing(g);
        if (ts === 'missing') stopped = true;
        else {
          const sent = stepDay(g, permit, 1, 'working', ts);
          if (ts !== 'skipped') push({ type: 'permit-sent', date: seen(sent) });
          let from = sent;
          if (g.p(0.25)) {
            from = g.p(0.7) ? sent : addWorkingDays(sent, 1);
            push({ type: 'permit-received', date: seen(from) });
          }
          const tc = timing(g, 0.12, 0.04, 0);
          if (tc === 'missing') stopped = true;
          else contract = stepDay(g, from, 1, 'working', tc);
        }
      }
    }
  } else if (shape === 'from-contract') {
    contract = start;
  }

  let ended: string | undefined;
  let openAsOf: string | undefined; // the audit day of a case still in care
  if (contract !== undefined) {
    push({ type: 'contract-signed', date: seen(contract) });
    // registration card and entry into the information system within one working day (p.20)
    if (g.p(0.9)) {
      const card = g.p(0.8) ? contract : addCalendarDays(contract, g.int(1, 3));
      push({ type: 'registration-card', date: seen(card) });
      const t = timing(g, 0.15, 0.06, 0);
      if (t !== 'missing') push({ type: 'information-system-entry', date: seen(stepDay(g, card, 1, 'working', t)) });
    }
    // the recipient refuses to apply to the police: the organisation informs it within three working days (p.21)
    if (g.p(0.2)) {
      const refused = addCalendarDays(contract, g.int(0, 10));
      push({ type: 'police-refusal', date: seen(refused) });
      const t = timing(g, 0.2, 0.1, 0);
      if (t !== 'missing') push({ type: 'police-informed', date: seen(stepDay(g, refused, 3, 'working', t)) });
    }
    // a contraindication found after admission: services must stop
    if (g.p(0.02)) push({ type: 'contraindication-found', date: seen(addCalendarDays(contract, g.int(1, 30))), item: g.pick(CONTRAINDICATIONS) });

    // the contract's term: 6 months, extensions on listed / unlisted grounds (p.16)
    const termEnd = addMonths(contract, 6);
    let end = termEnd;
    const extensions = g.weighted([
      [0, 78],
      [1, 16],
      [2, 6],
    ] as const);
    let extTotal = 0;
    for (let k = 0; k < extensions; k++) {
      const day = addCalendarDays(termEnd, -g.int(1, 20) + k * 7);
      const listed = g.p(0.75);
      const months = g.weighted([
        [1, 30],
        [2, 30],
        [3, 30],
        [4, 10],
      ] as const);
      const e: Event = { type: 'extension', date: seen(day) };
      if (g.p(0.97)) e.ground = listed ? g.pick(LISTED_EXTENSION) : g.pick(UNLISTED_EXTENSION);
      if (g.p(0.97)) e.months = months;
      push(e);
      if (listed && e.ground !== undefined && e.months !== undefined && extTotal + months <= 3) {
        extTotal += months;
        end = addMonths(contract, 6 + extTotal);
      }
    }

    // needs assessment within three calendar days (p.27), plan within three working days (p.29)
    let planEnd: string | undefined;
    const ta = timing(g, 0.12, 0.04, 0.02);
    if (ta !== 'missing') {
      const assessed = stepDay(g, contract, 3, 'calendar', ta);
      if (ta !== 'skipped') push({ type: 'needs-assessment', date: seen(assessed) });
      const tp = timing(g, 0.12, 0.04, 0);
      if (tp !== 'missing') {
        const plan = stepDay(g, assessed, 3, 'working', tp);
        planEnd = addMonths(plan, g.pick([3, 6, 6]));
        if (planEnd > end) planEnd = end;
        if (planEnd < plan) planEnd = plan;
        push({ type: 'plan', date: seen(plan), end: planEnd });
      }
    }

    // what happens during the stay: violations, absences, hospital stays
    const stayDays = Math.max(1, Math.round((Date.parse(end) - Date.parse(contract)) / DAY));
    const during = (): string => addCalendarDays(contract as string, g.int(1, Math.max(1, stayDays - 2)));
    const violations = g.weighted([
      [0, 60],
      [1, 12],
      [2, 8],
      [3, 8],
      [4, 7],
      [5, 5],
    ] as const);
    const violationDays = Array.from({ length: violations }, during).sort();
    for (const d of violationDays) push({ type: 'violation', date: seen(d) });
    if (g.p(0.04)) push({ type: 'insult-or-breach', date: seen(during()) });
    const absences: Array<{ at: string; endAt: string | undefined }> = [];
    const absenceCount = g.weighted([
      [0, 75],
      [1, 18],
      [2, 7],
    ] as const);
    for (let k = 0; k < absenceCount; k++) {
      const leftDay = during();
      const at = `${leftDay}T${g.time(7, 22)}`;
      // 4 hours to 6 days; around the 72-hour line on purpose
      const hours = g.weighted([
        [g.int(4, 48), 40],
        [g.int(60, 84), 35],
        [g.int(85, 144), 25],
      ] as const);
      const back = new Date(Date.parse(`${at}:00Z`) + hours * 3_600_000 + g.pick([0, 0, 60_000]));
      const endAt = g.p(0.9) ? back.toISOString().slice(0, 16) : undefined;
      const e: Event = g.p(0.93) ? { type: 'absence', at } : { type: 'absence', date: leftDay };
      if (endAt !== undefined) e.endAt = endAt;
      if (g.p(0.8)) e.notified = g.p(0.2);
      if (g.p(0.12)) e.reason = g.pick(['police-detention', 'health-facility', 'crime-against-recipient', 'visiting-relatives']);
      if (g.p(0.1)) push({ type: 'hospitalisation', date: seen(leftDay), end: seen(endAt?.slice(0, 10) ?? addCalendarDays(leftDay, 2)) });
      seen(endAt?.slice(0, 10) ?? leftDay);
      push(e);
      absences.push({ at, endAt });
    }
    if (g.p(0.05)) {
      const h = during();
      push({ type: 'hospitalisation', date: seen(h), end: seen(addCalendarDays(h, g.int(1, 14))) });
    }

    // quarterly monitoring (p.31), one quarter in ten missed
    for (let q = 0; ; q++) {
      const from = addMonths(contract, 3 * q);
      const to = addCalendarDays(addMonths(contract, 3 * (q + 1)), -1);
      if (from > end) break;
      const day = addCalendarDays(from, g.int(10, Math.max(10, Math.round((Date.parse(to) - Date.parse(from)) / DAY) - 5)));
      if (g.p(0.9)) push({ type: 'monitoring', date: seen(day < end ? day : end) });
    }

    // plan renewal within one working day of the end of the previous plan (p.29)
    if (planEnd !== undefined && planEnd < end && g.p(0.7)) {
      const t = timing(g, 0.2, 0.05, 0);
      if (t !== 'missing') {
        const next = stepDay(g, addCalendarDays(planEnd, 1), 1, 'working', t);
        push({ type: 'plan', date: seen(next), end: seen(end > next ? end : next) });
      }
    }

    // the end: completion, expulsion (with or without a sufficient ground), or still in care
    const exit = g.weighted([
      ['completion', 55],
      ['expulsion', 15],
      ['ongoing', 30],
    ] as const);
    if (exit === 'completion') {
      ended = g.p(0.7) ? end : during();
      if (ended < last) ended = last;
      push({ type: 'completion', date: ended, ground: g.pick(COMPLETION) });
    } else if (exit === 'ongoing') {
      // audited while in care (events after the audit day are not yet logged), or after the term ran out
      openAsOf = g.p(0.75) ? addCalendarDays(contract, g.int(5, stayDays)) : addCalendarDays(end, g.int(1, 60));
    } else if (exit === 'expulsion') {
      const ground = g.weighted([
        ['rule-violations', violations > 0 ? 45 : 5],
        ['absence', absences.length > 0 ? 45 : 5],
        ['insults-or-breach', 8],
        ['drunkenness', 2],
        [undefined, 2],
      ] as const);
      ended = ground === 'rule-violations' ? addCalendarDays(violationDays.at(-1) ?? contract, g.int(1, 10)) : ground === 'absence' ? absences.at(-1)?.endAt?.slice(0, 10) ?? addCalendarDays(contract, 20) : during();
      if (ended < last && g.p(0.8)) ended = last;
      const e: Event = ground === undefined ? { type: 'expulsion', date: ended } : { type: 'expulsion', date: ended, ground };
      if (ground === 'absence' && g.p(0.3)) {
        e.at = `${ended}T${g.time(8, 18)}`;
        delete e.date;
      }
      push(e);
    }
    if (ended !== undefined && g.p(0.85)) push({ type: 'belongings-returned', date: seen(g.p(0.9) ? ended : addCalendarDays(ended, g.int(-3, 2))) });
  }

  if (shape === 'day-stay' || g.p(0.03)) {
    // day-stay visits (p.2: one to four hours a day), sometimes two on one day
    const visits = g.int(1, 6);
    let day = shape === 'day-stay' ? start : addCalendarDays(start, g.int(0, 20));
    for (let k = 0; k < visits; k++) {
      const from = g.int(8, 15);
      const minutes = g.weighted([
        [g.int(60, 240), 80],
        [g.int(20, 59), 8],
        [g.int(241, 330), 12],
      ] as const);
      const endMin = from * 60 + minutes;
      const at = `${day}T${String(from).padStart(2, '0')}:00`;
      const endAt = `${day}T${String(Math.floor(endMin / 60)).padStart(2, '0')}:${String(endMin % 60).padStart(2, '0')}`;
      push(g.p(0.97) ? { type: 'day-stay', at, endAt } : { type: 'day-stay', date: day });
      seen(day);
      if (g.p(0.8)) day = addCalendarDays(day, g.int(1, 3));
    }
  }
  if (g.p(0.04)) {
    const e: Event = { type: 'report-disclosed', date: seen(addCalendarDays(start, g.int(1, 60))) };
    if (g.p(0.9)) e.writtenRequest = g.p(0.8);
    if (g.p(0.9)) e.writtenConsent = g.p(0.8);
    push(e);
  }

  // the audit day: shortly after the last step, or (for a case still open) some weeks on
  if (last === '') last = start;
  let asOf = g.p(0.15) ? addCalendarDays(last, g.int(0, 2)) : addCalendarDays(ended ?? last, g.int(1, 120));
  if (openAsOf !== undefined) {
    asOf = openAsOf;
    const logged = events.filter((e) => (e.date ?? (e.at as string).slice(0, 10)) <= (asOf as string));
    events.length = 0;
    events.push(...logged);
  }
  // a log is not always written in order
  if (g.p(0.2)) {
    const i = g.int(0, events.length - 1);
    const j = g.int(0, events.length - 1);
    [events[i], events[j]] = [events[j] as Event, events[i] as Event];
  }
  const kase: CaseInput = { id: `bench-${seed}-${n}`, standard: 'trafficking', events };
  if (Object.keys(facts).length > 0) kase.facts = facts;
  return { case: kase, asOf };
}

/** `n` synthetic trafficking cases, the same for the same `(n, seed)`. */
export function generateCases(n: number, seed: number): GeneratedCase[] {
  const g = new Gen(mulberry32(seed));
  const out: GeneratedCase[] = [];
  for (let i = 0; i < n; i++) out.push(generateOne(g, seed, i));
  return out;
}
