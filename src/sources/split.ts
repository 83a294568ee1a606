import { cleanLine } from './normalize.js';
import type { SourceProfile } from './profile.js';

/** One numbered paragraph (пункт / тармақ) of a law text, with its sub-paragraphs. */
export interface SourceParagraph {
  /** Number as printed (`"14"`, `"13-1"`, `"chapter-2"`). */
  readonly number: string;
  /** 1-based line of the source file where the paragraph starts. */
  readonly line: number;
  /** The paragraph's text, sub-paragraphs included. */
  readonly text: string;
  /** Sub-paragraph texts by number. */
  readonly subparagraphs: ReadonlyMap<string, string>;
}

/** A part of a law text: the order itself, the standard it approves, or one of their annexes. */
export interface SourceUnit {
  /** `order`, `standard`, `report`, or `<part>/annex-<n>` (see {@link unitKey}). */
  readonly key: string;
  /** 1-based line of the source file where the unit starts. */
  readonly line: number;
  /** Text before the first numbered paragraph: titles, footnotes, preamble. */
  readonly preamble: string;
  /** Its paragraphs by number. */
  readonly paragraphs: ReadonlyMap<string, SourceParagraph>;
  /** The unit's whole text. */
  readonly text: string;
}

/** A law text split into units (parts and annexes) and paragraphs by {@link splitSource}. */
export interface SplitSource {
  /** File of the text. */
  readonly file: string;
  /** Its units by key. */
  readonly units: ReadonlyMap<string, SourceUnit>;
}

/** Key of a unit: `order`, `standard`, `report`, or `<part>/annex-<n>`. */
export function unitKey(part: string, annex?: number): string {
  return annex === undefined ? part : `${part}/annex-${annex}`;
}

// "14.", "13-1.", "14-1 " (the seed omits the dot there), or a table row "8<TAB>"
const PARAGRAPH_START = /^(\d+-\d+)\.?(?=\s)|^(\d+)(?:\.(?=\s|$)|\t)/u;
const SUBPARAGRAPH_START = /^(\d+)\)(?=\s|$)/u;

/** Numbers that may follow `last` in a sequence of paragraph numbers: 13 → 14 or 13-1; 13-1 → 13-2 or 14. */
function successors(last: string | undefined, first: number): string[] {
  if (last === undefined) return [String(first)];
  const [base, sub] = last.split('-');
  const b = Number(base);
  if (sub === undefined) return [String(b + 1), `${b}-1`];
  return [`${b}-${Number(sub) + 1}`, String(b + 1)];
}

interface Region {
  key: string;
  start: number;
  end: number;
  firstParagraph: number;
  chapters: RegExp | undefined;
}

function findLine(lines: readonly string[], pattern: RegExp, from: number): number {
  for (let i = from; i < lines.length; i++) if (pattern.test(lines[i] ?? '')) return i;
  return -1;
}

/** Splits the law text into its parts, annexes, numbered paragraphs and sub-paragraphs. Pure. */
export function splitSource(text: string, profile: SourceProfile): SplitSource {
  const raw = text.replace(/\r\n?/g, '\n').split('\n');
  const lines = raw.map(cleanLine);
  const boundaries: Region[] = [];
  let cursor = 0;
  for (const part of profile.parts) {
    const start = part.start === undefined ? cursor : findLine(lines, new RegExp(part.start, 'u'), cursor);
    if (start < 0) throw new Error(`source ${profile.file}: part "${part.key}" start /${part.start}/ not found`);
    const chapters = part.chapters === undefined ? undefined : new RegExp(part.chapters, 'u');
    boundaries.push({ key: part.key, start, end: lines.length, firstParagraph: part.firstParagraph ?? 1, chapters });
    cursor = start + 1;
    if (part.annexes !== undefined) {
      const annexPattern = new RegExp(part.annexes, 'u');
      let expected = 1;
      for (let i = start + 1; i < lines.length; i++) {
        const m = annexPattern.exec(lines[i] ?? '');
        // annex numbers must increase (the unofficial English text lacks an Annex 4 heading)
        if (m && Number(m[1]) >= expected) {
          const n = Number(m[1]);
          boundaries.push({ key: unitKey(part.key, n), start: i, end: lines.length, firstParagraph: 1, chapters });
          expected = n + 1;
        }
        if (part.annexesEnd !== undefined && new RegExp(part.annexesEnd, 'u').test(lines[i] ?? '')) break;
      }
    }
  }
  boundaries.sort((a, b) => a.start - b.start);
  for (let i = 0; i < boundaries.length; i++) {
    const next = boundaries[i + 1];
    const region = boundaries[i];
    if (region && next) region.end = next.start;
  }
  const units = new Map<string, SourceUnit>();
  for (const region of boundaries) units.set(region.key, buildUnit(region, raw, lines));
  return { file: profile.file, units };
}

function buildUnit(region: Region, raw: readonly string[], lines: readonly string[]): SourceUnit {
  const starts: { number: string; index: number }[] = [];
  let last: string | undefined;
  for (let i = region.start; i < region.end; i++) {
    const heading = region.chapters?.exec(lines[i] ?? '');
    if (heading) {
      // a chapter heading (and the footnote under it) ends the paragraph before it
      starts.push({ number: `chapter-${heading[1] as string}`, index: i });
      continue;
    }
    const m = PARAGRAPH_START.exec(lines[i] ?? '');
    if (!m) continue;
    const n = (m[1] ?? m[2]) as string;
    if (successors(last, region.firstParagraph).includes(n)) {
      starts.push({ number: n, index: i });
      last = n;
    }
  }
  const firstStart = starts.find((s) => !s.number.startsWith('chapter-'))?.index ?? region.end;
  const paragraphs = new Map<string, SourceParagraph>();
  starts.forEach((s, k) => {
    const end = starts[k + 1]?.index ?? region.end;
    paragraphs.set(s.number, {
      number: s.number,
      line: s.index + 1,
      text: raw.slice(s.index, end).join('\n'),
      subparagraphs: splitSubparagraphs(raw, lines, s.index, end),
    });
  });
  return {
    key: region.key,
    line: region.start + 1,
    preamble: raw.slice(region.start, firstStart).join('\n'),
    paragraphs,
    text: raw.slice(region.start, region.end).join('\n'),
  };
}

function splitSubparagraphs(
  raw: readonly string[],
  lines: readonly string[],
  from: number,
  to: number,
): ReadonlyMap<string, string> {
  const starts: { number: string; index: number }[] = [];
  let expected = 1;
  for (let i = from; i < to; i++) {
    const line = lines[i] ?? '';
    // the paragraph's first line may itself hold sub-paragraph 1 after the number: "5. 1) ..." is rare; skip it
    const m = SUBPARAGRAPH_START.exec(i === from ? '' : line);
    if (m && Number(m[1]) === expected) {
      starts.push({ number: m[1] as string, index: i });
      expected += 1;
    }
  }
  const result = new Map<string, string>();
  starts.forEach((s, k) => {
    const end = starts[k + 1]?.index ?? to;
    result.set(s.number, raw.slice(s.index, end).join('\n'));
  });
  return result;
}
