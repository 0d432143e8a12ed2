// BootstrapCI's model: a seeded, right-skewed sample of per-example losses, its descriptive
// statistics, the bootstrap distribution of the mean with its percentile interval (the math
// core's bootstrapCI) and the t-interval (tInterval), and the sentence comparing them.
import { bootstrapCI, createRng, mean, median, std, tInterval } from '../../math';
import { N_MAX } from './params';
import type { Params } from './params';

/**
 * Per-example losses of a model on a test set: log-normal, so most examples are easy (small
 * loss) and a few are badly wrong (a long right tail) — the shape real losses have. Rounded to
 * 3 decimals so the NumPy tab can print the sample exactly. The first n of the N_MAX values are
 * the sample, so a larger n adds examples instead of drawing a new sample.
 */
export function drawLosses(seed: number, count = N_MAX): number[] {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => Number(Math.exp(-1 + 0.9 * rng.normal()).toFixed(3)));
}

export interface BootstrapView {
  params: Params;
  sample: readonly number[];
  mean: number;
  median: number;
  sd: number;
  /** The bootstrap means, sorted. */
  means: Float64Array;
  bootstrap: [number, number];
  t: [number, number];
  status: string;
}

const f3 = (x: number) => x.toFixed(3);
const interval = ([lo, hi]: readonly [number, number]) => `[${f3(lo)}, ${f3(hi)}]`;

function describe(v: Omit<BootstrapView, 'status'>): string {
  const { n, resamples, confidence, seed } = v.params;
  const level = `${Math.round(confidence * 100)}%`;
  const above = v.bootstrap[1] - v.mean;
  const below = v.mean - v.bootstrap[0];
  const lopsided =
    above > below * 1.1
      ? `reaches ${f3(above)} above the mean but only ${f3(below)} below: the long right tail of the data shows up in it, while the t-interval is symmetric by construction`
      : below > above * 1.1
        ? `reaches ${f3(below)} below the mean but only ${f3(above)} above, while the t-interval is symmetric by construction`
        : `is nearly symmetric here, like the t-interval`;
  // a loss is never negative, but a symmetric interval around a skewed mean can say it might be
  const impossible =
    v.t[0] < 0 ? ' The t-interval even dips below 0, a loss no example can have.' : '';
  return `${n} per-example losses (seed ${seed}): mean ${f3(v.mean)}, median ${f3(v.median)}. ${level} bootstrap interval for the mean ${interval(v.bootstrap)} from ${resamples.toLocaleString('en-US')} resamples; ${level} t-interval ${interval(v.t)}. The bootstrap interval ${lopsided}.${impossible}`;
}

/** Everything the view shows; `population` is drawLosses(seed), of which the first n are used. */
export function bootstrapModel(params: Params, population: readonly number[]): BootstrapView {
  const sample = population.slice(0, params.n);
  const means = new Float64Array(params.resamples);
  let r = 0;
  const bootstrap = bootstrapCI(sample, {
    resamples: params.resamples,
    confidence: params.confidence,
    rng: createRng(params.boot),
    // the core returns only the interval; recording each resample's mean gives the histogram
    statistic: (resample) => {
      const m = mean(resample);
      means[r++] = m;
      return m;
    },
  });
  means.sort();
  const partial = {
    params,
    sample,
    mean: mean(sample),
    median: median(sample),
    sd: std(sample),
    means,
    bootstrap,
    t: tInterval(sample, params.confidence),
  };
  return { ...partial, status: describe(partial) };
}
