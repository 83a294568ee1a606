import type { CaseAudit } from '../audit/audit.js';
import { auditCase } from '../audit/audit.js';
import { KzssError } from '../errors.js';
import type { Locale } from '../i18n/messages.js';
import { formatCitation, type Citation } from '../law/citation.js';
import { describeOutcome } from '../outcome/outcome.js';
import { readableId } from './input.js';

/** What every record of one `kzss audit` run shares. */
export interface RecordSettings {
  readonly standard?: string | undefined;
  readonly asOf?: string | undefined;
  /** Locale of the rendered `text` of each finding; none = message keys only (faster). */
  readonly locale?: Locale | undefined;
  readonly includeFacts: boolean;
  readonly includeDrafts: boolean;
  readonly options: Readonly<Record<string, string>>;
  /** Whether to serialise the result (json / jsonl) here. */
  readonly serialise: boolean;
}

export type RecordResult =
  | { readonly ok: true; readonly audit: CaseAudit; readonly json?: string; readonly facts?: unknown }
  | { readonly ok: false; readonly reason: string; readonly id?: string | undefined };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const refs = new WeakMap<Citation, string>();
/** A citation as a short reference; the quotes are in the rule files and the reports. */
function ref(c: Citation): string {
  let r = refs.get(c);
  if (r === undefined) {
    r = formatCitation(c);
    refs.set(c, r);
  }
  return r;
}

/**
 * One case record → its audit (and, for json / jsonl, its serialised result), or why it was
 * rejected. A record is a case, or `{ case, asOf?, options?, includeDrafts? }` (the fixtures'
 * shape). Reasons name codes and paths, never values.
 */
export function processRecord(value: unknown, s: RecordSettings): RecordResult {
  const wrapper = isObject(value) && isObject(value['case']) ? value : undefined;
  const kase = wrapper ? wrapper['case'] : value;
  const id = isObject(kase) && typeof kase['id'] === 'string' ? readableId(`"id":"${kase['id']}"`) : undefined;
  if (!isObject(kase)) return { ok: false, reason: 'not a case object', id };
  const asOf = (typeof wrapper?.['asOf'] === 'string' ? wrapper['asOf'] : undefined) ?? s.asOf;
  if (asOf === undefined) return { ok: false, reason: 'no audit day: give --as-of YYYY-MM-DD (no clock is read)', id };
  const input = s.standard !== undefined && kase['standard'] === undefined ? { ...kase, standard: s.standard } : kase;
  if (s.standard !== undefined && input['standard'] !== s.standard) {
    return { ok: false, reason: `case is for standard ${String(input['standard'])}, not ${s.standard}`, id };
  }
  let audit: CaseAudit;
  try {
    audit = auditCase(input as never, {
      asOf,
      options: { ...s.options, ...(isObject(wrapper?.['options']) ? (wrapper['options'] as Record<string, string>) : {}) },
      includeDrafts: s.includeDrafts || wrapper?.['includeDrafts'] === true,
    });
  } catch (e) {
    if (e instanceof KzssError) return { ok: false, reason: `${e.code}${e.path.length ? ` at ${e.path.join('.')}` : ''}: ${e.message}`, id };
    throw e;
  }
  const facts = s.includeFacts ? { facts: input['facts'] ?? {}, events: input['events'] } : undefined;
  if (!s.serialise) return { ok: true, audit, ...(facts ? { facts } : {}) };
  // plain assignments: object spreads cost far more per finding on Node 20
  const findings = audit.findings.map((f) => {
    const o: Record<string, unknown> = { check: f.check, status: f.status };
    if (f.kind) o['kind'] = f.kind;
    if (f.start) o['start'] = f.start;
    if (f.due) o['due'] = f.due;
    if (f.done) o['done'] = f.done;
    if (f.lateBy) o['lateBy'] = f.lateBy;
    if (f.skipped && f.skipped.length > 0) o['skipped'] = f.skipped.map((d) => d.date);
    o['version'] = f.version;
    o['binding'] = f.binding;
    if (f.uncertain) o['uncertain'] = true;
    o['citations'] = f.citations.map(ref);
    o['message'] = f.message;
    if (s.locale) o['text'] = describeOutcome(f, s.locale);
    return o;
  });
  const record: Record<string, unknown> = { caseId: audit.caseId, standard: audit.standard, asOf: audit.asOf, summary: audit.summary, findings };
  if (facts) {
    record['facts'] = facts.facts;
    record['events'] = facts.events;
  }
  const json = JSON.stringify(record);
  return { ok: true, audit, json, ...(facts ? { facts } : {}) };
}
