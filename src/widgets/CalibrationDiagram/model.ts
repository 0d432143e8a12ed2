// CalibrationDiagram's model: a simulated 10-class classifier whose labels really are drawn from
// softmax(z), so at temperature T = 1 it is calibrated by construction. Reporting softmax(z / T)
// with T < 1 makes it overconfident, T > 1 underconfident. The reliability diagram bins the test
// predictions by confidence; temperature scaling fits one divisor on a held-out half. Pure and
// seeded: the same seed gives the same classifier.
import { createRng, logSoftmax, sampleCategorical, softmax } from '../../math';

export const CLASSES = 10;
/** Spread of the random logits and the largest boost one class gets (tuned for ~60% accuracy). */
const SPREAD = 1;
const BOOST = 6;

export interface Dataset {
  /** Examples per half: rows [0, n) are the test set, [n, 2n) the validation set. */
  n: number;
  logits: number[][];
  labels: number[];
  /** argmax of each row's logits: the predicted class (the same at every temperature). */
  predicted: number[];
}

/** Draws 2n examples: logits, the predicted class, and a label sampled from softmax(logits). */
export function simulate(seed: number, n: number): Dataset {
  const rng = createRng(seed);
  const logits: number[][] = [];
  const labels: number[] = [];
  const predicted: number[] = [];
  for (let i = 0; i < 2 * n; i++) {
    const z = Array.from({ length: CLASSES }, () => SPREAD * rng.normal());
    const boosted = rng.int(CLASSES);
    z[boosted] = (z[boosted] ?? 0) + BOOST * rng.next();
    logits.push(z);
    labels.push(sampleCategorical(softmax(z), rng));
    let best = 0;
    z.forEach((v, k) => {
      if (v > (z[best] ?? -Infinity)) best = k;
    });
    predicted.push(best);
  }
  return { n, logits, labels, predicted };
}

/** Mean negative log-likelihood of rows [from, to) when the logits are divided by t. */
export function meanNll(data: Dataset, t: number, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) {
    sum -= logSoftmax(data.logits[i] ?? [], t)[data.labels[i] ?? 0] ?? 0;
  }
  return sum / (to - from);
}

/**
 * The divisor s that minimises the validation NLL of softmax(z / s): golden-section search over
 * ln s in [ln 0.05, ln 20] (the NLL is convex in 1/s, so it has one minimum).
 */
export function fitScale(data: Dataset): number {
  const f = (logS: number) => meanNll(data, Math.exp(logS), data.n, 2 * data.n);
  const g = (Math.sqrt(5) - 1) / 2;
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  let a = hi - g * (hi - lo);
  let b = lo + g * (hi - lo);
  let fa = f(a);
  let fb = f(b);
  // 1e-4 in ln s: T* to about four significant digits, in ~24 evaluations
  while (hi - lo > 1e-4) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - g * (hi - lo);
      fa = f(a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + g * (hi - lo);
      fb = f(b);
    }
  }
  return Math.exp((lo + hi) / 2);
}

export interface Bin {
  lo: number;
  hi: number;
  count: number;
  /** Mean confidence and accuracy of the predictions in the bin; null when it is empty. */
  confidence: number | null;
  accuracy: number | null;
}

export interface Reliability {
  bins: Bin[];
  /** Expected calibration error: Σ (count / n) · |accuracy − confidence| over the bins. */
  ece: number;
  accuracy: number;
  meanConfidence: number;
  nll: number;
}

/** The reliability diagram of the test half when the logits are divided by t. */
export function reliability(data: Dataset, t: number, binCount: number): Reliability {
  const count = new Array<number>(binCount).fill(0);
  const confSum = new Array<number>(binCount).fill(0);
  const right = new Array<number>(binCount).fill(0);
  let correct = 0;
  let confTotal = 0;
  let nll = 0;
  for (let i = 0; i < data.n; i++) {
    // one log-softmax gives both the confidence and the loss (a softmax could round the true
    // class's probability to 0 and its log to −∞)
    const logP = logSoftmax(data.logits[i] ?? [], t);
    const k = data.predicted[i] ?? 0;
    const label = data.labels[i] ?? 0;
    const conf = Math.exp(logP[k] ?? 0);
    const hit = k === label ? 1 : 0;
    nll -= logP[label] ?? 0;
    // confidence 1 belongs to the last bin, not a bin past the end
    const b = Math.min(binCount - 1, Math.floor(conf * binCount));
    count[b] = (count[b] ?? 0) + 1;
    confSum[b] = (confSum[b] ?? 0) + conf;
    right[b] = (right[b] ?? 0) + hit;
    correct += hit;
    confTotal += conf;
  }
  let ece = 0;
  const bins = count.map((c, b) => {
    const confidence = c > 0 ? (confSum[b] ?? 0) / c : null;
    const accuracy = c > 0 ? (right[b] ?? 0) / c : null;
    if (confidence !== null && accuracy !== null) {
      ece += (c / data.n) * Math.abs(accuracy - confidence);
    }
    return { lo: b / binCount, hi: (b + 1) / binCount, count: c, confidence, accuracy };
  });
  return {
    bins,
    ece,
    accuracy: correct / data.n,
    meanConfidence: confTotal / data.n,
    nll: nll / data.n,
  };
}
