import { defineConfig } from 'tsdown';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', calendar: 'src/calendar/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    sourcemap: false,
    clean: true,
  },
  {
    // the kzss command line: ESM for Node, its own dependencies external
    entry: { kzss: 'src/cli/kzss.ts', 'kzss-worker': 'src/cli/audit-worker.ts' },
    format: ['esm'],
    dts: false,
    platform: 'node',
    fixedExtension: false,
    target: 'node20',
    sourcemap: false,
    clean: false,
  },
]);
