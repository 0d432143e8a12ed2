import { lessons as allLessons } from 'virtual:lessons';
import type { LessonMeta } from './frontmatter';
import type { ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';

/** Every lesson's metadata, in course order (validated at build time). */
export const lessons: readonly LessonMeta[] = allLessons;

export interface LessonModule {
  /** The compiled lesson: a plain function of its props (no hooks; see LessonPage). */
  default: (props: { components?: MDXComponents }) => ReactNode;
}

// one lazy chunk per lesson: the shell never loads a lesson it is not showing
const loaders = import.meta.glob<LessonModule>('../../content/lessons/*.mdx');

const loaderBySlug = new Map<string, () => Promise<LessonModule>>();
for (const [file, load] of Object.entries(loaders)) {
  const slug = /\/\d\d-([a-z0-9-]+)\.mdx$/.exec(file)?.[1];
  if (slug) loaderBySlug.set(slug, load);
}

export function findLesson(slug: string | undefined): LessonMeta | undefined {
  return lessons.find((lesson) => lesson.slug === slug);
}

export function loadLesson(slug: string): Promise<LessonModule> {
  const load = loaderBySlug.get(slug);
  if (!load) return Promise.reject(new Error(`No lesson file for "${slug}"`));
  return load();
}

export function neighbours(slug: string): { previous?: LessonMeta; next?: LessonMeta } {
  const index = lessons.findIndex((lesson) => lesson.slug === slug);
  return { previous: lessons[index - 1], next: index >= 0 ? lessons[index + 1] : undefined };
}
