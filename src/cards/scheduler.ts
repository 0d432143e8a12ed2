// The one module that knows ts-fsrs (its v6 changes the API, so nothing else may import it).
// Card states are plain JSON (times as milliseconds) and always derived by replaying the review
// log: the log is the source of truth, so merging two tabs' logs by id and replaying is exact,
// and undoing a rating is replaying without it. Time is always passed in, never read here.
import { Rating as FsrsRating, State, createEmptyCard, fsrs, generatorParameters } from 'ts-fsrs';
import type { Card, Grade } from 'ts-fsrs';
import type { Rating, ReviewLogEntry } from './types';

export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

/** One card's memory state, JSON-safe. Mirrors ts-fsrs's Card field for field. */
export interface CardState {
  phase: CardPhase;
  /** When the card is next due, ms since the epoch. */
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** The last review, ms since the epoch; null for a card never reviewed. */
  lastReview: number | null;
}

export const ratings: readonly Rating[] = [1, 2, 3, 4];

export const ratingNames: Record<Rating, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

const phases: Record<State, CardPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
};

const states: Record<CardPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

// no fuzz: the same log must always replay to the same dates (tabs, imports, tests)
const scheduler = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: true }));

function fromCard(card: Card): CardState {
  return {
    phase: phases[card.state],
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    // deprecated in ts-fsrs 5 (gone in 6) but still part of its Card: kept for exact round-trips
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

function toCard(state: CardState): Card {
  return {
    state: states[state.phase],
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    ...(state.lastReview === null ? {} : { last_review: new Date(state.lastReview) }),
  };
}

// our Rating and ts-fsrs's Grade share the numbers 1–4 (Again, Hard, Good, Easy)
const grades: Record<Rating, Grade> = {
  1: FsrsRating.Again,
  2: FsrsRating.Hard,
  3: FsrsRating.Good,
  4: FsrsRating.Easy,
};

/** A card nobody has reviewed yet, due at `now`. */
export function newCardState(now: number): CardState {
  return fromCard(createEmptyCard(now));
}

/** The state after rating the card at `now`. */
export function schedule(state: CardState, rating: Rating, now: number): CardState {
  return fromCard(scheduler.next(toCard(state), now, grades[rating]).card);
}

/** What each rating would do, for the "next interval" shown on the rating buttons. */
export function previewRatings(state: CardState, now: number): Record<Rating, CardState> {
  return {
    1: schedule(state, 1, now),
    2: schedule(state, 2, now),
    3: schedule(state, 3, now),
    4: schedule(state, 4, now),
  };
}

/** Probability (0–1) of recalling the card at `now`; 0 for a card never reviewed. */
export function retrievability(state: CardState, now: number): number {
  return scheduler.get_retrievability(toCard(state), now, false);
}

/** Auto-graded cards: right → Good, wrong → Again (the learner may override). */
export function ratingForGrade(grade: 'right' | 'wrong'): Rating {
  return grade === 'right' ? 3 : 1;
}

/** Log order: by time, ties by id, so every tab replays the same sequence. */
export function compareEntries(a: ReviewLogEntry, b: ReviewLogEntry): number {
  if (a.reviewedAt !== b.reviewedAt) return a.reviewedAt - b.reviewedAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface ReplayStep {
  entry: ReviewLogEntry;
  /** The card's state just before this review (phase 'new' for its first review). */
  before: CardState;
  after: CardState;
}

/** Replays the log in order (duplicates by id ignored), yielding each review's before and after. */
export function replaySteps(log: readonly ReviewLogEntry[]): ReplayStep[] {
  const seen = new Set<string>();
  const current = new Map<string, CardState>();
  const steps: ReplayStep[] = [];
  for (const entry of [...log].sort(compareEntries)) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    const before = current.get(entry.cardId) ?? newCardState(entry.reviewedAt);
    const after = schedule(before, entry.rating, entry.reviewedAt);
    current.set(entry.cardId, after);
    steps.push({ entry, before, after });
  }
  return steps;
}

/** Rebuilds every reviewed card's state from the log (any order; duplicates by id ignored). */
export function replayLog(log: readonly ReviewLogEntry[]): Map<string, CardState> {
  const result = new Map<string, CardState>();
  for (const step of replaySteps(log)) result.set(step.entry.cardId, step.after);
  return result;
}
