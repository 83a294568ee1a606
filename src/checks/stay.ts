import type { AuditContext } from '../audit/context.js';
import { dayOf, endDayOf } from '../audit/context.js';
import type { Finding } from '../audit/finding.js';
import { underVersion } from '../audit/guard.js';
import { num, param } from './data.js';

/**
 * Day stay (trafficking p.2: one to four hours a day; domestic violence p.2: two to six): the
 * hours of the day's visits, from local date-times, must lie within the bounds.
 */
export function dayStayFindings(ctx: AuditContext): Finding[] {
  const byDay = new Map<string, number>();
  let missing: string | undefined;
  for (const v of ctx.of('day-stay')) {
    if (v.at === undefined || v.endAt === undefined) {
      missing ??= dayOf(v);
      continue;
    }
    // whole minutes between two local date-times read as UTC, as date-fns' differenceInMinutes counts them
    const whole = Math.trunc((Date.parse(`${v.endAt}:00Z`) - Date.parse(`${v.at}:00Z`)) / 60_000);
    const minutes = whole === 0 ? 0 : whole;
    byDay.set(dayOf(v), (byDay.get(dayOf(v)) ?? 0) + minutes);
  }
  const out: Finding[] = [];
  if (missing !== undefined) {
    out.push(
      ...underVersion(ctx, missing, 'check.day-stay', (r) => param(r, 'day-stay.hours-per-day.max')?.citation, (resolved, rules) => [
        ctx.finding({ check: 'check.day-stay', resolved, status: 'needs-evidence', citations: [param(rules, 'day-stay.hours-per-day.max')!.citation], message: { key: 'audit.needs-fact', params: { step: 'check.day-stay', fact: 'at/endAt' } } }),
      ]),
    );
  }
  for (const [day, minutes] of byDay) {
    out.push(
      ...underVersion(ctx, day, 'check.day-stay', (r) => param(r, 'day-stay.hours-per-day.max')?.citation, (resolved, rules) => {
        const min = num(rules, 'day-stay.hours-per-day.min') as number;
        const max = num(rules, 'day-stay.hours-per-day.max') as number;
        const hours = Math.round((minutes / 60) * 100) / 100;
        // «до четырех часов» / «алты сағатқа дейін»: the bound is included unless the option reads it otherwise
        const inclusive = ctx.option(rules, 'day-stay.upper-bound') !== 'exclusive';
        const ok = hours >= min && (inclusive ? hours <= max : hours < max);
        return [
          ctx.finding({
            check: 'check.day-stay',
            resolved,
            status: ok ? 'compliant' : 'violation',
            citations: [param(rules, 'day-stay.hours-per-day.max')!.citation],
            trace: [
              { rule: 'check.day-stay', step: 'parameter', ref: 'day-stay.hours-per-day.min' },
              { rule: 'check.day-stay', step: 'parameter', ref: 'day-stay.hours-per-day.max' },
            ],
            extra: { done: day },
            message: { key: ok ? 'check.day-stay.within' : 'check.day-stay.outside', params: { done: day, hours, min, max } },
          }),
        ];
      }),
    );
  }
  return out;
}

/**
 * Periodic duties of a case (trafficking p.31 and p.35: monitoring every quarter). Quarters are
 * counted in three-month periods from the contract (a documented choice: the text says
 * «ежеквартально» without an anchor); a period that ended before the audit day without a
 * monitoring event is missing.
 */
export function periodicFindings(ctx: AuditContext): Finding[] {
  const signed = ctx.of('contract-signed')[0];
  if (!signed) return [];
  const start = dayOf(signed);
  return underVersion(ctx, start, 'periodic.monitoring', (r) => r.periodic['monitoring']?.citation, (resolved, rules) => {
    const rule = rules.periodic['monitoring'];
    if (!rule || rule.event === null || rule.every !== 'quarter') return [];
    const stop = ctx.endedOn() ?? ctx.asOf;
    const out: Finding[] = [];
    const events = ctx.of(rule.event).map(dayOf);
    for (let k = 0; ; k++) {
      const { from, to } = ctx.terms.quarter(start, k);
      // a quarter that ends outside the standard's period of force is not judged under it
      if (to > stop || to >= ctx.asOf || !ctx.versionAt(to).ok) break;
      const count = events.filter((d) => d >= from && d <= to).length;
      out.push(
        ctx.finding({
          check: 'periodic.monitoring',
          resolved,
          status: count > 0 ? 'compliant' : 'violation',
          kind: count > 0 ? undefined : 'missing',
          citations: [rule.citation],
          extra: { start: from, due: to },
          message: { key: 'check.monitoring.quarter', params: { start: from, due: to, count } },
        }),
      );
    }
    return out;
  });
}

/** Belongings returned on leaving (trafficking p.45; domestic violence p.39). */
export function belongingsFindings(ctx: AuditContext): Finding[] {
  const exit = ctx.events.find((e) => e.type === 'completion' || e.type === 'expulsion');
  if (!exit) return [];
  const day = dayOf(exit);
  return underVersion(ctx, day, 'check.belongings', (r) => r.lists['belongings-returned']?.citation, (resolved, rules) => {
    const l = rules.lists['belongings-returned'];
    if (!l) return [];
    const returned = ctx.of('belongings-returned').some((e) => dayOf(e) >= day || (endDayOf(e) ?? dayOf(e)) >= day);
    return [
      ctx.finding({
        check: 'check.belongings',
        resolved,
        status: returned ? 'compliant' : 'needs-evidence',
        citations: [l.citation],
        extra: { done: day },
        message: { key: 'check.belongings', params: { done: day, count: returned ? 1 : 0 } },
      }),
    ];
  });
}

/** The identification report goes to law enforcement only on a written request and with written consent (trafficking Annex 8). */
export function reportFindings(ctx: AuditContext): Finding[] {
  return ctx.of('report-disclosed').flatMap((e) =>
    underVersion(ctx, dayOf(e), 'check.report-disclosure', (r) => r.lists['report.disclosure-conditions']?.citation, (resolved, rules) => {
      const l = rules.lists['report.disclosure-conditions'];
      if (!l) return [];
      if (e.writtenRequest === undefined || e.writtenConsent === undefined) {
        return [ctx.finding({ check: 'check.report-disclosure', resolved, status: 'needs-evidence', citations: [l.citation], message: { key: 'audit.needs-fact', params: { step: 'check.report-disclosure', fact: 'writtenRequest/writtenConsent' } } })];
      }
      const ok = e.writtenRequest && e.writtenConsent;
      return [
        ctx.finding({
          check: 'check.report-disclosure',
          resolved,
          status: ok ? 'compliant' : 'violation',
          kind: ok ? undefined : 'unlawful',
          citations: [l.citation],
          extra: { done: dayOf(e) },
          message: { key: 'check.report.disclosure', params: { done: dayOf(e), request: e.writtenRequest, consent: e.writtenConsent } },
        }),
      ];
    }),
  );
}
