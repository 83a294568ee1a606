/**
 * Shared pieces of the generated static site (docs/): escaping, the page frame with relative
 * links, localized labels, citations and the links into the API reference. Pure functions.
 *
 * @module
 */
import { formatCitation, type Citation } from '../../law/citation.js';
import type { LocalizedText } from '../../law/schema.js';

/** Escapes text for HTML element content and attribute values. */
export function esc(text: string | number | boolean): string {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The relative path from a page at `from` (e.g. `catalog/trafficking/x.html`) to `to` (e.g. `api/index.html`), both relative to docs/. */
export function rel(from: string, to: string): string {
  const up = from.split('/').length - 1;
  return `${'../'.repeat(up)}${to}`;
}

/** Main sections of the site, as paths relative to docs/. */
export const SITE = {
  home: 'index.html',
  guides: 'index.html#guides',
  api: 'api/index.html',
  catalog: 'catalog/index.html',
  coverage: 'coverage/index.html',
  schema: 'index.html#schemas',
  style: 'site/style.css',
} as const;

/**
 * A complete HTML page. `path` is the page's own path relative to docs/, so that every link
 * (stylesheet, navigation) is relative and the site opens from disk.
 */
export function page(path: string, title: string, body: string, lang = 'en'): string {
  const r = (to: string): string => esc(rel(path, to));
  return `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} — kz-social-standards</title>
<link rel="stylesheet" href="${r(SITE.style)}">
</head>
<body>
<header class="site"><a href="${r(SITE.home)}">kz-social-standards</a>
<nav><a href="${r(SITE.guides)}">Guides</a> <a href="${r(SITE.api)}">API reference</a> <a href="${r(SITE.catalog)}">Rule catalog</a> <a href="${r(SITE.coverage)}">Coverage</a> <a href="${r(SITE.schema)}">JSON Schemas</a></nav></header>
<main>
${body.trim()}
</main>
<footer>Generated from rules/ and src/ by <code>npm run docs</code> (src/tools/docs). Do not edit by hand.</footer>
</body>
</html>
`;
}

/** A label in every language the data has, each marked with its `lang`. */
export function label(text: LocalizedText | undefined): string {
  if (!text) return '';
  const parts: string[] = [];
  if (text.ru) parts.push(`<span lang="ru">${esc(text.ru)}</span>`);
  if (text.kk) parts.push(`<span lang="kk">${esc(text.kk)}</span>`);
  parts.push(`<span lang="en" class="en">${esc(text.en)}</span>`);
  return `<span class="label">${parts.join('<br>')}</span>`;
}

/** The anchor of an act on the acts page. */
export function actAnchor(act: string): string {
  return `act-${act}`;
}

/** A citation: where (act, part, annex, paragraph, sub-paragraph) and the original quote. */
export function citation(c: Citation | undefined, from: string): string {
  if (!c) return '';
  const where = formatCitation(c).replace(/^[^,]*/, (act) => `<a href="${esc(rel(from, `catalog/acts.html#${actAnchor(act)}`))}">${esc(act)}</a>`);
  const note = c.note ? ` <span class="note">(${esc(c.note)})</span>` : '';
  return `<span class="cite"><span class="where">${where}</span> <q lang="${esc(c.lang)}">${esc(c.quote)}</q>${note}</span>`;
}

/** API reference pages, relative to docs/api/ (typedoc's default router: `<kind>/<module>.<name>.html`). */
export const API_PAGES = {
  standards: 'variables/kz-social-standards.standards.html',
  auditCase: 'functions/kz-social-standards.auditCase.html',
  AuditOptions: 'interfaces/kz-social-standards.AuditOptions.html',
  evaluateSheet: 'functions/kz-social-standards.evaluateSheet.html',
  staffingMinimum: 'functions/kz-social-standards.staffingMinimum.html',
  admissionBasis: 'functions/kz-social-standards.admissionBasis.html',
  notRegulated: 'functions/kz-social-standards.notRegulated.html',
  evaluateCondition: 'functions/kz-social-standards.evaluateCondition.html',
  compare: 'functions/kz-social-standards.compare.html',
  deadline: 'functions/kz-social-standards_calendar.deadline.html',
  RuleFile: 'types/kz-social-standards.RuleFile.html',
  StandardVersion: 'interfaces/kz-social-standards.StandardVersion.html',
} as const;

/** Name of a page of the API reference. */
export type ApiName = keyof typeof API_PAGES;

/** A link from the page at `from` to the API reference page of `name`. */
export function apiLink(name: ApiName, from: string): string {
  return `<a class="api" href="${esc(rel(from, `api/${API_PAGES[name]}`))}"><code>${esc(name)}</code></a>`;
}

/** `<code>` of a value, with JSON for objects. */
export function code(value: unknown): string {
  return `<code>${esc(typeof value === 'string' ? value : JSON.stringify(value))}</code>`;
}
