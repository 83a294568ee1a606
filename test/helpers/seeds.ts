import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sourcesJson from '../../rules/sources.json';
import { SourceProfileSchema, type SourceProfile } from '../../src/sources/profile.js';
import { splitSource, type SplitSource } from '../../src/sources/split.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The law texts: ../shared/seeds beside the repository, or $KZSS_SEEDS. */
export const SEEDS = process.env['KZSS_SEEDS'] ?? resolve(REPO, '../shared/seeds');

export function requireSeeds(dir: string = SEEDS): void {
  if (!existsSync(dir)) {
    throw new Error(
      `The law texts are missing: ${dir} does not exist. The citation check reads the seed texts from ../shared/seeds ` +
        `beside the repository (or from the folder named by KZSS_SEEDS). Check out ../shared next to this repository.`,
    );
  }
}

export const PROFILES: SourceProfile[] = sourcesJson.sources.map((s) => SourceProfileSchema.parse(s));

const cache = new Map<string, SplitSource>();

export function loadSource(file: string): SplitSource {
  const hit = cache.get(file);
  if (hit) return hit;
  requireSeeds();
  const profile = PROFILES.find((p) => p.file === file);
  if (!profile) throw new Error(`no profile for ${file} in rules/sources.json`);
  const split = splitSource(readFileSync(join(SEEDS, file), 'utf8'), profile);
  cache.set(file, split);
  return split;
}

/** Every JSON file under rules/ as [relative path, parsed value]. */
export function ruleJsonFiles(): Array<[string, unknown]> {
  const out: Array<[string, unknown]> = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.json')) out.push([relative(REPO, p), JSON.parse(readFileSync(p, 'utf8'))]);
    }
  };
  walk(join(REPO, 'rules'));
  return out;
}

/** Every object in a JSON value that looks like a citation (has act, part, lang and quote). */
export function collectCitations(value: unknown, path: Array<string | number> = []): Array<{ path: string; value: Record<string, unknown> }> {
  if (Array.isArray(value)) return value.flatMap((v, i) => collectCitations(v, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  const obj = value as Record<string, unknown>;
  const here = 'act' in obj && 'quote' in obj && 'part' in obj ? [{ path: path.join('.'), value: obj }] : [];
  return [...here, ...Object.entries(obj).flatMap(([k, v]) => collectCitations(v, [...path, k]))];
}
