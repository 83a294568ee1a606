import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditCase, type CaseAudit } from '../../src/audit/audit.js';
import { CaseSchema, type Case } from '../../src/schema/case.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface AuditedFixture {
  readonly file: string;
  readonly audit: CaseAudit;
  readonly kase: Case;
}

/** Every fixture of every standard folder, audited as the fixture says (asOf, includeDrafts, options). */
export function auditAllFixtures(): AuditedFixture[] {
  const root = join(REPO, 'fixtures');
  const out: AuditedFixture[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')).sort()) {
      const fixture = JSON.parse(readFileSync(join(root, dir, file), 'utf8')) as {
        asOf: string;
        includeDrafts?: boolean;
        options?: Record<string, string>;
        case: unknown;
      };
      const audit = auditCase(fixture.case as never, {
        asOf: fixture.asOf,
        includeDrafts: fixture.includeDrafts,
        ...(fixture.options ? { options: fixture.options } : {}),
      });
      out.push({ file: `${dir}/${file}`, audit, kase: CaseSchema.parse(fixture.case) });
    }
  }
  return out;
}

export const casesById = (fixtures: readonly AuditedFixture[]): Map<string, Case> => new Map(fixtures.map((f) => [f.kase.id, f.kase]));

/** Text meant to break out of HTML, attributes, Markdown tables and code spans. */
export const HOSTILE = `<script>alert("x")</script> | ' " & </blockquote><img src=x onerror=alert(1)> \`code\` *b* [l](https://evil.example/)\nline`;

/** A hand-made audit whose every free string is hostile (a real audit only carries ids). */
export function hostileAudit(): CaseAudit {
  return {
    caseId: `case-<script>alert(1)</script>"'`,
    standard: 'trafficking<b>',
    asOf: '2022-04-05',
    summary: {
      findings: 2,
      byStatus: { compliant: 0, violation: 2, 'not-applicable': 0, 'needs-evidence': 0, 'needs-judgement': 0, 'not-regulated': 0 },
      late: 1,
      missing: 1,
      premature: 0,
      unlawful: 0,
    },
    findings: [
      {
        status: 'violation',
        rule: 'deadlines.identification',
        standard: 'trafficking',
        version: 'trafficking/order-49-2022',
        binding: true,
        check: `deadlines.x"><script>alert(2)</script>`,
        kind: 'late',
        start: '2022-03-18',
        due: '2022-03-24',
        done: '2022-03-25',
        lateBy: { amount: 1, unit: 'working-days' },
        skipped: [{ date: '2022-03-19', reasons: ['weekend', '<script>alert(3)</script>'] }],
        citations: [{ act: 'order-138-2016<script>', part: 'standard', paragraph: '10', lang: 'ru', quote: HOSTILE, note: HOSTILE }],
        message: { key: 'audit.deadline.late', params: { step: HOSTILE, done: '2022-03-25', due: '2022-03-24', lateBy: 1, unit: 'working-days' } },
        trace: [],
      },
      {
        status: 'violation',
        rule: 'deadlines.permit',
        standard: 'trafficking',
        version: 'trafficking/order-49-2022',
        binding: false,
        check: 'deadlines.permit',
        kind: 'missing',
        start: '2022-03-25',
        due: '2022-03-30',
        citations: [{ act: 'order-138-2016', part: 'standard', paragraph: '15', lang: 'kk', quote: 'үш жұмыс күні ішінде' }],
        message: { key: 'audit.deadline.missing', params: { step: HOSTILE, due: '2022-03-30' } },
        trace: [],
      },
    ],
  };
}
