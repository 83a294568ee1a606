import { z } from 'zod';

/** How one seed file is divided into parts and annexes (regular expressions over cleaned lines). */
export const SourcePartSchema = z.object({
  /** Which part: the order, the standard it approves, or the report around a draft. */
  key: z.enum(['order', 'standard', 'report']),
  /** Pattern of the line that opens the part; omitted for a part that opens the file. */
  start: z.string().optional(),
  /** Pattern of the line that opens each annex of this part; group 1 is the annex number. */
  annexes: z.string().optional(),
  /** Pattern of a line after which no more annexes of this part are looked for. */
  annexesEnd: z.string().optional(),
  /** Pattern of a chapter heading line inside the part and its annexes; group 1 is the chapter number. */
  chapters: z.string().optional(),
  /** Number of the first paragraph of the part (the 2017 draft starts at 59). */
  firstParagraph: z.number().int().positive().optional(),
});

/** Schema of one entry of `rules/sources.json`: how a law text splits into parts, annexes and paragraphs. */
export const SourceProfileSchema = z.object({
  /** File of the text in `../shared/seeds`. */
  file: z.string(),
  /** Language of the text. */
  lang: z.enum(['ru', 'kk', 'en']),
  /** Whether the text is an official one (translations are not). */
  official: z.boolean(),
  /** Ids of the acts the text holds. */
  acts: z.array(z.string()).min(1),
  /** The parts, in the order they appear. */
  parts: z.array(SourcePartSchema).min(1),
  /** Remark. */
  note: z.string().optional(),
});

/** How one seed file is divided into parts and annexes (see {@link SourceProfileSchema}). */
export type SourceProfile = z.infer<typeof SourceProfileSchema>;
