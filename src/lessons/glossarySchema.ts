// Used at build time and by the content tests; never shipped to the browser.
import { z } from 'zod';

/** The ten lessons of SYLLABUS.md; a glossary term names the one that teaches it. */
export const syllabusSlugs = [
  'vectors',
  'matrices',
  'gradient-descent',
  'backprop',
  'probability',
  'softmax',
  'cross-entropy',
  'attention',
  'statistics',
  'end-to-end',
] as const;

export const glossaryEntrySchema = z
  .object({
    /** The term as it is usually written in prose. */
    term: z.string().min(1).max(60),
    /** Slug of the lesson that teaches it. */
    lesson: z.enum(syllabusSlugs),
    /** One plain-text sentence (no math: it appears in tooltips and search results). */
    definition: z
      .string()
      .min(20)
      .max(260)
      .refine((d) => !d.includes('$'), 'definitions are plain text, without $math$'),
    /** Other spellings the first-use linker also recognises. */
    aliases: z.array(z.string().min(1)).default([]),
    /** `own`: link its first use only in its own lesson (for everyday words like "value"). */
    linkIn: z.enum(['all', 'own']).default('all'),
  })
  .strict();

export const glossarySchema = z.array(glossaryEntrySchema).min(1);

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
