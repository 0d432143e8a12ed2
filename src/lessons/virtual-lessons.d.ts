// Types of the build-time virtual modules (build/lessons-plugin.ts, build/site-plugin.ts).

declare module 'virtual:lessons' {
  import type { LessonMeta } from './frontmatter';
  /** Every lesson's validated frontmatter and headings, sorted by `order`. */
  export const lessons: LessonMeta[];
}

declare module 'virtual:glossary' {
  /** A glossary term as the app sees it. */
  export interface GlossaryTerm {
    /** Anchor id on /glossary, e.g. `dot-product`. */
    id: string;
    term: string;
    definition: string;
    /** Slug of the lesson that teaches it. */
    lesson: string;
    aliases: string[];
  }
  /** Every glossary term, in the order of content/glossary.yaml. */
  export const glossary: GlossaryTerm[];
}

declare module 'virtual:search-index' {
  import type { SearchDoc } from '../app/search/types';
  /** Lessons, their sections, glossary terms, reference identities and study cards. */
  export const documents: SearchDoc[];
}
