import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ReportSummary } from '../report/summary.js';
import type { BatchItem } from './audit-worker.js';
import type { RecordSettings } from './records.js';

export interface BatchResult {
  readonly seq: number;
  readonly lines: readonly string[];
  readonly rejects: ReadonlyArray<{ line: number; file?: string | undefined; reason: string; id?: string | undefined }>;
  readonly summary: ReportSummary;
  readonly violations: number;
}

/** The worker script next to the running module (present in the built package, not when run from src). */
export function workerScript(): string | undefined {
  const url = new URL('./kzss-worker.js', import.meta.url);
  const path = fileURLToPath(url);
  return existsSync(path) ? path : undefined;
}

/**
 * A fixed pool of audit workers. Batches go out in order and come back in order; at most
 * `inFlight` batches per worker are outstanding, so memory stays flat however long the input.
 */
export class AuditPool {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, (r: BatchResult) => void>();
  private next = 0;
  private failure: Error | undefined;

  constructor(script: string, settings: RecordSettings, size = Math.max(1, Math.min(4, availableParallelism()))) {
    this.workers = Array.from({ length: size }, () => {
      const w = new Worker(script, { workerData: settings });
      w.on('message', (r: BatchResult) => {
        const resolve = this.waiting.get(r.seq);
        this.waiting.delete(r.seq);
        resolve?.(r);
      });
      w.on('error', (e) => {
        this.failure = e;
        for (const [, resolve] of this.waiting) resolve({ seq: -1, lines: [], rejects: [], summary: undefined as never, violations: 0 });
      });
      return w;
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** Sends a batch; the promise resolves with its result. */
  submit(items: readonly BatchItem[]): Promise<BatchResult> {
    const seq = this.next++;
    const worker = this.workers[seq % this.workers.length] as Worker;
    return new Promise<BatchResult>((resolve, reject) => {
      if (this.failure) {
        reject(this.failure);
        return;
      }
      this.waiting.set(seq, (r) => (this.failure ? reject(this.failure) : resolve(r)));
      worker.postMessage({ seq, items });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
