import { z } from 'zod';

/** Language of an original law text. The unofficial English translation is never cited. */
export const SourceLanguageSchema = z.enum(['ru', 'kk']);
/** Language of an original law text: `'ru'` or `'kk'`. */
export type SourceLanguage = z.infer<typeof SourceLanguageSchema>;

/** Paragraph numbers as printed ("14", "13-1"), or a pseudo-paragraph of the text. */
export const ParagraphRefSchema = z
  .string()
  .regex(/^(\d+(-\d+)?|preamble|chapter-\d+)$/, 'a paragraph number ("14", "13-1"), "preamble" or "chapter-N"')
  .describe(
    'Paragraph (пункт / тармақ) as printed, e.g. "14" or "13-1"; "preamble" = the text before the first numbered paragraph of the part or annex (titles, footnotes); "chapter-N" = the heading of chapter N and the footnote under it',
  );

/**
 * Where a rule comes from: the act, the part of its text, the annex, the paragraph, the
 * sub-paragraph, and a short quote of the original Russian or Kazakh phrase that states it.
 * The citation check (test/law/citations.test.ts) proves that the quote occurs in that place.
 */
export const CitationSchema = z
  .object({
    /** Id of the act in `rules/acts.json` whose text holds the quote. */
    act: z.string().min(1).describe('Id of the act in rules/acts.json whose text holds the quote'),
    /** `order` = the act itself; `standard` = the standard it approves; `report` = the report around a draft. */
    part: z
      .enum(['order', 'standard', 'report'])
      .describe('order = the act itself; standard = the standard it approves; report = the report around a draft'),
    /** Annex (приложение / қосымша) of the part. */
    annex: z.number().int().positive().optional().describe('Annex (приложение / қосымша) of the part'),
    /**
     * Paragraph (пункт / тармақ) as printed, e.g. `"14"` or `"13-1"`; `"preamble"` = the text before
     * the first numbered paragraph of the part or annex; `"chapter-N"` = the heading of chapter N and
     * the footnote under it.
     */
    paragraph: ParagraphRefSchema.optional(),
    /** Sub-paragraph (подпункт / тармақша) number; needs `paragraph`. */
    subparagraph: z.string().regex(/^\d+$/).optional().describe('Sub-paragraph (подпункт / тармақша) number'),
    /** Language of the quoted text. */
    lang: SourceLanguageSchema,
    /** Verbatim phrase of the original text (whitespace and quote marks are normalised when checked). */
    quote: z.string().min(3).describe('Verbatim phrase of the original text (whitespace and quote marks are normalised)'),
    /** Remark of the encoder (not part of the law). */
    note: z.string().optional(),
  })
  .strict()
  .refine((c) => c.subparagraph === undefined || c.paragraph !== undefined, {
    message: 'a sub-paragraph needs its paragraph',
    path: ['subparagraph'],
  });

/**
 * Where a rule comes from: act, part, annex, paragraph, sub-paragraph and a verbatim quote of the
 * original Russian or Kazakh text (validated by {@link CitationSchema}).
 */
export type Citation = z.infer<typeof CitationSchema>;

/**
 * Short human reference such as "order-138-2016, standard, p.16 sp.1" (language-neutral).
 *
 * @example
 * ```ts
 * formatCitation({ act: 'order-138-2016', part: 'standard', annex: 5, paragraph: '1', lang: 'ru', quote: 'Директор 1 1' });
 * // 'order-138-2016, standard, annex 5, p.1'
 * ```
 */
export function formatCitation(c: Citation): string {
  const parts = [c.act, c.part];
  if (c.annex !== undefined) parts.push(`annex ${c.annex}`);
  if (c.paragraph !== undefined) {
    const p = c.paragraph === 'preamble' ? 'preamble' : c.paragraph.startsWith('chapter-') ? c.paragraph.replace('-', ' ') : `p.${c.paragraph}`;
    parts.push(c.subparagraph === undefined ? p : `${p} sp.${c.subparagraph}`);
  }
  return parts.join(', ');
}
