import { describe, expect, it } from 'vitest';
import { softmaxModel } from './model';
import type { SoftmaxInput } from './model';
import { formulaModel } from './formulaModel';
import { softmax } from '../../math';

const base: SoftmaxInput = {
  logits: [2, 1, 0.1],
  labels: ['mat', 'floor', 'sofa'],
  t: 1,
  k: null,
  p: null,
  seed: 42,
  draws: 0,
};
const status = (change: Partial<SoftmaxInput> = {}) => softmaxModel({ ...base, ...change }).status;

describe('status sentence', () => {
  it('says T = 2 flattens the distribution and gives every number', () => {
    expect(status({ t: 2 })).toBe(
      'At T = 2 the distribution is flatter than at T = 1: mat 0.502, floor 0.304, sofa 0.194; entropy 1.03 nats (1.48 bits).',
    );
  });

  it('says T < 1 sharpens it, and names argmax when nearly all mass is on one token', () => {
    expect(status({ t: 0.5 })).toMatch(/^At T = 0\.5 the distribution is sharper than at T = 1/);
    expect(status({ t: 0.1 })).toMatch(
      /^At T = 0\.1 nearly all the probability sits on mat: as T → 0 softmax becomes argmax: mat 1\.000/,
    );
  });

  it('describes plain softmax, equal logits and far-apart logits honestly', () => {
    expect(status()).toMatch(/^At T = 1 \(plain softmax\): mat 0\.659, floor 0\.242, sofa 0\.099;/);
    expect(status({ logits: [1, 1, 1], t: 3 })).toMatch(/^All logits are equal.*uniform/);
    expect(status({ logits: [1e6, -1e6, 0], t: 10 })).toMatch(/practically the same as at T = 1/);
  });

  it('lists the five most probable tokens and counts the rest', () => {
    const logits = Array.from({ length: 8 }, (_, i) => -i);
    const labels = logits.map((_, i) => `w${i}`);
    expect(status({ logits, labels })).toMatch(
      /w0 [\d.]+, w1 [\d.]+, w2 [\d.]+, w3 [\d.]+, w4 [\d.]+ and 3 more;/,
    );
  });

  it('says what top-k and top-p keep and the renormalised values', () => {
    expect(status({ k: 2 })).toMatch(
      /Top-k = 2 keeps mat and floor \(0\.901 of the probability\), renormalised to 0\.731 and 0\.269\.$/,
    );
    expect(status({ p: 0.6 })).toMatch(
      /Top-p = 0\.6 keeps only mat \(0\.659 of the probability\), renormalised to 1\.000\.$/,
    );
    expect(status({ k: 3, p: 1 })).toMatch(/Top-k = 3 with top-p = 1 keeps all 3 tokens\.$/);
    expect(status({ logits: [1e6, -1e6, 0], t: 0.05, p: 0.5 })).toMatch(
      /Top-p = 0\.5 drops nothing: the tokens it would drop already have probability 0/,
    );
  });

  it('reports the draws with the seed', () => {
    const text = status({ t: 2, draws: 100 });
    expect(text).toMatch(/ 100 draws with seed 42: mat \d+, floor \d+, sofa \d+\.$/);
  });
});

describe('formulaModel(logits, T, p, top)', () => {
  it('uses the plain form with e^{z/T} terms while they are readable', () => {
    const f = formulaModel([2, 1, 0.1], 2, softmax([2, 1, 0.1], 2), 0);
    expect(f.stable).toBe(false);
    expect(f.terms.map((t) => t.raw.toFixed(3))).toEqual(['2.718', '1.649', '1.051']);
    expect((f.top.raw / f.sum).toFixed(3)).toBe('0.502');
  });

  it('switches to the stable form, e^0 on top, when a term would overflow', () => {
    const logits = [1e6, -1e6, 0];
    const f = formulaModel(logits, 0.05, softmax(logits, 0.05), 0);
    expect(f.stable).toBe(true);
    expect(f.overflows).toBe(true);
    expect(f.top.shifted).toBe(0);
    expect(f.top.stable).toBe(1);
    expect(f.terms.map((t) => t.stable)).toEqual([1, 0, 0]);
    expect(f.sum).toBe(1);
    expect(f.p).toBe(1);
  });

  it('shows five terms of a long sum and counts the rest', () => {
    const logits = Array.from({ length: 20 }, (_, i) => i / 10);
    const f = formulaModel(logits, 1, softmax(logits), 19);
    expect(f.terms).toHaveLength(5);
    expect(f.hidden).toBe(15);
  });
});
