// Naming the regime a gradient-descent run is in, for status lines like "Diverging: η = 0.1 is
// above the stability limit 2/L ≈ 0.0909".
import { fmt } from './check';

/**
 * - `diverged`: the loss became non-finite, grew past 1e6 × its starting value, or rose on each
 *   of the last 3 updates to end above where it started;
 * - `converged`: the gradient norm fell below 1e-8 × its starting norm (or started at 0);
 * - `oscillating`: successive steps alternate in sign along the latest step's direction while
 *   the loss still falls (η between 1/L and 2/L on a quadratic);
 * - `converging`: anything else — the loss is falling steadily.
 */
export type DescentStatus = 'converged' | 'converging' | 'oscillating' | 'diverged';

interface Point {
  x: readonly number[];
  loss: number;
  grad: readonly number[];
}

const GROWTH_LIMIT = 1e6;
const GRADIENT_TOLERANCE = 1e-8;
/** How many recent updates the trend rules look at. */
const WINDOW = 3;

function gradNorm(g: readonly number[]): number {
  let s = 0;
  for (const v of g) s += v * v;
  return Math.sqrt(s);
}

function step(path: readonly Point[], k: number): number[] {
  const to = path[k] as Point;
  const from = path[k - 1] as Point;
  return to.x.map((v, i) => v - (from.x[i] as number));
}

/** Classifies a descent path (path[0] the start); see DescentStatus for the rules. */
export function classifyRun(path: readonly Point[]): { status: DescentStatus; reason: string } {
  const n = path.length - 1;
  const first = path[0] as Point;
  const last = path[n] as Point;
  if (!Number.isFinite(last.loss)) {
    return {
      status: 'diverged',
      reason: `the loss overflowed to ${String(last.loss)} after ${n} steps`,
    };
  }
  const loss0 = first.loss;
  for (let k = 1; k <= n; k++) {
    const lk = (path[k] as Point).loss;
    if (loss0 !== 0 && Math.abs(lk) > GROWTH_LIMIT * Math.abs(loss0)) {
      return {
        status: 'diverged',
        reason: `the loss grew from ${fmt(loss0)} to ${fmt(lk)} within ${k} steps`,
      };
    }
  }
  const window = Math.min(WINDOW, n);
  let rising = window > 0 && last.loss > loss0;
  for (let k = n - window + 1; k <= n && rising; k++) {
    rising = (path[k] as Point).loss > (path[k - 1] as Point).loss;
  }
  if (rising) {
    return {
      status: 'diverged',
      reason: `the loss rose on each of the last ${window} steps, from ${fmt(loss0)} to ${fmt(last.loss)}`,
    };
  }
  const g0 = gradNorm(first.grad);
  const gn = gradNorm(last.grad);
  if (gn === 0 || gn < GRADIENT_TOLERANCE * g0) {
    return {
      status: 'converged',
      reason: `the gradient norm fell from ${fmt(g0)} to ${fmt(gn)} in ${n} steps`,
    };
  }
  if (n >= 2) {
    const direction = step(path, n);
    const along = (k: number) =>
      step(path, k).reduce((s, v, i) => s + v * (direction[i] as number), 0);
    let alternating = true;
    let falling = true;
    for (let k = Math.max(2, n - WINDOW + 1); k <= n; k++) {
      alternating &&= along(k) * along(k - 1) < 0;
      falling &&= (path[k] as Point).loss <= (path[k - 1] as Point).loss;
    }
    if (alternating && falling) {
      return {
        status: 'oscillating',
        reason: 'each step overshoots the minimum and reverses direction, but the loss still falls',
      };
    }
  }
  const reason =
    n === 0
      ? `no steps taken yet; the loss starts at ${fmt(loss0)}`
      : last.loss < loss0
        ? `the loss fell from ${fmt(loss0)} to ${fmt(last.loss)} in ${n} steps`
        : `the loss has not fallen in ${n} steps (${fmt(loss0)} → ${fmt(last.loss)})`;
  return { status: 'converging', reason };
}
