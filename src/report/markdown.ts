import type { CaseAudit } from '../audit/audit.js';
import type { Finding } from '../audit/finding.js';
import type { Locale } from '../i18n/messages.js';
import { formatCitation } from '../law/citation.js';
import { describeOutcome, type OutcomeStatus } from '../outcome/outcome.js';
import type { Case } from '../schema/case.js';
import {
  asOfLine,
  caseFactPairs,
  eventDetails,
  factsFor,
  formatLateBy,
  REPORT_STRINGS,
  shortQuote,
  statusLabel,
  type ReportInput,
} from './common.js';
import { REPORT_KINDS, REPORT_STATUSES, summaryChecks, summaryStandards, type ReportSummary } from './summary.js';

/** A symbol beside each status, so a table can be skimmed in a plain-text mail too. */
export const STATUS_SYMBOL: Readonly<Record<OutcomeStatus, string>> = {
  violation: '❌',
  'needs-evidence': '❓',
  'needs-judgement': '⚖️',
  compliant: '✅',
  'not-applicable': '➖',
  'not-regulated': '⚪',
};

/**
 * Text made inert for a Markdown table cell or line: Markdown punctuation is backslash-escaped,
 * `& < >` become entities (so no HTML passes through), line breaks become spaces.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#!~])/g, '\\$1')
    .replace(/\r\n|\r|\n/g, ' ');
}

/** An id in a code span when that is safe, escaped text otherwise. */
const code = (s: string): string => (/^[\w.:\-/ ]+$/.test(s) ? `\`${s}\`` : escapeMarkdown(s));

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const rule = (aligns: readonly ('l' | 'r')[]): string => `|${aligns.map((a) => (a === 'r' ? '---:' : '---')).join('|')}|`;

function summarySection(summary: ReportSummary, locale: Locale): string[] {
  const t = REPORT_STRINGS[locale];
  const standards = summaryStandards(summary)
    .map((s) => `${code(s)} (${summary.byStandard[s]})`)
    .join(', ');
  const lines = [
    `## ${t.summary}`,
    '',
    row([t.casesRead, t.casesWithViolations, t.findings, t.standards]),
    rule(['r', 'r', 'r', 'l']),
    row([String(summary.casesRead), String(summary.casesWithViolations), String(summary.findings), standards || '—']),
    '',
    `### ${t.byStatus}`,
    '',
    row([t.status, t.count]),
    rule(['l', 'r']),
    ...REPORT_STATUSES.map((s) => row([`${STATUS_SYMBOL[s]} ${escapeMarkdown(statusLabel(s, locale))}`, String(summary.byStatus[s])])),
    row([`**${t.total}**`, `**${summary.findings}**`]),
    '',
    `### ${t.byKind}`,
    '',
    row([t.kind, t.count]),
    rule(['l', 'r']),
    ...REPORT_KINDS.map((k) => row([escapeMarkdown(t.kinds[k]), String(summary.byKind[k])])),
    '',
    `### ${t.byRule}`,
    '',
  ];
  const checks = summaryChecks(summary);
  if (checks.length === 0) return [...lines, t.noFindings, ''];
  lines.push(
    row([t.rule, ...REPORT_STATUSES.map((s) => `${STATUS_SYMBOL[s]} ${escapeMarkdown(statusLabel(s, locale))}`), t.total]),
    rule(['l', ...REPORT_STATUSES.map(() => 'r' as const), 'r']),
  );
  for (const c of checks) {
    const counts = summary.byCheck[c];
    if (!counts) continue;
    const total = REPORT_STATUSES.reduce((n, s) => n + counts[s], 0);
    lines.push(row([code(c), ...REPORT_STATUSES.map((s) => (counts[s] === 0 ? '·' : String(counts[s]))), String(total)]));
  }
  return [...lines, ''];
}

function statusCell(f: Finding, locale: Locale): string {
  const kind = f.kind ? ` (${REPORT_STRINGS[locale].kinds[f.kind]})` : '';
  return `${STATUS_SYMBOL[f.status]} ${escapeMarkdown(statusLabel(f.status, locale) + kind)}`;
}

function citationCell(f: Finding): string {
  return f.citations.map((c) => `${escapeMarkdown(formatCitation(c))}: «${escapeMarkdown(shortQuote(c.quote))}»`).join('<br>');
}

function factsSection(kase: Case, locale: Locale): string[] {
  const t = REPORT_STRINGS[locale];
  const facts = caseFactPairs(kase);
  const lines = [`#### ${t.facts}`, ''];
  if (facts.length > 0) lines.push(escapeMarkdown(facts.join(', ')), '');
  if (kase.events.length === 0) return [...lines, t.noEvents, ''];
  lines.push(row([t.type, t.date, t.end, t.details]), rule(['l', 'l', 'l', 'l']));
  for (const e of kase.events) {
    lines.push(row([code(e.type), escapeMarkdown(e.at ?? e.date ?? ''), escapeMarkdown(e.endAt ?? e.end ?? ''), escapeMarkdown(eventDetails(e).join(', '))]));
  }
  return [...lines, ''];
}

/**
 * One case's section: heading, standard and date, counts, a table of findings (check, status,
 * due, done, late by, message, citation with a short quote), then its facts when given.
 * Exported for writers that stream cases one at a time; {@link markdownReport} uses it.
 */
export function markdownCaseSection(audit: CaseAudit, locale: Locale, facts?: Case): string {
  const t = REPORT_STRINGS[locale];
  const binding = audit.findings.every((f) => f.binding);
  const counts = REPORT_STATUSES.filter((s) => audit.summary.byStatus[s] > 0)
    .map((s) => `${STATUS_SYMBOL[s]} ${audit.summary.byStatus[s]}`)
    .join(' · ');
  const uncertain = audit.findings.filter((f) => f.uncertain === true).length;
  const lines = [
    `### ${t.case} ${code(audit.caseId)}`,
    '',
    [
      `${t.standard}: ${code(audit.standard)}${binding ? '' : ` (${t.nonBinding})`}`,
      escapeMarkdown(t.asOf(audit.asOf)),
      `${t.findings}: ${audit.findings.length}${counts ? ` — ${counts}` : ''}`,
    ].join(' · '),
    '',
  ];
  if (uncertain > 0) lines.push(`> ${escapeMarkdown(t.uncertain(uncertain))}`, '');
  if (audit.findings.length === 0) lines.push(t.noFindings, '');
  else {
    lines.push(row([t.check, t.status, t.due, t.done, t.lateBy, t.message, t.citation]), rule(['l', 'l', 'l', 'l', 'l', 'l', 'l']));
    for (const f of audit.findings) {
      lines.push(
        row([
          code(f.check),
          statusCell(f, locale),
          escapeMarkdown(f.due ?? ''),
          escapeMarkdown(f.done ?? ''),
          escapeMarkdown(formatLateBy(f.lateBy, locale)),
          escapeMarkdown(describeOutcome(f, locale)),
          citationCell(f),
        ]),
      );
    }
    lines.push('');
  }
  if (facts) lines.push(...factsSection(facts, locale));
  return lines.join('\n');
}

/**
 * The audits as Markdown for email and pull requests: a title with the audits' "as of" dates,
 * summary tables (cases, per status, per kind, per rule and status), then per case a table of
 * findings. Headings are in the locale (ru, kk or en). Case ids only, unless `includeFacts` is
 * true and the case is in `cases`. Pure: no I/O, no clock.
 */
export function markdownReport(input: ReportInput): string {
  const { locale, summary } = input;
  const t = REPORT_STRINGS[locale];
  const asOf = asOfLine(summary, locale);
  const lines = [`# ${t.title}`, ''];
  if (asOf) lines.push(escapeMarkdown(asOf), '');
  lines.push(`> ${escapeMarkdown(input.includeFacts === true ? t.privacyFacts : t.privacy)}`, '');
  lines.push(...summarySection(summary, locale));
  lines.push(`## ${t.cases}`, '');
  if (input.audits.length === 0) lines.push(t.noCases, '');
  for (const a of input.audits) lines.push(markdownCaseSection(a, locale, factsFor(input, a.caseId)));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
