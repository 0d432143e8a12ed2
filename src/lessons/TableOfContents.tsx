import { useEffect, useState } from 'react';
import type { Heading } from './frontmatter';

/** Tracks which section heading was passed last while scrolling. */
function useActiveHeading(ids: readonly string[], complete: boolean): string | null {
  const [active, setActive] = useState<string | null>(null);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined' || ids.length === 0) return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        const visible = entries.filter((e) => e.isIntersecting);
        const first = visible[0];
        if (first) setActive(first.target.id);
      },
      { rootMargin: '0px 0px -70% 0px' },
    );
    // the body renders in steps: observe the headings there now, and all of them once it is
    // complete (the effect runs again)
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el) observer.observe(el);
    }
    return () => observer.disconnect();
  }, [ids, complete]);
  return active;
}

export function TableOfContents({
  headings,
  complete = true,
}: {
  headings: readonly Heading[];
  /** Whether the lesson body has rendered every block (LessonPage renders it in steps). */
  complete?: boolean;
}) {
  const [ids] = useState(() => headings.map((h) => h.id));
  const active = useActiveHeading(ids, complete);
  if (headings.length === 0) return null;
  return (
    <nav className="toc" aria-label="On this page">
      <p className="toc__title">On this page</p>
      <ol>
        {headings.map((h) => (
          <li key={h.id} className={`toc__item toc__item--h${h.depth}`}>
            <a href={`#${h.id}`} aria-current={active === h.id ? 'location' : undefined}>
              {h.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
