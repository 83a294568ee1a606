import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { CaseAudit } from '../../src/audit/audit.js';
import type { Finding } from '../../src/audit/finding.js';
import { REPO } from './seeds.js';

export interface ExpectedFinding {
  check: string;
  status: Finding['status'];
  kind?: Finding['kind'];
  start?: string;
  due?: string;
  done?: string;
  lateBy?: number;
  skipped?: string[];
}

export interface Fixture {
  file: string;
  description: string;
  asOf: string;
  options?: Record<string, string>;
  case: Record<string, unknown> & { id: string; standard: string };
  expected: ExpectedFinding[];
}

export function loadFixtures(standard: string): Fixture[] {
  const dir = join(REPO, 'fixtures', standard);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<Fixture, 'file'>) }));
}

function matches(f: Finding, e: ExpectedFinding): boolean {
  return (
    f.check === e.check &&
    f.status === e.status &&
    (e.kind === undefined || f.kind === e.kind) &&
    (e.start === undefined || f.start === e.start) &&
    (e.due === undefined || f.due === e.due) &&
    (e.done === undefined || f.done === e.done) &&
    (e.lateBy === undefined || f.lateBy?.amount === e.lateBy) &&
    (e.skipped === undefined || JSON.stringify(f.skipped?.map((s) => s.date)) === JSON.stringify(e.skipped))
  );
}

const brief = (f: Finding): string => `${f.check} ${f.status}${f.kind ? `/${f.kind}` : ''} start=${f.start ?? '-'} due=${f.due ?? '-'} done=${f.done ?? '-'} late=${f.lateBy?.amount ?? '-'}`;

/** Every expected finding is present, and every violation found was expected. */
export function expectFindings(result: CaseAudit, expected: readonly ExpectedFinding[]): void {
  const unmatched = expected.filter((e) => !result.findings.some((f) => matches(f, e)));
  expect(unmatched, `missing expected findings; got:\n${result.findings.map(brief).join('\n')}`).toEqual([]);
  const surprises = result.findings.filter((f) => f.status === 'violation' && !expected.some((e) => matches(f, e)));
  expect(surprises.map(brief), 'violations that the fixture does not expect').toEqual([]);
}
