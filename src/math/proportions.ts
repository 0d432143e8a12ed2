// Comparing two success rates (e.g. the accuracies of two models): the interval of their
// difference, the paired McNemar test, and drawing a binomial count for simulations.
import { checkInteger } from './check';
import { normalQuantile } from './distributions';
import { MathInputError } from './errors';
import { binomialTail } from './inference';
import type { Rng } from './random';
import { erfc } from './special';

/**
 * Wald interval for the difference of two proportions p̂₂ − p̂₁ with the unpooled standard error
 * √(p̂₁(1 − p̂₁)/n₁ + p̂₂(1 − p̂₂)/n₂): e.g. 850/1000 vs 870/1000 → 0.02 ± 0.0304 at 95%.
 * Differences are in the proportions' units (0.02 = 2 percentage points).
 */
export function proportionDifferenceInterval(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
  confidence = 0.95,
): { difference: number; standardError: number; interval: [number, number] } {
  const fn = 'proportionDifferenceInterval';
  checkInteger(fn, 'n1', n1, 1);
  checkInteger(fn, 'n2', n2, 1);
  checkInteger(fn, 'k1 (successes out of n1)', k1, 0, n1);
  checkInteger(fn, 'k2 (successes out of n2)', k2, 0, n2);
  if (!(confidence > 0 && confidence < 1)) {
    throw new MathInputError(
      `${fn}: confidence must be in (0, 1), e.g. 0.95 for 95%, got ${String(confidence)}`,
    );
  }
  const p1 = k1 / n1;
  const p2 = k2 / n2;
  const standardError = Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  const half = normalQuantile((1 + confidence) / 2) * standardError;
  const difference = p2 - p1;
  return { difference, standardError, interval: [difference - half, difference + half] };
}

/**
 * McNemar's test for two models scored on the same items, using only the items they disagree
 * on: b = items A gets right and B gets wrong, c = the reverse. z = (c − b)/√(b + c) (no
 * continuity correction; z² is the usual χ² statistic with 1 degree of freedom) and the
 * two-sided p-value erfc(|z|/√2). E.g. b = 40, c = 60 → z = 2, p = 0.0455.
 */
export function mcnemarTest(b: number, c: number): { z: number; pValue: number } {
  checkInteger('mcnemarTest', 'b (items only the first model gets right)', b, 0);
  checkInteger('mcnemarTest', 'c (items only the second model gets right)', c, 0);
  if (b + c === 0) {
    throw new MathInputError(
      'mcnemarTest: the two models never disagree (b + c = 0), so there is nothing to test',
    );
  }
  const z = (c - b) / Math.sqrt(b + c);
  return { z, pValue: erfc(Math.abs(z) / Math.SQRT2) };
}

/**
 * Draws X ~ Binomial(n, p) — the number of successes in n independent trials — with one uniform
 * from `rng`, by inverting the exact upper tail: X = max{k : P(X ≥ k) > u}. Costs about log₂(n)
 * evaluations of binomialTail, so it stays fast where flipping n coins would not (n = 10⁶).
 */
export function sampleBinomial(n: number, p: number, rng: Rng): number {
  checkInteger('sampleBinomial', 'n', n, 0);
  if (!(p >= 0 && p <= 1)) {
    throw new MathInputError(`sampleBinomial: p must be a probability in [0, 1], got ${String(p)}`);
  }
  const u = rng.next();
  // invariant: P(X ≥ lo) > u and P(X ≥ hi) ≤ u (P(X ≥ 0) = 1 > u, P(X ≥ n + 1) = 0)
  let lo = 0;
  let hi = n + 1;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (binomialTail(n, p, mid) > u) lo = mid;
    else hi = mid;
  }
  return lo;
}
