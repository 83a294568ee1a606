import type { AuditContext } from '../audit/context.js';
import { dayOf } from '../audit/context.js';
import type { Finding } from '../audit/finding.js';
import type { ResolvedVersion } from '../law/registry.js';
import { makeOutcome, type Outcome } from '../outcome/outcome.js';
import type { EventType } from '../schema/case-events.js';
import type { Topic } from '../schema/rule-sections.js';
import { TopicSchema } from '../schema/rule-sections.js';
import { parseInput } from '../schema/parse.js';

/** The topic an event of a case log belongs to, for answering `not-regulated`. */
export const EVENT_TOPICS: Partial<Record<EventType, Topic>> = {
  'contraindication-found': 'contraindications',
  identification: 'identification',
  'evaluation-sent': 'identification',
  permit: 'admission-deadlines',
  'contract-signed': 'contract',
  extension: 'extension',
  expulsion: 'expulsion',
  violation: 'expulsion',
  absence: 'expulsion',
  hospitalisation: 'suspension',
  completion: 'completion',
  'day-stay': 'day-stay',
  monitoring: 'monitoring',
  'needs-assessment': 'needs-assessment',
  plan: 'individual-plan',
  'information-system-entry': 'information-system',
  'police-informed': 'police-notification',
  'police-refusal': 'police-notification',
};

/**
 * Whether a standard version regulates a topic. For a topic the rule file lists under
 * `notRegulated` the outcome is `not-regulated`, citing where the text delegates it to other
 * legislation when it does; otherwise `null` (the topic is regulated — ask the matching check).
 *
 * @example
 * ```ts
 * notRegulated(standards.at('foster-families', '2024-01-10'), 'contraindications')?.status; // 'not-regulated'
 * notRegulated(standards.at('trafficking', '2022-12-01'), 'contraindications'); // null
 * ```
 */
export function notRegulated(resolved: ResolvedVersion, topic: Topic): Outcome | null {
  const t = parseInput(TopicSchema, topic, 'topic');
  const v = resolved.version;
  const entry = v.rules.notRegulated[t];
  if (!entry) return null;
  return makeOutcome({
    status: 'not-regulated',
    rule: `notRegulated.${t}`,
    standard: v.standard,
    version: v.id,
    binding: v.binding,
    citations: entry.delegatedTo ? [entry.delegatedTo] : [],
    message: { key: entry.delegatedTo ? 'check.not-regulated.delegated' : 'check.not-regulated', params: { topic: t } },
  });
}

/**
 * Audit findings for the events of a case whose topic the standard does not regulate: one
 * `not-regulated` finding per topic (e.g. an expulsion logged in a foster-family case), so an
 * auditor sees that the standard is silent rather than that a rule was met.
 */
export function notRegulatedFindings(ctx: AuditContext): Finding[] {
  const seen = new Set<Topic>();
  const out: Finding[] = [];
  for (const e of ctx.events) {
    const topic = EVENT_TOPICS[e.type];
    if (topic === undefined || seen.has(topic)) continue;
    const v = ctx.versionAt(dayOf(e));
    if (!v.ok) continue;
    const entry = v.resolved.version.rules.notRegulated[topic];
    if (!entry) continue;
    seen.add(topic);
    out.push(
      ctx.finding({
        check: `notRegulated.${topic}`,
        resolved: v.resolved,
        status: 'not-regulated',
        citations: entry.delegatedTo ? [entry.delegatedTo] : [v.resolved.version.start.citation],
        extra: { done: dayOf(e) },
        message: { key: entry.delegatedTo ? 'check.not-regulated.delegated' : 'check.not-regulated', params: { topic } },
      }),
    );
  }
  return out;
}
