// Builds the documentation site in docs/ (run with `npm run docs`):
//   1. docs/schema/*.schema.json from the zod schemas (src/tools/write-schemas.ts, `npm run schema`);
//   2. the rule catalog, the coverage matrix, the guides' pages and docs/index.html (committed;
//      test/docs/staleness.test.ts fails when they are stale);
//   3. the API reference in docs/api with typedoc (not committed; `--no-api` skips it).
// Every link is relative, so docs/index.html opens from disk.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { isGeneratedPath, readSiteInput, REPO } from './inputs.js';
import { siteFiles } from './site.js';

const args = new Set(process.argv.slice(2));
const docs = join(REPO, 'docs');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(docs, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

process.chdir(REPO);
// 1. JSON Schemas: the existing writer, unchanged
await import('../write-schemas.js');

// 2. the generated pages
const files = siteFiles(readSiteInput());
for (const [path, content] of Object.entries(files)) {
  const target = join(docs, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
}
let removed = 0;
for (const path of filesUnder(docs)) {
  if (isGeneratedPath(path) && !(path in files)) {
    rmSync(join(docs, path));
    removed++;
  }
}
process.stdout.write(`wrote ${Object.keys(files).length} pages to docs/ (catalog, coverage, guides, index)${removed ? `, removed ${removed} stale` : ''}\n`);

// 3. the API reference
if (!args.has('--no-api')) {
  const typedoc = join(dirname(createRequire(import.meta.url).resolve('typedoc/package.json')), 'bin', 'typedoc');
  const run = spawnSync(process.execPath, [typedoc], { cwd: REPO, stdio: 'inherit' });
  if (run.status !== 0) {
    process.stderr.write('typedoc failed (warnings are errors: every public export needs a TSDoc comment)\n');
    process.exit(run.status ?? 1);
  }
}
process.stdout.write('open docs/index.html\n');
