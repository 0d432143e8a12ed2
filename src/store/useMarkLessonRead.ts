import { useEffect } from 'react';
import { useProgress } from './progress';

/** Counts as "reached the end": the bottom of the viewport within this much of the page's end. */
const END_SLACK_PX = 400;

/**
 * Marks a lesson read when the reader scrolls to its end, or after half its stated reading time
 * on the page (1–5 minutes), whichever comes first. Call it from the lesson page.
 */
export function useMarkLessonRead(
  slug: string | undefined,
  minutes = 4,
  /** Whether the whole lesson body is on the page: until then its end is not the lesson's. */
  complete = true,
): void {
  const read = useProgress((s) => (slug ? s.lessonsRead.includes(slug) : true));
  const markLessonRead = useProgress((s) => s.markLessonRead);

  useEffect(() => {
    if (!slug || read) return;
    const mark = () => markLessonRead(slug);
    const delay = Math.min(5, Math.max(1, minutes / 2)) * 60_000;
    const timer = window.setTimeout(mark, delay);
    const onScroll = () => {
      const root = document.documentElement;
      // only a page taller than the window can be scrolled to its end (not a loading placeholder)
      if (!complete || root.scrollHeight <= window.innerHeight) return;
      if (window.scrollY + window.innerHeight >= root.scrollHeight - END_SLACK_PX) mark();
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [slug, read, minutes, complete, markLessonRead]);
}
