import type { Readable, Writable } from 'node:stream';

/** Exit codes of kzss. */
export const EXIT = { ok: 0, findings: 1, badInput: 2 } as const;

/** The process surface the commands use, so tests can run them in memory. */
export interface Io {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stderrIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Milliseconds for rates; the CLI may read the clock, the library never does. */
  now(): number;
}

export const processIo = (): Io => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  stderrIsTTY: Boolean(process.stderr.isTTY),
  env: process.env,
  now: () => performance.now(),
});
