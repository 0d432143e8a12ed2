// SoftmaxTemperature's model: logits, temperature, filters and a seed in; every number the
// widget shows out. Pure, built on the math core's stable softmax, so logits of ±1e6 at T = 0.05
// give finite probabilities rather than Infinity / Infinity.
import { createRng, entropy, perplexity, sampleCategorical, softmax, topK, topP } from '../../math';
import { formulaModel } from './formulaModel';
import type { FormulaView } from './formulaModel';
import { describe } from './status';

export interface SoftmaxInput {
  logits: readonly number[];
  labels: readonly string[];
  t: number;
  k: number | null;
  p: number | null;
  seed: number;
  /** How many draws to make from the sampling distribution (0 = none yet). */
  draws: number;
}

export interface TokenView {
  label: string;
  logit: number;
  /** softmax(z / T)ᵢ */
  p: number;
  /** softmax(z)ᵢ, the faint comparison bar */
  p1: number;
  /** The distribution sampled from: p after top-k / top-p and renormalising. */
  q: number;
  /** Removed by top-k or top-p (a token with probability 0 is never "dropped"). */
  dropped: boolean;
  /** Draws that landed on this token; null before any sampling. */
  count: number | null;
}

export interface Readout {
  entropyNats: number;
  entropyBits: number;
  maxP: number;
  /** e^H: the number of equally likely tokens with the same entropy. */
  perplexity: number;
}

export interface FilterView {
  k: number | null;
  p: number | null;
  /** Indices kept with probability > 0, most probable first. */
  kept: number[];
  /** Total softmax(z / T) probability of the kept tokens, before renormalising. */
  keptMass: number;
  readout: Readout;
}

export interface SoftmaxView {
  t: number;
  tokens: TokenView[];
  /** Indices from most to least probable at T (ties keep row order). */
  order: number[];
  readout: Readout;
  /** The same readouts at T = 1, to compare. */
  readout1: Readout;
  /** null when neither top-k nor top-p is on. */
  filter: FilterView | null;
  draws: number;
  seed: number;
  formula: FormulaView;
  status: string;
}

function readoutOf(p: readonly number[]): Readout {
  const h = entropy(p);
  return {
    entropyNats: h,
    entropyBits: h / Math.LN2,
    maxP: Math.max(...p),
    perplexity: perplexity(h),
  };
}

/** Indices from most to least probable; equal values keep their row order. */
export function rankOrder(p: readonly number[]): number[] {
  return p.map((_, i) => i).sort((i, j) => (p[j] ?? 0) - (p[i] ?? 0) || i - j);
}

/** top-k, then top-p, as Hugging Face's samplers apply them; both renormalise. */
export function filtered(p: readonly number[], k: number | null, mass: number | null): number[] {
  let q = [...p];
  if (k !== null && k < p.length) q = topK(q, k);
  if (mass !== null) q = topP(q, mass);
  return q;
}

/** Counts of `draws` samples from q with a generator seeded by `seed`. */
export function sampleCounts(q: readonly number[], seed: number, draws: number): number[] {
  const counts = new Array<number>(q.length).fill(0);
  const rng = createRng(seed);
  for (let i = 0; i < draws; i++) {
    const index = sampleCategorical(q, rng);
    counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

export function softmaxModel(input: SoftmaxInput): SoftmaxView {
  const { logits, labels, t, k, seed, draws } = input;
  const p = softmax(logits, t);
  const p1 = softmax(logits, 1);
  const filterOn = k !== null || input.p !== null;
  const q = filterOn ? filtered(p, k, input.p) : p;
  const counts = draws > 0 ? sampleCounts(q, seed, draws) : null;
  const order = rankOrder(p);
  const tokens: TokenView[] = logits.map((logit, i) => {
    const pi = p[i] ?? 0;
    const qi = q[i] ?? 0;
    return {
      label: labels[i] ?? `token ${i + 1}`,
      logit,
      p: pi,
      p1: p1[i] ?? 0,
      q: qi,
      dropped: pi > 0 && qi === 0,
      count: counts ? (counts[i] ?? 0) : null,
    };
  });
  // tokens whose probability underflowed to 0 are neither kept nor dropped: they cannot be drawn
  const kept = order.filter((i) => (tokens[i]?.q ?? 0) > 0);
  const filter: FilterView | null = filterOn
    ? {
        k,
        p: input.p,
        kept,
        keptMass: kept.reduce((sum, i) => sum + (p[i] ?? 0), 0),
        readout: readoutOf(q),
      }
    : null;
  const partial = {
    t,
    tokens,
    order,
    readout: readoutOf(p),
    readout1: readoutOf(p1),
    filter,
    draws,
    seed,
    formula: formulaModel(logits, t, p, order[0] ?? 0),
  };
  return { ...partial, status: describe(partial) };
}
