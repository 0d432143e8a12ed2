// One review session as a reducer: a queue of (card, seed) items, the current item's phase, and
// what was rated (for the summary and for undo). The review log itself lives in the progress
// store; this only decides what to show next. Pure: times and seeds come in with the actions.
import type { AnswerCheck, Rating } from '../types';

/** Cards that fall due again within this long are shown again before the session ends. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface SessionItem {
  cardId: string;
  /** The generated instance's seed; stored with the review so it can be shown again exactly. */
  seed: number;
}

export interface RatedItem {
  item: SessionItem;
  entryId: string;
  rating: Rating;
  autoGrade?: 'right' | 'wrong';
  /** Whether the card went back into this session's queue (learning steps). */
  requeued: boolean;
}

export interface SessionState {
  queue: SessionItem[];
  /** 'asking': prompt shown; 'answered': answer revealed (recall) or checked (auto-graded). */
  phase: 'asking' | 'answered';
  /** The last auto-grade of the current item, if it is auto-graded. */
  check: Extract<AnswerCheck, { kind: 'right' | 'wrong' }> | null;
  rated: RatedItem[];
  /** Items the session holds in all, for "card 3 of 12" (grows when a card comes back). */
  total: number;
}

export type SessionAction =
  | { type: 'reveal' }
  | { type: 'checked'; check: AnswerCheck }
  | { type: 'rated'; entryId: string; rating: Rating; requeueSeed: number | null }
  | { type: 'undo' };

export function startSession(items: readonly SessionItem[]): SessionState {
  return { queue: [...items], phase: 'asking', check: null, rated: [], total: items.length };
}

export function currentItem(state: SessionState): SessionItem | null {
  return state.queue[0] ?? null;
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'reveal':
      return state.queue.length > 0 ? { ...state, phase: 'answered' } : state;
    case 'checked':
      // "not an answer" (empty, unparsable) leaves the question open
      if (action.check.kind === 'not-an-answer' || state.phase === 'answered') return state;
      return { ...state, phase: 'answered', check: action.check };
    case 'rated': {
      const [item, ...rest] = state.queue;
      if (!item || state.phase !== 'answered') return state;
      const requeued = action.requeueSeed !== null;
      const queue = requeued
        ? [...rest, { cardId: item.cardId, seed: action.requeueSeed ?? item.seed }]
        : rest;
      const rated: RatedItem = {
        item,
        entryId: action.entryId,
        rating: action.rating,
        ...(state.check ? { autoGrade: state.check.kind } : {}),
        requeued,
      };
      return {
        queue,
        phase: 'asking',
        check: null,
        rated: [...state.rated, rated],
        total: state.total + (requeued ? 1 : 0),
      };
    }
    case 'undo': {
      const last = state.rated.at(-1);
      if (!last) return state;
      let queue = state.queue;
      if (last.requeued) {
        // undo is last-in first-out, so the copy this rating appended is the last one in the queue
        const index = queue.findLastIndex((q) => q.cardId === last.item.cardId);
        if (index >= 0) queue = queue.filter((_, i) => i !== index);
      }
      return {
        queue: [last.item, ...queue],
        phase: 'asking',
        check: null,
        rated: state.rated.slice(0, -1),
        total: state.total - (last.requeued ? 1 : 0),
      };
    }
  }
}

export interface SessionSummary {
  reviews: number;
  cards: number;
  byRating: Record<Rating, number>;
  right: number;
  wrong: number;
}

export function summarize(rated: readonly RatedItem[]): SessionSummary {
  const byRating: Record<Rating, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  for (const r of rated) byRating[r.rating] += 1;
  return {
    reviews: rated.length,
    cards: new Set(rated.map((r) => r.item.cardId)).size,
    byRating,
    right: rated.filter((r) => r.autoGrade === 'right').length,
    wrong: rated.filter((r) => r.autoGrade === 'wrong').length,
  };
}
