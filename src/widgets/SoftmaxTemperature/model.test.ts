import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entropy, softmax } from '../../math';
import { expectClose } from '../../../tests/helpers/expectClose';
import { filtered, rankOrder, sampleCounts, softmaxModel } from './model';
import type { SoftmaxInput } from './model';

const base: SoftmaxInput = {
  logits: [2, 1, 0.1],
  labels: ['mat', 'floor', 'sofa'],
  t: 1,
  k: null,
  p: null,
  seed: 42,
  draws: 0,
};
const model = (change: Partial<SoftmaxInput> = {}) => softmaxModel({ ...base, ...change });
const probs = (change: Partial<SoftmaxInput> = {}) => model(change).tokens.map((t) => t.p);
const fixed3 = (xs: readonly number[]) => xs.map((x) => x.toFixed(3));

describe('softmaxModel({ logits, t })', () => {
  it('gives 0.502, 0.304, 0.194 for logits 2, 1, 0.1 at T = 2', () => {
    expect(fixed3(probs({ t: 2 }))).toEqual(['0.502', '0.304', '0.194']);
  });

  it('gives the syllabus table for T = 0.1, 0.5, 1, 5', () => {
    expect(fixed3(probs({ t: 0.1 }))).toEqual(['1.000', '0.000', '0.000']);
    expect(fixed3(probs({ t: 0.5 }))).toEqual(['0.864', '0.117', '0.019']);
    expect(fixed3(probs({ t: 1 }))).toEqual(['0.659', '0.242', '0.099']);
    expect(fixed3(probs({ t: 5 }))).toEqual(['0.400', '0.327', '0.273']);
  });

  it('keeps the T = 1 distribution beside any temperature for the faint bars', () => {
    const view = model({ t: 2 });
    expect(fixed3(view.tokens.map((t) => t.p1))).toEqual(['0.659', '0.242', '0.099']);
    expectClose(view.readout1.entropyNats, 0.846738178760252, 1e-12);
  });

  it('stays finite and sums to 1 for logits of ±1e6 at T = 0.05 and T = 10', () => {
    for (const t of [0.05, 10]) {
      const p = probs({ logits: [1e6, -1e6, 0, 999999.5], labels: ['a', 'b', 'c', 'd'], t });
      expect(p.every(Number.isFinite)).toBe(true);
      expectClose(
        p.reduce((s, x) => s + x, 0),
        1,
        1e-12,
      );
      const view = model({ logits: [1e6, -1e6], labels: ['a', 'b'], t });
      expect(JSON.stringify(view)).not.toMatch(/NaN|Infinity/);
      expect(view.status).not.toMatch(/NaN|Infinity/);
    }
  });

  it('softmax(z, T) sums to 1 and has no NaN for any logits in ±1e6 and T in [0.05, 10]', () => {
    const logit = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(logit, { minLength: 2, maxLength: 20 }),
        fc.double({ min: 0.05, max: 10, noNaN: true }),
        (logits, t) => {
          const view = model({ logits, labels: logits.map((_, i) => `t${i}`), t });
          const sum = view.tokens.reduce((s, token) => s + token.p, 0);
          return Math.abs(sum - 1) < 1e-9 && !/NaN|Infinity/.test(view.status);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reports entropy in nats and bits, the max probability and perplexity e^H', () => {
    const { readout } = model({ t: 2 });
    expectClose(readout.entropyNats, entropy(softmax([2, 1, 0.1], 2)), 1e-12);
    expectClose(readout.entropyBits, readout.entropyNats / Math.log(2), 1e-12);
    expectClose(readout.perplexity, Math.exp(readout.entropyNats), 1e-12);
    expectClose(readout.maxP, softmax([2, 1, 0.1], 2)[0] ?? NaN, 1e-12);
    // uniform over n tokens: H = ln n, perplexity n
    const uniform = model({ logits: [3, 3, 3, 3], labels: ['a', 'b', 'c', 'd'] }).readout;
    expectClose(uniform.entropyNats, Math.log(4), 1e-12);
    expectClose(uniform.perplexity, 4, 1e-12);
  });

  it('ranks tokens by probability, ties in row order', () => {
    expect(rankOrder([0.2, 0.5, 0.2, 0.1])).toEqual([1, 0, 2, 3]);
  });
});

describe('top-k and top-p', () => {
  it('top-k = 2 drops sofa and renormalises mat and floor to e/(1 + e) and 1/(1 + e)', () => {
    const view = model({ k: 2 });
    expect(view.tokens.map((t) => t.dropped)).toEqual([false, false, true]);
    expectClose(view.tokens[0]?.q ?? NaN, Math.E / (1 + Math.E), 1e-12);
    expectClose(view.tokens[1]?.q ?? NaN, 1 / (1 + Math.E), 1e-12);
    expect(view.tokens[2]?.q).toBe(0);
    expectClose(view.filter?.keptMass ?? NaN, 0.6590011388859679 + 0.24243297070471392, 1e-12);
    expect(view.filter?.kept).toEqual([0, 1]);
  });

  it('top-p = 0.9 keeps the smallest set reaching 0.9: two tokens at T = 1, all three at T = 2', () => {
    expect(model({ p: 0.9 }).filter?.kept).toEqual([0, 1]);
    // at T = 2 mat + floor is only 0.806, so sofa is needed too
    expect(model({ p: 0.9, t: 2 }).filter?.kept).toEqual([0, 1, 2]);
    expect(model({ p: 0.6 }).filter?.kept).toEqual([0]);
  });

  it('applies top-k first, then top-p on the renormalised result', () => {
    // top-k = 2 gives [0.731, 0.269, 0]; top-p = 0.7 then keeps mat alone
    expect(filtered(softmax([2, 1, 0.1]), 2, 0.7)).toEqual([1, 0, 0]);
  });

  it('the sampling distribution always sums to 1', () => {
    for (const [k, p] of [
      [1, null],
      [2, 0.5],
      [null, 0.95],
      [3, 1],
    ] as const) {
      const q = model({ k, p, t: 0.7 }).tokens.map((t) => t.q);
      expectClose(
        q.reduce((s, x) => s + x, 0),
        1,
        1e-12,
      );
    }
  });

  it('never calls a token that underflowed to probability 0 "dropped"', () => {
    const view = model({ logits: [1e6, -1e6, 0], labels: ['a', 'b', 'c'], k: 1 });
    expect(view.tokens.map((t) => t.dropped)).toEqual([false, false, false]);
  });
});

describe('sampling', () => {
  it('gives the same counts for the same seed and different counts for another seed', () => {
    const q = softmax([2, 1, 0.1], 2);
    const a = sampleCounts(q, 42, 100);
    expect(sampleCounts(q, 42, 100)).toEqual(a);
    expect(a.reduce((s, x) => s + x, 0)).toBe(100);
    expect(sampleCounts(q, 7, 100)).not.toEqual(a);
  });

  it('draws only kept tokens, in proportions near q for many draws', () => {
    const view = model({ k: 2, draws: 10_000 });
    expect(view.tokens[2]?.count).toBe(0);
    const mat = (view.tokens[0]?.count ?? 0) / 10_000;
    // binomial sd at 10,000 draws is 0.0044; 4 sd
    expect(Math.abs(mat - (view.tokens[0]?.q ?? 0))).toBeLessThan(0.018);
  });

  it('has no counts before the first draw', () => {
    expect(model().tokens.every((t) => t.count === null)).toBe(true);
  });
});
