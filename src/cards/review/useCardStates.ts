import { useMemo } from 'react';
import { selectReviews, useProgress } from '../../store/progress';
import { replayLog } from '../scheduler';
import type { CardState } from '../scheduler';

/** Every reviewed card's state, replayed from the stored log (recomputed when the log changes). */
export function useCardStates(): ReadonlyMap<string, CardState> {
  const reviews = useProgress(selectReviews);
  return useMemo(() => replayLog(reviews), [reviews]);
}
