/**
 * The committed generated pages of docs/ — the rule catalog, the coverage matrix, the guides'
 * HTML, docs/index.html and the stylesheet — are exactly what the generators produce from rules/,
 * src/ and docs/guides/*.md now. When they are not: run `npm run docs` and commit the result.
 *
 * The API reference (docs/api, typedoc) is not committed and not compared; the JSON Schemas
 * (docs/schema) have their own test in test/schema/rule-files.test.ts (`npm run schema`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isGeneratedPath, readSiteInput } from '../../src/tools/docs/inputs.js';
import { siteFiles } from '../../src/tools/docs/site.js';
import { REPO } from '../helpers/seeds.js';

const DOCS = join(REPO, 'docs');
const HINT = 'the generated docs are stale: run `npm run docs` and commit docs/';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(relative(DOCS, p).split('\\').join('/'));
  }
  return out;
}

describe('generated documentation is up to date', () => {
  const generated = siteFiles(readSiteInput());

  it('generates the catalog, the coverage matrix, the guides and the front page', () => {
    const paths = Object.keys(generated);
    expect(paths).toEqual(expect.arrayContaining(['index.html', 'catalog/index.html', 'catalog/acts.html', 'coverage/index.html', 'guides/integrators.html']));
    expect(paths.filter((p) => p.startsWith('catalog/trafficking/'))).toHaveLength(5);
  });

  it('every generated page on disk equals a fresh generation', () => {
    const stale = Object.entries(generated)
      .filter(([path, content]) => {
        const file = join(DOCS, path);
        return !existsSync(file) || readFileSync(file, 'utf8') !== content;
      })
      .map(([path]) => `docs/${path}`);
    expect(stale, HINT).toEqual([]);
  });

  it('no generated page is left over from data that no longer exists', () => {
    const leftover = filesUnder(DOCS)
      .filter((p) => isGeneratedPath(p) && !(p in generated))
      .map((p) => `docs/${p}`);
    expect(leftover, HINT).toEqual([]);
  });
});
