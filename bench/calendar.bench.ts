/**
 * Benchmark of the working-day calendar: `npx tsx bench/calendar.bench.ts`.
 *
 * Every figure is measured in the same run on the same random dates (2016–2026, fixed seed):
 *   (a) the naive way: date-holidays' `isHoliday` plus a weekend test (and, for addWorkingDays,
 *       a day-by-day walk with it);
 *   (b) a raw typed-array lookup: a Uint8Array of working flags indexed by day, reached from the
 *       same ISO strings by unchecked parsing (no validation, no coverage check); and
 *   (b') the same array indexed by pre-parsed day numbers (no string work at all), for information.
 * Goals (issue 4): at least 1,000× faster than (a); within 3× of (b). No timing is asserted in tests.
 */
import Holidays from 'date-holidays';
import { addWorkingDays, isWorkingDay } from '../src/calendar/index.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2016, 0, 1);
const DAYS = (Date.UTC(2026, 11, 31) - T0) / DAY + 1;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const rand = mulberry32(20260401);
const N = 1 << 16;
const dayIdx = Int32Array.from({ length: N }, () => Math.floor(rand() * (DAYS - 60)));
const dates = Array.from(dayIdx, (i) => new Date(T0 + i * DAY).toISOString().slice(0, 10));
const counts = Int32Array.from({ length: N }, () => 1 + Math.floor(rand() * 10));

// ---- (b) the raw table, filled once (not timed)
const raw = new Uint8Array(DAYS);
for (let i = 0; i < DAYS; i++) raw[i] = isWorkingDay(new Date(T0 + i * DAY).toISOString().slice(0, 10)) ? 1 : 0;
const yearStart = Int32Array.from({ length: 12 }, (_, k) => (Date.UTC(2016 + k, 0, 1) - T0) / DAY);
const monthStart = [0, 1].map((leap) => {
  const len = [31, 28 + leap, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return Int32Array.from({ length: 12 }, (_, m) => len.slice(0, m).reduce((s, x) => s + x, 0));
});
function rawIndex(s: string): number {
  const y = (s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + (s.charCodeAt(3) - 48);
  const m = (s.charCodeAt(5) - 48) * 10 + (s.charCodeAt(6) - 48);
  const d = (s.charCodeAt(8) - 48) * 10 + (s.charCodeAt(9) - 48);
  return (yearStart[y - 2016] as number) + (monthStart[y % 4 === 0 ? 1 : 0]![m - 1] as number) + d - 1;
}
const rawIsWorking = (s: string): boolean => raw[rawIndex(s)] === 1;
function rawAddWorking(s: string, n: number): number {
  let i = rawIndex(s);
  while (n > 0) if (raw[++i] === 1) n--;
  return i;
}

// ---- (a) date-holidays, the naive way
const hd = new Holidays('KZ');
function naiveIsWorking(t: number): boolean {
  const d = new Date(t + 12 * 3_600_000); // 12:00 UTC = 17:00 in Almaty, the same calendar day
  const wd = d.getUTCDay();
  return wd !== 0 && wd !== 6 && !hd.isHoliday(d);
}
function naiveAddWorking(t: number, n: number): number {
  while (n > 0) {
    t += DAY;
    if (naiveIsWorking(t)) n--;
  }
  return t;
}
const times = Float64Array.from(dayIdx, (i) => T0 + i * DAY);

// ---- timing
let sink = 0;
function nsPerOp(body: (count: number) => number, count: number, minMs = 250, rounds = 5): number {
  body(count); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    let ops = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      sink += body(count);
      ops += count;
      elapsed = performance.now() - start;
    } while (elapsed < minMs);
    samples.push((elapsed * 1e6) / ops);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

const loop = (f: (i: number) => number) => (count: number): number => {
  let acc = 0;
  for (let i = 0; i < count; i++) acc += f(i & (N - 1));
  return acc;
};

// correctness first: the library and the raw table agree on every sampled input
for (let i = 0; i < N; i++) {
  const s = dates[i] as string;
  if (isWorkingDay(s) !== rawIsWorking(s)) throw new Error(`isWorkingDay differs from the raw table on ${s}`);
  const r = addWorkingDays(s, counts[i] as number);
  if (r !== new Date(T0 + rawAddWorking(s, counts[i] as number) * DAY).toISOString().slice(0, 10)) {
    throw new Error(`addWorkingDays differs from the raw walk on ${s}`);
  }
}

// date-holidays is slow (hundreds of µs per call): smaller batches and fewer rounds, same kind of inputs
const NAIVE = 256;
const results = {
  isWorkingDay: {
    ours: nsPerOp(loop((i) => (isWorkingDay(dates[i] as string) ? 1 : 0)), N),
    a: nsPerOp(loop((i) => (naiveIsWorking(times[i] as number) ? 1 : 0)), NAIVE, 250, 3),
    b: nsPerOp(loop((i) => (rawIsWorking(dates[i] as string) ? 1 : 0)), N),
    b2: nsPerOp(loop((i) => raw[dayIdx[i] as number] as number), N),
  },
  addWorkingDays: {
    ours: nsPerOp(loop((i) => addWorkingDays(dates[i] as string, counts[i] as number).length), N),
    a: nsPerOp(loop((i) => naiveAddWorking(times[i] as number, counts[i] as number) & 1), NAIVE >> 3, 250, 3),
    b: nsPerOp(loop((i) => rawAddWorking(dates[i] as string, counts[i] as number)), N),
    b2: nsPerOp(
      loop((i) => {
        let j = dayIdx[i] as number;
        let n = counts[i] as number;
        while (n > 0) if (raw[++j] === 1) n--;
        return j;
      }),
      N,
    ),
  },
};

const fmt = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const lines: string[] = [
  `kz-social-standards calendar benchmark — node ${process.version}, ${N} random dates 2016–2026, addWorkingDays n = 1..10`,
];
for (const [name, r] of Object.entries(results)) {
  const vsA = r.a / r.ours;
  const vsB = r.ours / r.b;
  lines.push(
    `${name}: ${fmt(r.ours)} ns/op`,
    `  (a) date-holidays isHoliday + weekend test: ${fmt(r.a)} ns/op → ${name} is ${fmt(vsA)}x faster than date-holidays (goal ≥ 1000x: ${vsA >= 1000 ? 'met' : 'NOT met'})`,
    `  (b) raw typed-array lookup from the same strings: ${fmt(r.b)} ns/op → ${name} takes ${fmt(vsB)}x its time (goal ≤ 3x: ${vsB <= 3 ? 'met' : 'NOT met'})`,
    `  (b') raw typed-array lookup by pre-parsed index: ${fmt(r.b2)} ns/op (information: no string parsing or validation)`,
  );
}
lines.push(`(checksum ${sink % 1000})`);
process.stdout.write(`${lines.join('\n')}\n`);
