import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

/** A buffered writer over stdout or a file that respects back-pressure. */
export class Output {
  private buffer: string[] = [];
  private size = 0;
  private readonly stream: Writable;
  private readonly owned: boolean;

  constructor(path: string | undefined, stdout: Writable = process.stdout) {
    this.owned = path !== undefined && path !== '-';
    this.stream = this.owned ? createWriteStream(path as string, { encoding: 'utf8' }) : stdout;
  }

  async write(text: string): Promise<void> {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= 1 << 16) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.owned) await new Promise<void>((resolve, reject) => this.stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
}
