/**
 * The paragraph coverage matrix: per standard, every paragraph and sub-paragraph of the text with
 * what became of it — `encoded` (with links to the catalog entries of its rules), `narrative`
 * (nothing computable) or `not-computable` (with why) — from `rules/<standard>/coverage.json`.
 * The page a lawyer reads to see that nothing was skipped.
 *
 * Pure: data in, `{ path → HTML }` out (paths relative to docs/).
 *
 * @module
 */
import type { StandardSummary } from '../../law/registry.js';
import type { RuleFile } from '../../schema/rule-file.js';
import type { CoverageFile } from '../../schema/rule-sections.js';
import { encodedVersion, versionPath } from './catalog.js';
import { esc, label, page, rel } from './html.js';

/** What the coverage pages are generated from. */
export interface CoverageInput {
  /** Every standard with its versions (`standards.list()`). */
  readonly standards: readonly StandardSummary[];
  /** The coverage file of each standard, by standard id. */
  readonly coverage: Readonly<Record<string, CoverageFile>>;
}

type Entry = CoverageFile['entries'][number];
type Status = Entry['status'];

const STATUSES: readonly Status[] = ['encoded', 'narrative', 'not-computable'];

/** Counts of entries by status. */
export function coverageCounts(file: CoverageFile): Record<Status, number> {
  const counts: Record<Status, number> = { encoded: 0, narrative: 0, 'not-computable': 0 };
  for (const e of file.entries) counts[e.status]++;
  return counts;
}

/** The English label of a rule id of a coverage entry, when the rule file has one. */
export function ruleLabel(rules: RuleFile, id: string): string | undefined {
  const dot = id.indexOf('.');
  const section = dot < 0 ? id : id.slice(0, dot);
  const key = dot < 0 ? '' : id.slice(dot + 1);
  switch (section) {
    case 'parameters':
      return rules.parameters[key]?.label.en;
    case 'deadlines':
      return rules.deadlines[key]?.label.en;
    case 'periodic':
      return rules.periodic[key]?.label.en;
    case 'options':
      return rules.options[key]?.description.en;
    case 'lists': {
      const list = rules.lists[key];
      if (list) return list.label.en;
      const last = key.lastIndexOf('.');
      return rules.lists[key.slice(0, last)]?.items.find((i) => i.id === key.slice(last + 1))?.label.en;
    }
    case 'staffing':
      return rules.staffing?.label.en;
    case 'evaluationSheet':
      return rules.evaluationSheet?.label.en;
    case 'admission':
      return rules.admission?.label.en;
    case 'supplyNorms':
      return rules.supplyNorms?.label.en;
    case 'equipment':
      return rules.equipment?.label.en;
    case 'notRegulated':
      return rules.notRegulated[key as keyof RuleFile['notRegulated']]?.note;
    case 'check':
      return 'check in code';
    default:
      return undefined;
  }
}

function where(e: Entry): string {
  const unit = e.annex === undefined ? e.part : `${e.part}, annex ${e.annex}`;
  const p = e.paragraph === 'preamble' ? 'preamble' : `p.${e.paragraph}`;
  return `${unit}, ${p}${e.subparagraph === undefined ? '' : ` sp.${e.subparagraph}`}`;
}

/** Anchor of a coverage entry: `standard-annex-2-p4-sp1`. */
export function entryAnchor(e: Entry): string {
  return [e.part, e.annex === undefined ? '' : `annex-${e.annex}`, `p${e.paragraph}`, e.subparagraph === undefined ? '' : `sp${e.subparagraph}`]
    .filter(Boolean)
    .join('-');
}

/** The coverage page of one standard. */
export function renderCoveragePage(summary: StandardSummary, file: CoverageFile): string {
  const path = `coverage/${summary.id}.html`;
  const version = encodedVersion(summary);
  const target = versionPath(version);
  const counts = coverageCounts(file);
  const rows = file.entries
    .map((e) => {
      const rules = (e.rules ?? [])
        .map((id) => {
          const text = ruleLabel(version.rules, id);
          return `<li><a href="${esc(rel(path, `${target}#${id}`))}"><code>${esc(id)}</code></a>${text ? ` <span class="en">${esc(text)}</span>` : ''}</li>`;
        })
        .join('');
      const detail = e.status === 'encoded' ? `<ul class="rules">${rules}</ul>` : e.status === 'not-computable' ? esc(e.why ?? '') : rules ? `<ul class="rules">${rules}</ul>` : '';
      return `<tr id="${esc(entryAnchor(e))}" class="${esc(e.status)}"><td>${esc(where(e))}</td><td><span class="status ${esc(e.status)}">${esc(e.status)}</span></td><td>${detail}</td></tr>`;
    })
    .join('\n');
  const body = `<p class="crumbs"><a href="${esc(rel(path, 'coverage/index.html'))}">Coverage</a> › ${esc(summary.id)}</p>
<h1>Coverage: ${esc(summary.id)}</h1>
${label(summary.title)}
<p>Every paragraph and sub-paragraph of the text <code>${esc(file.source)}</code> (as the citation check splits it), once each, from <code>rules/${esc(summary.id)}/coverage.json</code>. Rule links go to the catalog page of <a href="${esc(rel(path, target))}">${esc(version.id)}</a>, the version whose wording the rule file encodes.</p>
<p>${STATUSES.map((s) => `<span class="status ${s}">${s}</span> ${counts[s]}`).join(' · ')} · total ${file.entries.length}</p>
<table class="coverage"><thead><tr><th>paragraph</th><th>status</th><th>rules / why</th></tr></thead><tbody>
${rows}
</tbody></table>
`;
  return page(path, `Coverage: ${summary.id}`, body);
}

/** The coverage front page: counts per standard. */
export function renderCoverageIndex(input: CoverageInput): string {
  const path = 'coverage/index.html';
  const rows = input.standards
    .map((s) => {
      const file = input.coverage[s.id];
      if (!file) return `<tr><td>${esc(s.id)}</td><td colspan="4"><span class="note">no coverage file</span></td></tr>`;
      const c = coverageCounts(file);
      return `<tr><td><a href="${esc(rel(path, `coverage/${s.id}.html`))}">${esc(s.id)}</a></td>${STATUSES.map((st) => `<td class="value">${c[st]}</td>`).join('')}<td class="value">${file.entries.length}</td></tr>`;
    })
    .join('\n');
  const body = `<h1>Paragraph coverage</h1>
<p>What became of every paragraph of every encoded text: <span class="status encoded">encoded</span> (rules, parameters, lists, time limits or checks name it), <span class="status narrative">narrative</span> (nothing computable) or <span class="status not-computable">not-computable</span> (with why). Tests fail when a paragraph of a text is missing or listed twice, or when a rule id does not exist.</p>
<table><thead><tr><th>standard</th>${STATUSES.map((s) => `<th>${s}</th>`).join('')}<th>total</th></tr></thead><tbody>
${rows}
</tbody></table>
`;
  return page(path, 'Coverage', body);
}

/** Every coverage page, by path relative to docs/. */
export function coverageFiles(input: CoverageInput): Record<string, string> {
  const files: Record<string, string> = { 'coverage/index.html': renderCoverageIndex(input) };
  for (const s of input.standards) {
    const file = input.coverage[s.id];
    if (file) files[`coverage/${s.id}.html`] = renderCoveragePage(s, file);
  }
  return files;
}
