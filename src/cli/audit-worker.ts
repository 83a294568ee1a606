// Worker thread of `kzss audit`: audits batches of raw JSON Lines and returns serialised results.
import { parentPort, workerData } from 'node:worker_threads';
import { addAudit, createReportSummary } from '../report/summary.js';
import { readableId } from './input.js';
import { processRecord, type RecordSettings } from './records.js';

export interface BatchItem {
  readonly line: number;
  readonly file?: string | undefined;
  readonly text?: string;
  readonly value?: unknown;
}

const settings = workerData as RecordSettings;

parentPort?.on('message', (m: { seq: number; items: readonly BatchItem[] }) => {
  const summary = createReportSummary();
  const lines: string[] = [];
  const rejects: Array<{ line: number; file?: string | undefined; reason: string; id?: string | undefined }> = [];
  let violations = 0;
  for (const item of m.items) {
    let value = item.value;
    if (item.text !== undefined) {
      try {
        value = JSON.parse(item.text);
      } catch {
        rejects.push({ line: item.line, file: item.file, reason: 'malformed JSON', id: readableId(item.text) });
        continue;
      }
    }
    const r = processRecord(value, settings);
    if (!r.ok) {
      rejects.push({ line: item.line, file: item.file, reason: r.reason, id: r.id });
      continue;
    }
    addAudit(summary, r.audit);
    violations += r.audit.summary.byStatus.violation;
    lines.push(r.json as string);
  }
  parentPort?.postMessage({ seq: m.seq, lines, rejects, summary, violations });
});
