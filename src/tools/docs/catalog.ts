/**
 * The rule catalog: for every standard and every version of it, a page listing each rule of the
 * encoded text — parameters, lists and their items, time limits, periodic duties, ambiguity
 * options with their defaults, staffing table, evaluation sheet, admission matrix, what the
 * standard does not regulate, supply norms, equipment — with its id, its citation (act, part,
 * annex, paragraph, sub-paragraph) and original quote, its values, the version's period of force,
 * labels in ru / kk / en where the data has them, and a link to the API that evaluates it.
 *
 * Pure: registry data in, `{ path → HTML }` out (paths relative to docs/). Anchors are the rule
 * ids the coverage files use (`parameters.contract.term-months`, `lists.contraindications.tb`,
 * `check.expulsion`), so the coverage matrix links straight to them.
 *
 * @module
 */
import type { Citation } from '../../law/citation.js';
import type { StandardSummary, StandardVersion, VersionEnd, VersionStart } from '../../law/registry.js';
import type { Act, TextTarget } from '../../law/schema.js';
import type { Condition, RuleFile } from '../../schema/rule-file.js';
import type { CoverageFile, StaffingCell } from '../../schema/rule-sections.js';
import { actAnchor, apiLink, citation, code, esc, label, page, rel, type ApiName } from './html.js';

/** What the catalog is generated from: `standards.list()`, `standards.acts()` and the coverage files. */
export interface CatalogInput {
  /** Every standard with its versions (`standards.list()`). */
  readonly standards: readonly StandardSummary[];
  /** Every act (`standards.acts()`). */
  readonly acts: readonly Act[];
  /** The coverage file of each standard, by standard id (for the checks that live in code). */
  readonly coverage: Readonly<Record<string, CoverageFile>>;
}

/** Path (relative to docs/) of the catalog page of a version. */
export function versionPath(version: Pick<StandardVersion, 'id'>): string {
  return `catalog/${version.id}.html`;
}

/** Path of the page of a standard. */
export function standardPath(standard: string): string {
  return `catalog/${standard}/index.html`;
}

/**
 * The version whose wording the rule file encodes: the last one (the consolidated text shows the
 * latest wording). The coverage matrix links to its page.
 */
export function encodedVersion(summary: StandardSummary): StandardVersion {
  return summary.versions[summary.versions.length - 1] as StandardVersion;
}

/** API pages that evaluate each section of a rule file. */
const SECTION_API: Readonly<Record<string, readonly ApiName[]>> = {
  parameters: ['auditCase'],
  lists: ['auditCase'],
  options: ['auditCase', 'AuditOptions'],
  deadlines: ['auditCase', 'deadline'],
  periodic: ['auditCase'],
  staffing: ['staffingMinimum'],
  evaluationSheet: ['evaluateSheet'],
  admission: ['admissionBasis', 'auditCase'],
  notRegulated: ['notRegulated', 'auditCase'],
  supplyNorms: [],
  equipment: [],
  rules: ['evaluateCondition'],
};

/** API pages of the checks that live in code (`check.<name>` in the coverage files). */
function checkApi(name: string, rules: RuleFile): readonly ApiName[] {
  switch (name) {
    case 'evaluation-sheet':
      return ['evaluateSheet'];
    case 'staffing':
      return ['staffingMinimum'];
    case 'not-regulated':
      return ['notRegulated', 'auditCase'];
    case 'admission':
      return rules.admission ? ['admissionBasis', 'auditCase'] : ['auditCase'];
    case 'premises':
      return [];
    default:
      return ['auditCase'];
  }
}

/** What each check in code covers, in words. */
const CHECK_TEXT: Readonly<Record<string, string>> = {
  eligibility: 'who may receive the services (categories, pre-trial victim status)',
  'day-stay': 'hours of a day-stay visit',
  contraindications: 'services given after a contraindication was found',
  admission: 'admission route, basis and the time limits of admission',
  contract: 'contract term and its extensions (grounds, maximum)',
  children: 'children admitted with the recipient',
  timeline: 'the time limits between the events of a case',
  monitoring: 'periodic monitoring of the individual plan',
  expulsion: 'expulsion: violations, absence, valid reasons',
  suspension: 'suspension of the services',
  completion: 'completion of the services',
  belongings: 'belongings returned on leaving',
  'report-disclosure': 'disclosure of the identification report',
  'evaluation-sheet': 'the evaluation (identification) sheet: totals, always needs-judgement',
  staffing: 'the minimum staffing for a number of recipients',
  'not-regulated': 'topics the standard does not regulate',
  premises: 'premises requirements — encoded as data only; no function evaluates them yet',
};

function evaluatedBy(names: readonly ApiName[], from: string): string {
  const links = names.map((n) => apiLink(n, from)).join(', ');
  const data = `${apiLink('RuleFile', from)} via <code>standards.at(…).version.rules</code>`;
  return `<p class="api-links">Evaluated by: ${links || '— (no function evaluates it)'}. Data: ${data}.</p>`;
}

function sameTarget(target: TextTarget, c: Citation): boolean {
  if (target.part !== c.part || target.annex !== c.annex) return false;
  return target.paragraph === undefined || target.paragraph === c.paragraph;
}

/** The note shown on a rule whose cited wording is not this version's (see `ResolvedVersion.paragraph`). */
function wordingNote(version: StandardVersion, c: Citation | undefined, from: string): string {
  if (!c) return '';
  const entry = version.notEncoded.find((e) => sameTarget(e.target, c));
  if (!entry) return '';
  const s = entry.status;
  const act = (id: string): string => `<a href="${esc(rel(from, `catalog/acts.html#${actAnchor(id)}`))}">${esc(id)}</a>`;
  return s.status === 'not-in-force'
    ? `<p class="warn">Not part of this version: the paragraph was added later by ${act(s.addedBy)}.</p>`
    : `<p class="warn">Wording in this version not encoded: the paragraph was changed later by ${act(s.amendedBy)}; the catalog shows the later wording.</p>`;
}

function dateCertainty(certainty: string): string {
  switch (certainty) {
    case 'inferred':
      return 'inferred: the earliest possible day (the publication date is not in the texts)';
    case 'from-publication':
      return 'computed from a supplied publication date';
    case 'stated':
      return 'stated in the text';
    default:
      return certainty;
  }
}

function startText(start: VersionStart): string {
  if (start.date === null) return 'never in force (a draft)';
  return `${start.certainty === 'inferred' ? 'not before ' : ''}${esc(start.date)} <span class="note">(${esc(dateCertainty(start.certainty))})</span>`;
}

function endText(end: VersionEnd | null): string {
  if (!end) return '— (no later act in the sources)';
  const why = end.reason === 'repealed' ? `repealed by ${esc(end.by)}` : `amended by ${esc(end.by)}`;
  const later = end.certainty === 'inferred' ? ' or later' : '';
  return `${esc(end.lastDay)}${later} <span class="note">(${why}${later ? ', whose entry into force is inferred: the registry ends the version here' : ''})</span>`;
}

/** A condition tree in words: `all of (admission.route in [a, b])`. */
export function conditionText(c: Condition): string {
  if ('all' in c) return `all of (${c.all.map(conditionText).join('; ')})`;
  if ('any' in c) return `any of (${c.any.map(conditionText).join('; ')})`;
  if ('not' in c) return `not (${conditionText(c.not)})`;
  return `${c.fact}${c.path ?? ''} ${c.operator} ${JSON.stringify(c.value)}`;
}

function term(t: { amount: number; unit: string }): string {
  return `${t.amount} ${t.unit}`;
}

function cell(c: StaffingCell | undefined): string {
  if (!c || c.kind === 'not-specified') return '<span class="note">not specified</span>';
  return c.kind === 'positions' ? esc(c.value) : `${esc(c.value)} per ${esc(c.per)} ${esc(c.of)}`;
}

function anchor(id: string): string {
  return `id="${esc(id)}"`;
}

function idCell(id: string): string {
  return `<a class="id" href="#${esc(id)}"><code>${esc(id)}</code></a>`;
}

interface Section {
  readonly id: string;
  readonly title: string;
  readonly html: string;
}

function sections(version: StandardVersion, checks: readonly string[], from: string): Section[] {
  const r = version.rules;
  const out: Section[] = [];
  const note = (c: Citation | undefined): string => wordingNote(version, c, from);
  const cite = (c: Citation | undefined): string => citation(c, from);

  const params = Object.entries(r.parameters);
  if (params.length > 0) {
    const rows = params
      .map(([key, p]) => {
        const id = `parameters.${key}`;
        const valid = p.validFrom || p.validTo ? `<br><span class="note">valid ${esc(p.validFrom ?? '…')} – ${esc(p.validTo ?? '…')}</span>` : '';
        return `<tr ${anchor(id)}><td>${idCell(id)}</td><td>${label(p.label)}</td><td class="value">${code(p.value)} ${esc(p.unit)}${valid}</td><td>${cite(p.citation)}${note(p.citation)}${p.note ? `<p class="note">${esc(p.note)}</p>` : ''}</td></tr>`;
      })
      .join('\n');
    out.push({
      id: 'parameters',
      title: 'Parameters',
      html: `${evaluatedBy(SECTION_API['parameters'] ?? [], from)}<table><thead><tr><th>id</th><th>label</th><th>value</th><th>citation</th></tr></thead><tbody>\n${rows}\n</tbody></table>`,
    });
  }

  const lists = Object.entries(r.lists);
  if (lists.length > 0) {
    const html = lists
      .map(([key, l]) => {
        const id = `lists.${key}`;
        const items = l.items
          .map((item) => {
            const itemId = `${id}.${item.id}`;
            const when = item.requiredWhen ? `<br><span class="note">required when ${esc(conditionText(item.requiredWhen))}</span>` : '';
            return `<tr ${anchor(itemId)}><td>${idCell(itemId)}</td><td>${label(item.label)}${when}</td><td>${cite(item.citation)}${note(item.citation)}${item.note ? `<p class="note">${esc(item.note)}</p>` : ''}</td></tr>`;
          })
          .join('\n');
        return `<section class="rule" ${anchor(id)}><h3>${idCell(id)} ${l.closed ? '<span class="badge">closed list</span>' : '<span class="badge open">open list</span>'}</h3>
${label(l.label)}
<p>${cite(l.citation)}</p>${note(l.citation)}${l.note ? `<p class="note">${esc(l.note)}</p>` : ''}
<table><thead><tr><th>item</th><th>label</th><th>citation</th></tr></thead><tbody>
${items}
</tbody></table></section>`;
      })
      .join('\n');
    out.push({ id: 'lists', title: 'Lists', html: `${evaluatedBy(SECTION_API['lists'] ?? [], from)}${html}` });
  }

  const deadlines = Object.entries(r.deadlines);
  if (deadlines.length > 0) {
    const html = deadlines
      .map(([key, d]) => {
        const id = `deadlines.${key}`;
        const start = [d.start.event, ...(d.start.fallback ?? [])].map((e) => `<code>${esc(e)}</code>`).join(' or else ');
        const where = (w: Readonly<Record<string, unknown>> | undefined): string => (w ? ` where ${code(w)}` : '');
        const options = (d.options ?? []).map((o) => `<a href="#options.${esc(o)}"><code>${esc(o)}</code></a>`).join(', ');
        return `<section class="rule" ${anchor(id)}><h3>${idCell(id)}</h3>
${label(d.label)}
<dl>
<dt>term</dt><dd><strong>${esc(term(d.term))}</strong></dd>
<dt>from</dt><dd>${start}${where(d.start.where)}${d.start.at === 'end' ? ' (end of its period)' : ''}${d.start.stated ? '' : ' <span class="badge open">start not stated in the text</span>'}${d.start.note ? `<br><span class="note">${esc(d.start.note)}</span>` : ''}</dd>
<dt>until</dt><dd><code>${esc(d.due.event)}</code>${where(d.due.where)}</dd>
${d.appliesWhen ? `<dt>applies when</dt><dd><code>${esc(conditionText(d.appliesWhen))}</code></dd>` : ''}
${options ? `<dt>options</dt><dd>${options}</dd>` : ''}
<dt>citation</dt><dd>${cite(d.citation)}${note(d.citation)}</dd>
</dl></section>`;
      })
      .join('\n');
    out.push({ id: 'deadlines', title: 'Time limits', html: `${evaluatedBy(SECTION_API['deadlines'] ?? [], from)}${html}` });
  }

  const periodic = Object.entries(r.periodic);
  if (periodic.length > 0) {
    const rows = periodic
      .map(([key, p]) => {
        const id = `periodic.${key}`;
        const options = (p.options ?? []).map((o) => `<a href="#options.${esc(o)}"><code>${esc(o)}</code></a>`).join(', ');
        return `<tr ${anchor(id)}><td>${idCell(id)}</td><td>${label(p.label)}${p.actor ? `<br><span class="note">by</span> ${label(p.actor)}` : ''}</td><td>every ${esc(p.every)}, per ${esc(p.scope)}${p.event ? `<br>event <code>${esc(p.event)}</code>` : ''}${options ? `<br>options ${options}` : ''}</td><td>${cite(p.citation)}${note(p.citation)}</td></tr>`;
      })
      .join('\n');
    out.push({
      id: 'periodic',
      title: 'Periodic duties',
      html: `${evaluatedBy(SECTION_API['periodic'] ?? [], from)}<table><thead><tr><th>id</th><th>what</th><th>how often</th><th>citation</th></tr></thead><tbody>\n${rows}\n</tbody></table>`,
    });
  }

  const options = Object.entries(r.options);
  if (options.length > 0) {
    const html = options
      .map(([key, o]) => {
        const id = `options.${key}`;
        const readings = o.readings
          .map((reading) => `<li><code>${esc(reading.id)}</code>${reading.id === o.default ? ' <span class="badge">default</span>' : ''} — ${label(reading.description)}</li>`)
          .join('\n');
        const api: readonly ApiName[] = key.startsWith('staffing.') ? ['staffingMinimum'] : key.startsWith('supply.') ? [] : ['auditCase', 'AuditOptions'];
        return `<section class="rule" ${anchor(id)}><h3>${idCell(id)}</h3>
${label(o.description)}
<ul class="readings">
${readings}
</ul>
<p><strong>Why the default:</strong> ${esc(o.why)}</p>
<p>${cite(o.citation)}</p>${note(o.citation)}
<p class="api-links">Chosen with: ${api.length > 0 ? api.map((n) => apiLink(n, from)).join(', ') : '— (no function reads it)'}${api.includes('auditCase') ? ` <code>{ options: { '${esc(key)}': '…' } }</code>` : ''}</p></section>`;
      })
      .join('\n');
    out.push({ id: 'options', title: 'Ambiguities: options and defaults', html });
  }

  if (r.staffing) {
    const s = r.staffing;
    const head = s.bands.map((b) => `<th>${label(b.label)}</th>`).join('');
    const rows = s.positions
      .map((p) => {
        const id = `staffing.${p.id}`;
        const cells = s.bands.map((b) => `<td class="value">${cell(p.cells[b.id])}</td>`).join('');
        return `<tr ${anchor(id)}><td>${esc(p.row)}</td><td>${idCell(id)}<br>${label(p.label)}${p.printedOnce ? '<br><span class="note">printed once for all bands</span>' : ''}${p.note ? `<br><span class="note">${esc(p.note)}</span>` : ''}</td>${cells}<td>${cite(p.citation)}</td></tr>`;
      })
      .join('\n');
    out.push({
      id: 'staffing',
      title: 'Staffing table',
      html: `<div ${anchor('staffing')}>${evaluatedBy(SECTION_API['staffing'] ?? [], from)}${label(s.label)}<p>Bands count <strong>${esc(s.counts)}</strong>. ${cite(s.citation)}</p>${note(s.citation)}
<div class="wide"><table><thead><tr><th>row</th><th>position</th>${head}<th>citation</th></tr></thead><tbody>
${rows}
</tbody></table></div></div>`,
    });
  }

  if (r.evaluationSheet) {
    const s = r.evaluationSheet;
    const groups = s.groups
      .map((g) => {
        const criteria = g.criteria
          .map((c) => {
            const id = `evaluationSheet.${c.id}`;
            return `<tr ${anchor(id)}><td>${esc(c.row ?? '')}</td><td>${idCell(id)}<br>${label(c.label)}</td><td class="value">${c.points === null ? '<span class="note">blank</span>' : esc(c.points)}</td><td>${cite(c.citation)}</td></tr>`;
          })
          .join('\n');
        return `<tr class="group"><td>${esc(g.row ?? '')}</td><td colspan="3"><code>${esc(g.id)}</code> ${label(g.label)}</td></tr>\n${criteria}`;
      })
      .join('\n');
    const outcomes = s.outcomes.map((o) => `<li><code>${esc(o.id)}</code> ${label(o.label)} ${cite(o.citation)}</li>`).join('\n');
    out.push({
      id: 'evaluationSheet',
      title: 'Evaluation sheet',
      html: `<div ${anchor('evaluationSheet')}>${evaluatedBy(SECTION_API['evaluationSheet'] ?? [], from)}${label(s.label)}<p>Threshold: ${s.threshold === null ? '<strong>none stated in the text</strong> (the outcome is always needs-judgement)' : esc(s.threshold)}. ${cite(s.citation)}</p>${note(s.citation)}
<table><thead><tr><th>row</th><th>criterion</th><th>points</th><th>citation</th></tr></thead><tbody>
${groups}
</tbody></table>
<p>Conclusions:</p><ul>
${outcomes}
</ul></div>`,
    });
  }

  if (r.admission) {
    const a = r.admission;
    const itemLabel = (list: string, item: string): string => {
      const l = r.lists[list]?.items.find((i) => i.id === item);
      return `<a href="#lists.${esc(list)}.${esc(item)}"><code>${esc(item)}</code></a>${l ? ` <span class="en">${esc(l.label.en)}</span>` : ''}`;
    };
    const rows = a.rows
      .map(
        (row) =>
          `<tr><td>${itemLabel(a.categories, row.category)}</td><td>${row.bases.map((b) => itemLabel(a.bases, b)).join('<br>')}</td><td>${(row.forms ?? []).map((f) => `<code>${esc(f)}</code>`).join(', ') || '<span class="note">any</span>'}</td><td>${cite(row.citation)}</td></tr>`,
      )
      .join('\n');
    out.push({
      id: 'admission',
      title: 'Admission matrix',
      html: `<div ${anchor('admission')}>${evaluatedBy(SECTION_API['admission'] ?? [], from)}${label(a.label)}<p>Categories from <a href="#lists.${esc(a.categories)}"><code>lists.${esc(a.categories)}</code></a>, bases from <a href="#lists.${esc(a.bases)}"><code>lists.${esc(a.bases)}</code></a>. ${cite(a.citation)}</p>${note(a.citation)}
<table><thead><tr><th>category</th><th>sufficient bases</th><th>forms</th><th>citation</th></tr></thead><tbody>
${rows}
</tbody></table></div>`,
    });
  }

  const notRegulated = Object.entries(r.notRegulated);
  if (notRegulated.length > 0) {
    const rows = notRegulated
      .map(([topic, n]) => {
        const id = `notRegulated.${topic}`;
        return `<tr ${anchor(id)}><td>${idCell(id)}</td><td>${esc(n?.note ?? '')}</td><td>${n?.delegatedTo ? `delegated: ${cite(n.delegatedTo)}` : '<span class="note">—</span>'}</td></tr>`;
      })
      .join('\n');
    out.push({
      id: 'notRegulated',
      title: 'Not regulated by this standard',
      html: `${evaluatedBy(SECTION_API['notRegulated'] ?? [], from)}<table><thead><tr><th>topic</th><th>what the text says</th><th>delegated to</th></tr></thead><tbody>\n${rows}\n</tbody></table>`,
    });
  }

  if (r.supplyNorms) {
    const s = r.supplyNorms;
    const rows = s.items
      .map(
        (i) =>
          `<tr><td>${esc(i.row ?? '')}</td><td><code>${esc(i.id)}</code><br>${label(i.label)}</td><td>${esc(i.unit)}</td><td class="value">${i.norm === null ? '<span class="note">blank</span>' : esc(i.norm)}</td><td>${i.wearPeriod === null ? '<span class="note">blank</span>' : esc(i.wearPeriod)}</td><td>${cite(i.citation)}${i.note ? `<p class="note">${esc(i.note)}</p>` : ''}</td></tr>`,
      )
      .join('\n');
    out.push({
      id: 'supplyNorms',
      title: 'Supply norms',
      html: `<div ${anchor('supplyNorms')}>${evaluatedBy(SECTION_API['supplyNorms'] ?? [], from)}${label(s.label)}<p>${cite(s.citation)}</p>
<table><thead><tr><th>row</th><th>item</th><th>unit</th><th>norm</th><th>wear period</th><th>citation</th></tr></thead><tbody>
${rows}
</tbody></table></div>`,
    });
  }

  if (r.equipment) {
    const s = r.equipment;
    const rows = s.items
      .map(
        (i) =>
          `<tr><td>${esc(i.row ?? '')}</td><td><code>${esc(i.id)}</code>${i.room ? ` <span class="note">(${esc(i.room)})</span>` : ''}<br>${label(i.label)}</td><td class="value">${i.quantity === null ? '<span class="note">blank</span>' : esc(i.quantity)}${i.ratio ? `<br>${esc(i.ratio.value)} per ${esc(i.ratio.per)} ${esc(i.ratio.of)}` : ''}</td><td>${cite(i.citation)}</td></tr>`,
      )
      .join('\n');
    out.push({
      id: 'equipment',
      title: 'Equipment',
      html: `<div ${anchor('equipment')}>${evaluatedBy(SECTION_API['equipment'] ?? [], from)}${label(s.label)}<p>${cite(s.citation)}</p>
<table><thead><tr><th>row</th><th>item</th><th>quantity</th><th>citation</th></tr></thead><tbody>
${rows}
</tbody></table></div>`,
    });
  }

  if (r.rules.length > 0) {
    const rows = r.rules
      .map((rule) => {
        const id = `rules.${rule.id}`;
        return `<tr ${anchor(id)}><td>${idCell(id)}</td><td>${label(rule.name)}</td><td><code>${esc(conditionText(rule.conditions as Condition))}</code> → <code>${esc(rule.event.type)}</code></td><td>${cite(rule.event.params.citation)}${note(rule.event.params.citation)}</td></tr>`;
      })
      .join('\n');
    out.push({
      id: 'rules',
      title: 'Rules (json-rules-engine format)',
      html: `${evaluatedBy(SECTION_API['rules'] ?? [], from)}<table><thead><tr><th>id</th><th>name</th><th>condition → event</th><th>citation</th></tr></thead><tbody>\n${rows}\n</tbody></table>`,
    });
  }

  if (checks.length > 0) {
    const rows = checks
      .map((name) => {
        const id = `check.${name}`;
        const api = checkApi(name, r);
        return `<tr ${anchor(id)}><td>${idCell(id)}</td><td>${esc(CHECK_TEXT[name] ?? name)}</td><td>${api.length > 0 ? api.map((n) => apiLink(n, from)).join(', ') : '<span class="note">—</span>'}</td></tr>`;
      })
      .join('\n');
    out.push({
      id: 'checks',
      title: 'Checks in code',
      html: `<p>Mechanisms that live in code over the data above; the coverage matrix names them as <code>check.&lt;name&gt;</code>.</p><table><thead><tr><th>id</th><th>what it checks</th><th>API</th></tr></thead><tbody>\n${rows}\n</tbody></table>`,
    });
  }
  return out;
}

function versionPeriod(v: StandardVersion): string {
  return `<dl class="period">
<dt>in force from</dt><dd>${startText(v.start)} — ${esc(v.start.act)}: ${esc(v.start.reasoning)}<br>${citation(v.start.citation, versionPath(v))}</dd>
<dt>last day</dt><dd>${endText(v.end)}${v.end ? `<br>${citation(v.end.citation, versionPath(v))}` : ''}</dd>
</dl>`;
}

function actLine(act: Act, from: string): string {
  const no = act.number ? `No.${esc(act.number)}` : '';
  return `<a href="${esc(rel(from, `catalog/acts.html#${actAnchor(act.id)}`))}"><code>${esc(act.id)}</code></a> ${no}${act.date ? ` of ${esc(act.date)}` : ''} — ${label(act.title)}`;
}

/** The catalog page of one version of a standard. */
export function renderVersionPage(summary: StandardSummary, version: StandardVersion, coverage: CoverageFile | undefined): string {
  const path = versionPath(version);
  const r = version.rules;
  const checks = [...new Set((coverage?.entries ?? []).flatMap((e) => e.rules ?? []).filter((id) => id.startsWith('check.')).map((id) => id.slice(6)))].sort();
  const list = sections(version, checks, path);
  const notEncoded = version.notEncoded
    .map((e) => {
      const t = e.target;
      const where = `${t.part}${t.annex === undefined ? '' : `, annex ${t.annex}`}${t.paragraph === undefined ? '' : `, p.${t.paragraph}`}`;
      const s = e.status;
      return `<li>${esc(where)}: ${s.status === 'not-in-force' ? `not in force yet (added by <code>${esc(s.addedBy)}</code>)` : `wording not encoded (changed by <code>${esc(s.amendedBy)}</code>)`} — ${citation(s.citation, path)}</li>`;
    })
    .join('\n');
  const others = summary.versions
    .map((v) => (v.id === version.id ? `<li><strong>${esc(v.id)}</strong> (this page)</li>` : `<li><a href="${esc(rel(path, versionPath(v)))}">${esc(v.id)}</a></li>`))
    .join('\n');
  const toc = list.map((s) => `<li><a href="#${esc(s.id)}-section">${esc(s.title)}</a></li>`).join('\n');
  const body = `<p class="crumbs"><a href="${esc(rel(path, 'catalog/index.html'))}">Rule catalog</a> › <a href="${esc(rel(path, standardPath(summary.id)))}">${esc(summary.id)}</a> › ${esc(version.id)}</p>
<h1>${esc(version.id)}</h1>
${label(version.title)}
<p>${version.binding ? '<span class="badge">binding</span>' : '<span class="badge open">draft — never adopted, not binding</span>'}</p>
<dl>
<dt>approved by</dt><dd>${actLine(version.act, path)}</dd>
<dt>wording of</dt><dd>${actLine(version.edition, path)}</dd>
<dt>encoded text</dt><dd><code>rules/${esc(summary.id)}/${esc(r.version)}.json</code>: ${esc(r.source.act)} (${esc(r.source.lang)}, <code>${esc(r.source.file)}</code>)${r.source.consolidatedThrough ? `, consolidated through <code>${esc(r.source.consolidatedThrough)}</code>` : ''}</dd>
</dl>
<h2>Period of force</h2>
${versionPeriod(version)}
${notEncoded ? `<h2>Places whose wording in this version is not the encoded one</h2>\n<p>The source is a consolidated text showing the latest wording. Rules citing these places carry a warning below; <code>ResolvedVersion.require</code> throws for them.</p>\n<ul>\n${notEncoded}\n</ul>` : '<p>The encoded wording is the wording of this version throughout.</p>'}
<h2>Other versions</h2>
<ul>
${others}
</ul>
<p><a href="${esc(rel(path, `coverage/${summary.id}.html`))}">Paragraph coverage of this standard</a></p>
<h2>Contents</h2>
<ol class="toc">
${toc}
</ol>
${list.map((s) => `<h2 id="${esc(s.id)}-section">${esc(s.title)}</h2>\n${s.html}`).join('\n')}
`;
  return page(path, version.id, body);
}

/** The page of one standard: title, act, versions with their periods of force. */
export function renderStandardPage(summary: StandardSummary): string {
  const path = standardPath(summary.id);
  const rows = summary.versions
    .map(
      (v) =>
        `<tr><td><a href="${esc(rel(path, versionPath(v)))}">${esc(v.id)}</a></td><td>${actLine(v.edition, path)}</td><td>${startText(v.start)}</td><td>${endText(v.end)}</td></tr>`,
    )
    .join('\n');
  const repeal = summary.repeal
    ? `<p>Repealed by <code>${esc(summary.repeal.by)}</code> with effect from ${esc(summary.repeal.effective)} (last day ${esc(summary.repeal.lastDay)}). ${citation(summary.repeal.citation, path)}</p>`
    : '';
  const predecessor = summary.predecessor
    ? `<p>Before it: ${summary.predecessor.acts.map((a) => `<code>${esc(a)}</code>`).join(', ')} (not encoded). ${esc(summary.predecessor.note)}</p>`
    : '';
  const body = `<p class="crumbs"><a href="${esc(rel(path, 'catalog/index.html'))}">Rule catalog</a> › ${esc(summary.id)}</p>
<h1>${esc(summary.id)}</h1>
${label(summary.title)}
<p>${summary.status === 'binding' ? '<span class="badge">binding</span>' : '<span class="badge open">draft — never adopted, not binding; read it with <code>{ includeDrafts: true }</code></span>'}</p>
<p>Approved by ${actLine(summary.act, path)}</p>
${repeal}${predecessor}${summary.successorNote ? `<p>${esc(summary.successorNote)}</p>` : ''}
<h2>Versions</h2>
<table><thead><tr><th>version</th><th>wording of</th><th>from</th><th>last day</th></tr></thead><tbody>
${rows}
</tbody></table>
<p><a href="${esc(rel(path, `coverage/${summary.id}.html`))}">Paragraph coverage</a> · ${apiLink('standards', path)} <code>standards.at('${esc(summary.id)}', asOf)</code></p>
`;
  return page(path, summary.id, body);
}

/** The acts page: every act the registry knows, with entry into force and repeal. */
export function renderActsPage(acts: readonly Act[]): string {
  const path = 'catalog/acts.html';
  const rows = [...acts]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((a) => {
      const e = a.entryIntoForce;
      const eif = e.certainty === 'stated' ? esc(e.date ?? '') : e.certainty === 'inferred' ? `not before ${esc(e.earliest ?? '?')}` : esc(e.certainty);
      return `<tr ${anchor(actAnchor(a.id))}><td><code>${esc(a.id)}</code><br>${esc(a.kind)}${a.number ? ` No.${esc(a.number)}` : ''}${a.date ? ` of ${esc(a.date)}` : ''}</td><td>${label(a.title)}</td><td>${eif}<br><span class="note">${esc(e.reasoning)}</span><br>${citation(e.citation, path)}</td><td>${a.repeal ? `repealed by <code>${esc(a.repeal.by)}</code> from ${esc(a.repeal.effective)}` : '<span class="note">—</span>'}</td><td>${a.encoded ? 'yes' : 'no'}</td></tr>`;
    })
    .join('\n');
  const body = `<p class="crumbs"><a href="${esc(rel(path, 'catalog/index.html'))}">Rule catalog</a> › acts</p>
<h1>Acts</h1>
<p>Every act the texts mention (<code>rules/acts.json</code>), encoded or not. Dates come from the texts only.</p>
<div class="wide"><table><thead><tr><th>act</th><th>title</th><th>entry into force</th><th>repeal</th><th>encoded</th></tr></thead><tbody>
${rows}
</tbody></table></div>
`;
  return page(path, 'Acts', body);
}

/** The catalog's front page: the standards and their versions. */
export function renderCatalogIndex(standards: readonly StandardSummary[]): string {
  const path = 'catalog/index.html';
  const items = standards
    .map((s) => {
      const versions = s.versions
        .map((v) => `<li><a href="${esc(rel(path, versionPath(v)))}">${esc(v.id)}</a> — from ${startText(v.start)}; last day ${endText(v.end)}</li>`)
        .join('\n');
      return `<section><h2><a href="${esc(rel(path, standardPath(s.id)))}">${esc(s.id)}</a> ${s.status === 'draft' ? '<span class="badge open">draft</span>' : ''}</h2>
${label(s.title)}
<ul>
${versions}
</ul></section>`;
    })
    .join('\n');
  const body = `<h1>Rule catalog</h1>
<p>Every rule of every encoded standard, by version: its id, the paragraph it cites with the original quote, its values, the options for ambiguous readings and their defaults, and the function that evaluates it. Generated from <code>rules/</code>; the ids are the ones the coverage matrix and the audit findings use.</p>
<p><a href="${esc(rel(path, 'catalog/acts.html'))}">All acts</a> · <a href="${esc(rel(path, 'coverage/index.html'))}">Coverage matrix</a></p>
${items}
`;
  return page(path, 'Rule catalog', body);
}

/** Every catalog page, by path relative to docs/. */
export function catalogFiles(input: CatalogInput): Record<string, string> {
  const files: Record<string, string> = {
    'catalog/index.html': renderCatalogIndex(input.standards),
    'catalog/acts.html': renderActsPage(input.acts),
  };
  for (const s of input.standards) {
    files[standardPath(s.id)] = renderStandardPage(s);
    for (const v of s.versions) files[versionPath(v)] = renderVersionPage(s, v, input.coverage[s.id]);
  }
  return files;
}
