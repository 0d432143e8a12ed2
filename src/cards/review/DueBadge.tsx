import { useEffect, useState } from 'react';
import { selectReviews, useProgress } from '../../store/progress';
import { useNow } from './useNow';
import './DueBadge.css';

/** "3 due" beside the Review link; nothing while none is due (or before it is computed). */
export function DueBadge() {
  const reviews = useProgress(selectReviews);
  const now = useNow();
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    import('./dueCount')
      .then(({ dueCount }) => {
        if (live) setCount(dueCount(reviews, now));
      })
      .catch(() => {
        // an offline chunk load: the badge is a hint, the link still works
        if (live) setCount(null);
      });
    return () => {
      live = false;
    };
  }, [reviews, now]);

  if (!count) return null;
  return (
    // the link reads "Review 3 due"
    <span className="due-badge">
      {count}
      <span className="visually-hidden"> due</span>
    </span>
  );
}
