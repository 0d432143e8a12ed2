import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  newCardState,
  previewRatings,
  ratingForGrade,
  replayLog,
  retrievability,
  schedule,
} from './scheduler';
import type { Rating, ReviewLogEntry } from './types';

const t0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const minute = 60_000;
const day = 24 * 60 * minute;

function entry(cardId: string, rating: Rating, reviewedAt: number): ReviewLogEntry {
  return { id: `${cardId}@${reviewedAt}`, cardId, rating, reviewedAt, seed: 0 };
}

const ratingArb = fc.constantFrom<Rating>(1, 2, 3, 4);
// a card's reviews: each one some minutes to some weeks after the previous
const historyArb = fc.array(fc.tuple(ratingArb, fc.integer({ min: 1, max: 40_000 })), {
  minLength: 1,
  maxLength: 12,
});

function logFrom(cardId: string, history: [Rating, number][]): ReviewLogEntry[] {
  let at = t0;
  return history.map(([rating, gapMinutes]) => {
    at += gapMinutes * minute;
    return entry(cardId, rating, at);
  });
}

describe('scheduler adapter', () => {
  it('a new card is due at the time given, in phase new', () => {
    const state = newCardState(t0);
    expect(state).toMatchObject({ phase: 'new', due: t0, reps: 0, lastReview: null });
    expect(retrievability(state, t0 + day)).toBe(0);
  });

  it('a card state survives a JSON round-trip and schedules identically after it', () => {
    fc.assert(
      fc.property(historyArb, ratingArb, (history, next) => {
        const state = replayLog(logFrom('c', history)).get('c')!;
        const copy = JSON.parse(JSON.stringify(state)) as typeof state;
        expect(copy).toEqual(state);
        const later = (state.lastReview ?? t0) + 3 * day;
        expect(schedule(copy, next, later)).toEqual(schedule(state, next, later));
      }),
    );
  });

  it('replaying the log rebuilds the state exactly, whatever order the log is stored in', () => {
    fc.assert(
      fc.property(historyArb, historyArb, (a, b) => {
        const log = [...logFrom('a', a), ...logFrom('b', b)];
        let stepwise = newCardState(log[0]!.reviewedAt);
        for (const e of log.filter((x) => x.cardId === 'a')) {
          stepwise = schedule(stepwise, e.rating, e.reviewedAt);
        }
        const replayed = replayLog([...log].reverse());
        expect(replayed.get('a')).toEqual(stepwise);
        // a merge that brings the same entries twice changes nothing
        expect(replayLog([...log, ...log])).toEqual(replayLog(log));
      }),
    );
  });

  it('due dates advance with Good', () => {
    let state = newCardState(t0);
    let now = t0;
    const dues: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      state = schedule(state, 3, now);
      dues.push(state.due);
      now = state.due;
    }
    for (let i = 1; i < dues.length; i += 1) {
      expect(dues[i]! - (dues[i - 1] ?? 0)).toBeGreaterThan(0);
    }
    // once graduated, each interval is longer than the one before
    const gaps = dues.slice(1).map((d, i) => d - dues[i]!);
    expect(gaps.at(-1)!).toBeGreaterThan(gaps.at(-2)!);
    expect(state.phase).toBe('review');
  });

  it('the four ratings preview increasing intervals for a reviewed card', () => {
    const reviewed = replayLog([entry('c', 3, t0), entry('c', 3, t0 + 10 * minute)]).get('c')!;
    const now = reviewed.due;
    const preview = previewRatings(reviewed, now);
    expect(preview[1].due).toBeLessThan(preview[2].due);
    expect(preview[2].due).toBeLessThan(preview[3].due);
    expect(preview[3].due).toBeLessThan(preview[4].due);
  });

  it('undo (replay without the last entry) restores the previous state exactly', () => {
    fc.assert(
      fc.property(historyArb, ratingArb, (history, last) => {
        const log = logFrom('c', history);
        const before = replayLog(log);
        const extra = entry('c', last, log.at(-1)!.reviewedAt + day);
        const full = [extra, ...log];
        expect(replayLog(full).get('c')).not.toEqual(before.get('c'));
        // the store undoes by dropping the entry's id from the log
        const undone = replayLog(full.filter((e) => e.id !== extra.id));
        expect(undone).toEqual(before);
      }),
    );
  });

  it('maps auto-grades onto ratings: right → Good, wrong → Again', () => {
    expect(ratingForGrade('right')).toBe(3);
    expect(ratingForGrade('wrong')).toBe(1);
  });

  it('Again lapses a review card and keeps it due soon', () => {
    let state = newCardState(t0);
    state = schedule(state, 3, t0);
    state = schedule(state, 3, t0 + 10 * minute);
    expect(state.phase).toBe('review');
    const lapsed = schedule(state, 1, state.due);
    expect(lapsed.phase).toBe('relearning');
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - state.due).toBeLessThanOrEqual(10 * minute);
  });
});
