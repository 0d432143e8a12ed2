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

/** A run recorded in flat typed arrays (what gradientDescentTrace returns, minus the verdict). */
export interface DescentRecord {
  /** Number of parameters n. */
  dimension: number;
  /** Points recorded: the start plus one per update. */
  count: number;
  /** Parameters, point-major: point k's are xs[k·n … k·n + n). */
  xs: Float64Array;
  /** losses[k] is the loss at point k. */
  losses: Float64Array;
  /** Gradients, laid out like xs. */
  grads: Float64Array;
}

const GROWTH_LIMIT = 1e6;
const GRADIENT_TOLERANCE = 1e-8;
/** How many recent updates the trend rules look at. */
const WINDOW = 3;

function gradNorm(t: DescentRecord, k: number): number {
  let s = 0;
  for (let i = k * t.dimension; i < (k + 1) * t.dimension; i++) s += (t.grads[i] as number) ** 2;
  return Math.sqrt(s);
}

/** (x_k − x_{k−1}) · (x_m − x_{m−1}): the sign says whether two steps point the same way. */
function stepDot(t: DescentRecord, k: number, m: number): number {
  const { dimension: n, xs } = t;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const a = (xs[k * n + i] as number) - (xs[(k - 1) * n + i] as number);
    const b = (xs[m * n + i] as number) - (xs[(m - 1) * n + i] as number);
    s += a * b;
  }
  return s;
}

/** Classifies a recorded run (point 0 the start); see DescentStatus for the rules. */
export function classifyRun(t: DescentRecord): { status: DescentStatus; reason: string } {
  const n = t.count - 1;
  const loss = (k: number) => t.losses[k] as number;
  const loss0 = loss(0);
  const last = loss(n);
  if (!Number.isFinite(last)) {
    return {
      status: 'diverged',
      reason: `the loss overflowed to ${String(last)} after ${n} steps`,
    };
  }
  for (let k = 1; k <= n; k++) {
    if (loss0 !== 0 && Math.abs(loss(k)) > GROWTH_LIMIT * Math.abs(loss0)) {
      return {
        status: 'diverged',
        reason: `the loss grew from ${fmt(loss0)} to ${fmt(loss(k))} within ${k} steps`,
      };
    }
  }
  const window = Math.min(WINDOW, n);
  let rising = window > 0 && last > loss0;
  for (let k = n - window + 1; k <= n && rising; k++) rising = loss(k) > loss(k - 1);
  if (rising) {
    return {
      status: 'diverged',
      reason: `the loss rose on each of the last ${window} steps, from ${fmt(loss0)} to ${fmt(last)}`,
    };
  }
  const g0 = gradNorm(t, 0);
  const gn = gradNorm(t, n);
  if (gn === 0 || gn < GRADIENT_TOLERANCE * g0) {
    return {
      status: 'converged',
      reason: `the gradient norm fell from ${fmt(g0)} to ${fmt(gn)} in ${n} steps`,
    };
  }
  if (n >= 2) {
    let alternating = true;
    let falling = true;
    // project every recent step on the latest one: the dominant direction of motion
    for (let k = Math.max(2, n - WINDOW + 1); k <= n; k++) {
      alternating &&= stepDot(t, k, n) * stepDot(t, k - 1, n) < 0;
      falling &&= loss(k) <= loss(k - 1);
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
      : last < loss0
        ? `the loss fell from ${fmt(loss0)} to ${fmt(last)} in ${n} steps`
        : `the loss has not fallen in ${n} steps (${fmt(loss0)} → ${fmt(last)})`;
  return { status: 'converging', reason };
}
