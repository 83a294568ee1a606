/**
 * docs/examples: validating a case file with the JSON Schema outside TypeScript (a CommonJS
 * Node script with ajv) gives the answers its comments promise, and agrees with the library.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditCase, CaseSchema } from '../../src/index.js';
import { REPO } from '../helpers/seeds.js';

const script = join(REPO, 'docs/examples/validate-case.cjs');
const run = (...files: string[]) => spawnSync(process.execPath, [script, ...files], { cwd: REPO, encoding: 'utf8' });
const json = (f: string): unknown => JSON.parse(readFileSync(join(REPO, 'docs/examples', f), 'utf8'));

describe('docs/examples/validate-case.cjs', () => {
  it('accepts the valid case (exit 0)', () => {
    const r = run('docs/examples/case.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('docs/examples/case.json: valid case case-0001 (trafficking, 3 events)\n');
  });

  it('rejects the invalid one with paths, never values (exit 1)', () => {
    const r = run('docs/examples/case.json', 'docs/examples/case-invalid.json');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').slice(1);
    expect(lines.map((l) => l.split(' ')[1])).toEqual(['/id', '/events/0/type', '/events/1', '/events/1/date']);
    expect(r.stdout).not.toContain('Ivanov');
    expect(r.stdout).not.toContain('free text');
  });

  it('needs a file (exit 2)', () => {
    expect(run().status).toBe(2);
  });

  it('agrees with the library: the valid case audits, the invalid one fails CaseSchema at the same places', () => {
    expect(auditCase(CaseSchema.parse(json('case.json')), { asOf: '2022-04-30' }).caseId).toBe('case-0001');
    const parsed = CaseSchema.safeParse(json('case-invalid.json'));
    expect(parsed.success).toBe(false);
    const paths = new Set(parsed.error?.issues.map((i) => i.path.join('.')));
    expect([...paths]).toEqual(expect.arrayContaining(['id', 'events.0.type', 'events.1.date']));
  });
});
