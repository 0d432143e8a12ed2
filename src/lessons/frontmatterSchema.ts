// Used at build time (the lessons plugin) and by the content tests; never shipped to the browser.
import { z } from 'zod';
import { pillars } from './frontmatter';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case words joined by hyphens');

/** Frontmatter every lesson in `content/lessons/NN-slug.mdx` must carry. */
export const frontmatterSchema = z
  .object({
    /** Shown in the page heading, the navigation and the document title. */
    title: z.string().min(3).max(80),
    /** The URL segment: `/lessons/<slug>`; must match the file name's `NN-slug`. */
    slug,
    /** Position in the course (1-based); must match the file name's `NN`. */
    order: z.number().int().min(1).max(99),
    /** One or two sentences for the lesson grid and the meta description. */
    summary: z.string().min(20).max(240),
    /** Estimated reading time in minutes, widgets included. */
    minutes: z.number().int().min(1).max(90),
    /** Slugs of lessons to read first; each must exist and come earlier in the course. */
    prerequisites: z.array(slug).default([]),
    /** Which pillar of the map this lesson belongs to. */
    pillar: z.enum(pillars),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;
