import type { AuditContext } from '../audit/context.js';
import { dayOf } from '../audit/context.js';
import type { Finding } from '../audit/finding.js';
import { underVersion } from '../audit/guard.js';
import { hasItem, itemCitation, list } from './data.js';

/**
 * Refusals the text requires: a contraindication found (trafficking p.6 and p.42; domestic
 * violence p.13 and p.36) and a person not identified as a victim (trafficking p.14 second
 * paragraph; domestic violence p.30). Services given afterwards are a violation.
 */
export function admissionFindings(ctx: AuditContext): Finding[] {
  const out: Finding[] = [];
  const continuing = ['contract-signed', 'extension', 'plan', 'monitoring', 'needs-assessment'] as const;
  const servicesAfter = (day: string): string | undefined => {
    const stop = ctx.events.find((e) => (e.type === 'refusal' || e.type === 'completion' || e.type === 'expulsion') && dayOf(e) >= day);
    const next = ctx.events.find((e) => (continuing as readonly string[]).includes(e.type) && dayOf(e) >= day && (!stop || dayOf(e) < dayOf(stop)));
    return next ? dayOf(next) : undefined;
  };
  for (const found of ctx.of('contraindication-found')) {
    const day = dayOf(found);
    out.push(
      ...underVersion(ctx, day, 'check.contraindications', (r) => list(r, 'contraindications')?.citation, (resolved, rules) => {
        const l = list(rules, 'contraindications');
        if (!l) return [];
        const trace: Finding['trace'] = [{ rule: 'check.contraindications', step: 'list', ref: 'contraindications', result: hasItem(l, found.item) }];
        if (!hasItem(l, found.item)) {
          return [ctx.finding({ check: 'check.contraindications', resolved, status: 'needs-judgement', citations: [l.citation], trace, message: { key: 'audit.needs-fact', params: { step: 'check.contraindications', fact: 'item' } } })];
        }
        const citation = itemCitation(l, found.item);
        const after = servicesAfter(day);
        return [
          after === undefined
            ? ctx.finding({ check: 'check.contraindications', resolved, status: 'compliant', citations: [citation], trace, extra: { done: day }, message: { key: 'check.contraindication.refused', params: { item: found.item as string } } })
            : ctx.finding({ check: 'check.contraindications', resolved, status: 'violation', kind: 'unlawful', citations: [citation], trace, extra: { done: after }, message: { key: 'check.contraindication.continued', params: { item: found.item as string, done: after } } }),
        ];
      }),
    );
  }
  for (const id of ctx.of('identification', { result: 'not-identified' })) {
    const day = dayOf(id);
    out.push(
      ...underVersion(ctx, day, 'check.identification.refusal', (r) => r.rules.find((x) => x.id === 'identification.refusal')?.event.params.citation ?? r.deadlines['evaluation-sent']?.citation, (resolved, rules) => {
        const citation = rules.rules.find((x) => x.id === 'identification.refusal')?.event.params.citation ?? rules.deadlines['evaluation-sent']?.citation;
        if (!citation) return [];
        const contract = ctx.of('contract-signed').find((c) => dayOf(c) >= day);
        return [
          contract
            ? ctx.finding({ check: 'check.identification.refusal', resolved, status: 'violation', kind: 'unlawful', citations: [citation], extra: { done: dayOf(contract) }, message: { key: 'check.identification.contract-despite-refusal', params: { done: dayOf(contract) } } })
            : ctx.finding({ check: 'check.identification.refusal', resolved, status: 'compliant', citations: [citation], extra: { done: day }, message: { key: 'check.identification.refusal', params: {} } }),
        ];
      }),
    );
  }
  return out;
}
