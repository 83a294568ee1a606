import type { AuditContext } from '../audit/context.js';
import { dayOf } from '../audit/context.js';
import type { Finding } from '../audit/finding.js';
import { underVersion } from '../audit/guard.js';
import { hasItem, itemCitation, list, num, param } from './data.js';

/**
 * The contract's term and its extensions (trafficking p.16; domestic violence p.33): the term
 * in months from signing; each extension only on a ground of the closed list and within the
 * maximum (cumulative or per extension: option `contract.extension-cap`).
 */
export function contractFindings(ctx: AuditContext): Finding[] {
  const signed = ctx.of('contract-signed')[0];
  if (!signed) return [];
  const signedOn = dayOf(signed);
  const out: Finding[] = [];
  out.push(
    ...underVersion(ctx, signedOn, 'check.contract.term', (r) => param(r, 'contract.term-months')?.citation, (resolved, rules) => {
      const months = num(rules, 'contract.term-months') as number;
      const end = ctx.terms.monthsEnd(signedOn, months);
      return [
        ctx.finding({
          check: 'check.contract.term',
          resolved,
          status: 'compliant',
          citations: [param(rules, 'contract.term-months')!.citation],
          extra: { start: signedOn, due: end },
          trace: [{ rule: 'check.contract.term', step: 'parameter', ref: 'contract.term-months' }],
          message: { key: 'check.contract.term', params: { done: signedOn, months, due: end } },
        }),
      ];
    }),
  );
  let total = 0;
  for (const ext of ctx.of('extension')) {
    const day = dayOf(ext);
    out.push(
      ...underVersion(ctx, day, 'check.contract.extension', (r) => list(r, 'contract.extension-grounds')?.citation, (resolved, rules) => {
        const grounds = list(rules, 'contract.extension-grounds');
        const maxMonths = num(rules, 'contract.extension.max-months');
        const maxCitation = param(rules, 'contract.extension.max-months')?.citation;
        if (!grounds || maxMonths === undefined || !maxCitation) return [];
        const trace: Finding['trace'] = [
          { rule: 'check.contract.extension', step: 'list', ref: 'contract.extension-grounds', result: hasItem(grounds, ext.ground) },
        ];
        if (ext.ground === undefined) {
          return [ctx.finding({ check: 'check.contract.extension', resolved, status: 'needs-evidence', citations: [grounds.citation], trace, message: { key: 'audit.needs-fact', params: { step: 'check.contract.extension', fact: 'ground' } } })];
        }
        if (!hasItem(grounds, ext.ground)) {
          return [
            ctx.finding({
              check: 'check.contract.extension',
              resolved,
              status: 'violation',
              kind: 'refused',
              citations: [grounds.citation],
              trace,
              extra: { done: day },
              message: { key: 'check.extension.ground-not-listed', params: { ground: ext.ground } },
            }),
          ];
        }
        const months = ext.months;
        if (months === undefined) {
          return [ctx.finding({ check: 'check.contract.extension', resolved, status: 'needs-evidence', citations: [maxCitation], trace, message: { key: 'audit.needs-fact', params: { step: 'check.contract.extension', fact: 'months' } } })];
        }
        const cap = ctx.option(rules, 'contract.extension-cap') ?? 'cumulative';
        trace.push({ rule: 'check.contract.extension', step: 'option', ref: `contract.extension-cap=${cap}` });
        // a refused extension does not count towards the total of later ones
        const counted = cap === 'per-extension' ? months : total + months;
        if (counted <= maxMonths) total += months;
        if (counted > maxMonths) {
          return [
            ctx.finding({
              check: 'check.contract.extension',
              resolved,
              status: 'violation',
              kind: 'refused',
              citations: [maxCitation],
              trace,
              extra: { done: day },
              message: { key: 'check.extension.over-maximum', params: { months: counted, max: maxMonths } },
            }),
          ];
        }
        const termMonths = num(rules, 'contract.term-months') ?? 0;
        const due = ctx.terms.monthsEnd(dayOf(ctx.of('contract-signed')[0] ?? ext), termMonths + total);
        return [
          ctx.finding({
            check: 'check.contract.extension',
            resolved,
            status: 'compliant',
            citations: [itemCitation(grounds, ext.ground), maxCitation],
            trace,
            extra: { done: day, due },
            message: { key: 'check.extension.allowed', params: { months, ground: ext.ground, due } },
          }),
        ];
      }),
    );
  }
  return out;
}
