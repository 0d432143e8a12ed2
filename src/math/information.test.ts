import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crossEntropy, entropy, klDivergence, perplexity } from './information';
import { logSoftmax, softmax } from './probability';
import { expectClose } from '../../tests/helpers/expectClose';

/** Strictly positive distributions of 1–10 outcomes. */
const distribution = (n?: number) =>
  fc
    .array(fc.double({ min: 1e-3, max: 1, noNaN: true }), {
      minLength: n ?? 1,
      maxLength: n ?? 10,
    })
    .map((w) => {
      const s = w.reduce((a, b) => a + b, 0);
      return w.map((v) => v / s);
    });
const pair = fc
  .integer({ min: 1, max: 10 })
  .chain((n) => fc.tuple(distribution(n), distribution(n)));

describe('entropy', () => {
  it('entropy(p) is 0 for a certain outcome and ln n for uniform, in nats', () => {
    expect(entropy([0, 1, 0])).toBe(0);
    expectClose(entropy([0.25, 0.25, 0.25, 0.25]), Math.log(4), 1e-15);
    expect(entropy(softmax([2, 1, 0.1])).toFixed(4)).toBe('0.8467');
  });

  it('entropy(p) names negative entries, NaN and sums that are not 1', () => {
    expect(() => entropy([0.5, -0.2, 0.7])).toThrow(
      'entropy: p[1] is -0.2 — probabilities cannot be negative',
    );
    expect(() => entropy([NaN, 1])).toThrow('entropy: p[0] is NaN');
    expect(() => entropy([])).toThrow('entropy: p is empty');
    expect(() => entropy([0.5, 0.6])).toThrow('entropy: p sums to 1.1, not 1 (within 1e-6)');
    expect(() => entropy([0.5, 0.5000001])).not.toThrow();
  });
});

describe('crossEntropy', () => {
  it('crossEntropy(oneHot, q) = −ln q(correct): 0.7 → 0.3567, 0.1 → 2.3026', () => {
    expect(crossEntropy([1, 0], [0.7, 0.3]).toFixed(4)).toBe('0.3567');
    expect(crossEntropy([0, 1], [0.9, 0.1]).toFixed(4)).toBe('2.3026');
    expect(crossEntropy([1, 0, 0], [0.9, 0.05, 0.05]).toFixed(4)).toBe('0.1054');
    expect(crossEntropy([1, 0, 0], [0.1, 0.6, 0.3]).toFixed(4)).toBe('2.3026');
    expect(crossEntropy([1, 0, 0], [0.4, 0.3, 0.3]).toFixed(4)).toBe('0.9163');
  });

  it('crossEntropy(classIndex, q) is shorthand for a one-hot target: logits [1,3,1], class 1 → 0.2395', () => {
    const q = softmax([1, 3, 1]);
    expect(crossEntropy(1, q).toFixed(4)).toBe('0.2395');
    expectClose(crossEntropy(1, q), crossEntropy([0, 1, 0], q), 1e-15);
    expectClose(crossEntropy(1, q), -logSoftmax([1, 3, 1])[1]!, 1e-12);
  });

  it('crossEntropy(t, q, eps) clips q to [eps, 1 − eps], so log(0) costs −ln eps, not Infinity', () => {
    expectClose(crossEntropy([1, 0], [0, 1]), -Math.log(1e-15), 1e-15);
    expect(crossEntropy([1, 0], [0, 1], 0)).toBe(Infinity);
    expectClose(crossEntropy([1, 0], [0, 1], 1e-7), -Math.log(1e-7), 1e-15);
  });

  it('crossEntropy(P, Q) = entropy(P) + klDivergence(P, Q)', () => {
    fc.assert(
      fc.property(pair, ([p, q]) => {
        expectClose(crossEntropy(p, q), entropy(p) + klDivergence(p, q), 1e-9, 1e-12);
      }),
    );
  });

  it('crossEntropy names bad targets: out-of-range class, mismatched lengths, bad eps', () => {
    expect(() => crossEntropy(3, [0.5, 0.5])).toThrow(
      'crossEntropy: the target class index must be an integer in [0, 1], got 3',
    );
    expect(() => crossEntropy([1, 0, 0], [0.5, 0.5])).toThrow(
      'crossEntropy: target has 3 classes but predicted has 2',
    );
    expect(() => crossEntropy([1, 0], [0.5, 0.5], 0.5)).toThrow('eps must be in [0, 0.5)');
    expect(() => crossEntropy([1, 0], [0.9, 0.9])).toThrow('crossEntropy: predicted sums to 1.8');
  });
});

describe('klDivergence', () => {
  it('klDivergence(P, Q) is not symmetric: 0.5108 one way, 0.3681 the other', () => {
    expect(klDivergence([0.5, 0.5], [0.9, 0.1]).toFixed(4)).toBe('0.5108');
    expect(klDivergence([0.9, 0.1], [0.5, 0.5]).toFixed(4)).toBe('0.3681');
  });

  it('klDivergence(oneHot, Q) equals the cross-entropy: P = [0,1,0], Q = softmax([1,2,0.5]) → 0.4644', () => {
    const q = softmax([1, 2, 0.5]);
    expect(klDivergence([0, 1, 0], q).toFixed(4)).toBe('0.4644');
    expectClose(klDivergence([0, 1, 0], q), crossEntropy([0, 1, 0], q), 1e-12);
  });

  it('klDivergence(P, Q) is Infinity where Q = 0 < P, and 0·log 0 = 0 where P = 0', () => {
    expect(klDivergence([1, 0], [0, 1])).toBe(Infinity);
    expect(klDivergence([1, 0], [1, 0])).toBe(0);
  });

  it('klDivergence(P, Q) ≥ 0, and = 0 exactly when P = Q', () => {
    fc.assert(
      fc.property(pair, ([p, q]) => {
        const kl = klDivergence(p, q);
        expect(kl).toBeGreaterThanOrEqual(0);
        expect(klDivergence(p, p)).toBe(0);
        const gap = Math.max(...p.map((v, i) => Math.abs(v - q[i]!)));
        if (gap > 1e-3) expect(kl).toBeGreaterThan(0);
      }),
    );
  });

  it('klDivergence(p, q) names a distribution that does not sum to 1', () => {
    expect(() => klDivergence([0.5, 0.4], [0.5, 0.5])).toThrow(
      'klDivergence: p sums to 0.9, not 1 (within 1e-6)',
    );
    expect(() => klDivergence([1], [0.5, 0.5])).toThrow('p has 1 outcomes but q has 2');
  });
});

describe('perplexity', () => {
  it('perplexity(meanCE) = e^CE: 0.2395 → 1.271, and a uniform guess over V tokens gives V', () => {
    expect(perplexity(0.2395).toFixed(3)).toBe('1.271');
    for (const v of [2, 10, 50000]) {
      expectClose(perplexity(entropy(new Array<number>(v).fill(1 / v))), v, 1e-9);
    }
  });

  it('perplexity rejects a negative or non-finite cross-entropy', () => {
    expect(() => perplexity(-1)).toThrow('perplexity: a cross-entropy cannot be negative, got -1');
    expect(() => perplexity(NaN)).toThrow(
      'perplexity: the mean cross-entropy must be a finite number',
    );
  });
});
