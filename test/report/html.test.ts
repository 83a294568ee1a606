import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CaseAudit } from '../../src/audit/audit.js';
import { LOCALES } from '../../src/i18n/messages.js';
import { describeOutcome } from '../../src/outcome/outcome.js';
import { isTimed, REPORT_STRINGS, statusLabel, timelineState } from '../../src/report/common.js';
import { escapeHtml, htmlReport } from '../../src/report/html.js';
import { addAudit, createReportSummary, REPORT_STATUSES, summarizeAudits } from '../../src/report/summary.js';
import type { Case } from '../../src/schema/case.js';
import { auditAllFixtures, casesById, hostileAudit } from './load.js';

const fixtures = auditAllFixtures();
const audits = fixtures.map((f) => f.audit);
const summary = summarizeAudits(audits);
const cases = casesById(fixtures);
const count = (s: string, needle: string): number => s.split(needle).length - 1;

/** The HTML of each case's `<section class="case">`, by case id. */
function caseSections(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const chunk of html.split('<section class="case"').slice(1)) {
    const id = /data-case="([^"]*)"/.exec(chunk)?.[1];
    if (id !== undefined) out.set(id, chunk.slice(0, chunk.indexOf('</section>\n') === -1 ? undefined : chunk.indexOf('</section>\n')));
  }
  return out;
}

/** Values of a case's events (dates and ids) that its findings never mention: they may only appear as facts. */
function eventOnlyValues(kase: Case, audit: CaseAudit): string[] {
  const said = JSON.stringify(audit.findings) + audit.asOf + audit.caseId + audit.standard;
  const values = new Set<string>();
  for (const e of kase.events) {
    for (const [k, v] of Object.entries(e)) {
      if (k === 'type' || v === undefined || typeof v === 'boolean' || typeof v === 'number') continue;
      for (const x of Array.isArray(v) ? v : [String(v)]) if (!said.includes(x)) values.add(x);
    }
  }
  return [...values];
}

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<script>alert("x")</script>`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml(`" onmouseover='x' data-a=`)).toBe('&quot; onmouseover=&#39;x&#39; data-a=');
    expect(escapeHtml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
    expect(escapeHtml('</style><style>*{display:none}')).toBe('&lt;/style&gt;&lt;style&gt;*{display:none}');
    expect(escapeHtml('<!-- -->')).toBe('&lt;!-- --&gt;');
    expect(escapeHtml(42)).toBe('42');
    expect(escapeHtml(true)).toBe('true');
    expect(escapeHtml('срок — до 24.03.2022 «цитата» мерзімі')).toBe('срок — до 24.03.2022 «цитата» мерзімі');
  });

  it('leaves nothing that could open a tag, close an attribute or start an entity', () => {
    const hostile = ['<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "'><a href=javascript:alert(1)>", '&#x3C;script&#x3E;', '<<script>>', '\u0000<x>'];
    for (const h of hostile) expect(escapeHtml(h)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
  });
});

describe('htmlReport over every fixture', () => {
  for (const locale of LOCALES) {
    const t = REPORT_STRINGS[locale];
    const html = htmlReport({ audits, summary, locale });

    it(`${locale}: one self-contained UTF-8 document in the locale's language`, () => {
      expect(html.startsWith('<!doctype html>\n')).toBe(true);
      expect(html).toContain(`<html lang="${locale}">`);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
      expect(count(html, '<html')).toBe(1);
      expect(count(html, '</html>')).toBe(1);
      expect(count(html, '<style>')).toBe(1);
    });

    it(`${locale}: references nothing outside the file`, () => {
      expect(html).not.toMatch(/https?:\/\//i);
      expect(html).not.toMatch(/\/\/[a-z0-9-]+\.[a-z]/i); // protocol-relative URLs
      expect(html).not.toMatch(/<(script|link|img|iframe|object|embed|video|audio|source|base|form)\b/i);
      expect(html).not.toMatch(/\b(src|srcset|action|formaction|xlink:href)\s*=/i);
      expect(html).not.toMatch(/@import|@font-face|url\(/i);
      for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href?.startsWith('#'), href).toBe(true);
    });

    it(`${locale}: localised headings and status labels`, () => {
      for (const s of [t.title, t.summary, t.byStatus, t.byKind, t.byRule, t.cases, t.casesRead, t.casesWithViolations, t.timeline, t.findings]) {
        expect(html).toContain(`>${escapeHtml(s)}<`);
      }
      for (const s of REPORT_STATUSES) expect(html).toContain(escapeHtml(statusLabel(s, locale)));
      expect(html).toContain(escapeHtml(t.asOfRange(summary.asOfMin ?? '', summary.asOfMax ?? '')));
    });

    it(`${locale}: every case, its findings with badges, messages and quotes`, () => {
      const sections = caseSections(html);
      expect([...sections.keys()]).toEqual(audits.map((a) => a.caseId));
      for (const a of audits) {
        const sec = sections.get(a.caseId) ?? '';
        expect(count(html, `data-case="${a.caseId}"`), a.caseId).toBe(1);
        expect(count(sec, '<li class="finding"'), a.caseId).toBe(a.findings.length);
        for (const s of REPORT_STATUSES) {
          expect(count(sec, `<span class="badge s-${s}" data-status="${s}">`), `${a.caseId} ${s}`).toBe(a.summary.byStatus[s]);
        }
        for (const f of a.findings) {
          expect(sec).toContain(`<p class="message">${escapeHtml(describeOutcome(f, locale))}</p>`);
          for (const c of f.citations) expect(sec).toContain(`<blockquote lang="${c.lang}">${escapeHtml(c.quote)}</blockquote>`);
        }
        expect(sec).toContain(escapeHtml(t.asOf(a.asOf)));
      }
    });
  }

  const html = htmlReport({ audits, summary, locale: 'en' });

  it('summary bar rows and rule rows carry the counts of the summary', () => {
    for (const s of REPORT_STATUSES) expect(html).toContain(`<li class="bar-row" data-status="${s}" data-count="${summary.byStatus[s]}">`);
    for (const [k, n] of Object.entries(summary.byKind)) expect(html).toContain(`<li class="bar-row" data-kind="${k}" data-count="${n}">`);
    for (const check of Object.keys(summary.byCheck)) expect(count(html, `<tr data-check="${check}">`), check).toBe(1);
    expect(html).toContain(`data-metric="cases-read"><span class="n">${summary.casesRead}<`);
    expect(html).toContain(`data-metric="cases-with-violations"><span class="n">${summary.casesWithViolations}<`);
  });

  it('draws each time-limited step on its case’s timeline, in the state of its finding', () => {
    const sections = caseSections(html);
    let late = 0;
    let missing = 0;
    for (const a of audits) {
      const sec = sections.get(a.caseId) ?? '';
      const timed = a.findings.filter(isTimed);
      expect(count(sec, 'class="tl-row step '), a.caseId).toBe(timed.length);
      expect(sec.includes('data-timeline>') || sec.includes('data-timeline="empty"')).toBe(true);
      for (const f of timed) {
        expect(sec).toContain(`data-check="${f.check}" data-status="${f.status}" data-state="${timelineState(f)}"`);
        if (f.start) expect(sec).toContain(`<time>${f.start}</time>`);
        if (f.due) expect(sec).toContain(`<time>${f.due}</time>`);
        if (f.done) expect(sec).toContain(`<time>${f.done}</time>`);
      }
      late += timed.filter((f) => timelineState(f) === 'late').length;
      missing += timed.filter((f) => timelineState(f) === 'missing').length;
    }
    expect(count(html, 'data-state="late"')).toBe(late);
    expect(count(html, 'data-state="missing"')).toBe(missing);
    expect(late).toBe(summary.byKind.late);
    expect(missing).toBe(summary.byKind.missing);
    expect(count(html, '<span class="overdue"')).toBeGreaterThanOrEqual(late + missing);
    expect(count(html, 'data-legend="late"')).toBeGreaterThan(0);
  });

  it('carries case ids but no event data unless includeFacts is true', () => {
    const plain = htmlReport({ audits, summary, locale: 'en', cases });
    const withFacts = htmlReport({ audits, summary, locale: 'en', cases, includeFacts: true });
    expect(plain).not.toContain('data-facts');
    expect(plain).not.toContain('data-event');
    expect(plain).toContain('data-privacy="ids-only"');
    expect(withFacts).toContain('data-privacy="facts"');
    expect(count(withFacts, '<tr data-event')).toBe(fixtures.reduce((n, f) => n + f.kase.events.length, 0));
    const plainSections = caseSections(plain);
    const factSections = caseSections(withFacts);
    let checked = 0;
    for (const { audit, kase } of fixtures) {
      expect(plainSections.get(audit.caseId)).toBeDefined();
      for (const v of eventOnlyValues(kase, audit)) {
        expect(plainSections.get(audit.caseId), `${audit.caseId}: ${v}`).not.toContain(v);
        expect(factSections.get(audit.caseId), `${audit.caseId}: ${v}`).toContain(v);
        checked += 1;
      }
    }
    expect(checked, 'fixtures hold event values that no finding repeats').toBeGreaterThan(20);
  });

  it('escapes hostile text everywhere: no tag, attribute or link is injected', () => {
    const audit = hostileAudit();
    const out = htmlReport({ audits: [audit], summary: addAudit(createReportSummary(), audit), locale: 'en' });
    expect(out).not.toMatch(/<script|<img|<svg|<b>|<\/blockquote><img/i);
    expect(out).not.toMatch(/\bonerror="/i);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(out).toContain('data-case="case-&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;"');
    // the structure survives: one case, two findings, two quotes, one note
    expect(count(out, '<section class="case"')).toBe(1);
    expect(count(out, '<li class="finding"')).toBe(2);
    expect(count(out, '<blockquote lang=')).toBe(2);
    expect(count(out, '</blockquote>')).toBe(2);
    // every attribute value is closed before the next attribute: no stray quote characters
    for (const [, v] of out.matchAll(/ data-[a-z-]+="([^"]*)"/g)) expect(v).not.toMatch(/[<>'"]/);
    expect(out).toContain('data-legend="missing"');
  });

  describe('no clock', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    it('gives the same document whatever the time', () => {
      vi.useFakeTimers({ now: new Date('2031-06-15T10:00:00Z') });
      const a = htmlReport({ audits, summary, locale: 'kk' });
      vi.setSystemTime(new Date('2040-01-01T00:00:00Z'));
      expect(htmlReport({ audits, summary, locale: 'kk' })).toBe(a);
      expect(a).not.toMatch(/2031|2040/);
    });
  });

  it('renders an empty report', () => {
    const out = htmlReport({ audits: [], summary: createReportSummary(), locale: 'ru' });
    expect(out).toContain(escapeHtml(REPORT_STRINGS.ru.noCases));
    expect(out).not.toContain('<section class="case"');
  });
});
