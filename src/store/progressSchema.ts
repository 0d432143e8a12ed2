// What the progress store keeps, every earlier shape of it, and the one path from stored or
// imported text to a valid current state: parse JSON → check the envelope → migrate → validate.
// Storage, other tabs' writes and imported files all go through `decodeProgress`.
import * as z from 'zod/mini';
import type { Rating, ReviewLogEntry } from '../cards/types';

export const PROGRESS_VERSION = 2;

/** The durable part of the progress store (what is saved, exported and imported). */
export interface ProgressData {
  /** Every review, sorted by time then id. The source of truth for card states. */
  reviews: ReviewLogEntry[];
  /** Ids of undone reviews: remembered so another tab or an import cannot bring them back. */
  removed: string[];
  /** Slugs of lessons read to the end (or for some minutes), sorted. */
  lessonsRead: string[];
  /** How many never-seen cards a day's review may introduce. */
  newCardsPerDay: number;
}

export const DEFAULT_NEW_CARDS_PER_DAY = 10;
export const MAX_NEW_CARDS_PER_DAY = 100;

export const emptyProgress = (): ProgressData => ({
  reviews: [],
  removed: [],
  lessonsRead: [],
  newCardsPerDay: DEFAULT_NEW_CARDS_PER_DAY,
});

const id = z.string().check(z.minLength(1, 'must not be empty'), z.maxLength(200, 'is too long'));
const time = z
  .number()
  .check(z.int('must be a whole number of milliseconds'), z.gte(0, 'is negative'));

const reviewEntry = z.object({
  id,
  cardId: id,
  rating: z.literal([1, 2, 3, 4], { error: 'must be 1, 2, 3 or 4 (Again, Hard, Good, Easy)' }),
  reviewedAt: time,
  seed: z.number().check(z.int('must be a whole number')),
  autoGrade: z.optional(z.enum(['right', 'wrong'], { error: 'must be "right" or "wrong"' })),
});

const progressV2 = z.object({
  reviews: z.array(reviewEntry, { error: 'must be a list of reviews' }),
  removed: z.array(id, { error: 'must be a list of review ids' }),
  lessonsRead: z.array(id, { error: 'must be a list of lesson slugs' }),
  newCardsPerDay: z
    .number({ error: 'must be a number' })
    .check(
      z.int('must be a whole number'),
      z.gte(0, 'must be at least 0'),
      z.lte(MAX_NEW_CARDS_PER_DAY, `must be at most ${MAX_NEW_CARDS_PER_DAY}`),
    ),
});

/** Version 1 (the first release): ISO times, named grades, no seeds, no undo. */
const progressV1 = z.object({
  log: z.array(
    z.object({
      card: id,
      grade: z.enum(['again', 'hard', 'good', 'easy']),
      at: z.iso.datetime(),
    }),
  ),
  readLessons: z.array(id),
  dailyNew: z.number().check(z.int(), z.gte(0)),
});

const envelope = z.object(
  {
    version: z.number({ error: 'is missing: this is not a saved progress file' }).check(z.int()),
    state: z.unknown(),
  },
  { error: 'this is not a saved progress file (expected an object with "version" and "state")' },
);

const gradeRatings: Record<'again' | 'hard' | 'good' | 'easy', Rating> = {
  again: 1,
  hard: 2,
  good: 3,
  easy: 4,
};

/** Says exactly where a value is wrong, e.g. `reviews[3].rating must be 1, 2, 3 or 4 (…)`. */
export function describeIssues(error: z.core.$ZodError, limit = 3): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path
      .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i ? '.' : ''}${String(part)}`))
      .join('');
    return where ? `${where} ${issue.message}` : issue.message;
  });
  const more = error.issues.length > limit ? ` (and ${error.issues.length - limit} more)` : '';
  return lines.join('; ') + more;
}

export class ProgressMigrationError extends Error {}

/** Brings any earlier version's state to the current shape. Throws for versions it cannot read. */
export function migrateProgress(state: unknown, version: number): unknown {
  switch (version) {
    case 1: {
      const parsed = progressV1.safeParse(state);
      if (!parsed.success) {
        throw new ProgressMigrationError(
          `version 1 data is damaged: ${describeIssues(parsed.error)}`,
        );
      }
      const v1 = parsed.data;
      return migrateProgress(
        {
          reviews: v1.log.map((e) => {
            const reviewedAt = Date.parse(e.at);
            return {
              id: `${e.card}@${reviewedAt}`,
              cardId: e.card,
              rating: gradeRatings[e.grade],
              reviewedAt,
              seed: 0,
            };
          }),
          removed: [],
          lessonsRead: v1.readLessons,
          newCardsPerDay: Math.min(v1.dailyNew, MAX_NEW_CARDS_PER_DAY),
        },
        2,
      );
    }
    case PROGRESS_VERSION:
      return state;
    default:
      throw new ProgressMigrationError(
        version > PROGRESS_VERSION
          ? `it was saved by a newer version of the guide (format ${version}; this one reads up to ${PROGRESS_VERSION})`
          : `format version ${version} is unknown`,
      );
  }
}

/** Fixed key order and sorting, so equal data always serialises to the same text. */
export function normalizeProgress(data: ProgressData): ProgressData {
  const reviews = data.reviews
    .map((e) => ({
      id: e.id,
      cardId: e.cardId,
      rating: e.rating,
      reviewedAt: e.reviewedAt,
      seed: e.seed,
      ...(e.autoGrade ? { autoGrade: e.autoGrade } : {}),
    }))
    .sort((a, b) => a.reviewedAt - b.reviewedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    reviews,
    removed: [...new Set(data.removed)].sort(),
    lessonsRead: [...new Set(data.lessonsRead)].sort(),
    newCardsPerDay: data.newCardsPerDay,
  };
}

export function validateProgress(
  state: unknown,
): { success: true; data: ProgressData } | { success: false; error: z.core.$ZodError } {
  return progressV2.safeParse(state);
}

export type DecodeFailure = 'corrupt' | 'invalid' | 'migration';

export type DecodeResult =
  | { ok: true; data: ProgressData; fromVersion: number }
  | { ok: false; failure: DecodeFailure; message: string };

/** Stored or imported text → current, valid, normalised progress, or exactly what is wrong. */
export function decodeProgress(text: string): DecodeResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: 'corrupt', message: `it is not valid JSON (${detail})` };
  }
  const outer = envelope.safeParse(json);
  if (!outer.success) {
    return { ok: false, failure: 'invalid', message: describeIssues(outer.error) };
  }
  let migrated: unknown;
  try {
    migrated = migrateProgress(outer.data.state, outer.data.version);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: 'migration', message: detail };
  }
  const valid = validateProgress(migrated);
  if (!valid.success) {
    return { ok: false, failure: 'invalid', message: describeIssues(valid.error) };
  }
  return { ok: true, data: normalizeProgress(valid.data), fromVersion: outer.data.version };
}
