/**
 * Reads what the site is generated from: the registry (`standards.list()`, `standards.acts()`),
 * `rules/<standard>/coverage.json`, docs/guides/*.md and the file lists of docs/schema,
 * docs/examples and docs/decisions. The only I/O of the generators besides the writer.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { standards } from '../../law/registry.js';
import { CoverageFileSchema, type CoverageFile } from '../../schema/rule-sections.js';
import { markdownTitle } from './markdown.js';
import type { SiteInput } from './site.js';

/** The repository root. */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The guides in the order the front page lists them; other guides follow alphabetically. */
export const GUIDE_ORDER: readonly string[] = ['integrators.md', 'auditors.md', 'new-version.md'];

const list = (dir: string, pattern: RegExp): string[] =>
  readdirSync(join(REPO, dir))
    .filter((f) => pattern.test(f))
    .sort();

/** Descriptions of example files that cannot carry a comment (JSON). */
const EXAMPLE_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'case.json': 'a valid case file (input of validate-case.cjs)',
  'case-invalid.json': 'an invalid case file: a name as id, an unknown event type, a free-text field, a date not written YYYY-MM-DD',
};

/** The description of an example file: from the table above, or its first comment line. */
function describeExample(file: string): string {
  const known = EXAMPLE_DESCRIPTIONS[file];
  if (known) return known;
  const text = readFileSync(join(REPO, 'docs/examples', file), 'utf8');
  const m = /^\s*(?:\/\/|#)\s*(.+)$/m.exec(text) ?? /"description"\s*:\s*"([^"]+)"/.exec(text);
  return m?.[1]?.trim() ?? '';
}

/** Everything the site is generated from, read from the repository. */
export function readSiteInput(): SiteInput {
  const summaries = standards.list();
  const coverage: Record<string, CoverageFile> = {};
  for (const s of summaries) {
    coverage[s.id] = CoverageFileSchema.parse(JSON.parse(readFileSync(join(REPO, 'rules', s.id, 'coverage.json'), 'utf8')));
  }
  const guideFiles = list('docs/guides', /\.md$/);
  const ordered = [...GUIDE_ORDER.filter((g) => guideFiles.includes(g)), ...guideFiles.filter((g) => !GUIDE_ORDER.includes(g))];
  return {
    standards: summaries,
    acts: standards.acts(),
    coverage,
    guides: ordered.map((file) => ({ file, markdown: readFileSync(join(REPO, 'docs/guides', file), 'utf8') })),
    schemas: list('docs/schema', /\.json$/),
    examples: list('docs/examples', /^[^.].*\.(cjs|mjs|js|json|sh|py)$/).map((file) => ({ file, description: describeExample(file) })),
    decisions: list('docs/decisions', /\.md$/),
    pages: list('docs', /\.md$/).map((file) => ({ file, title: markdownTitle(readFileSync(join(REPO, 'docs', file), 'utf8')) })),
  };
}

/** Folders whose files are all generated: a file there that the generators do not produce is stale. */
export const GENERATED_DIRS: readonly string[] = ['catalog', 'coverage'];

/** Whether a path (relative to docs/) is a generated file of the site (as opposed to a source). */
export function isGeneratedPath(path: string): boolean {
  return GENERATED_DIRS.some((d) => path.startsWith(`${d}/`)) || path === 'index.html' || path === 'site/style.css' || /^guides\/[^/]+\.html$/.test(path);
}
