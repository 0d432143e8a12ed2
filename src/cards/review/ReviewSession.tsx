import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { createRng } from '../../math';
import { useProgress } from '../../store/progress';
import { newCardState, previewRatings, ratingForGrade, schedule } from '../scheduler';
import type { AnswerCheck, CardInstance, CardMeta, Rating } from '../types';
import { nextDueAfter } from './queue';
import { RatingButtons } from './RatingButtons';
import { LEARN_AHEAD_MS, currentItem, sessionReducer, startSession, summarize } from './session';
import type { SessionItem } from './session';
import { SessionSummary } from './SessionSummary';
import { useCardStates } from './useCardStates';
import { useReviewKeys } from './useReviewKeys';
import './review.css';

/** What the page's card renderer (CardView) gets for the current item. A recall card shows its
 * own "Show answer" button and calls onReveal; auto-graded cards call onCheck. */
export interface CardSlotProps {
  instance: CardInstance;
  /** The answer is showing: revealed, or checked by the auto-grader. */
  answered: boolean;
  onReveal: () => void;
  onCheck: (check: AnswerCheck) => void;
}

interface ReviewSessionProps {
  items: readonly SessionItem[];
  /** Must be stable (memoised): instances are rebuilt when it changes. */
  instanceFor: (item: SessionItem) => CardInstance;
  renderCard: (props: CardSlotProps) => ReactNode;
  /** The cards in the session's filter, for "next card due". */
  cards: readonly CardMeta[];
  /** Seeds the instances of cards that come back within the session. */
  seed: number;
  onExit: () => void;
  /** The time source, ms since the epoch (tests pass a fixed clock). */
  clock?: () => number;
}

export function ReviewSession({
  items,
  instanceFor,
  renderCard,
  cards,
  seed,
  onExit,
  clock = Date.now,
}: ReviewSessionProps) {
  const [session, dispatch] = useReducer(sessionReducer, items, startSession);
  // when the current answer was shown: the rating buttons preview intervals from then
  const [answeredAt, setAnsweredAt] = useState<number>(0);
  // "End session" shows the summary early; an undo from there goes back into the session
  const [ended, setEnded] = useState(false);
  const states = useCardStates();
  const addReview = useProgress((s) => s.addReview);
  const undoReview = useProgress((s) => s.undoReview);
  const rng = useRef(createRng(seed));
  const ratingRef = useRef<HTMLButtonElement>(null);
  const regionRef = useRef<HTMLElement>(null);

  const item = currentItem(session);
  const instance = useMemo(() => (item ? instanceFor(item) : null), [item, instanceFor]);
  const answered = session.phase === 'answered';
  const suggested = session.check ? ratingForGrade(session.check.kind) : null;
  const stateNow = item ? states.get(item.cardId) : undefined;

  const intervals = useMemo(() => {
    if (!item || !answered) return null;
    const preview = previewRatings(stateNow ?? newCardState(answeredAt), answeredAt);
    return {
      1: preview[1].due - answeredAt,
      2: preview[2].due - answeredAt,
      3: preview[3].due - answeredAt,
      4: preview[4].due - answeredAt,
    };
  }, [item, answered, stateNow, answeredAt]);

  const reveal = () => {
    if (!item || answered) return;
    setAnsweredAt(clock());
    dispatch({ type: 'reveal' });
  };

  const onCheck = (check: AnswerCheck) => {
    if (check.kind !== 'not-an-answer') setAnsweredAt(clock());
    dispatch({ type: 'checked', check });
  };

  const rate = (rating: Rating) => {
    if (!item || !answered) return;
    const now = Math.max(clock(), answeredAt);
    const after = schedule(stateNow ?? newCardState(now), rating, now);
    const entryId = `${item.cardId}@${now}`;
    addReview({
      id: entryId,
      cardId: item.cardId,
      rating,
      reviewedAt: now,
      seed: item.seed,
      ...(session.check ? { autoGrade: session.check.kind } : {}),
    });
    const comesBack = after.due - now <= LEARN_AHEAD_MS;
    dispatch({
      type: 'rated',
      entryId,
      rating,
      requeueSeed: comesBack ? rng.current.int(2 ** 31) : null,
    });
  };

  const undo = () => {
    const last = session.rated.at(-1);
    if (!last) return;
    undoReview(last.entryId);
    dispatch({ type: 'undo' });
    setEnded(false);
  };

  useReviewKeys({ reveal, rate, undo }, true);

  // keyboard flow: the answer shown → focus the suggested (or Good) rating; a new card → the card
  const position = session.rated.length;
  useEffect(() => {
    if (answered) {
      ratingRef.current?.focus();
      return;
    }
    const region = regionRef.current;
    // the answer field, the first option, or the card's own "Show answer" button
    const target = region?.querySelector<HTMLElement>(
      '.review__card :is(input:not([type=hidden]), textarea, select, button)',
    );
    (target ?? region?.querySelector<HTMLElement>('.review__card'))?.focus();
  }, [answered, position]);

  if (!item || !instance || ended) {
    return (
      <SessionSummary
        summary={summarize(session.rated)}
        nextDue={nextDueAfter(cards, states, answeredAt)}
        now={answeredAt}
        canUndo={session.rated.length > 0}
        onUndo={undo}
        onRestart={onExit}
      />
    );
  }

  return (
    <section ref={regionRef} className="review__session" aria-labelledby="review-card-title">
      <h2 id="review-card-title" className="review__position">
        Card {position + 1} of {session.total}
        {/* the card shows its title; here it only names the region for screen readers */}
        <span className="review__card-title visually-hidden">: {instance.card.title}</span>
      </h2>
      <div className="review__card" tabIndex={-1}>
        {renderCard({
          instance,
          answered,
          onReveal: reveal,
          onCheck,
        })}
      </div>
      {answered && intervals ? (
        <RatingButtons ref={ratingRef} intervals={intervals} suggested={suggested} onRate={rate} />
      ) : instance.card.type === 'recall' ? null : (
        <div className="review__actions">
          <button type="button" className="button" onClick={reveal}>
            Show the answer without checking
          </button>
        </div>
      )}
      <div className="review__footer">
        <p className="review__keys">
          Keys: <kbd>Space</kbd> shows the answer, <kbd>Enter</kbd> submits, <kbd>1</kbd>–
          <kbd>4</kbd> rate, <kbd>Ctrl</kbd>+<kbd>Z</kbd> undoes the last rating.
        </p>
        <div className="review__actions">
          <button
            type="button"
            className="button button--small"
            onClick={undo}
            disabled={session.rated.length === 0}
          >
            Undo last rating
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => (session.rated.length > 0 ? setEnded(true) : onExit())}
          >
            End session
          </button>
        </div>
      </div>
    </section>
  );
}
