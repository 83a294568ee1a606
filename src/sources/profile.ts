import { z } from 'zod';

/** How one seed file is divided into parts and annexes (regular expressions over cleaned lines). */
export const SourcePartSchema = z.object({
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

export const SourceProfileSchema = z.object({
  file: z.string(),
  lang: z.enum(['ru', 'kk', 'en']),
  official: z.boolean(),
  acts: z.array(z.string()).min(1),
  parts: z.array(SourcePartSchema).min(1),
  note: z.string().optional(),
});

export type SourceProfile = z.infer<typeof SourceProfileSchema>;
