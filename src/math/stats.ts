// Descriptive statistics: mean, sample variance and standard deviation, median, quantiles.
import { checkVector } from './check';
import type { Vector } from './check';
import { MathInputError } from './errors';

/** Arithmetic mean x̄ = Σ xᵢ / n, in the units of the data. */
export function mean(xs: Vector): number {
  checkVector('mean', 'xs', xs);
  // Neumaier-compensated sum: exact to rounding even when large and small values mix
  let sum = 0;
  let comp = 0;
  for (const x of xs) {
    const t = sum + x;
    comp += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum;
    sum = t;
  }
  return (sum + comp) / xs.length;
}

/**
 * Sample variance s² = Σ (xᵢ − x̄)² / (n − 1), in squared units of the data. Divides by n − 1
 * (Bessel's correction) because x̄ is itself fitted to the sample; needs n ≥ 2.
 */
export function variance(xs: Vector): number {
  checkVector('variance', 'xs', xs);
  const n = xs.length;
  if (n < 2) {
    throw new MathInputError(
      'variance: the sample variance needs at least 2 values (it divides by n − 1), got 1',
    );
  }
  const m = mean(xs);
  let ss = 0;
  let s = 0;
  for (const x of xs) {
    const d = x - m;
    ss += d * d;
    s += d;
  }
  // corrected two-pass: removes the error left in x̄ (s would be exactly 0 without rounding)
  return (ss - (s * s) / n) / (n - 1);
}

/** Sample standard deviation s = √(sample variance), in the units of the data; needs n ≥ 2. */
export function std(xs: Vector): number {
  if (Array.isArray(xs) && xs.length === 1) {
    throw new MathInputError(
      'std: the sample standard deviation needs at least 2 values (it divides by n − 1), got 1',
    );
  }
  return Math.sqrt(variance(xs));
}

/** The data sorted ascending as a Float64Array (numeric sort, unlike Array#sort's default). */
export function sortedCopy(fn: string, xs: Vector): Float64Array {
  checkVector(fn, 'xs', xs);
  return Float64Array.from(xs).sort();
}

/** NumPy's 'linear' quantile of already-sorted data. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  const t = h - lo;
  // NumPy's _lerp: interpolate from the nearer end, so q = 1 returns the maximum exactly
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

function checkQ(fn: string, q: number): void {
  if (!(q >= 0 && q <= 1)) {
    throw new MathInputError(
      `${fn}: q must be in [0, 1] (a fraction, not a percentage), got ${String(q)}`,
    );
  }
}

/**
 * Quantile with linear interpolation, as NumPy's default (method 'linear'): the value below
 * which a fraction q of the data lies, with virtual index h = (n − 1) q between sorted values.
 * quantile(xs, 0.5) is the median; 0.25 and 0.75 the quartiles.
 */
export function quantile(xs: Vector, q: number): number {
  checkQ('quantile', q);
  return quantileSorted(sortedCopy('quantile', xs), q);
}

/** Median: the middle value (mean of the two middle ones for even n); robust to outliers. */
export function median(xs: Vector): number {
  return quantileSorted(sortedCopy('median', xs), 0.5);
}
