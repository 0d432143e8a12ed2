// KLDivergence's model: two lists of non-negative weights → the distributions P and Q (each
// divided by its sum), their entropies, the cross-entropy and both KL divergences, with infinite
// values as null plus the outcome responsible. Pure; the numbers come from the math core.
import { crossEntropy, entropy, klDivergence } from '../../math';

export const MIN_OUTCOMES = 3;
export const MAX_OUTCOMES = 6;
/** Largest weight accepted; weights are divided by their sum, so only ratios matter. */
export const WEIGHT_MAX = 100;
export const LABELS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

export interface Normalised {
  dist: number[];
  sum: number;
  /** True when the weights did not already sum to 1 and were divided by their sum. */
  renormalised: boolean;
}

/** Weights divided by their sum; null when every weight is 0 (there is no distribution). */
export function normalised(weights: readonly number[]): Normalised | null {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (!(sum > 0)) return null;
  return { dist: weights.map((w) => w / sum), sum, renormalised: Math.abs(sum - 1) > 1e-9 };
}

export interface OutcomeRow {
  label: string;
  p: number;
  q: number;
  /** p ln(p/q): 0 when p = 0 (the 0·log 0 = 0 convention), null (infinite) when q = 0 < p. */
  termPQ: number | null;
  termQP: number | null;
}

export interface Direction {
  /** KL in nats, or null when infinite. */
  kl: number | null;
  /** Cross-entropy H(first, second) in nats, or null when infinite. */
  cross: number | null;
  /** The first outcome where the second distribution is 0 but the first is not. */
  blocker: number | null;
}

export interface KLView {
  p: Normalised;
  q: Normalised;
  hP: number;
  hQ: number;
  pq: Direction;
  qp: Direction;
  rows: OutcomeRow[];
  equal: boolean;
}

const finite = (x: number) => (Number.isFinite(x) ? x : null);

function term(a: number, b: number): number | null {
  if (a === 0) return 0;
  if (b === 0) return null;
  return a * Math.log(a / b);
}

function direction(a: readonly number[], b: readonly number[]): Direction {
  const blocker = a.findIndex((ai, i) => ai > 0 && b[i] === 0);
  return {
    kl: finite(klDivergence(a, b)),
    // eps = 0: no clipping, so the identity H(P, Q) = H(P) + KL(P‖Q) holds exactly
    cross: finite(crossEntropy(a, b, 0)),
    blocker: blocker === -1 ? null : blocker,
  };
}

/** Everything the widget shows for two weight lists of the same length. */
export function klView(pWeights: readonly number[], qWeights: readonly number[]): KLView | null {
  const p = normalised(pWeights);
  const q = normalised(qWeights);
  if (!p || !q || pWeights.length !== qWeights.length) return null;
  const rows = p.dist.map((pi, i) => {
    const qi = q.dist[i] ?? 0;
    return {
      label: LABELS[i] ?? String(i + 1),
      p: pi,
      q: qi,
      termPQ: term(pi, qi),
      termQP: term(qi, pi),
    };
  });
  return {
    p,
    q,
    hP: entropy(p.dist),
    hQ: entropy(q.dist),
    pq: direction(p.dist, q.dist),
    qp: direction(q.dist, p.dist),
    rows,
    equal: rows.every((r) => Math.abs(r.p - r.q) < 1e-12),
  };
}
