/**
 * Streaming benchmark of `kzss audit`: generates N synthetic cases as JSON Lines (bench/generate-cases.ts),
 * runs the built binary over 100k and 1M of them (`--format jsonl --out /dev/null`) and prints
 * throughput (cases/s) and peak RSS of each run, and the RSS ratio 1M / 100k.
 * Goals (issue 8): ≥ 50,000 cases/s; peak RSS at 1M within 1.2× of peak RSS at 100k.
 * Run with `npm run build && npx tsx bench/cli-stream.bench.ts [cases]`.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateCases } from './generate-cases.js';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'dist', 'kzss.js');
const dir = join(root, 'test-artifacts', 'bench');
const large = Number(process.argv[2] ?? 1_000_000);
const small = Math.max(1000, Math.round(large / 10));

async function writeCases(file: string, n: number): Promise<void> {
  if (existsSync(file)) return;
  const out = createWriteStream(file, { encoding: 'utf8' });
  const chunk = 50_000;
  for (let i = 0; i * chunk < n; i++) {
    const cases = generateCases(Math.min(chunk, n - i * chunk), 1000 + i);
    const text = cases.map((c, k) => JSON.stringify({ asOf: c.asOf, case: { ...c.case, id: `bench-${i}-${k}` } })).join('\n');
    if (!out.write(`${text}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((r) => out.end(() => r()));
}

function run(file: string, n: number): { rate: number; rssMb: number; seconds: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', join(root, 'bench', 'rss-hook.mjs'), bin, 'audit', file, '--format', 'jsonl', '--out', '/dev/null'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t0) / 1000;
  const rss = Number(/maxRSS=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  const summary = /cases read: (\d+) = results written: (\d+) \+ rejected: (\d+)/.exec(r.stderr);
  if (!summary || Number(summary[1]) !== n || Number(summary[2]) + Number(summary[3]) !== n) throw new Error(`unexpected run: ${r.stderr.slice(-500)}`);
  return { rate: n / seconds, rssMb: rss / 1024, seconds };
}

mkdirSync(dir, { recursive: true });
if (!existsSync(bin)) throw new Error('build first: npm run build');
const fSmall = join(dir, `cases-${small}.jsonl`);
const fLarge = join(dir, `cases-${large}.jsonl`);
await writeCases(fSmall, small);
await writeCases(fLarge, large);
const a = run(fSmall, small);
const b = run(fLarge, large);
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
process.stdout.write(`kzss audit streaming benchmark — node ${process.version}\n`);
process.stdout.write(`  ${fmt(small)} cases: ${fmt(a.rate)} cases/s (${a.seconds.toFixed(1)} s), peak RSS ${a.rssMb.toFixed(0)} MB\n`);
process.stdout.write(`  ${fmt(large)} cases: ${fmt(b.rate)} cases/s (${b.seconds.toFixed(1)} s), peak RSS ${b.rssMb.toFixed(0)} MB (goal ≥ 50,000 cases/s: ${b.rate >= 50_000 ? 'met' : 'NOT met'})\n`);
process.stdout.write(`  peak RSS ${fmt(large)} / ${fmt(small)} = ${(b.rssMb / a.rssMb).toFixed(2)}x (goal ≤ 1.2x: ${b.rssMb / a.rssMb <= 1.2 ? 'met' : 'NOT met'})\n`);
