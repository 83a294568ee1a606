import { createReadStream, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** One record read from the input, with the line it started on (1-based). */
export type InputRecord =
  | { readonly line: number; readonly file?: string; readonly value: unknown }
  | { readonly line: number; readonly file?: string; readonly text: string }
  | { readonly line: number; readonly file?: string; readonly error: string; readonly raw: string };

function open(source: string, stdin: Readable): Readable {
  return source === '-' ? stdin : createReadStream(source, { encoding: 'utf8' });
}

/**
 * Reads cases from a file or stdin: a single JSON case, a JSON array of cases, or JSON Lines.
 * JSON Lines are streamed line by line (memory stays flat); a document that starts with `[` or
 * whose first line is not a complete JSON value is read whole. Malformed lines are yielded as
 * errors with their line number, and reading goes on.
 */
export async function* readRecords(source: string, stdin: Readable = process.stdin, raw = false): AsyncGenerator<InputRecord> {
  const rl = createInterface({ input: open(source, stdin), crlfDelay: Infinity });
  let lineNo = 0;
  let whole: string[] | undefined;
  let wholeStart = 0;
  for await (const line of rl) {
    lineNo += 1;
    if (whole) {
      whole.push(line);
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (trimmed.startsWith('[')) {
      whole = [line];
      wholeStart = lineNo;
      continue;
    }
    if (raw && lineNo > 1) {
      // JSON Lines after the first: parsed by the consumer (a worker thread)
      yield { line: lineNo, text: trimmed };
      continue;
    }
    try {
      yield { line: lineNo, value: JSON.parse(trimmed) };
    } catch (e) {
      if (lineNo === 1 || (whole === undefined && trimmed === '{')) {
        // a pretty-printed single document: read the rest whole
        whole = [line];
        wholeStart = lineNo;
        continue;
      }
      yield { line: lineNo, error: e instanceof SyntaxError ? 'malformed JSON' : 'unreadable line', raw: trimmed };
    }
  }
  if (!whole) return;
  const text = whole.join('\n');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    yield { line: wholeStart, error: 'malformed JSON document', raw: text.slice(0, 200) };
    return;
  }
  if (Array.isArray(parsed)) {
    for (const value of parsed) yield { line: wholeStart, value };
  } else {
    yield { line: wholeStart, value: parsed };
  }
}

/** The case id of a malformed record, when one can be read without parsing the whole line. */
export function readableId(raw: string): string | undefined {
  const m = /"id"\s*:\s*"([A-Za-z0-9][A-Za-z0-9._:-]{0,63})"/.exec(raw);
  return m?.[1];
}

/** Every .json / .jsonl file below a folder, sorted, so a folder of case files can be audited at once. */
export function caseFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...caseFiles(p));
    else if (/\.jsonl?$/.test(name)) out.push(p);
  }
  return out;
}

/** Records from a file, stdin (`-`) or every case file of a folder (records then name their file). */
export async function* readInput(source: string, stdin: Readable = process.stdin, raw = false): AsyncGenerator<InputRecord> {
  if (source !== '-' && statSync(source, { throwIfNoEntry: false })?.isDirectory()) {
    for (const file of caseFiles(source)) {
      for await (const rec of readRecords(file, stdin, raw)) yield { ...rec, file };
    }
    return;
  }
  yield* readRecords(source, stdin, raw);
}
