import type { Citation } from '../law/citation.js';
import { citationTarget, type ResolvedVersion } from '../law/registry.js';
import type { RuleFile } from '../schema/rule-file.js';
import type { AuditContext, VersionAt, Wording } from './context.js';
import type { Finding } from './finding.js';

/**
 * Runs a check under the version in force on `date`, after making sure the cited wording is the
 * encoded one. Outside the standard's period of force the finding is `not-applicable` (naming the
 * repeal or the entry into force); for a paragraph whose wording on that date is older than the
 * encoded text, a person must check it (`needs-judgement`); for a paragraph added later, the rule
 * did not exist yet (`not-applicable`).
 */
export function underVersion(
  ctx: AuditContext,
  date: string,
  check: string,
  citation: (rules: RuleFile) => Citation | undefined,
  run: (resolved: ResolvedVersion, rules: RuleFile) => Finding[],
): Finding[] {
  const v = ctx.versionAt(date);
  if (!v.ok) {
    return [
      ctx.finding({
        check,
        resolved: null,
        status: 'not-applicable',
        citations: [v.citation],
        message: { key: 'audit.outside-period', params: { step: check, date, reason: v.reason } },
      }),
    ];
  }
  const rules = v.resolved.version.rules;
  const c = citation(rules);
  if (c === undefined) return [];
  const wording = wordingOf(v, c);
  if (wording.status === 'wording-not-encoded') {
    return [
      ctx.finding({
        check,
        resolved: v.resolved,
        status: 'needs-judgement',
        citations: [c],
        message: { key: 'audit.wording-not-encoded', params: { step: check, date, act: wording.amendedBy } },
      }),
    ];
  }
  if (wording.status === 'not-in-force') {
    return [
      ctx.finding({
        check,
        resolved: v.resolved,
        status: 'not-applicable',
        citations: [c],
        message: { key: 'audit.not-applicable', params: { step: check } },
      }),
    ];
  }
  return run(v.resolved, rules);
}

/**
 * Whether the cited wording on the version's day is the encoded one: `resolved.paragraph` of the
 * cited place, the status `resolved.require(c)` throws on (without the cost of an exception),
 * remembered per day and citation object (per version and citation object with this library's
 * registries, where the answer depends on the version only).
 */
function wordingOf(v: Extract<VersionAt, { ok: true }>, c: Citation): Wording {
  let w = v.wordings.get(c);
  if (w === undefined) {
    const s = v.resolved.paragraph(citationTarget(c));
    w = s.status === 'wording-not-encoded' ? { status: s.status, amendedBy: s.amendedBy } : s.status === 'not-in-force' ? { status: s.status } : ENCODED;
    v.wordings.set(c, w);
  }
  return w;
}

const ENCODED: Wording = { status: 'encoded' };
