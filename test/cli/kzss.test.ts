import { vi } from 'vitest';
vi.setConfig({ testTimeout: 60_000 });
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist', 'kzss.js');
const fixture = (p: string) => join(root, 'fixtures', p);

/** Runs the built binary as a user does; stdin optional. */
function kzss(args: string[], input?: string, env: Record<string, string> = {}) {
  const base = { ...process.env };
  for (const k of ['NO_COLOR', 'FORCE_COLOR', 'CI']) delete base[k];
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input, encoding: 'utf8', env: { ...base, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('kzss: help, version, usage errors', () => {
  it('--version prints the package version', () => {
    expect(kzss(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('--help lists every command with examples; each command has its own examples', () => {
    const help = kzss(['--help']);
    expect(help.code).toBe(0);
    for (const c of ['audit', 'deadline', 'staffing', 'rules', 'explain', 'diff', 'calendar']) {
      expect(help.stdout).toContain(c);
      const sub = kzss([c, '--help']);
      expect(sub.code, c).toBe(0);
      expect(sub.stdout, c).toMatch(/Examples?:/);
    }
    expect(help.stdout).toMatch(/Exit codes: 0 = all compliant, 1 = findings/);
  });

  it('unknown commands and bad options exit 2', () => {
    expect(kzss(['frobnicate']).code).toBe(2);
    expect(kzss(['calendar']).code).toBe(2);
    expect(kzss(['deadline', '--from', '2022-02-30', '--term', '1wd']).code).toBe(2);
    expect(kzss(['audit', 'no-such-file.json', '--as-of', '2023-01-01']).code).toBe(2);
  });
});

describe('kzss audit', () => {
  it('a compliant case exits 0; a case with violations exits 1', () => {
    const ok = kzss(['audit', fixture('trafficking/tr-01-compliant.json')]);
    expect(ok.code).toBe(0);
    const out = JSON.parse(ok.stdout) as { results: Array<{ caseId: string; findings: unknown[] }>; summary: { casesRead?: number } };
    expect(out.results[0]?.caseId).toBe('tr-01-compliant');
    const late = kzss(['audit', fixture('trafficking/tr-02-late-around-nauryz.json'), '--locale', 'ru']);
    expect(late.code).toBe(1);
    expect(late.stdout).toContain('с опозданием на 1');
    expect(kzss(['audit', fixture('trafficking/tr-02-late-around-nauryz.json')]).stdout).not.toContain('"text"');
  });

  it('streams JSON Lines from stdin: malformed lines reported with line number and case id, nothing silently dropped', () => {
    const good = JSON.stringify({ id: 'c-1', standard: 'trafficking', events: [{ type: 'request', date: '2022-03-18', route: 'application' }, { type: 'identification', date: '2022-03-24', result: 'identified' }] });
    const badJson = '{"id": "c-2", "standard": "trafficking", "events": [';
    const badCase = JSON.stringify({ id: 'c-3', standard: 'trafficking', events: [{ type: 'request', date: '2022-02-30' }] });
    const r = kzss(['audit', '-', '--as-of', '2022-03-31', '--format', 'jsonl'], `${good}\n${badJson}\n${badCase}\n`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line 2 \(case c-2\): malformed JSON/);
    expect(r.stderr).toMatch(/line 3 \(case c-3\): INVALID_INPUT at events\.0\.date/);
    expect(r.stderr).toContain('cases read: 3 = results written: 1 + rejected: 2');
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(r.stdout).caseId).toBe('c-1');
    expect(r.stderr).not.toContain('auditing'); // no progress bar on a pipe
  });

  it('a whole folder of case files, as md and html files, case ids only unless --include-facts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kzss-'));
    const md = kzss(['audit', 'fixtures/trafficking', '--format', 'md', '--out', join(dir, 'r.md')]);
    expect(md.code).toBe(1);
    const mdText = readFileSync(join(dir, 'r.md'), 'utf8');
    expect(mdText).toContain('tr-16-day-stay-and-report');
    expect(mdText).not.toContain('2022-12-01T09:00');
    const html = kzss(['audit', 'fixtures', '--format', 'html', '--include-facts', '--include-drafts', '--out', join(dir, 'r.html')]);
    expect(html.code).toBe(1);
    const htmlText = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(htmlText).toContain('<html');
    expect(htmlText).toContain('ed-01-orphan-decision');
    expect(htmlText).toContain('2022-12-01T09:00');
    expect(html.stderr).toMatch(/cases read: (\d+) = results written: \1 \+ rejected: 0/);
  });

  it('cases of another standard than --standard are rejected; --option changes a reading', () => {
    const r = kzss(['audit', fixture('trafficking/tr-13-absence-over-three-days24.json'), '--standard', 'domestic-violence']);
    expect(r.code).toBe(2);
    const alt = kzss(['audit', fixture('trafficking/tr-13-absence-over-three-days24.json'), '--option', 'absence.days24=calendar-days', '--format', 'jsonl']);
    expect(JSON.parse(alt.stdout).findings.find((f: { check: string }) => f.check === 'check.expulsion').status).toBe('violation');
  });
});

describe('kzss information commands', () => {
  it('deadline: identification after a request on 18.03.2022 is due on 24.03.2022, Nauryz skipped', () => {
    const r = kzss(['deadline', '--standard', 'trafficking', '--step', 'identification', '--from', '2022-03-18']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('due 2022-03-24');
    expect(r.stdout).toMatch(/skipped 2022-03-21: holiday/);
    expect(r.stdout).toContain('со дня обращения');
  });

  it('staffing: 35 recipients in "20 - 50"; above 50 not covered (exit 1)', () => {
    const r = kzss(['staffing', '--standard', 'trafficking', '--as-of', '2022-12-01', '--recipients', '35']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('column 20-50');
    const over = kzss(['staffing', '--standard', 'trafficking', '--as-of', '2022-12-01', '--recipients', '60']);
    expect(over).toMatchObject({ code: 1 });
    expect(over.stdout).toContain('not covered');
  });

  it('rules --json, explain, diff', () => {
    const rules = JSON.parse(kzss(['rules', '--standard', 'domestic-violence', '--as-of', '2022-12-01', '--json']).stdout) as { version: string; rules: Array<{ id: string }> };
    expect(rules.version).toBe('domestic-violence/order-383-2022');
    expect(rules.rules.map((r) => r.id)).toContain('deadlines.identification');
    const explain = kzss(['explain', 'parameters.contract.term-months', '--standard', 'trafficking', '--as-of', '2022-12-01']);
    expect(explain.stdout).toContain('Срок действия договора составляет 6 месяцев');
    expect(kzss(['explain', 'parameters.nothing', '--standard', 'trafficking', '--as-of', '2022-12-01']).code).toBe(2);
    const diff = kzss(['diff', 'trafficking@2022-12-01', 'domestic-violence@2022-12-01', '--locale', 'kk']);
    expect(diff.stdout).toContain('| Бөлім |');
    expect(kzss(['diff', 'draft-2017@2017-10-01', 'trafficking@2017-10-01']).code).toBe(2);
  });

  it('calendar: 2022 has 246 working days; 5 March 2022 is a working Saturday; 2030 is not covered', () => {
    const r = kzss(['calendar', '2022']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Working days in 2022 (five-day week): 246');
    expect(r.stdout).toMatch(/2022-03-05 working: .*transfer-work/);
    expect(kzss(['calendar', '2030']).code).toBe(2);
  });

  it('NO_COLOR turns colours off even when colours are forced', () => {
    expect(kzss(['calendar', '2022'], undefined, { FORCE_COLOR: '1' }).stdout).toMatch(/\u001b\[/);
    expect(kzss(['calendar', '2022'], undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(/\u001b\[/);
  });
});
