// SamplingLab's model: the simulated head counts in, the histogram, the tail probabilities
// (simulated, exact binomial, normal approximation) and the status sentence out.
import { binomialTail, normalCdf } from '../../math';
import { formatSignificant } from '../../ui/format';
import type { Params } from './params';
import { histogram } from './simulate';

export interface SamplingView {
  params: Params;
  /** Batches drawn (fewer than params.batches while "watch it build" runs). */
  shown: number;
  counts: Int32Array;
  /** Batches with k or more heads. */
  atLeastK: number;
  simulatedTail: number;
  /** P(X ≥ k) for X ~ Binomial(n, p), from the math core. */
  exactTail: number;
  mean: number;
  sd: number;
  sampleMean: number;
  /** Expected batches per head count under N(np, np(1 − p)); null when p is 0 or 1 (σ = 0). */
  normal: { expected: Float64Array; tail: number } | null;
  /** The head counts the chart shows: where the mass is, plus k and every observed count. */
  window: [number, number];
  status: string;
}

/** Tail probabilities to 4 decimals, tiny ones in ×10ⁿ form (never a bare 0.0000). */
export function formatProbability(x: number): string {
  if (x === 0 || x >= 1e-4) return x.toFixed(4);
  return formatSignificant(x, 2);
}

function normalApproximation(n: number, p: number, batches: number, k: number, sd: number) {
  if (sd === 0) return null;
  const mean = n * p;
  const expected = new Float64Array(n + 1);
  // the chance of exactly j heads ≈ the normal mass between j − ½ and j + ½
  let below = normalCdf(-0.5, mean, sd);
  for (let j = 0; j <= n; j++) {
    const above = normalCdf(j + 0.5, mean, sd);
    expected[j] = batches * (above - below);
    below = above;
  }
  return { expected, tail: 1 - normalCdf(k - 0.5, mean, sd) };
}

function chartWindow(n: number, mean: number, sd: number, k: number, counts: Int32Array) {
  let lo = Math.max(0, Math.floor(mean - 4 * sd));
  let hi = Math.min(n, Math.ceil(mean + 4 * sd));
  for (let j = 0; j <= n; j++) {
    if ((counts[j] ?? 0) > 0) {
      lo = Math.min(lo, j);
      hi = Math.max(hi, j);
    }
  }
  lo = Math.min(lo, k);
  hi = Math.max(hi, Math.min(n, k));
  // at least 11 bars, so a tiny n or p near 0 still reads as a chart
  while (hi - lo < 10 && (lo > 0 || hi < n)) {
    if (lo > 0) lo--;
    if (hi < n && hi - lo < 10) hi++;
  }
  return [lo, hi] as [number, number];
}

function describe(v: Omit<SamplingView, 'status'>): string {
  const { n, p, k, seed } = v.params;
  const flips = `${v.shown.toLocaleString('en-US')} batches of ${n} flip${n === 1 ? '' : 's'} with p = ${p} (seed ${seed})`;
  const average = `the head counts average ${v.sampleMean.toFixed(1)}, against n·p = ${formatSignificant(v.mean, 4)}`;
  const hits = `${v.atLeastK.toLocaleString('en-US')} batches (${(100 * v.simulatedTail).toFixed(1)}%) had ${k} or more heads`;
  const exact = `the exact binomial probability is ${formatProbability(v.exactTail)}`;
  const normal = v.normal
    ? `the normal approximation gives ${formatProbability(v.normal.tail)}`
    : `there is no normal approximation: with p = ${p} every flip lands the same way`;
  return `${flips}: ${average}. ${hits}; ${exact} and ${normal}.`;
}

/** Everything the view shows for these parameters and the first `shown` simulated batches. */
export function samplingModel(params: Params, heads: Int32Array): SamplingView {
  const { n, p, k } = params;
  const shown = heads.length;
  const counts = histogram(heads, n);
  let atLeastK = 0;
  let total = 0;
  for (let j = 0; j <= n; j++) {
    const c = counts[j] ?? 0;
    if (j >= k) atLeastK += c;
    total += j * c;
  }
  const mean = n * p;
  const sd = Math.sqrt(n * p * (1 - p));
  const partial = {
    params,
    shown,
    counts,
    atLeastK,
    simulatedTail: shown > 0 ? atLeastK / shown : 0,
    exactTail: binomialTail(n, p, k),
    mean,
    sd,
    sampleMean: shown > 0 ? total / shown : 0,
    normal: normalApproximation(n, p, shown, k, sd),
    window: chartWindow(n, mean, sd, k, counts),
  };
  return { ...partial, status: describe(partial) };
}
