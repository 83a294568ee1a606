import { differenceInCalendarDays } from 'date-fns';
import type { AuditContext } from '../audit/context.js';
import { dayOf, endDayOf } from '../audit/context.js';
import type { Finding } from '../audit/finding.js';
import { underVersion } from '../audit/guard.js';
import type { CaseEvent } from '../schema/case.js';
import { parseUtc } from '../schema/date.js';
import type { RuleFile } from '../schema/rule-file.js';
import type { ResolvedVersion } from '../law/registry.js';
import { hasItem, itemCitation, list, num, param } from './data.js';

const CHECK = 'check.expulsion';

/**
 * Expulsion with termination of the contract (trafficking p.43; domestic violence p.37): each
 * expulsion must rest on a listed ground whose condition is met — more than N violations of the
 * internal rules (exactly N is not enough), or an absence without notice longer than N сутки
 * without a valid reason. Insults, accusations and breach of contract carry no count: a person
 * judges them.
 */
export function expulsionFindings(ctx: AuditContext): Finding[] {
  return ctx.of('expulsion').flatMap((expulsion) =>
    underVersion(ctx, dayOf(expulsion), CHECK, (r) => list(r, 'expulsion-grounds')?.citation, (resolved, rules) => [judge(ctx, expulsion, resolved, rules)]),
  );
}

function judge(ctx: AuditContext, expulsion: CaseEvent, resolved: ResolvedVersion, rules: RuleFile): Finding {
  const grounds = list(rules, 'expulsion-grounds');
  const done = dayOf(expulsion);
  if (!grounds) return ctx.finding({ check: CHECK, resolved, extra: { done }, status: 'not-regulated', citations: [], message: { key: 'audit.not-applicable', params: { step: CHECK } } });
  const ground = expulsion.ground;
  const trace: Finding['trace'] = [{ rule: CHECK, step: 'list', ref: 'expulsion-grounds', result: hasItem(grounds, ground) }];
  if (ground === undefined) return ctx.finding({ check: CHECK, resolved, extra: { done }, status: 'needs-evidence', citations: [grounds.citation], trace, message: { key: 'audit.needs-fact', params: { step: CHECK, fact: 'ground' } } });
  if (!hasItem(grounds, ground)) {
    return ctx.finding({ check: CHECK, resolved, extra: { done }, status: 'violation', kind: 'unlawful', citations: [grounds.citation], trace, message: { key: 'check.expulsion.ground-not-listed', params: { ground } } });
  }
  const citation = itemCitation(grounds, ground);
  if (ground === 'rule-violations') {
    const max = num(rules, 'expulsion.violations.more-than');
    const maxCitation = param(rules, 'expulsion.violations.more-than')?.citation;
    if (max === undefined || !maxCitation) return ctx.finding({ check: CHECK, resolved, extra: { done }, status: 'needs-judgement', citations: [citation], trace, message: { key: 'check.expulsion.needs-judgement', params: { done, ground } } });
    const scope = ctx.option(rules, 'violations.scope') ?? 'per-contract';
    const since = scope === 'per-contract' ? ctx.of('contract-signed').map(dayOf).filter((d) => d <= done).at(-1) : undefined;
    const count = ctx.of('violation').filter((v) => dayOf(v) <= done && (since === undefined || dayOf(v) >= since)).length;
    trace.push({ rule: CHECK, step: 'parameter', ref: 'expulsion.violations.more-than' }, { rule: CHECK, step: 'option', ref: `violations.scope=${scope}` });
    return count > max
      ? ctx.finding({ check: CHECK, resolved, extra: { done }, status: 'compliant', citations: [citation, maxCitation], trace, message: { key: 'check.expulsion.lawful', params: { done, ground } } })
      : ctx.finding({ check: CHECK, resolved, extra: { done }, status: 'violation', kind: 'unlawful', citations: [citation, maxCitation], trace, message: { key: 'check.expulsion.violations-not-enough', params: { done, count, max } } });
  }
  if (ground === 'absence') return absence(ctx, expulsion, resolved, rules, citation, trace);
  return ctx.finding({ check: CHECK, resolved, extra: { done }, status: 'needs-judgement', citations: [citation], trace, message: { key: 'check.expulsion.needs-judgement', params: { done, ground } } });
}

function absence(
  ctx: AuditContext,
  expulsion: CaseEvent,
  resolved: ResolvedVersion,
  rules: RuleFile,
  citation: Finding['citations'][number],
  trace: Finding['trace'],
): Finding {
  const done = dayOf(expulsion);
  const max = num(rules, 'expulsion.absence.more-than');
  const maxCitation = param(rules, 'expulsion.absence.more-than')?.citation;
  const reasons = list(rules, 'absence.valid-reasons');
  if (max === undefined || !maxCitation) return ctx.finding({ check: CHECK, resolved, extra: { done }, status: 'needs-judgement', citations: [citation], trace, message: { key: 'check.expulsion.needs-judgement', params: { done, ground: 'absence' } } });
  const reading = ctx.option(rules, 'absence.days24') ?? 'hours-from-leaving';
  trace.push({ rule: CHECK, step: 'parameter', ref: 'expulsion.absence.more-than' }, { rule: CHECK, step: 'option', ref: `absence.days24=${reading}` });
  const absences = ctx.of('absence').filter((a) => dayOf(a) <= done && a.notified !== true);
  if (absences.length === 0) {
    return ctx.finding({ check: CHECK, resolved, extra: { done }, status: 'violation', kind: 'unlawful', citations: [citation, maxCitation], trace, message: { key: 'check.expulsion.absence-not-enough', params: { done, max } } });
  }
  // a stay in a health facility during the absence is a valid reason of the text
  const hospitalised = (a: CaseEvent): boolean =>
    ctx.of('hospitalisation').some((h) => dayOf(h) <= (endDayOf(a) ?? done) && (endDayOf(h) ?? done) >= dayOf(a));
  // an absence over the limit without a valid reason decides first; then a listed valid reason
  // (the person must be readmitted); then a reason outside an open list (a person judges)
  let needsEvidence = false;
  let listed: string | undefined;
  let unlisted: string | undefined;
  for (const a of absences) {
    const reason = a.reason ?? (hospitalised(a) ? 'health-facility' : undefined);
    if (reason !== undefined && hasItem(reasons, reason)) {
      listed ??= reason;
      continue;
    }
    if (reason !== undefined && reasons && !reasons.closed) {
      unlisted ??= reason;
      continue;
    }
    const exceeded = exceeds(ctx, a, expulsion, max, reading);
    if (exceeded === 'missing') needsEvidence = true;
    else if (exceeded) {
      return ctx.finding({ check: CHECK, resolved, extra: { done }, status: 'compliant', citations: [citation, maxCitation], trace, message: { key: 'check.expulsion.lawful', params: { done, ground: 'absence' } } });
    }
  }
  if (listed !== undefined && reasons) {
    return ctx.finding({ check: CHECK, resolved, extra: { done }, status: 'violation', kind: 'unlawful', citations: [itemCitation(reasons, listed)], trace, message: { key: 'check.expulsion.valid-reason', params: { done, reason: listed } } });
  }
  if (unlisted !== undefined && reasons) {
    return ctx.finding({ check: CHECK, resolved, extra: { done }, status: 'needs-judgement', citations: [reasons.citation], trace, message: { key: 'check.expulsion.reason-not-listed', params: { reason: unlisted } } });
  }
  if (needsEvidence) return ctx.finding({ check: CHECK, resolved, extra: { done }, status: 'needs-evidence', citations: [maxCitation], trace, message: { key: 'audit.needs-fact', params: { step: CHECK, fact: 'absence.at/endAt' } } });
  return ctx.finding({ check: CHECK, resolved, extra: { done }, status: 'violation', kind: 'unlawful', citations: [citation, maxCitation], trace, message: { key: 'check.expulsion.absence-not-enough', params: { done, max } } });
}

/**
 * Whether an absence lasted more than `max` сутки. `hours-from-leaving`: more than max × 24 hours
 * from the moment of leaving to the return (or to the expulsion); `calendar-days`: more than `max`
 * whole calendar days between the day of leaving and the day of return.
 */
function exceeds(ctx: AuditContext, a: CaseEvent, expulsion: CaseEvent, max: number, reading: string): boolean | 'missing' {
  if (reading === 'calendar-days') {
    const back = endDayOf(a) ?? dayOf(expulsion);
    return differenceInCalendarDays(parseUtc(back), parseUtc(dayOf(a))) - 1 > max;
  }
  const left = a.at;
  const back = a.endAt ?? expulsion.at;
  if (left === undefined || back === undefined) return 'missing';
  const limit = ctx.calendar.deadline(left, { amount: max, unit: 'days24' }).due;
  return back > limit;
}
