// `npm run demo`: the six standards, their versions and periods of force, and which version
// applies on a few dates, with citations. (The CLI folder is the only place that prints.)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { processIo } from './io.js';
import { runCli } from './program.js';
import { compare, comparisonToMarkdown, describeError, formatCitation, standards, type Citation, type VersionStart } from '../index.js';

const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

const quote = (c: Citation): string => `${formatCitation(c)}: «${c.quote}»`;
const start = (s: VersionStart): string =>
  s.certainty === 'never' ? 'never in force' : s.certainty === 'inferred' ? `${s.date} at the earliest (inferred)` : `${s.date} (${s.certainty})`;

out('kz-social-standards — the registry of standards of special social services');
out('='.repeat(72));
for (const s of standards.list()) {
  out();
  out(`${s.id}  [${s.status}]  ${s.title.en}`);
  out(`  act: ${s.act.id}, ${s.act.kind} No.${s.act.number ?? '—'} of ${s.act.date ?? '—'}` +
    (s.act.registration?.number ? `, state registration No.${s.act.registration.number}${s.act.registration.date ? ` of ${s.act.registration.date}` : ''}` : ''));
  out(`  in force from: ${start(s.from)}`);
  out(`    ${quote(s.from.citation)}`);
  if (s.repeal) {
    out(`  repealed by ${s.repeal.by} from ${s.repeal.effective} (last day ${s.repeal.lastDay})`);
    out(`    ${quote(s.repeal.citation)}`);
  }
  if (s.predecessor) out(`  before it: ${s.predecessor.acts.join(', ')} (not encoded)`);
  out('  versions:');
  for (const v of s.versions) {
    out(`    ${v.id.padEnd(36)} ${start(v.start).padEnd(32)} → ${v.end ? `${v.end.lastDay} (${v.end.reason} by ${v.end.by})` : s.status === 'draft' ? '—' : 'no end in the sources'}`);
    if (v.notEncoded.length > 0) out(`      earlier wording not encoded for ${v.notEncoded.length} place(s) amended later`);
  }
}

out();
out('Which version applies?');
out('='.repeat(72));
const questions: Array<[string, string]> = [
  ['trafficking', '2016-04-07'],
  ['trafficking', '2022-03-04'],
  ['trafficking', '2023-06-30'],
  ['trafficking', '2023-07-01'],
  ['domestic-violence', '2021-12-25'],
  ['education-centers', '2023-06-30'],
  ['foster-families', '2024-09-01'],
  ['draft-2017', '2017-10-01'],
];
for (const [id, date] of questions) {
  try {
    const r = standards.at(id, date);
    out(`${id} on ${date}: ${r.version.id}${r.certain ? '' : ' (uncertain)'}`);
    for (const u of r.uncertainties) {
      out(`  holds only if ${u.act} was first published on or before ${u.requiresPublicationOnOrBefore}; otherwise ${u.otherwise ?? 'the standard was not yet in force'}`);
    }
    out(`  ${quote(r.version.start.citation)}`);
  } catch (error) {
    out(`${id} on ${date}: ${describeError(error, 'en')}`);
    out(`  ru: ${describeError(error, 'ru')}`);
  }
}
const draft = standards.at('draft-2017', '2017-10-01', { includeDrafts: true });
out(`draft-2017 with { includeDrafts: true }: ${draft.version.id}, binding: ${draft.version.binding}`);
out(`  ${quote(draft.version.start.citation)}`);

out();
out('Trafficking (Order No.138) against domestic violence (Order No.1079), versions in force on 01.12.2022');
out('='.repeat(72));
const comparison = compare(standards.at('trafficking', '2022-12-01'), standards.at('domestic-violence', '2022-12-01'));
const counts = new Map<string, number>();
for (const d of comparison.differences) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
out(`${comparison.differences.length} differences: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}. The full table (ru / kk / en) is comparisonToMarkdown(c, locale); the parameters and lists:`);
out();
const brief = { ...comparison, differences: comparison.differences.filter((d) => d.section === 'parameters' || (d.section === 'lists' && d.kind !== 'renumbered' && !d.key.startsWith('services.'))) };
out(comparisonToMarkdown(brief, 'en'));

out();
out('The 2017 draft (never adopted) against the binding standards in force on 01.10.2017: what would have changed');
out('='.repeat(72));
const draftVersion = standards.at('draft-2017', '2017-10-01', { includeDrafts: true });
for (const id of ['trafficking', 'domestic-violence']) {
  const c = compare(draftVersion, standards.at(id, '2017-10-01'));
  const picked = c.differences.filter((d) => ['expulsion-grounds', 'completion-grounds', 'absence.valid-reasons', 'complaints-book', 'expulsion.violations.more-than', 'contract.extension-grounds', 'bands'].includes(d.key));
  out(`${c.differences.length} differences with ${id}; a selection (⚠ = the 2017 wording of that place is not in the encoded source):`);
  out(comparisonToMarkdown({ ...c, differences: picked }, 'en'));
}

out();
out('kzss audit over every synthetic case in fixtures/ (trafficking, domestic violence, education, the 2017 draft)');
out('='.repeat(72));
const dir = join(process.cwd(), 'demo-output');
mkdirSync(dir, { recursive: true });
const html = join(dir, 'report.html');
const md = join(dir, 'report.md');
const io = processIo();
const code = await runCli(['audit', 'fixtures', '--format', 'html', '--locale', 'en', '--out', html], io, 'demo');
await runCli(['audit', 'fixtures', '--format', 'md', '--locale', 'ru', '--out', md], io, 'demo');
out(`HTML report (en): ${html}`);
out(`Markdown report (ru): ${md}`);
out(`kzss exit code: ${code} (0 = all compliant, 1 = findings, 2 = bad input) — the fixtures contain violations on purpose.`);
