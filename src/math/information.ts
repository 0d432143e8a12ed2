// Information theory in nats (natural log): entropy, cross-entropy, KL divergence, perplexity.
// Convention throughout: 0 · log 0 = 0, the limit of p log p as p → 0.
import { checkDistribution, checkInteger, checkNumber } from './check';
import type { Vector } from './check';
import { MathInputError } from './errors';

/**
 * Shannon entropy H(p) = −Σᵢ pᵢ ln pᵢ in nats (divide by ln 2 for bits): how spread out, or
 * unpredictable, a distribution is; 0 for a certain outcome, ln n for uniform over n.
 */
export function entropy(p: Vector): number {
  checkDistribution('entropy', 'p', p);
  let h = 0;
  for (const v of p) if (v > 0) h -= v * Math.log(v);
  return h;
}

/**
 * Cross-entropy H(t, q) = −Σᵢ tᵢ ln qᵢ in nats: the loss of predicting q when the truth is t.
 * For a one-hot target it is −ln q(correct class). The target is a distribution or a class
 * index (shorthand for one-hot). Predictions are clipped to [eps, 1 − eps] because ln 0 = −∞:
 * a confidently wrong prediction costs −ln eps ≈ 34.5 nats rather than Infinity.
 * @param eps clipping bound in [0, 0.5); default 1e-15 (what scikit-learn's log_loss used).
 */
export function crossEntropy(target: Vector | number, predicted: Vector, eps = 1e-15): number {
  checkDistribution('crossEntropy', 'predicted', predicted);
  if (!(eps >= 0 && eps < 0.5)) {
    throw new MathInputError(`crossEntropy: eps must be in [0, 0.5), got ${String(eps)}`);
  }
  const clip = (q: number) => Math.min(1 - eps, Math.max(eps, q));
  if (typeof target === 'number') {
    checkInteger('crossEntropy', 'the target class index', target, 0, predicted.length - 1);
    return -Math.log(clip(predicted[target] as number));
  }
  checkDistribution('crossEntropy', 'target', target);
  if (target.length !== predicted.length) {
    throw new MathInputError(
      `crossEntropy: target has ${target.length} classes but predicted has ${predicted.length}`,
    );
  }
  let h = 0;
  for (let i = 0; i < target.length; i++) {
    const t = target[i] as number;
    if (t > 0) h -= t * Math.log(clip(predicted[i] as number));
  }
  return h;
}

/**
 * Kullback–Leibler divergence KL(p‖q) = Σᵢ pᵢ ln(pᵢ/qᵢ) in nats: the extra cost of coding p with
 * a code built for q. ≥ 0, zero only when p = q, not symmetric, and Infinity where qᵢ = 0 < pᵢ
 * (q calls impossible something p says happens). H(p, q) = H(p) + KL(p‖q).
 */
export function klDivergence(p: Vector, q: Vector): number {
  checkDistribution('klDivergence', 'p', p);
  checkDistribution('klDivergence', 'q', q);
  if (p.length !== q.length) {
    throw new MathInputError(
      `klDivergence: p has ${p.length} outcomes but q has ${q.length} — both must be over the ` +
        'same outcomes',
    );
  }
  let kl = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] as number;
    if (pi === 0) continue;
    const qi = q[i] as number;
    if (qi === 0) return Infinity;
    kl += pi * Math.log(pi / qi);
  }
  // Gibbs' inequality says KL ≥ 0; only rounding can produce −1e-17, which would read as a bug
  return Math.max(0, kl);
}

/**
 * Perplexity e^{H} of a mean cross-entropy H in nats: the effective number of equally likely
 * choices the model is torn between. A uniform guess over V tokens has perplexity V.
 */
export function perplexity(meanCrossEntropy: number): number {
  checkNumber('perplexity', 'the mean cross-entropy', meanCrossEntropy);
  if (meanCrossEntropy < 0) {
    throw new MathInputError(
      `perplexity: a cross-entropy cannot be negative, got ${String(meanCrossEntropy)}`,
    );
  }
  return Math.exp(meanCrossEntropy);
}
