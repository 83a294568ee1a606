import type { ConditionResult, Facts } from '../engine/conditions.js';
import { evaluateCompiled } from '../engine/compile.js';
import type { Condition, RuleFile } from '../schema/rule-file.js';
import type { CaseEvent } from '../schema/case.js';
import type { DeadlineRule } from '../schema/rule-sections.js';
import { citationTarget, type ResolvedVersion } from '../law/registry.js';
import type { AuditContext } from './context.js';
import { dayOf, endDayOf } from './context.js';
import type { Finding } from './finding.js';
import { underVersion } from './guard.js';
import { copySkipped } from './memo.js';

/** Facts the deadlines' `appliesWhen` conditions read, derived from the case (ids and booleans only). */
export function caseFacts(ctx: AuditContext): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  const request = ctx.of('request')[0];
  if (request?.route !== undefined) facts['admission.route'] = request.route;
  const pretrial = ctx.kase.facts.pretrialVictimStatus ?? (ctx.of('pretrial-victim-status').length > 0 ? true : undefined);
  if (pretrial !== undefined) facts['pretrialVictimStatus'] = pretrial;
  else if (request !== undefined && request.route !== 'pretrial-victim-status') facts['pretrialVictimStatus'] = false;
  // the readings of the standard's ambiguity options, so that a condition can depend on a reading
  const rules = ctx.registry.history(ctx.kase.standard).versions.at(-1)?.rules;
  if (rules) for (const name of Object.keys(rules.options)) facts[`option.${name}`] = ctx.option(rules, name);
  if (ctx.kase.facts.minor !== undefined) facts['minor'] = ctx.kase.facts.minor;
  return facts;
}

/** Per version: whether the p.13-1 exemption (the `pretrial-victim-status` admission route) is in force. */
const exemptionInForce = new WeakMap<ResolvedVersion, boolean>();

function pretrialCounts(resolved: ResolvedVersion): boolean {
  let counts = exemptionInForce.get(resolved);
  if (counts === undefined) {
    const item = resolved.version.rules.lists['admission-routes']?.items.find((i) => i.id === 'pretrial-victim-status');
    if (!item) counts = false;
    else {
      const c = item.citation;
      const status = resolved.paragraph(citationTarget(c));
      counts = status.status !== 'not-in-force';
    }
    exemptionInForce.set(resolved, counts);
  }
  return counts;
}

/**
 * The facts of one case as they stand under a version: a fact that rests on a list item whose
 * paragraph is not in force in that version (e.g. the p.13-1 exemption before Order No.325 added
 * it) does not count.
 */
class CaseFacts {
  private without: Record<string, unknown> | undefined;

  constructor(readonly facts: Record<string, unknown>) {}

  in(resolved: ResolvedVersion | null): Record<string, unknown> {
    if (!resolved || this.facts['pretrialVictimStatus'] !== true || pretrialCounts(resolved)) return this.facts;
    return (this.without ??= { ...this.facts, pretrialVictimStatus: false });
  }
}

function startEvents(ctx: AuditContext, rule: DeadlineRule): readonly CaseEvent[] {
  const first = ctx.of(rule.start.event, rule.start.where);
  if (first.length > 0 || rule.start.fallback === undefined) return first;
  for (const type of rule.start.fallback) {
    const found = ctx.of(type, rule.start.where);
    if (found.length > 0) return found;
  }
  return first;
}

/**
 * How the time limits' `appliesWhen` conditions are evaluated. The audit evaluates them in
 * process; the benchmark (bench/audit.bench.ts) passes one that answers from json-rules-engine.
 * @internal
 */
export type ConditionEvaluator = (condition: Condition, facts: Facts) => ConditionResult;

/** Evaluates every time limit of the rule files against the case. */
export function deadlineFindings(ctx: AuditContext, facts: Record<string, unknown>, evaluate: ConditionEvaluator = evaluateCompiled): Finding[] {
  // the rule set comes from the version in force when each term starts; collect the limits named
  // by any version the case touches (all versions of one standard share one encoded file)
  const first = ctx.events[0];
  if (!first) return [];
  const probe = ctx.versionAt(dayOf(first));
  const rules = probe.ok ? probe.resolved.version.rules : ctx.registry.history(ctx.kase.standard).versions.at(-1)?.rules;
  if (!rules) return [];
  const findings: Finding[] = [];
  const byVersion = new CaseFacts(facts);
  for (const d of deadlineList(rules)) evaluateDeadline(findings, ctx, d.check, d.id, d.rule, byVersion, evaluate);
  return findings;
}

/** The time limits of a rule file in its order, with their check ids (computed once per file). */
const lists = new WeakMap<RuleFile, ReadonlyArray<{ readonly id: string; readonly check: string; readonly rule: DeadlineRule }>>();

function deadlineList(rules: RuleFile): ReadonlyArray<{ readonly id: string; readonly check: string; readonly rule: DeadlineRule }> {
  let list = lists.get(rules);
  if (!list) {
    list = Object.keys(rules.deadlines).map((id) => ({ id, check: `deadlines.${id}`, rule: rules.deadlines[id] as DeadlineRule }));
    lists.set(rules, list);
  }
  return list;
}

function evaluateDeadline(out: Finding[], ctx: AuditContext, check: string, id: string, rule: DeadlineRule, facts: CaseFacts, evaluate: ConditionEvaluator): void {
  const starts = startEvents(ctx, rule);
  const dues = ctx.of(rule.due.event, rule.due.where);
  if (starts.length === 0) {
    // no term started; a due step done without its start event is reported only when the text
    // names the start event and the limit applies to the case
    const due = dues[0];
    if (due === undefined || !rule.start.stated) return;
    const found = underVersion(ctx, dayOf(due), check, (r) => r.deadlines[id]?.citation, (resolved, r) => {
      const current = r.deadlines[id] as DeadlineRule;
      if (current.appliesWhen && evaluate(current.appliesWhen, facts.in(resolved)) !== true) return [];
      return [
        ctx.finding({
          check,
          resolved,
          status: 'needs-evidence',
          citations: [current.citation],
          message: { key: 'audit.deadline.not-started', params: { step: check } },
          trace: [{ rule: check, step: 'parameter', ref: id, result: 'missing' }],
        }),
      ];
    });
    for (const f of found) out.push(f);
    return;
  }
  // a term per start event for a limit counted from the end of each period (a plan's renewal), else from the first
  const atEnd = rule.start.at === 'end';
  const count = atEnd ? starts.length : 1;
  for (let i = 0; i < count; i++) {
    const startEvent = starts[i] as CaseEvent;
    const startDay = atEnd ? endDayOf(startEvent) : dayOf(startEvent);
    if (startDay === undefined) continue;
    const found = underVersion(ctx, startDay, check, (r) => r.deadlines[id]?.citation, (resolved, r) => {
      const current = r.deadlines[id];
      if (!current) return [];
      return [judge(ctx, check, id, current, startEvent, startDay, dues, facts, resolved, evaluate)];
    });
    for (const f of found) out.push(f);
  }
}

function judge(
  ctx: AuditContext,
  check: string,
  id: string,
  rule: DeadlineRule,
  startEvent: CaseEvent,
  startDay: string,
  dues: readonly CaseEvent[],
  facts: CaseFacts,
  resolved: ResolvedVersion | null,
  evaluate: ConditionEvaluator,
): Finding {
  const citations = [rule.citation];
  const trace: Finding['trace'] = [{ rule: check, step: 'version', ref: resolved?.version.id ?? '-' }];
  if (rule.appliesWhen) {
    const applies = evaluate(rule.appliesWhen, facts.in(resolved));
    trace.push({ rule: check, step: 'condition', ref: `${id}.appliesWhen`, result: applies });
    if (applies === 'missing') {
      return ctx.finding({ check, resolved, status: 'needs-evidence', citations, trace, message: { key: 'audit.needs-fact', params: { step: check, fact: 'appliesWhen' } } });
    }
    if (!applies) return ctx.finding({ check, resolved, status: 'not-applicable', citations, trace, message: { key: 'audit.not-applicable', params: { step: check } } });
  }
  const rules = resolved?.version.rules;
  const countFrom = rules ? ctx.option(rules, 'term.count-from') : undefined;
  if (countFrom) trace.push({ rule: check, step: 'option', ref: `term.count-from=${countFrom}` });
  const term = ctx.terms.term(startDay, rule.term, { countFrom: countFrom === 'same-day' ? 'same-day' : 'next-day' });
  trace.push({ rule: check, step: 'calendar', ref: `${rule.term.amount} ${rule.term.unit}` });
  const skipped = copySkipped(term.skipped);
  // the due event is the first one after the start event (for a renewal: after the previous one)
  const atEnd = rule.start.at === 'end';
  const startEventDay = atEnd ? dayOf(startEvent) : startDay;
  let done: CaseEvent | undefined;
  for (const e of dues) {
    if (e !== startEvent && (atEnd ? dayOf(e) > startEventDay : dayOf(e) >= startDay)) {
      done = e;
      break;
    }
  }
  const extra = { start: startDay, due: term.due, skipped };
  if (!done) {
    const before = dues.find((e) => dayOf(e) < startDay && e !== startEvent);
    if (before && rule.start.at !== 'end') {
      return ctx.finding({ check, resolved, status: 'violation', kind: 'premature', citations, trace, extra: { start: startDay, due: term.due, skipped, done: dayOf(before) }, message: { key: 'audit.deadline.premature', params: { step: check, done: dayOf(before), start: startDay } } });
    }
    const ended = ctx.endedOn();
    if (ended !== undefined && ended <= term.due && rule.due.event !== 'refusal') {
      return ctx.finding({ check, resolved, status: 'not-applicable', citations, trace, extra, message: { key: 'audit.not-applicable', params: { step: check } } });
    }
    if (ctx.asOf <= term.due) {
      return ctx.finding({ check, resolved, status: 'not-applicable', citations, trace, extra, message: { key: 'audit.deadline.pending', params: { step: check, due: term.due } } });
    }
    return ctx.finding({ check, resolved, status: 'violation', kind: 'missing', citations, trace, extra, message: { key: 'audit.deadline.missing', params: { step: check, due: term.due } } });
  }
  const doneDay = dayOf(done);
  if (doneDay <= term.due) {
    return ctx.finding({ check, resolved, status: 'compliant', citations, trace, extra: { start: startDay, due: term.due, skipped, done: doneDay }, message: { key: 'audit.deadline.compliant', params: { step: check, done: doneDay, due: term.due } } });
  }
  const unit = rule.term.unit === 'working-days' ? 'working-days' : 'calendar-days';
  const amount = unit === 'working-days' ? ctx.calendar.workingDaysBetween(term.due, doneDay) : daysBetween(term.due, doneDay);
  return ctx.finding({
    check,
    resolved,
    status: 'violation',
    kind: 'late',
    citations,
    trace,
    extra: { start: startDay, due: term.due, skipped, done: doneDay, lateBy: { amount, unit } },
    message: { key: 'audit.deadline.late', params: { step: check, done: doneDay, due: term.due, lateBy: amount, unit } },
  });
}

/** Calendar days from a to b (ISO dates, counted on UTC midnights as date-fns' differenceInCalendarDays does). */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}
