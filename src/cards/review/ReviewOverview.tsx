import { useId } from 'react';
import { Link } from '../../ui/router';
import { MAX_NEW_CARDS_PER_DAY } from '../../store/progressSchema';
import { NumberField } from '../../ui/NumberField';
import { formatWhen } from './format';
import type { ReviewQueue } from './queue';
import './review.css';

export interface LessonOption {
  slug: string;
  title: string;
}

interface ReviewOverviewProps {
  lessons: readonly LessonOption[];
  lesson: string | null;
  onLesson: (slug: string | null) => void;
  queue: ReviewQueue;
  newCardsPerDay: number;
  onNewCardsPerDay: (count: number) => void;
  /** When the next reviewed card in the filter falls due; null if none is scheduled. */
  nextDue: number | null;
  now: number;
  busy: boolean;
  loadError: string | null;
  onStart: () => void;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function EmptyState({
  queue,
  nextDue,
  now,
  newCardsPerDay,
}: Pick<ReviewOverviewProps, 'queue' | 'nextDue' | 'now' | 'newCardsPerDay'>) {
  const limitReached = queue.unseen > 0 && queue.newLeftToday === 0;
  return (
    <div className="review-empty">
      <h2>Nothing to review right now</h2>
      <p>
        {nextDue !== null
          ? `Come back ${nextDue - now < 86_400_000 ? 'later' : 'tomorrow'}: the next card is due ${formatWhen(nextDue, now)}.`
          : limitReached
            ? 'Come back tomorrow for more new cards.'
            : queue.unseen === 0
              ? 'There are no cards here yet.'
              : 'Come back tomorrow.'}
      </p>
      {limitReached ? (
        <p>
          You have started today&apos;s {plural(newCardsPerDay, 'new card')}; raise the limit below
          to learn more today.
        </p>
      ) : null}
      <p>
        Meanwhile, <Link to="/">read a lesson</Link> or{' '}
        <Link to="/progress">see your progress</Link>.
      </p>
    </div>
  );
}

export function ReviewOverview(props: ReviewOverviewProps) {
  const { lessons, lesson, onLesson, queue, busy, loadError, onStart } = props;
  const selectId = useId();
  const total = queue.due.length + queue.fresh.length;
  return (
    <div className="review-overview">
      <div className="review-overview__controls">
        <div className="field">
          <label htmlFor={selectId}>Lesson</label>
          <select
            id={selectId}
            value={lesson ?? ''}
            onChange={(e) => onLesson(e.target.value === '' ? null : e.target.value)}
          >
            <option value="">All lessons</option>
            {lessons.map((l) => (
              <option key={l.slug} value={l.slug}>
                {l.title}
              </option>
            ))}
          </select>
        </div>
        <NumberField
          label="New cards per day"
          value={props.newCardsPerDay}
          onChange={props.onNewCardsPerDay}
          min={0}
          max={MAX_NEW_CARDS_PER_DAY}
          step={1}
          digits={0}
        />
      </div>
      <p className="review-overview__counts" role="status">
        {plural(queue.due.length, 'card')} due, {plural(queue.fresh.length, 'new card')} ready
        {queue.fresh.length < queue.unseen
          ? ` (${queue.unseen} not yet seen; ${queue.newLeftToday} more new ${queue.newLeftToday === 1 ? 'card is' : 'cards are'} allowed today)`
          : ''}
        .
      </p>
      {loadError ? (
        <p className="review-overview__error" role="alert">
          The cards could not be loaded ({loadError}). Check your connection and try again.
        </p>
      ) : null}
      {total > 0 ? (
        <button
          type="button"
          className="button button--primary"
          onClick={onStart}
          disabled={busy}
          aria-busy={busy}
        >
          {busy ? 'Loading cards…' : `Start review (${plural(total, 'card')})`}
        </button>
      ) : (
        <EmptyState {...props} />
      )}
    </div>
  );
}
