import type { Citation } from '../law/citation.js';
import { normalizeForQuote } from './normalize.js';
import { unitKey, type SplitSource } from './split.js';

/** The text a citation points to, or why it points nowhere. */
export type CitationCheck =
  | {
      /** The place exists. */
      readonly ok: true;
      /** Its text. */
      readonly text: string;
    }
  | {
      /** The place does not exist. */
      readonly ok: false;
      /** Why. */
      readonly reason: string;
    };

/** The text a citation points to in a split source: a unit, its preamble, a paragraph or a sub-paragraph. */
export function citedText(source: SplitSource, c: Citation): CitationCheck {
  const key = unitKey(c.part, c.annex);
  const unit = source.units.get(key);
  if (!unit) return { ok: false, reason: `${source.file} has no ${key}` };
  if (c.paragraph === undefined) return { ok: true, text: unit.text };
  if (c.paragraph === 'preamble') return { ok: true, text: unit.preamble };
  const paragraph = unit.paragraphs.get(c.paragraph);
  if (!paragraph) return { ok: false, reason: `${source.file} ${key} has no paragraph ${c.paragraph}` };
  if (c.subparagraph === undefined) return { ok: true, text: paragraph.text };
  const sub = paragraph.subparagraphs.get(c.subparagraph);
  if (sub === undefined) return { ok: false, reason: `${source.file} ${key} p.${c.paragraph} has no sub-paragraph ${c.subparagraph}` };
  return { ok: true, text: sub };
}

/** Verifies that the citation's place exists and its text contains the quote (normalised). */
export function verifyCitation(source: SplitSource, c: Citation): CitationCheck {
  const found = citedText(source, c);
  if (!found.ok) return found;
  if (!normalizeForQuote(found.text).includes(normalizeForQuote(c.quote))) {
    return { ok: false, reason: `quote not found in ${c.part}${c.annex ? ` annex ${c.annex}` : ''} ${c.paragraph ?? ''}${c.subparagraph ? ` sp.${c.subparagraph}` : ''}: "${c.quote}"` };
  }
  return found;
}
