import { forwardRef } from 'react';
import { ratingNames, ratings } from '../scheduler';
import type { Rating } from '../types';
import { formatInterval } from './format';

interface RatingButtonsProps {
  /** When each rating would bring the card back, ms from now. */
  intervals: Record<Rating, number>;
  /** The auto-grader's suggestion (right → Good, wrong → Again); null for recall cards. */
  suggested: Rating | null;
  onRate: (rating: Rating) => void;
}

/** Again / Hard / Good / Easy with the next interval each gives, keys 1–4. */
export const RatingButtons = forwardRef<HTMLButtonElement, RatingButtonsProps>(
  function RatingButtons({ intervals, suggested, onRate }, focusRef) {
    const focused = suggested ?? 3;
    return (
      <div className="rating" role="group" aria-labelledby="rating-label">
        <p id="rating-label" className="rating__label">
          How well did you know it?
          {suggested ? ` Suggested: ${ratingNames[suggested]} (you may choose another).` : null}
        </p>
        <div className="rating__buttons">
          {ratings.map((r) => (
            <button
              key={r}
              ref={r === focused ? focusRef : undefined}
              type="button"
              className={`button rating__button rating__button--${r}${r === suggested ? ' rating__button--suggested' : ''}`}
              aria-keyshortcuts={String(r)}
              onClick={() => onRate(r)}
            >
              <span className="rating__name">{ratingNames[r]}</span>
              <span className="rating__interval">{formatInterval(intervals[r])}</span>
              <kbd aria-hidden="true">{r}</kbd>
            </button>
          ))}
        </div>
      </div>
    );
  },
);
