// Inference: confidence intervals (Student's t and bootstrap), the two-proportion z-test and
// exact binomial tails — "did the model really improve?"
import { checkInteger, checkVector } from './check';
import type { Vector } from './check';
import { studentTQuantile } from './distributions';
import { MathInputError } from './errors';
import type { Rng } from './random';
import { betaIncompletePair, erfc } from './special';
import { mean, quantileSorted, std } from './stats';

function checkConfidence(fn: string, confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new MathInputError(
      `${fn}: confidence must be in (0, 1), e.g. 0.95 for 95%, got ${String(confidence)}`,
    );
  }
}

/**
 * Student's t confidence interval for the mean: x̄ ± t_{(1+c)/2, n−1} · s/√n, in the units of
 * the data. Assumes roughly normal data or a large n; e.g. [0.85, 0.88, 0.82, 0.90, 0.87] →
 * 95% interval [0.826, 0.902].
 */
export function tInterval(xs: Vector, confidence = 0.95): [number, number] {
  checkVector('tInterval', 'xs', xs);
  checkConfidence('tInterval', confidence);
  if (xs.length < 2) {
    throw new MathInputError('tInterval: needs at least 2 values to estimate the spread, got 1');
  }
  const n = xs.length;
  const half = (studentTQuantile((1 + confidence) / 2, n - 1) * std(xs)) / Math.sqrt(n);
  const m = mean(xs);
  return [m - half, m + half];
}

/** Options of bootstrapCI. */
export interface BootstrapOptions {
  /** The statistic to bootstrap; default mean. It is given a reused scratch sample. */
  statistic?: (sample: readonly number[]) => number;
  /** Number of resamples; default 2000. */
  resamples?: number;
  /** Confidence level in (0, 1); default 0.95. */
  confidence?: number;
  /** Seeded generator (createRng(seed)): the same seed gives the same interval. */
  rng: Rng;
}

/**
 * Bootstrap percentile interval: resample xs with replacement `resamples` times, compute the
 * statistic on each, and take the (1 − c)/2 and (1 + c)/2 quantiles of those values. Units of
 * the statistic; assumption-light, but needs a reasonably large sample.
 */
export function bootstrapCI(xs: Vector, options: BootstrapOptions): [number, number] {
  const fn = 'bootstrapCI';
  const { statistic = mean, resamples = 2000, confidence = 0.95, rng } = options;
  checkVector(fn, 'xs', xs);
  checkConfidence(fn, confidence);
  checkInteger(fn, 'resamples', resamples, 1);
  const n = xs.length;
  const sample = new Array<number>(n);
  const stats = new Float64Array(resamples);
  for (let r = 0; r < resamples; r++) {
    for (let i = 0; i < n; i++) sample[i] = xs[rng.int(n)] as number;
    const s = statistic(sample);
    if (!Number.isFinite(s)) {
      throw new MathInputError(`${fn}: the statistic returned ${String(s)} on resample ${r}`);
    }
    stats[r] = s;
  }
  stats.sort();
  return [quantileSorted(stats, (1 - confidence) / 2), quantileSorted(stats, (1 + confidence) / 2)];
}

/**
 * Two-proportion z-test (pooled, two-sided) of k1/n1 against k2/n2:
 * z = (p̂₂ − p̂₁) / √(p̂(1 − p̂)(1/n1 + 1/n2)) with pooled p̂ = (k1 + k2)/(n1 + n2), and
 * p-value = P(|Z| ≥ |z|) = erfc(|z|/√2). z > 0 when the second proportion is higher. E.g. 850/1000
 * vs 870/1000 → z ≈ 1.29, p ≈ 0.197: not significant at 0.05.
 */
export function twoProportionZTest(
  k1: number,
  n1: number,
  k2: number,
  n2: number,
): { z: number; pValue: number } {
  const fn = 'twoProportionZTest';
  checkInteger(fn, 'n1', n1, 1);
  checkInteger(fn, 'n2', n2, 1);
  checkInteger(fn, 'k1 (successes out of n1)', k1, 0, n1);
  checkInteger(fn, 'k2 (successes out of n2)', k2, 0, n2);
  const pooled = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) {
    throw new MathInputError(
      `${fn}: both groups are all ${pooled === 0 ? 'failures' : 'successes'}, so the pooled ` +
        'standard error is 0 and z is undefined — the data show no variation to test',
    );
  }
  const z = (k2 / n2 - k1 / n1) / se;
  return { z, pValue: erfc(Math.abs(z) / Math.SQRT2) };
}

/**
 * Exact binomial upper tail P(X ≥ k) for X ~ Binomial(n, p), the probability of k or more
 * successes in n trials (e.g. 60 or more heads in 100 fair flips: 0.0284). Computed as the
 * regularized incomplete beta I_p(k, n − k + 1): exact, no summation, fine for n in the millions.
 */
export function binomialTail(n: number, p: number, k: number): number {
  const fn = 'binomialTail';
  checkInteger(fn, 'n', n, 0);
  if (!(p >= 0 && p <= 1)) {
    throw new MathInputError(`${fn}: p must be a probability in [0, 1], got ${String(p)}`);
  }
  if (!Number.isInteger(k)) {
    throw new MathInputError(`${fn}: k must be an integer count of successes, got ${String(k)}`);
  }
  if (k <= 0) return 1;
  if (k > n) return 0;
  return betaIncompletePair(k, n - k + 1, p, 1 - p)[0];
}
