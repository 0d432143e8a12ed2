import { useEffect, useRef } from 'react';
import { Link } from '../../ui/router';
import { ratingNames, ratings } from '../scheduler';
import { formatWhen } from './format';
import type { SessionSummary as Summary } from './session';

interface SessionSummaryProps {
  summary: Summary;
  /** When the next card (in this session's lesson filter) falls due; null if none is scheduled. */
  nextDue: number | null;
  now: number;
  canUndo: boolean;
  onUndo: () => void;
  onRestart: () => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function SessionSummary({
  summary,
  nextDue,
  now,
  canUndo,
  onUndo,
  onRestart,
}: SessionSummaryProps) {
  const graded = summary.right + summary.wrong;
  const heading = useRef<HTMLHeadingElement>(null);
  // the card and its buttons are gone: keyboard and screen-reader users land on the summary
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="review-summary" aria-labelledby="summary-title">
      <h2 id="summary-title" ref={heading} tabIndex={-1}>
        Session complete
      </h2>
      <p>
        You made {plural(summary.reviews, 'review')} of {plural(summary.cards, 'card')}.
        {graded > 0
          ? ` Of the ${plural(graded, 'checked answer')}, ${summary.right} ${summary.right === 1 ? 'was' : 'were'} right and ${summary.wrong} wrong.`
          : null}
      </p>
      <dl className="review-summary__counts">
        {ratings.map((r) => (
          <div key={r}>
            <dt>{ratingNames[r]}</dt>
            <dd>{summary.byRating[r]}</dd>
          </div>
        ))}
      </dl>
      <p>
        {nextDue === null
          ? 'No card is scheduled yet.'
          : `The next card is due ${formatWhen(nextDue, now)}.`}
      </p>
      <div className="review__actions">
        <button type="button" className="button button--primary" onClick={onRestart}>
          Back to the review overview
        </button>
        {canUndo ? (
          <button type="button" className="button" onClick={onUndo}>
            Undo last rating
          </button>
        ) : null}
        <Link className="button" to="/progress">
          See your progress
        </Link>
      </div>
    </section>
  );
}
