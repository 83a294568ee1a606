import { existsSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import type { CaseAudit } from '../../audit/audit.js';
import { KzssError } from '../../errors.js';
import type { Locale } from '../../i18n/messages.js';
import { addAudit, createReportSummary, mergeReportSummaries } from '../../report/summary.js';
import { htmlReport } from '../../report/html.js';
import { markdownReport } from '../../report/markdown.js';
import type { Case } from '../../schema/case.js';
import { readableId, readInput } from '../input.js';
import type { BatchItem } from '../audit-worker.js';
import { AuditPool, workerScript, type BatchResult } from '../pool.js';
import { processRecord, type RecordSettings } from '../records.js';
import { Output } from '../output.js';
import { EXIT, type Io } from '../io.js';

export interface AuditCommandOptions {
  readonly standard?: string;
  readonly asOf?: string;
  readonly format: 'json' | 'jsonl' | 'md' | 'html';
  readonly locale?: Locale | undefined;
  readonly out?: string;
  readonly includeFacts: boolean;
  readonly includeDrafts: boolean;
  readonly option?: readonly string[];
  /** Worker threads for json / jsonl (0 = audit in the main thread); default: the cores available, at most 4. */
  readonly workers?: number;
}


/** Parses `name=reading` pairs of `--option`. */
export function parseOptionPairs(pairs: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs ?? []) {
    const i = p.indexOf('=');
    if (i <= 0) throw new KzssError('INVALID_INPUT', `--option expects name=reading, got "${p}"`, { path: ['option'] });
    out[p.slice(0, i)] = p.slice(i + 1);
  }
  return out;
}

/**
 * `kzss audit <file|folder|->`: audits every case of a JSON file, a JSON array, JSON Lines
 * (streamed) or a folder of such files; writes json / jsonl / md / html; reports malformed
 * records with their line number and case id (never their content) and goes on. JSON and JSON
 * Lines are audited by a pool of worker threads when the built worker is present, in order and
 * with a bounded number of batches in flight. Exit code 0 = no violation, 1 = violations found,
 * 2 = bad input or usage.
 */
export async function auditCommand(source: string, o: AuditCommandOptions, io: Io): Promise<number> {
  if (source !== '-' && !existsSync(source)) throw new KzssError('INVALID_INPUT', `no such file or folder: ${source}`, { path: ['file'] });
  const machine = o.format === 'json' || o.format === 'jsonl';
  const settings: RecordSettings = {
    standard: o.standard,
    asOf: o.asOf,
    locale: o.locale,
    includeFacts: o.includeFacts,
    includeDrafts: o.includeDrafts,
    options: parseOptionPairs(o.option),
    serialise: machine,
  };
  const out = new Output(o.out, io.stdout);
  let summary = createReportSummary();
  const keep: CaseAudit[] = [];
  const cases = new Map<string, Case>();
  let read = 0;
  let written = 0;
  let rejected = 0;
  let violations = 0;
  const progress =
    io.stderrIsTTY && !io.env['CI'] ? new SingleBar({ format: 'auditing {bar} {value} cases | {rate}/s | rejected {rejected}', stream: io.stderr as never, hideCursor: true }) : undefined;
  const started = io.now();
  progress?.start(0, 0, { rate: 0, rejected: 0 });
  const reject = (line: number, file: string | undefined, reason: string, id?: string): void => {
    rejected += 1;
    io.stderr.write(`${file ? `${file}:` : ''}line ${line}${id ? ` (case ${id})` : ''}: ${reason}\n`);
  };
  const tick = (): void => {
    if (!progress) return;
    const secs = Math.max((io.now() - started) / 1000, 0.001);
    progress.setTotal(read);
    progress.update(written, { rate: Math.round(written / secs), rejected });
  };
  const emit = async (json: string): Promise<void> => {
    await out.write(o.format === 'jsonl' ? `${json}\n` : `${written === 0 ? '' : ','}${json}`);
    written += 1;
  };
  if (o.format === 'json') await out.write('{"results":[');

  const script = machine && o.workers !== 0 ? workerScript() : undefined;
  if (script) {
    // worker threads: batches of raw lines out, serialised results back, in order
    const pool = new AuditPool(script, settings, ...(o.workers === undefined ? [] : [o.workers]));
    const pending: Promise<BatchResult>[] = [];
    const drain = async (): Promise<void> => {
      const r = await (pending.shift() as Promise<BatchResult>);
      for (const j of r.rejects) reject(j.line, j.file, j.reason, j.id);
      summary = mergeReportSummaries(summary, r.summary);
      violations += r.violations;
      for (const line of r.lines) await emit(line);
      tick();
    };
    let batch: BatchItem[] = [];
    try {
      for await (const rec of readInput(source, io.stdin, true)) {
        read += 1;
        if ('error' in rec) {
          reject(rec.line, rec.file, rec.error, readableId(rec.raw));
          continue;
        }
        batch.push('text' in rec ? { line: rec.line, file: rec.file, text: rec.text } : { line: rec.line, file: rec.file, value: rec.value });
        if (batch.length >= BATCH) {
          pending.push(pool.submit(batch));
          batch = [];
          if (pending.length >= pool.size * 2) await drain();
        }
      }
      if (batch.length > 0) pending.push(pool.submit(batch));
      while (pending.length > 0) await drain();
    } finally {
      await pool.close();
    }
  } else {
    for await (const rec of readInput(source, io.stdin)) {
      read += 1;
      if ('error' in rec) {
        reject(rec.line, rec.file, rec.error, readableId(rec.raw));
        continue;
      }
      const r = processRecord('text' in rec ? JSON.parse(rec.text) : rec.value, settings);
      if (!r.ok) {
        reject(rec.line, rec.file, r.reason, r.id);
        continue;
      }
      addAudit(summary, r.audit);
      violations += r.audit.summary.byStatus.violation;
      if (machine) await emit(r.json as string);
      else {
        keep.push(r.audit);
        if (r.facts) cases.set(r.audit.caseId, r.facts as Case);
        written += 1;
      }
      if ((written & 1023) === 0) tick();
    }
  }
  progress?.stop();
  if (o.format === 'json') await out.write(`],"summary":${JSON.stringify(summary)}}\n`);
  if (o.format === 'md') await out.write(markdownReport({ audits: keep, summary, locale: o.locale ?? 'en', includeFacts: o.includeFacts, cases }));
  if (o.format === 'html') await out.write(htmlReport({ audits: keep, summary, locale: o.locale ?? 'en', includeFacts: o.includeFacts, cases }));
  await out.close();
  io.stderr.write(`cases read: ${read} = results written: ${written} + rejected: ${rejected}; violations: ${violations}\n`);
  if (rejected > 0 || read === 0) return EXIT.badInput;
  return violations > 0 ? EXIT.findings : EXIT.ok;
}

const BATCH = 256;
