import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

function newest(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return t;
}

/** vitest global setup: the CLI tests spawn dist/kzss.js as a user runs it, so build it when missing or stale. */
export default function setup(): void {
  const bin = join(root, 'dist', 'kzss.js');
  const stale = !existsSync(bin) || statSync(bin).mtimeMs < Math.max(newest(join(root, 'src')), newest(join(root, 'rules')));
  if (stale) execFileSync('npx', ['tsdown', '--silent'], { cwd: root, stdio: 'ignore' });
}
