import { useId, useState } from 'react';
import type { ReactNode } from 'react';
import { Link } from '../../ui/router';

export interface TermProps {
  /** Anchor on /glossary. */
  id: string;
  /** One sentence, shown on hover and on keyboard focus. */
  definition: string;
  children: ReactNode;
}

/**
 * The first use of a glossary term in a lesson (inserted at build time by build/glossary.ts):
 * a link to its glossary entry whose definition appears on hover and on focus, and hides with
 * Escape (WCAG 1.4.13: content on hover or focus must be dismissible).
 */
export function Term({ id, definition, children }: TermProps) {
  const tipId = useId();
  const [dismissed, setDismissed] = useState(false);
  return (
    <span
      className={`term${dismissed ? ' term--dismissed' : ''}`}
      onMouseLeave={() => setDismissed(false)}
    >
      <Link
        to={`/glossary#${id}`}
        className="term__link"
        aria-describedby={tipId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setDismissed(true);
        }}
        onBlur={() => setDismissed(false)}
      >
        {children}
      </Link>
      <span role="tooltip" id={tipId} className="term__tip">
        {definition}
      </span>
    </span>
  );
}
