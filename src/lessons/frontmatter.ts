import type { Frontmatter } from './frontmatterSchema';

/** The validated frontmatter (its zod schema is in frontmatterSchema.ts, used at build time). */
export type { Frontmatter };

/** The four pillars of the guide, in the order the map page shows them. */
export const pillars = ['linear-algebra', 'calculus', 'probability', 'statistics'] as const;
export type Pillar = (typeof pillars)[number];

export const pillarNames: Record<Pillar, string> = {
  'linear-algebra': 'Linear algebra',
  calculus: 'Calculus',
  probability: 'Probability',
  statistics: 'Statistics',
};

export interface Heading {
  depth: 2 | 3;
  text: string;
  id: string;
}

/** What the app knows about a lesson before its chunk loads. */
export interface LessonMeta extends Frontmatter {
  headings: Heading[];
}
