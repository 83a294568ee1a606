import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOCALES, type Locale } from '../../src/i18n/messages.js';
import { describeOutcome } from '../../src/outcome/outcome.js';
import { REPORT_STRINGS, statusLabel } from '../../src/report/common.js';
import { escapeMarkdown, markdownReport } from '../../src/report/markdown.js';
import { addAudit, createReportSummary, REPORT_STATUSES, summarizeAudits } from '../../src/report/summary.js';
import { auditAllFixtures, casesById, hostileAudit } from './load.js';

const fixtures = auditAllFixtures();
const audits = fixtures.map((f) => f.audit);
const summary = summarizeAudits(audits);
const cases = casesById(fixtures);

/** The lines of each case's section, by case id (up to its facts, if any). */
function sections(md: string, locale: Locale): Map<string, string[]> {
  const head = `### ${REPORT_STRINGS[locale].case} \``;
  const out = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of md.split('\n')) {
    if (line.startsWith(head)) {
      current = [];
      out.set(line.slice(head.length, line.lastIndexOf('`')), current);
    } else if (line.startsWith('#')) current = line.startsWith('#### ') ? undefined : current;
    else current?.push(line);
  }
  return out;
}

/** Cells of a Markdown table row, honouring `\|`. */
const cells = (row: string): string[] =>
  row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

describe('markdownReport over every fixture', () => {
  for (const locale of LOCALES) {
    const t = REPORT_STRINGS[locale];
    const md = markdownReport({ audits, summary, locale });

    it(`${locale}: has the title, the audits' dates and the summary tables with localised headings`, () => {
      expect(md.startsWith(`# ${t.title}\n`)).toBe(true);
      for (const h of [`## ${t.summary}`, `### ${t.byStatus}`, `### ${t.byKind}`, `### ${t.byRule}`, `## ${t.cases}`]) expect(md).toContain(`\n${h}\n`);
      expect(md).toContain(t.asOfRange(summary.asOfMin ?? '', summary.asOfMax ?? ''));
      expect(md).toContain(`| ${t.casesRead} | ${t.casesWithViolations} | ${t.findings} | ${t.standards} |`);
      expect(md).toContain(`| ${summary.casesRead} | ${summary.casesWithViolations} | ${summary.findings} |`);
      for (const s of REPORT_STATUSES) expect(md).toContain(` ${escapeMarkdown(statusLabel(s, locale))} | ${summary.byStatus[s]} |`);
      expect(md).toContain(t.privacy);
    });

    it(`${locale}: one row per rule in the rule table, with its counts per status`, () => {
      for (const [check, counts] of Object.entries(summary.byCheck)) {
        const row = md.split('\n').find((l) => l.startsWith(`| \`${check}\` |`) && cells(l).length === REPORT_STATUSES.length + 2);
        expect(row, check).toBeDefined();
        const c = cells(row ?? '');
        REPORT_STATUSES.forEach((s, i) => expect(c[i + 1], `${check} ${s}`).toBe(counts[s] === 0 ? '·' : String(counts[s])));
      }
    });

    it(`${locale}: one section per case with one table row per finding, in order, with status, dates, message and citation`, () => {
      const byCase = sections(md, locale);
      expect([...byCase.keys()]).toEqual(audits.map((a) => a.caseId));
      for (const a of audits) {
        const lines = byCase.get(a.caseId) ?? [];
        const header = lines.find((l) => l.startsWith('| '));
        expect(cells(header ?? '')).toEqual([t.check, t.status, t.due, t.done, t.lateBy, t.message, t.citation]);
        const rows = lines.filter((l) => l.startsWith('| `'));
        expect(rows.length, a.caseId).toBe(a.findings.length);
        rows.forEach((row, i) => {
          const f = a.findings[i];
          if (!f) throw new Error('unreachable');
          const c = cells(row);
          expect(c).toHaveLength(7);
          expect(c[0]).toBe(`\`${f.check}\``);
          expect(c[1]).toContain(escapeMarkdown(statusLabel(f.status, locale)));
          if (f.kind) expect(c[1]).toContain(t.kinds[f.kind]);
          expect(c[2]).toBe(f.due ?? '');
          expect(c[3]).toBe(f.done ?? '');
          if (f.lateBy) expect(c[4]).toBe(`${f.lateBy.amount} ${t.units[f.lateBy.unit]}`);
          expect(c[5]).toBe(escapeMarkdown(describeOutcome(f, locale)));
          for (const cit of f.citations) expect(c[6]).toContain(`${cit.act}, ${cit.part}`);
          expect(c[6]).toMatch(/«.+»/);
        });
        expect(lines.join('\n')).toContain(t.asOf(a.asOf));
      }
    });
  }

  it('every locale has every string, and none is left in English in ru or kk', () => {
    const keys = Object.keys(REPORT_STRINGS.en).sort();
    for (const locale of LOCALES) {
      const t = REPORT_STRINGS[locale] as unknown as Record<string, unknown>;
      expect(Object.keys(t).sort(), locale).toEqual(keys);
      for (const k of keys) {
        const v = t[k];
        const text = typeof v === 'function' ? String((v as (x: never, y: never) => string)('2022-01-01' as never, '2022-12-31' as never)) : v;
        if (typeof text === 'string') expect(text.length, `${locale}.${k}`).toBeGreaterThan(0);
        else {
          const en = REPORT_STRINGS.en[k as keyof typeof REPORT_STRINGS.en] as Record<string, string>;
          expect(Object.keys(text as object).sort(), `${locale}.${k}`).toEqual(Object.keys(en).sort());
          for (const s of Object.values(text as Record<string, string>)) expect(s.length).toBeGreaterThan(0);
        }
      }
    }
    for (const k of ['title', 'summary', 'byStatus', 'byRule', 'cases', 'case', 'due', 'done', 'lateBy', 'citation', 'timeline'] as const) {
      expect(REPORT_STRINGS.ru[k]).not.toBe(REPORT_STRINGS.en[k]);
      expect(REPORT_STRINGS.kk[k]).not.toBe(REPORT_STRINGS.en[k]);
      expect(REPORT_STRINGS.kk[k]).not.toBe(REPORT_STRINGS.ru[k]);
    }
  });

  it('carries case ids only unless includeFacts is true', () => {
    const plain = markdownReport({ audits, summary, locale: 'en', cases });
    expect(plain).not.toContain(`#### ${REPORT_STRINGS.en.facts}`);
    expect(plain).not.toContain(`| ${REPORT_STRINGS.en.type} | ${REPORT_STRINGS.en.date} |`);
    const withFacts = markdownReport({ audits, summary, locale: 'en', cases, includeFacts: true });
    expect(withFacts).toContain(REPORT_STRINGS.en.privacyFacts);
    const factSections = withFacts.split(`#### ${REPORT_STRINGS.en.facts}`).length - 1;
    expect(factSections).toBe(audits.length);
    const events = fixtures.reduce((n, f) => n + f.kase.events.length, 0);
    const eventRows = withFacts.split('\n').filter((l) => /^\| `[a-z-]+` \| \d{4}-\d{2}-\d{2}/.test(l)).length;
    expect(eventRows).toBe(events);
    // facts on, but no cases given: nothing to print, nothing invented
    expect(markdownReport({ audits, summary, locale: 'en', includeFacts: true })).not.toContain(`#### ${REPORT_STRINGS.en.facts}`);
  });

  it('escapes hostile text: no raw HTML, no broken table rows', () => {
    const audit = hostileAudit();
    const md = markdownReport({ audits: [audit], summary: addAudit(createReportSummary(), audit), locale: 'en' });
    expect(md).not.toMatch(/<script|<img|<\/blockquote/i);
    expect(md).toContain('&lt;script&gt;');
    const lines = md.split('\n');
    const header = lines.findIndex((l) => l.startsWith(`| ${REPORT_STRINGS.en.check} | ${REPORT_STRINGS.en.status} |`));
    expect(header).toBeGreaterThan(0);
    const rows = lines.slice(header + 2, lines.indexOf('', header));
    expect(rows.map((r) => cells(r).length), rows.join('\n')).toEqual([7, 7]);
    expect(md.split('\n').filter((l) => l.includes('line')).every((l) => !l.startsWith('line'))).toBe(true);
  });

  describe('no clock', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    it('gives the same text whatever the time, and states the audits’ dates', () => {
      vi.useFakeTimers({ now: new Date('2031-06-15T10:00:00Z') });
      const a = markdownReport({ audits, summary, locale: 'ru' });
      vi.setSystemTime(new Date('2040-01-01T00:00:00Z'));
      const b = markdownReport({ audits, summary, locale: 'ru' });
      expect(a).toBe(b);
      expect(a).not.toMatch(/2031|2040/);
    });
  });

  it('renders an empty report', () => {
    const md = markdownReport({ audits: [], summary: createReportSummary(), locale: 'kk' });
    expect(md).toContain(REPORT_STRINGS.kk.noCases);
    expect(md).toContain(`## ${REPORT_STRINGS.kk.summary}`);
  });
});

describe('escapeMarkdown', () => {
  it('neutralises table pipes, HTML, emphasis, links and line breaks', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('<b>&')).toBe('&lt;b&gt;&amp;');
    expect(escapeMarkdown('*x* _y_ `z` [l](u)')).toBe('\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u)');
    expect(escapeMarkdown('a\nb\r\nc')).toBe('a b c');
    expect(escapeMarkdown('deadlines.plan-renewal 2022-03-24 «цитата»')).toBe('deadlines.plan-renewal 2022-03-24 «цитата»');
  });
});
