import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { logSoftmax, sigmoid, softmax, topK, topP } from './probability';
import { entropy } from './information';
import { expectClose } from '../../tests/helpers/expectClose';
import { expectAllClose } from '../../tests/helpers/expectAllClose';

const logit = fc.double({ min: -50, max: 50, noNaN: true, noDefaultInfinity: true });
const logits = fc.array(logit, { minLength: 1, maxLength: 20 });
const temperature = fc.double({ min: 0.05, max: 10, noNaN: true });
const sum = (xs: readonly number[]) => xs.reduce((s, v) => s + v, 0);
const fixed = (xs: readonly number[], digits: number) => xs.map((v) => v.toFixed(digits));

describe('softmax', () => {
  it('softmax(z) reproduces the syllabus to 4 dp', () => {
    expect(fixed(softmax([1, 3, 1]), 4)).toEqual(['0.1065', '0.7870', '0.1065']);
    expect(fixed(softmax([2, 1, 0.1]), 4)).toEqual(['0.6590', '0.2424', '0.0986']);
    // a popular cheat sheet prints [0.21, 0.58, 0.21] for this input
    expect(fixed(softmax([1, 2, 0.5]), 4)).toEqual(['0.2312', '0.6285', '0.1402']);
    expect(entropy(softmax([2, 1, 0.1])).toFixed(4)).toBe('0.8467');
  });

  it('softmax([2, 1, 0.1], T) reproduces the syllabus temperature table to 3 dp', () => {
    const z = [2, 1, 0.1];
    expect(fixed(softmax(z, 0.1), 3)).toEqual(['1.000', '0.000', '0.000']);
    expect(fixed(softmax(z, 0.5), 3)).toEqual(['0.864', '0.117', '0.019']);
    expect(fixed(softmax(z, 1), 3)).toEqual(['0.659', '0.242', '0.099']);
    expect(fixed(softmax(z, 2), 3)).toEqual(['0.502', '0.304', '0.194']);
    expect(fixed(softmax(z, 5), 3)).toEqual(['0.400', '0.327', '0.273']);
  });

  it('softmax(z, T) sums to 1 for T in [0.05, 10] and lies in [0, 1]', () => {
    fc.assert(
      fc.property(logits, temperature, (z, t) => {
        const p = softmax(z, t);
        expectClose(sum(p), 1, 1e-12);
        for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
      }),
    );
  });

  it('softmax(z + c) = softmax(z) (shift invariance)', () => {
    fc.assert(
      fc.property(logits, fc.double({ min: -1e3, max: 1e3, noNaN: true }), (z, c) => {
        const shifted = softmax(z.map((v) => v + c));
        softmax(z).forEach((v, i) => expectClose(shifted[i]!, v, 1e-9, 1e-12));
      }),
    );
  });

  it('softmax(z, T) is stable for logits of ±1e6 and T = 1e-3', () => {
    const p = softmax([1e6, -1e6, 1e6 - 1], 1e-3);
    expect(p).toEqual([1, 0, 0]);
    expect(softmax([1000, 1001, 999]).every(Number.isFinite)).toBe(true);
    expect(softmax([-1000, -1000])).toEqual([0.5, 0.5]);
  });

  it('softmax(z, T) tends to one-hot as T → 0 and to uniform as T → ∞', () => {
    fc.assert(
      fc.property(logits, (z) => {
        const best = z.indexOf(Math.max(...z));
        const second = Math.max(...z.filter((_, i) => i !== best));
        fc.pre(z.length === 1 || Math.max(...z) - second > 0.01);
        expect(softmax(z, 1e-4)[best]).toBeGreaterThan(1 - 1e-9);
        for (const v of softmax(z, 1e6)) expectClose(v, 1 / z.length, 1e-3);
      }),
    );
  });

  it('softmax(z, T) with T ≤ 0 or non-finite says what the temperature must be', () => {
    expect(() => softmax([1, 2], 0)).toThrow('softmax: temperature must be > 0, got 0');
    expect(() => softmax([1, 2], -1)).toThrow('softmax: temperature must be > 0, got -1');
    expect(() => softmax([1, 2], NaN)).toThrow('temperature must be a finite number > 0, got NaN');
    expect(() => softmax([1, 2], Infinity)).toThrow('got Infinity');
  });

  it('softmax(z) names a NaN logit and refuses an empty one', () => {
    expect(() => softmax([1, NaN])).toThrow('softmax: z[1] is NaN');
    expect(() => softmax([])).toThrow('softmax: z is empty');
  });
});

describe('logSoftmax and sigmoid', () => {
  it('logSoftmax(z, T) = log softmax(z, T) and stays finite where softmax underflows', () => {
    fc.assert(
      fc.property(logits, temperature, (z, t) => {
        const logs = logSoftmax(z, t);
        softmax(z, t).forEach((p, i) => {
          if (p > 1e-300) expectClose(logs[i]!, Math.log(p), 1e-9, 1e-9);
        });
      }),
    );
    expect(logSoftmax([0, -1000])).toEqual([0, -1000]);
    expect(logSoftmax([1, 3, 1])[1]!.toFixed(4)).toBe('-0.2395');
  });

  it('sigmoid([−2, −1, 0, 1, 2]) reproduces the syllabus: [0.1192, 0.2689, 0.5, 0.7311, 0.8808]', () => {
    expect(fixed(sigmoid([-2, -1, 0, 1, 2]), 4)).toEqual([
      '0.1192',
      '0.2689',
      '0.5000',
      '0.7311',
      '0.8808',
    ]);
    expect(sigmoid(0)).toBe(0.5);
  });

  it('sigmoid(x) is stable at ±800 and keeps tiny tail values', () => {
    expect(sigmoid(800)).toBe(1);
    expect(sigmoid(-800)).toBe(0);
    expectClose(sigmoid(-40), 4.24835425529159e-18, 1e-12, 0);
  });

  it('sigmoid(x) + sigmoid(−x) = 1 and sigmoid is a two-class softmax', () => {
    fc.assert(
      fc.property(logit, (x) => {
        expectClose(sigmoid(x) + sigmoid(-x), 1, 1e-15);
        expectClose(sigmoid(x), softmax([x, 0])[0]!, 1e-12, 1e-15);
      }),
    );
  });

  it('sigmoid(NaN) and sigmoid([]) are rejected', () => {
    expect(() => sigmoid(NaN)).toThrow('sigmoid: x must be a finite number, got NaN');
    expect(() => sigmoid([0, Infinity])).toThrow('sigmoid: x[1] is Infinity');
    expect(() => sigmoid([])).toThrow('sigmoid: x is empty');
  });
});

describe('topK and topP', () => {
  const p = [0.5, 0.3, 0.15, 0.05];

  it('topK(p, k) keeps the k most probable tokens and renormalises', () => {
    expectAllClose(topK(p, 2), [0.625, 0.375, 0, 0], 1e-15);
    expect(topK(p, 1)).toEqual([1, 0, 0, 0]);
    expectAllClose(topK(p, 10), p, 1e-15);
    expect(topK([0.25, 0.25, 0.25, 0.25], 2)).toEqual([0.5, 0.5, 0, 0]);
  });

  it('topP(p, mass) keeps the smallest most-probable set reaching mass', () => {
    expectAllClose(topP(p, 0.8), [0.625, 0.375, 0, 0], 1e-15);
    expect(topP(p, 0.81)[2]).toBeGreaterThan(0);
    expect(topP(p, 0.1)).toEqual([1, 0, 0, 0]);
    expectAllClose(topP(p, 1), p, 1e-15);
    expectAllClose(topP([0.1, 0.2, 0.7], 0.9), [0, 0.2 / 0.9, 0.7 / 0.9], 1e-15);
  });

  it('topK(p, k) and topP(p, mass) always return a distribution with the right support', () => {
    fc.assert(
      fc.property(
        logits,
        fc.integer({ min: 1, max: 25 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (z, k, m) => {
          const q = softmax(z);
          const byK = topK(q, k);
          expectClose(sum(byK), 1, 1e-12);
          expect(byK.filter((v) => v > 0).length).toBeLessThanOrEqual(Math.min(k, z.length));
          const byP = topP(q, m);
          expectClose(sum(byP), 1, 1e-12);
          const kept = q.reduce((s, v, i) => (byP[i]! > 0 ? s + v : s), 0);
          expect(kept).toBeGreaterThanOrEqual(m - 1e-9);
        },
      ),
    );
  });

  it('topK and topP reject bad k, mass and distributions', () => {
    expect(() => topK(p, 0)).toThrow('topK: k must be an integer ≥ 1, got 0');
    expect(() => topK(p, 1.5)).toThrow('got 1.5');
    expect(() => topP(p, 0)).toThrow('topP: mass must be in (0, 1], got 0');
    expect(() => topK([0.5, 0.4], 1)).toThrow('topK: p sums to 0.9, not 1 (within 1e-6)');
  });
});
