// CDFs and quantiles of the normal and Student's t distributions, built on special.ts.
import { checkNumber } from './check';
import { MathInputError } from './errors';
import { betaIncompletePair, erfc, logBeta } from './special';

/**
 * Normal CDF Φ((x − μ)/σ) = ½ erfc(−(x − μ)/(σ√2)): the probability that a N(μ, σ²) variable
 * is ≤ x. x, μ and σ share units; the result is a probability. E.g. N(100, 15): P(X ≤ 115) =
 * 0.8413, so P(85 < X < 115) = 0.6827 (the "68" of 68–95–99.7).
 * @param mean μ, default 0. @param sd σ > 0, default 1.
 */
export function normalCdf(x: number, mean = 0, sd = 1): number {
  checkNumber('normalCdf', 'x', x);
  checkNumber('normalCdf', 'mean', mean);
  if (!(sd > 0) || sd === Infinity) {
    throw new MathInputError(`normalCdf: sd must be a finite number > 0, got ${String(sd)}`);
  }
  return 0.5 * erfc(-(x - mean) / (sd * Math.SQRT2));
}

function checkProbability(fn: string, p: number): void {
  if (!(p >= 0 && p <= 1)) {
    throw new MathInputError(`${fn}: p must be a probability in [0, 1], got ${String(p)}`);
  }
}

// Acklam's rational approximation (relative error 1.15e-9), then polished below
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
];
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
];
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

function poly(c: readonly number[], x: number): number {
  let r = 0;
  for (const v of c) r = r * x + v;
  return r;
}

/** Lower-tail normal quantile for 0 < p ≤ 0.5 (so the answer is ≤ 0). */
function normalLower(p: number): number {
  let x: number;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = poly(C, q) / (poly(D, q) * q + 1);
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = (poly(A, r) * q) / (poly(B, r) * r + 1);
  }
  // Halley steps on Φ(x) − p using the accurate erfc: 1.15e-9 → full double precision
  for (let i = 0; i < 2; i++) {
    const e = 0.5 * erfc(-x / Math.SQRT2) - p;
    const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
    x -= u / (1 + (x * u) / 2);
  }
  return x;
}

/**
 * Normal quantile Φ⁻¹(p): the z with P(Z ≤ z) = p for a standard normal (Φ⁻¹(0.975) =
 * 1.959964). Returns −Infinity at p = 0 and Infinity at p = 1.
 */
export function normalQuantile(p: number): number {
  checkProbability('normalQuantile', p);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  // 1 − p is exact for p ≥ 0.5, so the upper half reuses the accurate lower tail
  return p <= 0.5 ? normalLower(p) : -normalLower(1 - p);
}

function checkDf(fn: string, df: number): void {
  if (!(df > 0) || df === Infinity) {
    throw new MathInputError(`${fn}: degrees of freedom must be a finite number > 0, got ${df}`);
  }
}

/** P(T > t) for t ≥ 0: ½ I_x(ν/2, ½) with x = ν/(ν + t²), arranged to avoid overflow. */
function upperTail(t: number, df: number): number {
  let x: number;
  let y: number;
  if (t > 1) {
    const r = df / t / t;
    x = r / (1 + r);
    y = 1 / (1 + r);
  } else {
    const s = t * t;
    x = df / (df + s);
    y = s / (df + s);
  }
  return 0.5 * betaIncompletePair(df / 2, 0.5, x, y)[0];
}

/**
 * Student's t CDF P(T ≤ t) with ν = df degrees of freedom (heavier-tailed than the normal for
 * small ν, equal to it as ν → ∞). t is dimensionless (a standardised statistic).
 */
export function studentTCdf(t: number, df: number): number {
  checkNumber('studentTCdf', 't', t);
  checkDf('studentTCdf', df);
  const tail = upperTail(Math.abs(t), df);
  return t > 0 ? 1 - tail : tail;
}

function tDensity(t: number, df: number): number {
  // Γ((ν+1)/2) / (Γ(ν/2) √(νπ)) = 1 / (√ν B(ν/2, ½)), and logBeta stays exact for large ν
  const logC = -0.5 * Math.log(df) - logBeta(df / 2, 0.5);
  return Math.exp(logC - ((df + 1) / 2) * Math.log1p((t / df) * t));
}

/** The t > 0 with P(T > t) = q, for 0 < q < 0.5. */
function upperQuantile(q: number, df: number): number {
  // closed forms for ν = 1 (Cauchy) and ν = 2
  if (df === 1) return 1 / Math.tan(Math.PI * q);
  if (df === 2) return (1 - 2 * q) / Math.sqrt(2 * q * (1 - q));
  // Cornish–Fisher start from the normal quantile, then safeguarded Newton on log P(T > t)
  const z = -normalLower(q);
  const z2 = z * z;
  let t =
    z +
    (z * (z2 + 1)) / (4 * df) +
    (z * ((5 * z2 + 16) * z2 + 3)) / (96 * df * df) +
    (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / (384 * df ** 3);
  let lo = 0;
  let hi = Infinity;
  for (let i = 0; i < 100; i++) {
    const u = upperTail(t, df);
    if (u > q) lo = t;
    else hi = t;
    // Newton on log U: d(log U)/dt = −density / U
    let next = t + (Math.log1p((u - q) / q) * u) / tDensity(t, df);
    if (!(next > lo && next < hi)) next = hi === Infinity ? 2 * t + 1 : (lo + hi) / 2;
    if (Math.abs(next - t) <= 1e-15 * t) return next;
    t = next;
  }
  return t;
}

/**
 * Student's t quantile: the t with P(T ≤ t) = p for ν = df degrees of freedom, to about 1e-13
 * relative. t(0.975, 4) = 2.776: the multiplier of the standard error in a 95% interval from 5
 * values. Returns ∓Infinity at p = 0 and 1.
 */
export function studentTQuantile(p: number, df: number): number {
  checkProbability('studentTQuantile', p);
  checkDf('studentTQuantile', df);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  return p < 0.5 ? -upperQuantile(p, df) : upperQuantile(1 - p, df);
}
