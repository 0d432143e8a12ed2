import { describe, expect, it } from 'vitest';
import { replayLog } from '../scheduler';
import type { CardMeta, ReviewLogEntry } from '../types';
import { buildQueue, countDue, newCardsIntroducedSince, nextDueAfter } from './queue';
import { currentItem, sessionReducer, startSession, summarize } from './session';

const hour = 3_600_000;
const dayStart = Date.UTC(2025, 0, 6);
const card = (id: string, lesson = 'vectors'): CardMeta => ({
  id,
  lesson,
  type: 'recall',
  title: id,
});
const cards = [card('v1'), card('v2'), card('v3'), card('s1', 'softmax'), card('s2', 'softmax')];
const entry = (cardId: string, reviewedAt: number, rating: 1 | 2 | 3 | 4 = 3): ReviewLogEntry => ({
  id: `${cardId}@${reviewedAt}`,
  cardId,
  rating,
  reviewedAt,
  seed: 1,
});

describe('review queue', () => {
  // v1 reviewed yesterday (due today), s1 reviewed just now (learning, due in minutes)
  const log = [entry('v1', dayStart - 20 * hour), entry('s1', dayStart + hour)];
  const states = replayLog(log);
  const now = dayStart + 2 * hour;

  it('puts due cards first, then new cards up to what is left of the daily limit', () => {
    const queue = buildQueue({
      cards,
      states,
      log,
      now,
      dayStart,
      newCardsPerDay: 2,
      lesson: null,
    });
    expect(queue.due.map((c) => c.id)).toEqual(['v1', 's1']);
    // s1 was introduced today, so one new card is left of the 2
    expect(queue.newLeftToday).toBe(1);
    expect(queue.fresh.map((c) => c.id)).toEqual(['v2']);
    expect(queue.unseen).toBe(3);
    expect(newCardsIntroducedSince(log, dayStart)).toBe(1);
  });

  it('filters by lesson', () => {
    const queue = buildQueue({
      cards,
      states,
      log,
      now,
      dayStart,
      newCardsPerDay: 10,
      lesson: 'softmax',
    });
    expect(queue.due.map((c) => c.id)).toEqual(['s1']);
    expect(queue.fresh.map((c) => c.id)).toEqual(['s2']);
  });

  it('knows when the next card falls due and how many are due now', () => {
    const reviewedNow = replayLog([...log, entry('v1', now, 4)]);
    expect(countDue(reviewedNow, now)).toBe(1);
    const next = nextDueAfter(cards, reviewedNow, now);
    expect(next).toBe(reviewedNow.get('v1')!.due);
    expect(nextDueAfter([], reviewedNow, now)).toBeNull();
  });
});

describe('session reducer', () => {
  const items = [
    { cardId: 'a', seed: 1 },
    { cardId: 'b', seed: 2 },
  ];

  it('reveals, rates, brings learning cards back, and summarises', () => {
    let s = startSession(items);
    // rating before the answer is shown does nothing
    s = sessionReducer(s, { type: 'rated', entryId: 'x', rating: 3, requeueSeed: null });
    expect(s.rated).toHaveLength(0);
    s = sessionReducer(s, { type: 'reveal' });
    s = sessionReducer(s, { type: 'rated', entryId: 'a@1', rating: 1, requeueSeed: 9 });
    expect(s.queue).toEqual([
      { cardId: 'b', seed: 2 },
      { cardId: 'a', seed: 9 },
    ]);
    expect(s.total).toBe(3);
    s = sessionReducer(s, { type: 'checked', check: { kind: 'not-an-answer', message: 'empty' } });
    expect(s.phase).toBe('asking');
    s = sessionReducer(s, { type: 'checked', check: { kind: 'wrong', message: 'no' } });
    s = sessionReducer(s, { type: 'rated', entryId: 'b@2', rating: 2, requeueSeed: null });
    s = sessionReducer(s, { type: 'reveal' });
    s = sessionReducer(s, { type: 'rated', entryId: 'a@3', rating: 3, requeueSeed: null });
    expect(currentItem(s)).toBeNull();
    expect(summarize(s.rated)).toEqual({
      reviews: 3,
      cards: 2,
      byRating: { 1: 1, 2: 1, 3: 1, 4: 0 },
      right: 0,
      wrong: 1,
    });
  });

  it('undo puts the same instance back and removes the copy it queued', () => {
    let s = startSession(items);
    s = sessionReducer(s, { type: 'reveal' });
    s = sessionReducer(s, { type: 'rated', entryId: 'a@1', rating: 1, requeueSeed: 9 });
    const afterFirst = s;
    s = sessionReducer(s, { type: 'checked', check: { kind: 'right', message: 'yes' } });
    s = sessionReducer(s, { type: 'rated', entryId: 'b@2', rating: 3, requeueSeed: null });
    expect(s.rated.at(-1)?.autoGrade).toBe('right');
    s = sessionReducer(s, { type: 'undo' });
    expect(s.queue).toEqual(afterFirst.queue);
    expect(s.phase).toBe('asking');
    s = sessionReducer(s, { type: 'undo' });
    expect(s).toEqual(startSession(items));
    expect(sessionReducer(s, { type: 'undo' })).toBe(s);
  });
});
