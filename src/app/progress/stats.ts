// The numbers on /progress, computed from the review log and the card index. Pure: `now` and
// the start of the reader's day come in, so tests fix them.
import { rollup } from 'd3-array';
import { replaySteps } from '../../cards/scheduler';
import type { CardState, ReplayStep } from '../../cards/scheduler';
import type { CardMeta, ReviewLogEntry } from '../../cards/types';
import { startOfLocalDay } from '../../cards/review/format';

export interface CardCounts {
  total: number;
  /** Never reviewed. */
  fresh: number;
  /** In (re)learning steps: minutes-to-hours intervals. */
  learning: number;
  /** Graduated to day-scale intervals. */
  learned: number;
  /** Reviewed cards due now. */
  due: number;
}

export interface DayCount {
  /** Start of the local day, ms since the epoch. */
  day: number;
  count: number;
}

export interface Retention {
  /** Reviews of graduated cards in the window (the ones that test memory). */
  tests: number;
  /** Of those, how many were not rated Again. */
  passed: number;
  /** passed / tests; null when there were no tests. */
  rate: number | null;
}

export interface ProgressStats {
  counts: CardCounts;
  reviewsPerDay: DayCount[];
  forecast: DayCount[];
  retention: Retention;
  weeklyRetention: { week: number; rate: number | null; tests: number }[];
}

/** Adds `days` calendar days in local time (DST-safe, unlike adding 24-hour steps). */
export function addLocalDays(dayStart: number, days: number): number {
  const d = new Date(dayStart);
  d.setDate(d.getDate() + days);
  return d.getTime();
}

function countCards(
  cards: readonly CardMeta[],
  states: ReadonlyMap<string, CardState>,
  now: number,
) {
  const counts: CardCounts = { total: cards.length, fresh: 0, learning: 0, learned: 0, due: 0 };
  for (const card of cards) {
    const state = states.get(card.id);
    if (!state) {
      counts.fresh += 1;
      continue;
    }
    if (state.phase === 'review') counts.learned += 1;
    else counts.learning += 1;
    if (state.due <= now) counts.due += 1;
  }
  return counts;
}

function retentionOf(steps: readonly ReplayStep[]): Retention {
  const tests = steps.filter((s) => s.before.phase === 'review');
  const passed = tests.filter((s) => s.entry.rating > 1).length;
  return { tests: tests.length, passed, rate: tests.length ? passed / tests.length : null };
}

/** Everything /progress shows. `days` of history, a 7-day forecast, 8 weeks of retention. */
export function progressStats(
  cards: readonly CardMeta[],
  log: readonly ReviewLogEntry[],
  now: number,
  days = 30,
): ProgressStats {
  const shipped = new Set(cards.map((c) => c.id));
  const steps = replaySteps(log.filter((e) => shipped.has(e.cardId)));
  const states = new Map<string, CardState>();
  for (const step of steps) states.set(step.entry.cardId, step.after);

  const today = startOfLocalDay(now);
  const perDay = rollup(
    log,
    (entries) => entries.length,
    (e) => startOfLocalDay(e.reviewedAt),
  );
  const reviewsPerDay = Array.from({ length: days }, (_, i) => {
    const day = addLocalDays(today, i - days + 1);
    return { day, count: perDay.get(day) ?? 0 };
  });

  const forecast = Array.from({ length: 7 }, (_, i) => ({ day: addLocalDays(today, i), count: 0 }));
  const horizon = addLocalDays(today, 7);
  for (const state of states.values()) {
    if (state.due >= horizon) continue;
    // overdue cards count for today: that is when they will be reviewed
    const index = state.due <= now ? 0 : forecast.findLastIndex((f) => f.day <= state.due);
    const slot = forecast[Math.max(0, index)];
    if (slot) slot.count += 1;
  }

  const windowStart = addLocalDays(today, -days + 1);
  const weeklyRetention = Array.from({ length: 8 }, (_, i) => {
    const week = addLocalDays(today, (i - 7) * 7 - 6);
    const end = addLocalDays(week, 7);
    const r = retentionOf(
      steps.filter((s) => s.entry.reviewedAt >= week && s.entry.reviewedAt < end),
    );
    return { week, rate: r.rate, tests: r.tests };
  });

  return {
    counts: countCards(cards, states, now),
    reviewsPerDay,
    forecast,
    retention: retentionOf(steps.filter((s) => s.entry.reviewedAt >= windowStart)),
    weeklyRetention,
  };
}
