import { describe, expect, it } from 'vitest';
import { binomialTail } from './inference';
import { mcnemarTest, proportionDifferenceInterval, sampleBinomial } from './proportions';
import { createRng } from './random';
import { expectClose } from '../../tests/helpers/expectClose';

describe('proportionDifferenceInterval(k1, n1, k2, n2, confidence)', () => {
  it('850/1000 vs 870/1000: difference 0.02 ± 1.96 × 0.01551 at 95%', () => {
    const r = proportionDifferenceInterval(850, 1000, 870, 1000);
    expectClose(r.difference, 0.02, 1e-12);
    expectClose(r.standardError, Math.sqrt((0.85 * 0.15 + 0.87 * 0.13) / 1000), 1e-12);
    expect(r.interval.map((x) => x.toFixed(4))).toEqual(['-0.0104', '0.0504']);
  });

  it('narrows by √20 when both test sets are 20 times larger', () => {
    const small = proportionDifferenceInterval(850, 1000, 870, 1000);
    const large = proportionDifferenceInterval(17000, 20000, 17400, 20000);
    expectClose(small.standardError / large.standardError, Math.sqrt(20), 1e-12);
    expect(large.interval[0]).toBeGreaterThan(0);
  });

  it('refuses counts that do not fit their totals', () => {
    expect(() => proportionDifferenceInterval(1001, 1000, 870, 1000)).toThrow(
      /k1 \(successes out of n1\) must be an integer in \[0, 1000\], got 1001/,
    );
    expect(() => proportionDifferenceInterval(1, 2, 1, 2, 1)).toThrow(/confidence/);
  });
});

describe('mcnemarTest(b, c)', () => {
  it('b = 40, c = 60 → z = 2, p = 0.0455', () => {
    const r = mcnemarTest(40, 60);
    expect(r.z).toBe(2);
    expect(r.pValue.toFixed(4)).toBe('0.0455');
  });

  it('is symmetric: swapping the models flips the sign of z only', () => {
    expect(mcnemarTest(60, 40).z).toBe(-2);
    expect(mcnemarTest(60, 40).pValue).toBe(mcnemarTest(40, 60).pValue);
  });

  it('refuses two models that never disagree', () => {
    expect(() => mcnemarTest(0, 0)).toThrow(/never disagree/);
  });
});

describe('sampleBinomial(n, p, rng)', () => {
  it('is reproducible by seed and stays in [0, n]', () => {
    const draw = (seed: number) => {
      const rng = createRng(seed);
      return Array.from({ length: 50 }, () => sampleBinomial(100, 0.3, rng));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7).every((k) => Number.isInteger(k) && k >= 0 && k <= 100)).toBe(true);
  });

  it('gives 0 for p = 0 and n for p = 1', () => {
    const rng = createRng(1);
    expect(sampleBinomial(20, 0, rng)).toBe(0);
    expect(sampleBinomial(20, 1, rng)).toBe(20);
  });

  it('matches the exact tail: P(X ≥ 60) for 100 fair flips within sampling error', () => {
    const rng = createRng(42);
    const draws = 20_000;
    let hits = 0;
    for (let i = 0; i < draws; i++) if (sampleBinomial(100, 0.5, rng) >= 60) hits++;
    const exact = binomialTail(100, 0.5, 60);
    // 4 standard errors of a proportion estimated from 20,000 draws
    expect(Math.abs(hits / draws - exact)).toBeLessThan(
      4 * Math.sqrt((exact * (1 - exact)) / draws),
    );
  });

  it('draws large counts quickly: n = 100,000 has mean n·p', () => {
    const rng = createRng(3);
    const xs = Array.from({ length: 200 }, () => sampleBinomial(100_000, 0.85, rng));
    const m = xs.reduce((s, x) => s + x, 0) / xs.length;
    // standard error of the mean of 200 draws: √(n p (1 − p) / 200) ≈ 8
    expect(Math.abs(m - 85_000)).toBeLessThan(40);
  });
});
