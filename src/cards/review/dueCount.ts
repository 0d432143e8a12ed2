// Loaded lazily by the header badge: the card index and the scheduler stay out of the first load.
import { cardIndex } from '../cardIndex';
import { replayLog } from '../scheduler';
import type { ReviewLogEntry } from '../types';
import { countDue } from './queue';

const shipped = new Set(cardIndex.map((c) => c.id));

/** Reviewed cards that are due at `now` (cards no longer shipped are left out). */
export function dueCount(reviews: readonly ReviewLogEntry[], now: number): number {
  const states = replayLog(reviews.filter((e) => shipped.has(e.cardId)));
  return countDue(states, now);
}
