/**
 * Every relative link (href / src) of docs/**\/*.html and every relative Markdown link of
 * docs/**\/*.md resolves to an existing file and, where it names one, to an existing anchor
 * (an `id` in HTML, a heading in Markdown). Generated pages load nothing from the network.
 *
 * docs/api (typedoc) is not committed: when it is absent, links into it are checked only if
 * KZSS_REQUIRE_API_DOCS=1 (CI builds it with `npm run docs` first, then sets the variable);
 * when it is present, its own pages are checked too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slug } from '../../src/tools/docs/markdown.js';
import { REPO } from '../helpers/seeds.js';

const DOCS = join(REPO, 'docs');
const API = join(DOCS, 'api');
const apiBuilt = existsSync(join(API, 'index.html'));
const requireApi = process.env['KZSS_REQUIRE_API_DOCS'] === '1';

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

const files = walk(DOCS);
const htmlFiles = files.filter((f) => f.endsWith('.html'));
const mdFiles = files.filter((f) => f.endsWith('.md'));
const isApi = (f: string): boolean => f === API || f.startsWith(`${API}/`);

const text = new Map<string, string>();
const read = (f: string): string => {
  let t = text.get(f);
  if (t === undefined) {
    t = readFileSync(f, 'utf8');
    text.set(f, t);
  }
  return t;
};

/** Anchors a file offers: ids and names in HTML, heading slugs in Markdown. */
const anchorCache = new Map<string, Set<string>>();
function anchors(f: string): Set<string> {
  let a = anchorCache.get(f);
  if (a) return a;
  const t = read(f);
  a = new Set<string>();
  if (f.endsWith('.html')) {
    for (const m of t.matchAll(/\s(?:id|name)="([^"]*)"/g)) a.add(decodeEntities(m[1] as string));
  } else if (f.endsWith('.md')) {
    for (const m of stripFences(t).matchAll(/^#{1,6}\s+(.*)$/gm)) a.add(slug(m[1] as string));
  }
  anchorCache.set(f, a);
  return a;
}

function decodeEntities(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Markdown without fenced code blocks. */
function stripFences(md: string): string {
  return md.replace(/^\s{0,3}```[\s\S]*?^\s{0,3}```/gm, '');
}

/** Markdown without fenced code and code spans (links there are examples, not links). */
function stripCode(md: string): string {
  return stripFences(md).replace(/`[^`\n]*`/g, '');
}

function linksOf(f: string): string[] {
  const t = read(f);
  if (f.endsWith('.html')) {
    // typedoc pages: skip the inline scripts and the search data
    return [...t.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1] as string));
  }
  return [...stripCode(t).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1] as string);
}

interface Problem {
  readonly file: string;
  readonly link: string;
  readonly problem: string;
}

function check(f: string): Problem[] {
  const problems: Problem[] = [];
  for (const link of linksOf(f)) {
    if (/^(https?:|mailto:|javascript:|data:)/i.test(link) || link === '') continue;
    const [pathPart = '', fragment] = link.split('#', 2) as [string, string | undefined];
    const path = decodeURI(pathPart.split('?')[0] ?? '');
    const target = path === '' ? f : resolve(dirname(f), path);
    if (isApi(target) && !apiBuilt) {
      if (requireApi) problems.push({ file: f, link, problem: 'docs/api is not built (npm run docs)' });
      continue;
    }
    if (!existsSync(target)) {
      problems.push({ file: f, link, problem: 'no such file' });
      continue;
    }
    if (statSync(target).isDirectory()) {
      if (!existsSync(join(target, 'index.html'))) problems.push({ file: f, link, problem: 'a folder without index.html' });
      continue;
    }
    if (fragment && (target.endsWith('.html') || target.endsWith('.md')) && !anchors(target).has(decodeURIComponent(fragment))) {
      problems.push({ file: f, link, problem: `no anchor #${fragment}` });
    }
  }
  return problems;
}

const rel = (p: Problem): string => `${relative(REPO, p.file)}: ${p.link} — ${p.problem}`;

describe('links of the documentation', () => {
  it('finds the pages', () => {
    expect(htmlFiles.filter((f) => !isApi(f)).length).toBeGreaterThan(10);
    expect(mdFiles.length).toBeGreaterThan(3);
  });

  it('every relative link of the generated pages and the guides resolves (file and anchor)', () => {
    const problems = [...htmlFiles.filter((f) => !isApi(f)), ...mdFiles].flatMap(check);
    expect(problems.map(rel)).toEqual([]);
  });

  it.runIf(apiBuilt)('every relative link of the API reference (docs/api) resolves', () => {
    const problems = htmlFiles.filter(isApi).flatMap(check);
    expect(problems.map(rel)).toEqual([]);
  });

  it('the generated pages load nothing from the network and have unique ids', () => {
    const problems: string[] = [];
    for (const f of htmlFiles.filter((x) => !isApi(x))) {
      const t = read(f);
      for (const m of t.matchAll(/<(?:script|img|link|iframe)[^>]*\s(?:src|href)="(https?:[^"]*)"/g)) problems.push(`${relative(REPO, f)}: loads ${m[1]}`);
      const ids = [...t.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] as string);
      const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (dup.length > 0) problems.push(`${relative(REPO, f)}: duplicate ids ${[...new Set(dup)].join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it.runIf(apiBuilt)('the API reference loads nothing from the network', () => {
    const problems = htmlFiles
      .filter(isApi)
      .flatMap((f) => [...read(f).matchAll(/<(?:script|img|link|iframe)[^>]*\s(?:src|href)="(https?:[^"]*)"/g)].map((m) => `${relative(REPO, f)}: loads ${m[1]}`));
    expect(problems).toEqual([]);
  });
});
