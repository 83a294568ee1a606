/**
 * Text normalisation used when a citation's quote is compared with the law text.
 *
 * The seeds are consolidated texts exported from web pages and PDFs: they carry markdown
 * emphasis, escaped underscores, non-breaking spaces, line breaks inside words and, in the
 * 2017 draft, font substitutions (ӛ for ө, ҧ for ұ, ҥ for ү). Both sides of a comparison go
 * through the same function, so a quote may be copied in either spelling.
 */

const FONT_SUBSTITUTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ӛ/g, 'ө'],
  [/Ӛ/g, 'Ө'],
  [/ҧ/g, 'ұ'],
  [/Ҧ/g, 'Ұ'],
  [/ҥ/g, 'ү'],
  [/Ҥ/g, 'Ү'],
];

/** Cleans one source line of markup so that paragraph numbers can be recognised at its start. */
export function cleanLine(line: string): string {
  return line
    .replace(/\u00a0/g, ' ')
    .replace(/\\([_*#\-.()[\]])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/^[\s#>*—–-]+(?=\S)/u, '')
    .trim();
}

/**
 * Normalises text for quote comparison: Unicode NFC, font substitutions, markup, quotation
 * marks, dashes, hyphenation at line ends, letter case and runs of whitespace.
 */
export function normalizeForQuote(text: string): string {
  let s = text.normalize('NFC');
  for (const [from, to] of FONT_SUBSTITUTIONS) s = s.replace(from, to);
  return s
    .replace(/\\([_*#\-.()[\]])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/[«»“”„‟"‘’‚‛'‹›]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\u00ad/g, '')
    .replace(/(\p{L})-[ \t\u00a0]*\r?\n[\s\u00a0]*(?=\p{Ll})/gu, '$1-')
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}
