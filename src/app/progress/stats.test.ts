import { describe, expect, it } from 'vitest';
import { replayLog } from '../../cards/scheduler';
import type { CardMeta, ReviewLogEntry } from '../../cards/types';
import { startOfLocalDay } from '../../cards/review/format';
import { addLocalDays, progressStats } from './stats';

const minute = 60_000;
const card = (id: string): CardMeta => ({ id, lesson: 'l', type: 'recall', title: id });
const cards = ['a', 'b', 'c', 'd'].map(card);
const entry = (cardId: string, reviewedAt: number, rating: 1 | 2 | 3 | 4): ReviewLogEntry => ({
  id: `${cardId}@${reviewedAt}`,
  cardId,
  rating,
  reviewedAt,
  seed: 0,
});

describe('progress statistics', () => {
  const today = startOfLocalDay(Date.UTC(2025, 2, 20, 12));
  const now = today + 12 * 60 * minute;
  const daysAgo = (n: number, h = 9) => addLocalDays(today, -n) + h * 60 * minute;
  // a: learned 20 days ago, then remembered at each return; b: learned, then forgotten;
  // c: seen once just now (learning); d: never seen; gone: a card no longer shipped
  const log = [
    entry('a', daysAgo(20), 4),
    entry('a', daysAgo(10), 3),
    entry('b', daysAgo(12), 4),
    entry('b', daysAgo(3), 1),
    entry('c', now - 5 * minute, 3),
    entry('gone', daysAgo(1), 3),
  ];

  const stats = progressStats(cards, log, now);

  it('counts new, learning, learned and due cards among shipped cards', () => {
    const states = replayLog(log);
    expect(states.get('b')?.phase).toBe('relearning');
    expect(stats.counts).toEqual({
      total: 4,
      fresh: 1,
      learning: 2,
      learned: 1,
      due: [...states.entries()].filter(([id, s]) => id !== 'gone' && s.due <= now).length,
    });
  });

  it('counts reviews per local day for the last 30 days, today last', () => {
    expect(stats.reviewsPerDay).toHaveLength(30);
    expect(stats.reviewsPerDay.at(-1)).toEqual({ day: today, count: 1 });
    const byDay = new Map(stats.reviewsPerDay.map((d) => [d.day, d.count]));
    expect(byDay.get(addLocalDays(today, -20))).toBe(1);
    expect(byDay.get(addLocalDays(today, -1))).toBe(1);
    expect(stats.reviewsPerDay.reduce((s, d) => s + d.count, 0)).toBe(6);
  });

  it('forecasts the next 7 days, overdue cards counted today', () => {
    const states = replayLog(log.filter((e) => e.cardId !== 'gone'));
    const horizon = addLocalDays(today, 7);
    const expected = [...states.values()].filter((s) => s.due < horizon).length;
    expect(stats.forecast).toHaveLength(7);
    expect(stats.forecast[0]?.day).toBe(today);
    expect(stats.forecast.reduce((s, d) => s + d.count, 0)).toBe(expected);
    // c is in learning, due within minutes: today
    expect(stats.forecast[0]?.count).toBeGreaterThanOrEqual(1);
  });

  it('measures retention on reviews of learned cards only', () => {
    // a's second review passed, b's second review failed; first reviews test nothing
    expect(stats.retention).toEqual({ tests: 2, passed: 1, rate: 0.5 });
    expect(stats.weeklyRetention).toHaveLength(8);
    expect(stats.weeklyRetention.at(-1)).toMatchObject({ tests: 1, rate: 0 });
    expect(stats.weeklyRetention.filter((w) => w.rate === null)).toHaveLength(6);
  });

  it('with no history, every chart is empty and retention is unknown', () => {
    const empty = progressStats(cards, [], now);
    expect(empty.counts).toEqual({ total: 4, fresh: 4, learning: 0, learned: 0, due: 0 });
    expect(empty.retention.rate).toBeNull();
    expect(empty.forecast.every((d) => d.count === 0)).toBe(true);
  });
});
