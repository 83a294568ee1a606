/**
 * Every ```ts example of the API reference runs against the real library, and the results written
 * in its comments hold. Examples are read from the TSDoc `@example` sections of every file the two
 * entry points reach (what typedoc documents), from README.md (the reference's front page) and
 * from docs/guides/*.md. The conventions for asserted lines are in src/tools/docs/examples.ts.
 *
 * The main entry points must each carry at least one example with an asserted result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import * as calendarModule from '../../src/calendar/index.js';
import { compileExample, examplesInMarkdown, examplesInSource, type Example, type ExampleCheck } from '../../src/tools/docs/examples.js';
import { REPO } from '../helpers/seeds.js';

/** The main entry points and the symbols whose examples document them. */
const MAIN_ENTRY_POINTS: Readonly<Record<string, readonly string[]>> = {
  'standards.at': ['standards'],
  evaluateSheet: ['evaluateSheet'],
  staffingMinimum: ['staffingMinimum'],
  admissionBasis: ['admissionBasis'],
  notRegulated: ['notRegulated'],
  auditCase: ['auditCase'],
  compare: ['compare'],
  isWorkingDay: ['isWorkingDay'],
  nextWorkingDay: ['nextWorkingDay'],
  addWorkingDays: ['addWorkingDays'],
  workingDaysBetween: ['workingDaysBetween'],
  addCalendarDays: ['addCalendarDays'],
  addMonths: ['addMonths'],
  dayInfo: ['dayInfo'],
  deadline: ['deadline'],
  calendarCoverage: ['calendarCoverage'],
  calendarActs: ['calendarActs'],
  createCalendar: ['createCalendar'],
};

/**
 * Entry points in files owned by other work in progress (src/checks, src/audit) whose example
 * does not assert a result yet. An entry leaves this list as soon as its example asserts one —
 * the last test fails until it is removed, so the list only shrinks.
 */
const PENDING_EXAMPLES: ReadonlySet<string> = new Set<string>([]);

/** Source files of the documented API: everything src/index.ts and src/calendar/index.ts reach. */
function apiSourceFiles(): string[] {
  const program = ts.createProgram([join(REPO, 'src/index.ts'), join(REPO, 'src/calendar/index.ts')], {
    noResolve: false,
    allowJs: false,
    noEmit: true,
    resolveJsonModule: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  });
  return program
    .getSourceFiles()
    .map((sf) => sf.fileName)
    .filter((f) => f.startsWith(join(REPO, 'src')) && f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .sort();
}

function markdownPages(): Array<[string, string]> {
  const guides = join(REPO, 'docs/guides');
  return [
    ['README.md', 'README'],
    ...readdirSync(guides)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f): [string, string] => [`docs/guides/${f}`, `guide ${f}`]),
  ];
}

const examples: Example[] = [
  ...apiSourceFiles().flatMap((f) => examplesInSource(relative(REPO, f), readFileSync(f, 'utf8'))),
  ...markdownPages().flatMap(([f, symbol]) => examplesInMarkdown(f, readFileSync(join(REPO, f), 'utf8'), symbol)),
];

const EXPORTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  'kz-social-standards': lib as Record<string, unknown>,
  'kz-social-standards/calendar': calendarModule as Record<string, unknown>,
};

/** `…` inside an expected string matches any text there. */
function withPatterns(value: unknown): unknown {
  if (typeof value === 'string' && value.includes('…')) {
    const parts = value.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return expect.stringMatching(new RegExp(`^${parts.join('[\\s\\S]*')}$`));
  }
  if (Array.isArray(value)) return value.map(withPatterns);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withPatterns(v)]));
  return value;
}

type AsyncFn = (lib: unknown, check: (i: number, actual: () => unknown, expected?: () => unknown) => void) => Promise<void>;
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => AsyncFn;

/** Runs an example; returns its checks (each one was asserted). */
async function run(example: Example): Promise<readonly ExampleCheck[]> {
  const compiled = compileExample(example.code, Object.keys(lib));
  for (const { module, name } of compiled.imports) {
    expect(EXPORTS[module], `${example.file}:${example.line} imports from unknown module ${module}`).toBeDefined();
    expect(name in (EXPORTS[module] ?? {}), `${example.file}:${example.line} imports ${name}, which ${module} does not export`).toBe(true);
  }
  const where = (c: ExampleCheck): string => `${example.file}:${example.line + c.line} (${example.symbol}): ${c.expression} // ${c.expected}`;
  const ran = new Set<number>();
  const check = (i: number, actual: () => unknown, expected?: () => unknown): void => {
    ran.add(i);
    const c = compiled.checks[i] as ExampleCheck;
    if (c.mode === 'throws') {
      expect(actual, where(c)).toThrow(lib[c.expected as keyof typeof lib] as new (...a: never[]) => Error);
      return;
    }
    const value = actual();
    const want = withPatterns((expected as () => unknown)());
    if (c.mode === 'match' && value !== null && typeof value === 'object') expect(value, where(c)).toMatchObject(want as object);
    else expect(value, where(c)).toEqual(want);
  };
  await new AsyncFunction('lib', 'check', compiled.body)(lib, check);
  const skipped = compiled.checks.filter((_, i) => !ran.has(i)).map(where);
  expect(skipped, 'asserted lines that never ran').toEqual([]);
  return compiled.checks;
}

describe('examples of the documentation', () => {
  it('finds the examples', () => {
    expect(examples.length).toBeGreaterThan(30);
  });

  for (const example of examples) {
    it(`${example.file}:${example.line} ${example.symbol}`, async () => {
      await run(example);
    });
  }

  it('each main entry point has an example that asserts a result', () => {
    const asserted = new Set(
      examples.filter((e) => compileExample(e.code, []).checks.length > 0).map((e) => e.symbol.replace(/^.*\./, '')),
    );
    const missing = Object.entries(MAIN_ENTRY_POINTS)
      .filter(([entry, symbols]) => !PENDING_EXAMPLES.has(entry) && !symbols.some((s) => asserted.has(s)))
      .map(([entry]) => entry);
    expect(missing).toEqual([]);
    const done = [...PENDING_EXAMPLES].filter((entry) => (MAIN_ENTRY_POINTS[entry] ?? []).some((s) => asserted.has(s)));
    expect(done, 'these now have asserted examples: remove them from PENDING_EXAMPLES').toEqual([]);
  });
});
