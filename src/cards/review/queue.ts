// Which cards a review session shows: the reviewed cards that are due (most overdue first), then
// never-seen cards up to what is left of today's new-card limit. Pure: time is passed in.
import type { CardState } from '../scheduler';
import type { CardMeta, ReviewLogEntry } from '../types';

export interface QueueInput {
  /** Every card in the guide, in catalog (lesson) order. */
  cards: readonly CardMeta[];
  /** States replayed from the log; a card without one has never been reviewed. */
  states: ReadonlyMap<string, CardState>;
  log: readonly ReviewLogEntry[];
  now: number;
  /** Start of the reader's local day, ms since the epoch: the new-card limit is per day. */
  dayStart: number;
  newCardsPerDay: number;
  /** Only this lesson's cards; null for all lessons. */
  lesson: string | null;
}

export interface ReviewQueue {
  due: CardMeta[];
  fresh: CardMeta[];
  /** New cards that today's limit still allows (across all lessons). */
  newLeftToday: number;
  /** Never-reviewed cards in the filter, whether or not today's limit lets them in. */
  unseen: number;
}

/** Cards whose first review happened at or after `dayStart`. */
export function newCardsIntroducedSince(log: readonly ReviewLogEntry[], dayStart: number): number {
  const first = new Map<string, number>();
  for (const e of log) {
    const seen = first.get(e.cardId);
    if (seen === undefined || e.reviewedAt < seen) first.set(e.cardId, e.reviewedAt);
  }
  let count = 0;
  for (const at of first.values()) if (at >= dayStart) count += 1;
  return count;
}

export function buildQueue(input: QueueInput): ReviewQueue {
  const inFilter = input.cards.filter((c) => input.lesson === null || c.lesson === input.lesson);
  const due = inFilter
    .filter((c) => {
      const state = input.states.get(c.id);
      return state !== undefined && state.due <= input.now;
    })
    .sort((a, b) => (input.states.get(a.id)?.due ?? 0) - (input.states.get(b.id)?.due ?? 0));
  const newLeftToday = Math.max(
    0,
    input.newCardsPerDay - newCardsIntroducedSince(input.log, input.dayStart),
  );
  const unseenCards = inFilter.filter((c) => !input.states.has(c.id));
  return {
    due,
    fresh: unseenCards.slice(0, newLeftToday),
    newLeftToday,
    unseen: unseenCards.length,
  };
}

/** The earliest time after `now` at which one of these cards falls due; null if none will. */
export function nextDueAfter(
  cards: readonly CardMeta[],
  states: ReadonlyMap<string, CardState>,
  now: number,
): number | null {
  let next: number | null = null;
  for (const card of cards) {
    const state = states.get(card.id);
    if (state && state.due > now && (next === null || state.due < next)) next = state.due;
  }
  return next;
}

/** How many reviewed cards are due at `now` (the header badge; no catalog needed). */
export function countDue(states: ReadonlyMap<string, CardState>, now: number): number {
  let count = 0;
  for (const state of states.values()) if (state.due <= now) count += 1;
  return count;
}
