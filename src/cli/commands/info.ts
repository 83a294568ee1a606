import pc from 'picocolors';
import type { Calendar } from '../../calendar/index.js';
import { defaultCalendar } from '../../calendar/index.js';
import { staffingMinimum } from '../../checks/staffing.js';
import { compare } from '../../compare/compare.js';
import { comparisonToMarkdown } from '../../compare/markdown.js';
import { KzssError } from '../../errors.js';
import type { Locale } from '../../i18n/messages.js';
import { formatCitation, type Citation } from '../../law/citation.js';
import { citationTarget, standards } from '../../law/registry.js';
import type { LocalizedText } from '../../law/schema.js';
import type { RuleFile } from '../../schema/rule-file.js';
import type { LegalTerm } from '../../schema/rule-sections.js';

const label = (t: LocalizedText | undefined, locale: Locale): string => (t ? (t[locale] ?? t.en) : '');
const cite = (c: Citation | undefined): string => (c ? `${formatCitation(c)}: «${c.quote}»` : '');

/** `kzss deadline`: a step's due date from the rule file (or an explicit term) with every skipped day. */
export function deadlineText(args: { standard?: string; step?: string; term?: string; from: string; countFrom?: 'next-day' | 'same-day'; locale: Locale; calendar?: Calendar }): string {
  let term: LegalTerm;
  let citation: Citation | undefined;
  let title: string;
  if (args.step !== undefined) {
    if (args.standard === undefined) throw new KzssError('INVALID_INPUT', '--step needs --standard', { path: ['standard'] });
    const r = standards.at(args.standard, args.from);
    const rule = r.version.rules.deadlines[args.step];
    if (!rule) {
      throw new KzssError('INVALID_INPUT', `no time limit "${args.step}" in ${r.version.id}; known: ${Object.keys(r.version.rules.deadlines).join(', ')}`, { path: ['step'] });
    }
    r.require(rule.citation);
    term = rule.term;
    citation = rule.citation;
    title = `${r.version.id} deadlines.${args.step} — ${label(rule.label, args.locale)}`;
  } else if (args.term !== undefined) {
    const m = /^(\d+)\s*(working-days|calendar-days|months|hours|days24|wd|cd)$/.exec(args.term.trim());
    if (!m) throw new KzssError('INVALID_INPUT', 'a term looks like "3 working-days", "3wd", "3 calendar-days", "6 months", "3 days24"', { path: ['term'] });
    const unit = m[2] === 'wd' ? 'working-days' : m[2] === 'cd' ? 'calendar-days' : (m[2] as LegalTerm['unit']);
    term = { amount: Number(m[1]), unit };
    title = `${term.amount} ${term.unit}`;
  } else throw new KzssError('INVALID_INPUT', 'give --step (with --standard) or --term', { path: ['step'] });
  const d = (args.calendar ?? defaultCalendar).deadline(args.from, term, { countFrom: args.countFrom ?? 'next-day' });
  const lines = [pc.bold(title), `from ${args.from} (${d.options.countFrom}): due ${pc.bold(d.due)}`];
  if (citation) lines.push(`  ${cite(citation)}`);
  const skipped = [...d.explanation.skipped, ...(d.explanation.extendedFromNonWorking?.skipped ?? [])];
  for (const s of skipped) lines.push(`  skipped ${s.date}: ${s.reasons.map((r) => `${r.kind}${r.name ? ` (${label(r.name as LocalizedText, args.locale)})` : ''}`).join('; ')}`);
  for (const r of d.explanation.rules) lines.push(`  rule: ${r.text}`);
  return `${lines.join('\n')}\n`;
}

/** `kzss staffing`: minimum staff for a number of recipients (or beds). */
export function staffingText(args: { standard: string; asOf: string; recipients: number; children?: number; groups?: number; beds?: number; includeDrafts: boolean; locale: Locale }): { text: string; covered: boolean } {
  const r = standards.at(args.standard, args.asOf, { includeDrafts: args.includeDrafts });
  const s = staffingMinimum(r, {
    recipients: args.recipients,
    ...(args.children === undefined ? {} : { children: args.children }),
    ...(args.groups === undefined ? {} : { trainingGroups: args.groups }),
    ...(args.beds === undefined ? {} : { beds: args.beds }),
  });
  const head = `${r.version.id}${r.version.binding ? '' : ' (draft, not binding)'}: ${s.band ? `column ${s.band}` : 'not covered by the standard'}`;
  const rows = s.lines.map((l) => `  ${label(l.label, args.locale).padEnd(48)} ${l.units === null ? (l.cell.kind === 'not-specified' ? 'not specified' : 'needs a count') : String(l.units)}${l.cell.kind === 'ratio' ? `  (${l.cell.value} per ${l.cell.per} ${l.cell.of})` : ''}`);
  const table = r.version.rules.staffing;
  return { text: `${[head, ...rows, table ? `  ${cite(table.citation)}` : ''].join('\n')}\n`, covered: s.band !== null };
}

function ruleEntries(rules: RuleFile): Array<[string, { label?: LocalizedText; citation?: Citation; value: string }]> {
  const out: Array<[string, { label?: LocalizedText; citation?: Citation; value: string }]> = [];
  for (const [k, p] of Object.entries(rules.parameters)) out.push([`parameters.${k}`, { label: p.label, citation: p.citation, value: `${String(p.value)} ${p.unit}` }]);
  for (const [k, l] of Object.entries(rules.lists)) out.push([`lists.${k}`, { label: l.label, citation: l.citation, value: `${l.closed ? 'closed' : 'open'}: ${l.items.map((i) => i.id).join(', ')}` }]);
  for (const [k, d] of Object.entries(rules.deadlines)) out.push([`deadlines.${k}`, { label: d.label, citation: d.citation, value: `${d.start.event} → ${d.due.event}: ${d.term.amount} ${d.term.unit}` }]);
  for (const [k, p] of Object.entries(rules.periodic)) out.push([`periodic.${k}`, { label: p.label, citation: p.citation, value: `every ${p.every}` }]);
  for (const [k, o] of Object.entries(rules.options)) out.push([`options.${k}`, { label: o.description, citation: o.citation, value: `${o.readings.map((r) => r.id).join(' | ')} (default ${o.default})` }]);
  if (rules.staffing) out.push(['staffing', { label: rules.staffing.label, citation: rules.staffing.citation, value: `${rules.staffing.positions.length} positions, bands ${rules.staffing.bands.map((b) => b.id).join(', ')}` }]);
  if (rules.evaluationSheet) out.push(['evaluationSheet', { label: rules.evaluationSheet.label, citation: rules.evaluationSheet.citation, value: `${rules.evaluationSheet.groups.length} blocks, threshold ${rules.evaluationSheet.threshold ?? 'none'}` }]);
  if (rules.admission) out.push(['admission', { label: rules.admission.label, citation: rules.admission.citation, value: `${rules.admission.rows.length} category rows` }]);
  for (const [k, n] of Object.entries(rules.notRegulated)) out.push([`notRegulated.${k}`, { value: n.note, ...(n.delegatedTo ? { citation: n.delegatedTo } : {}) }]);
  return out;
}

/** `kzss rules`: every rule of a standard at a date, with citations. */
export function rulesText(args: { standard: string; asOf: string; includeDrafts: boolean; locale: Locale; json: boolean }): string {
  const r = standards.at(args.standard, args.asOf, { includeDrafts: args.includeDrafts });
  const entries = ruleEntries(r.version.rules).map(([id, e]) => ({ id, ...e, status: e.citation ? r.paragraph(citationTarget(e.citation)).status : 'encoded' }));
  if (args.json) return `${JSON.stringify({ version: r.version.id, binding: r.version.binding, certain: r.certain, rules: entries }, null, 2)}\n`;
  const lines = [pc.bold(`${r.version.id}${r.version.binding ? '' : ' (draft, not binding)'} on ${args.asOf}${r.certain ? '' : ' (rests on an inferred entry-into-force date)'}`)];
  for (const e of entries) {
    lines.push(`${pc.cyan(e.id)}  ${label(e.label, args.locale)}`, `    ${e.value}`);
    if (e.citation) lines.push(`    ${cite(e.citation)}`);
    if (e.status !== 'encoded') lines.push(`    ${pc.yellow(`wording on this date: ${e.status}`)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `kzss explain <rule-id>`: one rule's data, citation and quote. */
export function explainText(args: { id: string; standard: string; asOf: string; includeDrafts: boolean; locale: Locale }): string {
  const r = standards.at(args.standard, args.asOf, { includeDrafts: args.includeDrafts });
  const rules = r.version.rules;
  const [section, ...rest] = args.id.split('.');
  const key = rest.join('.');
  const table: Record<string, unknown> = {
    parameters: rules.parameters[key],
    lists: rules.lists[key],
    deadlines: rules.deadlines[key],
    periodic: rules.periodic[key],
    options: rules.options[key],
    notRegulated: (rules.notRegulated as Record<string, unknown>)[key],
    staffing: key === '' ? rules.staffing : undefined,
    evaluationSheet: key === '' ? rules.evaluationSheet : undefined,
    admission: key === '' ? rules.admission : undefined,
  };
  const found = table[section ?? ''];
  if (found === undefined) {
    const known = ruleEntries(rules).map(([id]) => id);
    throw new KzssError('INVALID_INPUT', `no rule "${args.id}" in ${r.version.id}; try one of: ${known.slice(0, 12).join(', ')}…`, { path: ['rule'] });
  }
  return `${pc.bold(`${r.version.id} ${args.id}`)}\n${JSON.stringify(found, null, 2)}\n`;
}

/** `kzss diff <a> <b>`: the differences between two standard versions, as a Markdown table. `a` and `b` are `id@YYYY-MM-DD`. */
export function diffText(args: { a: string; b: string; includeDrafts: boolean; locale: Locale }): string {
  const at = (spec: string) => {
    const [id, date] = spec.split('@');
    if (!id || !date) throw new KzssError('INVALID_INPUT', `expected standard@YYYY-MM-DD, got "${spec}"`, { path: ['version'] });
    return standards.at(id, date, { includeDrafts: args.includeDrafts });
  };
  return comparisonToMarkdown(compare(at(args.a), at(args.b)), args.locale);
}

/** `kzss calendar <year>`: a month grid of working days, with the reason for each day off. */
export function calendarText(year: number, locale: Locale, calendar: Calendar = defaultCalendar): string {
  const out: string[] = [];
  const notes: string[] = [];
  let working = 0;
  for (let m = 1; m <= 12; m++) {
    const first = `${year}-${String(m).padStart(2, '0')}-01`;
    const days = Number(calendar.addCalendarDays(calendar.addMonths(first, 1), -1).slice(8, 10));
    const lead = calendar.dayInfo(first).weekday - 1;
    out.push('', pc.bold(`${year}-${String(m).padStart(2, '0')}`), 'Mo Tu We Th Fr Sa Su');
    let row = '   '.repeat(lead);
    for (let d = 1; d <= days; d++) {
      const date = `${first.slice(0, 8)}${String(d).padStart(2, '0')}`;
      const info = calendar.dayInfo(date);
      const cell = String(d).padStart(2, ' ');
      if (info.working) working += 1;
      row += `${info.working ? cell : pc.red(cell)}${info.working && info.reasons.length ? '*' : ' '}`;
      const weekdayOff = !info.working && info.reasons.some((r) => r.kind !== 'weekend');
      const weekendWorking = info.working && info.reasons.length > 0;
      if (weekdayOff || weekendWorking) notes.push(`${date} ${info.working ? 'working' : 'day off'}: ${info.reasons.map((r) => `${r.kind}${r.name ? ` — ${label(r.name as LocalizedText, locale)}` : ''}`).join('; ')}`);
      if ((lead + d) % 7 === 0 || d === days) {
        out.push(row.trimEnd());
        row = '';
      }
    }
  }
  return `${pc.bold(`Working days in ${year} (five-day week): ${working}`)}  (red = day off, * = a rest day made working)\n${out.join('\n')}\n\nDays off other than weekends, and working weekends:\n${notes.join('\n')}\n`;
}
