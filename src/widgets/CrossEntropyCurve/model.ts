// CrossEntropyCurve's model: the probability q the model gives the true class → the loss −ln q
// (clipped at ε), and a 3-class prediction (probabilities, or logits through softmax) → its
// cross-entropy against a chosen true class. Pure; every number comes from the math core.
import { crossEntropy, logSoftmax, softmax } from '../../math';

/** Clipping bounds offered: scikit-learn's log_loss used 1e-15, Keras uses 1e-7. */
export const EPSILONS = ['1e-15', '1e-7'] as const;
export type Epsilon = (typeof EPSILONS)[number];

export type BarMode = 'probs' | 'logits';

export const CLASSES = 3;

export interface CurvePoint {
  /** The probability given to the true class, as set (0 … 1). */
  q: number;
  /** q after clipping to [ε, 1 − ε]: what the log actually sees. */
  qUsed: number;
  /** True when clipping changed q (q < ε, or q > 1 − ε). */
  clipped: boolean;
  /** −ln qUsed in nats: finite for every q in [0, 1]. */
  loss: number;
  eps: number;
}

/** The loss for a one-hot target when the model gives the true class probability q. */
export function curvePoint(q: number, epsText: Epsilon): CurvePoint {
  const eps = Number(epsText);
  // the two-outcome distribution [q, 1 − q] with the true class first
  const loss = crossEntropy(0, [q, 1 - q], eps);
  const qUsed = Math.min(1 - eps, Math.max(eps, q));
  return { q, qUsed, clipped: qUsed !== q, loss, eps };
}

/**
 * Sets entry `index` to `value` and rescales the others so the three still sum to 1, keeping
 * their proportions (equal shares when they were all 0).
 */
export function setProbability(probs: readonly number[], index: number, value: number): number[] {
  const v = Math.min(1, Math.max(0, value));
  const rest = probs.reduce((s, p, i) => (i === index ? s : s + p), 0);
  const others = probs.length - 1;
  return probs.map((p, i) => {
    if (i === index) return v;
    return rest > 0 ? (p / rest) * (1 - v) : (1 - v) / others;
  });
}

/** Divides non-negative weights by their sum; null when they are all 0 (no distribution). */
export function normalise(weights: readonly number[]): number[] | null {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (!(sum > 0)) return null;
  return weights.map((w) => w / sum);
}

export interface BarView {
  mode: BarMode;
  target: number;
  /** The predicted distribution the bars show. */
  probs: number[];
  logits: number[] | null;
  /** Cross-entropy in nats against the one-hot target. */
  loss: number;
  /** The probability of the true class, and whether clipping raised it (probability mode). */
  qTrue: number;
  clipped: boolean;
  /** The class the model ranks first, and whether that is the true class. */
  argmax: number;
}

export function barView(
  mode: BarMode,
  probs: readonly number[],
  logits: readonly number[],
  target: number,
  epsText: Epsilon,
): BarView {
  if (mode === 'logits') {
    const p = softmax(logits);
    // straight from the logits: log-softmax never takes log(0), so no clipping is needed
    const loss = -(logSoftmax(logits)[target] ?? 0);
    return {
      mode,
      target,
      probs: p,
      logits: [...logits],
      loss,
      qTrue: p[target] ?? 0,
      clipped: false,
      argmax: argmaxOf(p),
    };
  }
  const eps = Number(epsText);
  const qTrue = probs[target] ?? 0;
  return {
    mode,
    target,
    probs: [...probs],
    logits: null,
    loss: crossEntropy(target, probs, eps),
    qTrue,
    clipped: qTrue < eps,
    argmax: argmaxOf(probs),
  };
}

function argmaxOf(p: readonly number[]): number {
  let best = 0;
  p.forEach((v, i) => {
    if (v > (p[best] ?? -1)) best = i;
  });
  return best;
}
