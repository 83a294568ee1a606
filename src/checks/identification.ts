import type { AuditContext } from '../audit/context.js';
import { dayOf } from '../audit/context.js';
import type { Finding } from '../audit/finding.js';
import { underVersion } from '../audit/guard.js';
import { evaluateCondition } from '../engine/conditions.js';
import { itemCitation, list } from './data.js';

const CHECK = 'check.identification.participants';

/**
 * Who must take part in identification (trafficking p.10–11: the organisation with the
 * authorised body, the police when they detected the case; domestic violence p.28–29: also the
 * police, a social worker and a psychologist). Judged when the identification event names its
 * participants: every item of `identification.participants` whose `requiredWhen` holds (or that
 * has none) must be among them.
 */
export function participantFindings(ctx: AuditContext, facts: Readonly<Record<string, unknown>>): Finding[] {
  return ctx
    .of('identification')
    .filter((e) => e.participants !== undefined)
    .flatMap((e) =>
      underVersion(ctx, dayOf(e), CHECK, (r) => list(r, 'identification.participants')?.citation, (resolved, rules) => {
        const l = list(rules, 'identification.participants');
        if (!l) return [];
        const required = l.items.filter((i) => i.requiredWhen === undefined || evaluateCondition(i.requiredWhen, facts) === true);
        const absent = required.filter((i) => !(e.participants ?? []).includes(i.id));
        const done = dayOf(e);
        return [
          absent.length === 0
            ? ctx.finding({ check: CHECK, resolved, status: 'compliant', citations: [l.citation], extra: { done }, message: { key: 'check.identification.participants', params: { done, missing: '-' } } })
            : ctx.finding({
                check: CHECK,
                resolved,
                status: 'violation',
                kind: 'missing',
                citations: absent.map((i) => itemCitation(l, i.id)),
                extra: { done },
                message: { key: 'check.identification.participants', params: { done, missing: absent.map((i) => i.id).join(', ') } },
              }),
        ];
      }),
    );
}
