import type { CaseAudit } from '../audit/audit.js';
import type { Finding } from '../audit/finding.js';
import type { Locale } from '../i18n/messages.js';
import { formatCitation, type Citation } from '../law/citation.js';
import { describeOutcome } from '../outcome/outcome.js';
import type { Case } from '../schema/case.js';
import {
  asOfLine,
  caseFactPairs,
  eventDetails,
  factsFor,
  formatLateBy,
  isTimed,
  REPORT_STRINGS,
  statusLabel,
  TIMELINE_STATES,
  timelineState,
  type ReportInput,
  type TimelineState,
} from './common.js';
import { REPORT_KINDS, REPORT_STATUSES, summaryChecks, summaryStandards, type ReportSummary } from './summary.js';

/**
 * Text made safe for HTML element content and double- or single-quoted attribute values:
 * `& < > " '` become character references. Every string the report prints passes through it.
 */
export function escapeHtml(value: string | number | boolean): string {
  return String(value).replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

const esc = escapeHtml;
/** ` name="value"`, escaped. */
const attr = (name: string, value: string | number | undefined): string => (value === undefined ? '' : ` ${name}="${esc(value)}"`);
const pct = (x: number): string => `${Math.min(100, Math.max(0, x)).toFixed(2)}%`;

const CSS = `
:root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;
--compliant:#1a7f37;--violation:#cf222e;--needs-evidence:#9a6700;--needs-judgement:#8250df;--not-applicable:#818b98;--not-regulated:#3d6f99;
--on-time:#1a7f37;--late:#cf222e;--missing:#82071e;--premature:#bc4c00;--other:#cf222e;--open:#818b98;--term:#c8d1da}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:1200px;padding:24px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff;overflow-wrap:anywhere}
h1{font-size:1.7rem;margin:0 0 .25rem}h2{font-size:1.35rem;margin:2rem 0 .75rem;border-bottom:1px solid var(--line);padding-bottom:.3rem}
h3{font-size:1.1rem;margin:1.25rem 0 .5rem}h4{font-size:.95rem;margin:1rem 0 .4rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:.88em}
a{color:#0969da}
.muted{color:var(--muted)}
.note{background:var(--bg);border-left:4px solid var(--line);padding:.5rem .75rem;margin:.75rem 0}
.tiles{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.75rem;margin:.5rem 0 1rem;align-items:start}
.tile{border:1px solid var(--line);border-radius:8px;padding:.6rem .8rem}
.tile .n{display:block;font-size:1.8rem;font-weight:600;line-height:1.2}
.tile .l{color:var(--muted);font-size:.9rem}
.grid2{display:grid;grid-template-columns:repeat(auto-fit,minmax(24rem,1fr));gap:1.5rem}
.bars{margin:0;padding:0;list-style:none}
.bar-row{display:grid;grid-template-columns:minmax(0,15rem) minmax(0,1fr) 3.5rem;gap:.6rem;align-items:center;margin:.25rem 0}
.bar-track{height:14px;background:var(--bg);border-radius:7px;overflow:hidden}
.bar-fill{display:block;height:100%;border-radius:7px}
.bar-value{text-align:right;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:999px;font-size:.8rem;font-weight:600;color:#fff;white-space:nowrap;vertical-align:baseline}
.chip{display:inline-block;padding:0 .45rem;border-radius:999px;font-size:.8rem;border:1px solid currentColor;margin:0 .25rem .25rem 0;white-space:nowrap}
.s-compliant{background:var(--compliant)}.s-violation{background:var(--violation)}.s-needs-evidence{background:var(--needs-evidence)}
.s-needs-judgement{background:var(--needs-judgement)}.s-not-applicable{background:var(--not-applicable)}.s-not-regulated{background:var(--not-regulated)}
.c-compliant{color:var(--compliant)}.c-violation{color:var(--violation)}.c-needs-evidence{color:var(--needs-evidence)}
.c-needs-judgement{color:var(--needs-judgement)}.c-not-applicable{color:var(--not-applicable)}.c-not-regulated{color:var(--not-regulated)}
.k-bar{background:var(--violation)}
.table-wrap{max-width:100%;overflow-x:auto}
table{width:100%;border-collapse:collapse;table-layout:fixed}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{font-size:.8rem;color:var(--muted);font-weight:600;overflow-wrap:break-word}
.by-rule thead th{font-size:.72rem;vertical-align:bottom}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
col.c-rule{width:17rem}col.c-num{width:5.6rem}col.c-total{width:4.2rem}col.c-case{width:20rem}col.c-std{width:13rem}col.c-date{width:7.5rem}
.stack{display:flex;height:14px;background:var(--bg);border-radius:7px;overflow:hidden}
.stack span{display:block;height:100%}
.case{border:1px solid var(--line);border-radius:10px;padding:.25rem 1rem 1rem;margin:1.25rem 0}
.case>h3{margin-top:.75rem}
.case-meta{margin:.25rem 0}
.draft{background:#fff8c5;border:1px solid #d4a72c;color:#7d4e00;border-radius:6px;padding:0 .4rem;font-size:.85rem}
.timeline{margin:.5rem 0 1rem}
.steps{list-style:none;margin:0;padding:0}
.tl-row{display:grid;grid-template-columns:minmax(0,16rem) minmax(0,1fr);column-gap:1rem;align-items:center;padding:.3rem 0;border-bottom:1px dashed var(--line)}
.tl-axis{border-bottom:1px solid var(--line);padding:0}
.axis{position:relative;height:1.4rem;overflow:hidden;font-size:.72rem;color:var(--muted)}
.axis span{position:absolute;top:.2rem;transform:translateX(-50%);white-space:nowrap}
.step-label{min-width:0}
.step-label code{display:block}
.state{font-size:.78rem;font-weight:600}
.st-on-time .state{color:var(--on-time)}.st-late .state{color:var(--late)}.st-missing .state{color:var(--missing)}
.st-premature .state{color:var(--premature)}.st-violation .state{color:var(--other)}.st-open .state{color:var(--open)}
.track{position:relative;height:22px;background:#fbfcfd;border-radius:4px;overflow:hidden}
.track>span{position:absolute}
.tick{top:0;bottom:0;width:1px;background:#e1e6eb}
.asof{top:0;bottom:0;width:0;border-left:2px dotted #0969da}
.term{top:7px;height:8px;background:var(--term);border-radius:4px}
.skip{top:5px;height:12px;background:repeating-linear-gradient(45deg,#fff 0 2px,#aab4bf 2px 3px);opacity:.9}
.overdue{top:7px;height:8px;background:repeating-linear-gradient(135deg,var(--late) 0 4px,#ffd8d3 4px 7px);border-radius:0 4px 4px 0}
.st-missing .overdue{background:repeating-linear-gradient(135deg,var(--missing) 0 4px,#ffd8d3 4px 7px)}
.due{top:2px;bottom:2px;width:3px;margin-left:-3px;background:#24292f;border-radius:1px}
.done{top:5px;width:12px;height:12px;margin-left:-6px;border-radius:50%;background:var(--on-time);border:2px solid #fff;box-shadow:0 0 0 1px var(--on-time)}
.st-late .done{border-radius:2px;transform:rotate(45deg);background:var(--late);box-shadow:0 0 0 1px var(--late)}
.st-premature .done{border-radius:2px;background:var(--premature);box-shadow:0 0 0 1px var(--premature)}
.st-violation .done{border-radius:2px;background:var(--other);box-shadow:0 0 0 1px var(--other)}
.st-open .done{background:#fff;border:2px solid var(--open);box-shadow:none}
.miss{top:1px;width:18px;margin-left:-9px;text-align:center;font-weight:700;color:var(--missing);line-height:20px}
.step-dates{grid-column:2;font-size:.8rem;color:var(--muted);margin-top:.15rem}
.legend{display:flex;flex-wrap:wrap;gap:.35rem 1.1rem;margin:.5rem 0 0;padding:0;list-style:none;font-size:.8rem;color:var(--muted)}
.legend li{display:flex;align-items:center;gap:.35rem}
.sw{position:relative;display:inline-block;width:30px;height:14px}
.sw>span{position:absolute}
.sw .term{top:3px;left:0;right:0}.sw .skip{top:1px;left:8px;width:10px}.sw .overdue{top:3px;left:0;right:0}
.sw .due{left:15px;top:0;bottom:0}.sw .done{top:1px;left:15px}.sw .miss{top:-3px;left:15px}.sw .asof{left:15px;top:0;bottom:0}
.findings{list-style:none;margin:0;padding:0}
.finding{border-top:1px solid var(--line);padding:.6rem 0}
.finding-head{display:flex;flex-wrap:wrap;gap:.4rem;align-items:baseline}
.finding-head .kind{font-size:.85rem;font-weight:600;color:var(--violation)}
.message{margin:.3rem 0}
.dates{margin:.2rem 0;font-size:.85rem;color:var(--muted)}
.citation{margin:.4rem 0 0;padding:0}
.citation figcaption{font-size:.8rem;color:var(--muted)}
blockquote{margin:.2rem 0 0;padding:.3rem .75rem;border-left:3px solid var(--line);background:var(--bg);font-style:italic;white-space:normal;overflow-wrap:anywhere}
.facts{margin-top:1rem}
footer{margin-top:2rem;font-size:.8rem;color:var(--muted)}
@media print{body{max-width:none;padding:0}.case,.finding{break-inside:avoid}}
`;

function statusBadge(status: Finding['status'], locale: Locale): string {
  return `<span class="badge s-${status}"${attr('data-status', status)}>${esc(statusLabel(status, locale))}</span>`;
}

function barRows(rows: readonly { key: string; attrName: string; label: string; count: number; cls: string }[]): string {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return `<ul class="bars">${rows
    .map(
      (r) =>
        `<li class="bar-row"${attr(r.attrName, r.key)}${attr('data-count', r.count)}><span class="bar-label">${r.label}</span>` +
        `<span class="bar-track"><span class="bar-fill ${r.cls}" style="width:${pct((r.count / max) * 100)}"></span></span>` +
        `<span class="bar-value">${r.count}</span></li>`,
    )
    .join('')}</ul>`;
}

function summarySection(summary: ReportSummary, locale: Locale): string {
  const t = REPORT_STRINGS[locale];
  const standards = summaryStandards(summary);
  const tiles =
    `<div class="tiles">` +
    `<div class="tile" data-metric="cases-read"><span class="n">${summary.casesRead}</span><span class="l">${esc(t.casesRead)}</span></div>` +
    `<div class="tile" data-metric="cases-with-violations"><span class="n">${summary.casesWithViolations}</span><span class="l">${esc(t.casesWithViolations)}</span></div>` +
    `<div class="tile" data-metric="findings"><span class="n">${summary.findings}</span><span class="l">${esc(t.findings)}</span></div>` +
    `<div class="tile" data-metric="standards"><span class="n">${standards.length}</span><span class="l">${esc(t.standards)}</span><div>${standards
      .map((s) => `<span class="chip"${attr('data-standard', s)}>${esc(s)} · ${summary.byStandard[s] ?? 0}</span>`)
      .join('')}</div></div>` +
    `</div>`;
  const byStatus = barRows(
    REPORT_STATUSES.map((s) => ({ key: s, attrName: 'data-status', label: statusBadge(s, locale), count: summary.byStatus[s], cls: `s-${s}` })),
  );
  const byKind = barRows(REPORT_KINDS.map((k) => ({ key: k, attrName: 'data-kind', label: esc(t.kinds[k]), count: summary.byKind[k], cls: 'k-bar' })));
  const checks = summaryChecks(summary);
  const totals = checks.map((c) => REPORT_STATUSES.reduce((n, s) => n + (summary.byCheck[c]?.[s] ?? 0), 0));
  const maxTotal = Math.max(1, ...totals);
  const ruleRows = checks
    .map((c, i) => {
      const counts = summary.byCheck[c];
      if (!counts) return '';
      const segs = REPORT_STATUSES.filter((s) => counts[s] > 0)
        .map((s) => `<span class="s-${s}"${attr('data-status', s)}${attr('title', `${statusLabel(s, locale)}: ${counts[s]}`)} style="width:${pct((counts[s] / maxTotal) * 100)}"></span>`)
        .join('');
      return (
        `<tr${attr('data-check', c)}><td><code>${esc(c)}</code></td><td><div class="stack">${segs}</div></td>` +
        REPORT_STATUSES.map((s) => `<td class="num"${attr('data-status', s)}>${counts[s] === 0 ? '<span class="muted">·</span>' : counts[s]}</td>`).join('') +
        `<td class="num">${totals[i]}</td></tr>`
      );
    })
    .join('');
  const ruleTable = checks.length === 0
    ? `<p class="muted">${esc(t.noFindings)}</p>`
    : `<div class="table-wrap"><table class="by-rule"><colgroup><col class="c-rule"><col>${REPORT_STATUSES.map(() => '<col class="c-num">').join('')}<col class="c-total"></colgroup>` +
      `<thead><tr><th>${esc(t.rule)}</th><th></th>${REPORT_STATUSES.map((s) => `<th class="num"${attr('data-status', s)}><span class="c-${s}">${esc(statusLabel(s, locale))}</span></th>`).join('')}<th class="num">${esc(t.total)}</th></tr></thead>` +
      `<tbody>${ruleRows}</tbody></table></div>`;
  return (
    `<section class="summary" data-section="summary"><h2>${esc(t.summary)}</h2>${tiles}` +
    `<div class="grid2"><div><h3>${esc(t.byStatus)}</h3>${byStatus}</div><div><h3>${esc(t.byKind)}</h3>${byKind}</div></div>` +
    `<h3>${esc(t.byRule)}</h3>${ruleTable}</section>`
  );
}

function caseIndex(audits: readonly CaseAudit[], locale: Locale): string {
  const t = REPORT_STRINGS[locale];
  const rows = audits
    .map(
      (a) =>
        `<tr${attr('data-case-row', a.caseId)}><td><a${attr('href', `#case-${encodeURIComponent(a.caseId)}`)}><code>${esc(a.caseId)}</code></a></td>` +
        `<td><code>${esc(a.standard)}</code></td><td>${esc(a.asOf)}</td><td>${countChips(a, locale)}</td></tr>`,
    )
    .join('');
  return (
    `<div class="table-wrap"><table class="case-index"><colgroup><col class="c-case"><col class="c-std"><col class="c-date"><col></colgroup>` +
    `<thead><tr><th>${esc(t.case)}</th><th>${esc(t.standard)}</th><th>${esc(t.asOfHeading)}</th><th>${esc(t.findings)}</th></tr></thead><tbody>${rows}</tbody></table></div>`
  );
}

function countChips(a: CaseAudit, locale: Locale): string {
  return REPORT_STATUSES.filter((s) => a.summary.byStatus[s] > 0)
    .map((s) => `<span class="chip c-${s}"${attr('data-count-status', s)}>${esc(statusLabel(s, locale))}: ${a.summary.byStatus[s]}</span>`)
    .join('');
}

// ——— timeline ———

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** Days since 1970-01-01 (fractional for a local date-time); undefined when not a date. Pure arithmetic, no clock. */
function dayValue(s: string | undefined): number | undefined {
  const m = s === undefined ? null : DATE.exec(s);
  if (!m) return undefined;
  const d = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
  return m[4] === undefined ? d : d + (Number(m[4]) * 60 + Number(m[5])) / 1440;
}
const isDay = (s: string): boolean => s.length === 10;
const isoDay = (day: number): string => new Date(Math.floor(day) * 86_400_000).toISOString().slice(0, 10);

interface Placed {
  readonly f: Finding;
  readonly state: TimelineState;
  readonly start?: number;
  readonly dueEnd: number;
  readonly done?: number;
}

function place(f: Finding): Placed | undefined {
  const dueV = dayValue(f.due);
  if (dueV === undefined || f.due === undefined) return undefined;
  const startV = dayValue(f.start);
  const doneV = dayValue(f.done);
  return {
    f,
    state: timelineState(f),
    dueEnd: isDay(f.due) ? dueV + 1 : dueV,
    ...(startV !== undefined && f.start !== undefined ? { start: isDay(f.start) ? startV + 0.5 : startV } : {}),
    ...(doneV !== undefined && f.done !== undefined ? { done: isDay(f.done) ? doneV + 0.5 : doneV } : {}),
  };
}

function ticks(lo: number, hi: number): { at: number; label: string }[] {
  const span = hi - lo;
  const out: { at: number; label: string }[] = [];
  if (span <= 70) {
    const step = span <= 21 ? 2 : span <= 42 ? 5 : 7;
    for (let d = Math.ceil(lo); d <= hi; d += step) out.push({ at: d, label: isoDay(d).slice(5) });
    return out;
  }
  const first = new Date(Math.ceil(lo) * 86_400_000);
  const y = first.getUTCFullYear();
  let m = first.getUTCMonth() + (first.getUTCDate() === 1 ? 0 : 1);
  const months: number[] = [];
  for (;;) {
    const d = Date.UTC(y + Math.floor(m / 12), m % 12, 1) / 86_400_000;
    if (d > hi) break;
    months.push(d);
    m += 1;
  }
  if (months.length > 36) {
    for (const d of months) if (isoDay(d).endsWith('-01-01')) out.push({ at: d, label: isoDay(d).slice(0, 4) });
    return out;
  }
  const every = Math.max(1, Math.ceil(months.length / 10));
  months.forEach((d, i) => {
    if (i % every === 0) out.push({ at: d, label: isoDay(d).slice(0, 7) });
  });
  return out;
}

function legend(locale: Locale, asOf: string | undefined): string {
  const t = REPORT_STRINGS[locale];
  const item = (key: string, swatch: string, label: string, cls = ''): string =>
    `<li${attr('data-legend', key)}${cls ? attr('class', cls) : ''}><span class="sw" aria-hidden="true">${swatch}</span>${esc(label)}</li>`;
  const states = TIMELINE_STATES.map((s) => {
    const sw =
      s === 'missing'
        ? '<span class="overdue"></span><span class="miss">✕</span>'
        : s === 'late'
          ? '<span class="overdue"></span><span class="done"></span>'
          : '<span class="done"></span>';
    return item(s, sw, t.states[s], `st-${s}`);
  }).join('');
  return (
    `<ul class="legend" aria-label="${esc(t.legend)}">` +
    item('term', '<span class="term"></span><span class="due"></span>', `${t.allowedTerm} / ${t.due}`) +
    states +
    item('skipped', '<span class="term"></span><span class="skip"></span>', t.skippedDay) +
    (asOf === undefined ? '' : item('as-of', '<span class="asof"></span>', t.asOf(asOf))) +
    `</ul>`
  );
}

function datesLine(f: Finding, locale: Locale): string {
  const t = REPORT_STRINGS[locale];
  const parts: string[] = [];
  if (f.start) parts.push(`${esc(t.start)}: <time>${esc(f.start)}</time>`);
  if (f.due) parts.push(`${esc(t.due)}: <time>${esc(f.due)}</time>`);
  if (f.done) parts.push(`${esc(t.done)}: <time>${esc(f.done)}</time>`);
  if (f.lateBy) parts.push(`${esc(t.lateBy)}: ${esc(formatLateBy(f.lateBy, locale))}`);
  if (f.skipped && f.skipped.length > 0) {
    const list = f.skipped.map((d) => `${d.date} (${d.reasons.map((r) => t.reasons[r] ?? r).join(', ')})`).join('; ');
    parts.push(`<span${attr('title', list)}>${esc(t.skipped(f.skipped.length))}</span>`);
  }
  return parts.join(' · ');
}

function timeline(audit: CaseAudit, locale: Locale): string {
  const t = REPORT_STRINGS[locale];
  const items = audit.findings.filter(isTimed).map(place).filter((p): p is Placed => p !== undefined);
  if (items.length === 0) return `<div class="timeline" data-timeline="empty"><h4>${esc(t.timeline)}</h4><p class="muted">${esc(t.noTimeline)}</p></div>`;
  const asOfV = dayValue(audit.asOf);
  const asOfEnd = asOfV === undefined ? undefined : asOfV + 1;
  const anyMissing = items.some((p) => p.state === 'missing');
  const points = items.flatMap((p) => [p.dueEnd - 1, p.dueEnd, ...(p.start !== undefined ? [p.start] : []), ...(p.done !== undefined ? [p.done] : [])]);
  if (anyMissing && asOfEnd !== undefined) points.push(asOfEnd);
  let lo = Math.floor(Math.min(...points)) - 1;
  let hi = Math.ceil(Math.max(...points)) + 1;
  if (hi - lo < 7) {
    const pad = (7 - (hi - lo)) / 2;
    lo -= Math.ceil(pad);
    hi += Math.ceil(pad);
  }
  const x = (v: number): number => ((v - lo) / (hi - lo)) * 100;
  const tickList = ticks(lo, hi);
  const tickLines = tickList.map((k) => `<span class="tick" style="left:${pct(x(k.at))}"></span>`).join('');
  const asOfIn = asOfEnd !== undefined && asOfEnd >= lo && asOfEnd <= hi;
  const asOfLineEl = asOfIn ? `<span class="asof" style="left:${pct(x(asOfEnd))}"></span>` : '';
  const axis =
    `<li class="tl-row tl-axis" aria-hidden="true"><span></span><div class="axis">` +
    tickList
      .filter((k) => x(k.at) >= 3 && x(k.at) <= 97)
      .map((k) => `<span style="left:${pct(x(k.at))}">${esc(k.label)}</span>`)
      .join('') +
    `</div></li>`;
  const rows = items
    .map((p) => {
      const f = p.f;
      const parts: string[] = [tickLines, asOfLineEl];
      for (const s of f.skipped ?? []) {
        const v = dayValue(s.date);
        if (v !== undefined) parts.push(`<span class="skip" style="left:${pct(x(v))};width:${pct(x(v + 1) - x(v))}"${attr('title', s.date)}></span>`);
      }
      if (p.start !== undefined && p.start < p.dueEnd) parts.push(`<span class="term" style="left:${pct(x(p.start))};width:${pct(x(p.dueEnd) - x(p.start))}"></span>`);
      const overdueTo = p.state === 'late' ? p.done : p.state === 'missing' ? Math.min(asOfEnd ?? hi, hi) : undefined;
      if (overdueTo !== undefined && overdueTo > p.dueEnd) parts.push(`<span class="overdue" style="left:${pct(x(p.dueEnd))};width:${pct(x(overdueTo) - x(p.dueEnd))}"></span>`);
      parts.push(`<span class="due" style="left:${pct(x(p.dueEnd))}"${attr('title', `${t.due}: ${f.due ?? ''}`)}></span>`);
      if (p.done !== undefined) parts.push(`<span class="done" style="left:${pct(x(p.done))}"${attr('title', `${t.done}: ${f.done ?? ''}`)}></span>`);
      else if (p.state === 'missing' && overdueTo !== undefined) parts.push(`<span class="miss" style="left:${pct(Math.min(x(overdueTo), 98))}">✕</span>`);
      return (
        `<li class="tl-row step st-${p.state}"${attr('data-check', f.check)}${attr('data-status', f.status)}${attr('data-state', p.state)}>` +
        `<div class="step-label"><code>${esc(f.check)}</code><span class="state">${esc(t.states[p.state])}</span></div>` +
        `<div class="track" role="img"${attr('aria-label', `${f.check}: ${t.states[p.state]}`)}>${parts.join('')}</div>` +
        `<div class="step-dates">${datesLine(f, locale)}</div></li>`
      );
    })
    .join('');
  return `<div class="timeline" data-timeline><h4>${esc(t.timeline)}</h4><ol class="steps">${axis}${rows}</ol>${legend(locale, asOfIn ? audit.asOf : undefined)}</div>`;
}

// ——— findings and facts ———

function citation(c: Citation): string {
  return (
    `<figure class="citation"${attr('data-act', c.act)}><figcaption>${esc(formatCitation(c))}</figcaption>` +
    `<blockquote${attr('lang', c.lang)}>${esc(c.quote)}</blockquote>` +
    (c.note ? `<figcaption class="muted">${esc(c.note)}</figcaption>` : '') +
    `</figure>`
  );
}

function findingItem(f: Finding, locale: Locale): string {
  const t = REPORT_STRINGS[locale];
  const dates = datesLine(f, locale);
  return (
    `<li class="finding"${attr('data-check', f.check)}${attr('data-status', f.status)}${attr('data-kind', f.kind)}>` +
    `<div class="finding-head">${statusBadge(f.status, locale)}` +
    (f.kind ? `<span class="kind">${esc(t.kinds[f.kind])}</span>` : '') +
    `<code class="check">${esc(f.check)}</code>` +
    (f.binding ? '' : `<span class="draft">${esc(t.nonBinding)}</span>`) +
    `</div><p class="message">${esc(describeOutcome(f, locale))}</p>` +
    (dates ? `<p class="dates">${dates}</p>` : '') +
    f.citations.map(citation).join('') +
    `</li>`
  );
}

function factsSection(kase: Case, locale: Locale): string {
  const t = REPORT_STRINGS[locale];
  const facts = caseFactPairs(kase);
  const rows = kase.events
    .map(
      (e) =>
        `<tr data-event${attr('data-type', e.type)}><td><code>${esc(e.type)}</code></td><td>${esc(e.at ?? e.date ?? '')}</td>` +
        `<td>${esc(e.endAt ?? e.end ?? '')}</td><td>${esc(eventDetails(e).join(', '))}</td></tr>`,
    )
    .join('');
  return (
    `<section class="facts" data-facts><h4>${esc(t.facts)}</h4>` +
    (facts.length > 0 ? `<p>${facts.map((p) => `<span class="chip">${esc(p)}</span>`).join('')}</p>` : '') +
    (kase.events.length === 0
      ? `<p class="muted">${esc(t.noEvents)}</p>`
      : `<div class="table-wrap"><table><colgroup><col class="c-std"><col class="c-std"><col class="c-std"><col></colgroup>` +
        `<thead><tr><th>${esc(t.type)}</th><th>${esc(t.date)}</th><th>${esc(t.end)}</th><th>${esc(t.details)}</th></tr></thead><tbody>${rows}</tbody></table></div>`) +
    `</section>`
  );
}

/**
 * One case's section (`<section class="case" data-case=…>`): heading, standard and date,
 * counts, the timeline of its time-limited steps, its findings with badges, messages,
 * citations and quotes, and its facts when given. Exported for writers that stream cases;
 * it needs the stylesheet of {@link htmlReport}.
 */
export function htmlCaseSection(audit: CaseAudit, locale: Locale, facts?: Case): string {
  const t = REPORT_STRINGS[locale];
  const binding = audit.findings.every((f) => f.binding);
  const uncertain = audit.findings.filter((f) => f.uncertain === true).length;
  return (
    `<section class="case"${attr('id', `case-${audit.caseId}`)}${attr('data-case', audit.caseId)}${attr('data-standard', audit.standard)}${attr('data-as-of', audit.asOf)}>` +
    `<h3>${esc(t.case)} <code>${esc(audit.caseId)}</code></h3>` +
    `<p class="case-meta">${esc(t.standard)}: <code>${esc(audit.standard)}</code>${binding ? '' : ` <span class="draft">${esc(t.nonBinding)}</span>`} · ${esc(t.asOf(audit.asOf))}</p>` +
    `<p class="case-counts">${countChips(audit, locale)}</p>` +
    (uncertain > 0 ? `<p class="muted">${esc(t.uncertain(uncertain))}</p>` : '') +
    timeline(audit, locale) +
    `<h4>${esc(t.findings)}</h4>` +
    (audit.findings.length === 0 ? `<p class="muted">${esc(t.noFindings)}</p>` : `<ol class="findings">${audit.findings.map((f) => findingItem(f, locale)).join('')}</ol>`) +
    (facts ? factsSection(facts, locale) : '') +
    `</section>`
  );
}

/**
 * The audits as ONE self-contained HTML file: inline CSS, no scripts, no fonts, images or links
 * to anything outside the file (a Content-Security-Policy forbids loading any), `lang` = the
 * locale, UTF-8. A summary across cases (tiles, bar rows per status and kind, a table per rule
 * and status, an index of cases), then per case a timeline of its time-limited steps against
 * their due dates, and its findings with status badges, messages, citations and quotes.
 * Elements carry `data-case`, `data-status`, `data-check` for tests and scripts. Case ids
 * only, unless `includeFacts` is true and the case is in `cases`. Pure: no I/O, no clock.
 */
export function htmlReport(input: ReportInput): string {
  const { locale, summary, audits } = input;
  const t = REPORT_STRINGS[locale];
  const asOf = asOfLine(summary, locale);
  return (
    `<!doctype html>\n<html${attr('lang', locale)}><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="referrer" content="no-referrer">` +
    `<title>${esc(t.title)}${asOf ? ` — ${esc(asOf)}` : ''}</title><style>${CSS}</style></head>\n<body>` +
    `<header><h1>${esc(t.title)}</h1>${asOf ? `<p class="asof-line">${esc(asOf)}</p>` : ''}` +
    `<p class="note" data-privacy="${input.includeFacts === true ? 'facts' : 'ids-only'}">${esc(input.includeFacts === true ? t.privacyFacts : t.privacy)}</p></header>\n` +
    `<main>${summarySection(summary, locale)}\n` +
    `<section class="cases" data-section="cases"><h2>${esc(t.cases)}</h2>` +
    (audits.length === 0 ? `<p class="muted">${esc(t.noCases)}</p>` : caseIndex(audits, locale)) +
    audits.map((a) => `\n${htmlCaseSection(a, locale, factsFor(input, a.caseId))}`).join('') +
    `</section></main>\n<footer>kz-social-standards</footer></body></html>\n`
  );
}
