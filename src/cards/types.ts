// The contract between card content (content/cards, src/cards/generators, answer checking) and
// the review machinery (src/store/progress.ts, src/cards/scheduler.ts, /review, /progress).
// Both sides code against these types; change them only together.
import type { ReactNode } from 'react';

export type CardType = 'recall' | 'choice' | 'numeric' | 'generated';

/** Static description of one card, from content/cards (validated by zod at build time). */
export interface CardMeta {
  /** Stable forever: progress is keyed by it. Convention: `<lesson-slug>/<short-name>`. */
  id: string;
  /** The lesson slug this card belongs to. */
  lesson: string;
  type: CardType;
  /** Short plain-text title for lists, search and the progress page. */
  title: string;
}

/** What a card shows for one attempt. Generated cards depend on `seed`; others ignore it. */
export interface CardInstance {
  card: CardMeta;
  seed: number;
  /** The question, math already rendered (build time for authored cards). */
  prompt: ReactNode;
  /** The answer with its explanation, shown after reveal or submit. */
  answer: ReactNode;
  /** For `choice`: the options in display order and the index of the right one. */
  choices?: { options: ReactNode[]; correct: number };
  /** For `numeric` and `generated`: the expected value and the accepted absolute tolerance. */
  numeric?: { expected: number; tolerance: number; unit?: string };
}

/** FSRS ratings as the learner sees them: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Rating = 1 | 2 | 3 | 4;

/** The outcome of checking a typed or chosen answer. */
export type AnswerCheck =
  | { kind: 'not-an-answer'; message: string }
  | { kind: 'right'; message: string }
  | { kind: 'wrong'; message: string; mistake?: string };

/** One review, as stored (the log is the source of truth; card states are rebuilt from it). */
export interface ReviewLogEntry {
  /** Unique id (e.g. `${cardId}@${reviewedAt}` or a seeded random id). Merges are by id. */
  id: string;
  cardId: string;
  rating: Rating;
  /** Milliseconds since the epoch, passed in by the caller (never read inside logic). */
  reviewedAt: number;
  /** The seed of the generated instance that was shown, so it can be shown again exactly. */
  seed: number;
  /** Whether the auto-grader said right/wrong, when the card is auto-graded. */
  autoGrade?: 'right' | 'wrong';
}
