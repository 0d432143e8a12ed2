declare module 'virtual:lessons' {
  import type { LessonMeta } from './frontmatter';
  /** Every lesson's validated frontmatter and headings, sorted by `order`. */
  export const lessons: LessonMeta[];
}
