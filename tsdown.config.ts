import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: { index: 'src/index.ts', calendar: 'src/calendar/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  platform: 'neutral',
  target: 'es2022',
  sourcemap: false,
  clean: true,
});
