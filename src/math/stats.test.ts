import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mean, median, quantile, std, variance } from './stats';
import { binomialTail, bootstrapCI, tInterval, twoProportionZTest } from './inference';
import { createRng } from './random';
import { expectClose } from '../../tests/helpers/expectClose';

const scores = [0.85, 0.88, 0.82, 0.9, 0.87];
const sample = fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), {
  minLength: 1,
  maxLength: 40,
});

describe('descriptive statistics', () => {
  it('mean, std (n − 1) and median of the syllabus scores: 0.864, 0.0305, 0.87', () => {
    expectClose(mean(scores), 0.864, 1e-15);
    expect(std(scores).toFixed(4)).toBe('0.0305');
    expectClose(variance(scores), 0.00093, 1e-12);
    expect(median(scores)).toBe(0.87);
    expect(median([3, 1, 2, 4])).toBe(2.5);
  });

  it('on skewed data the mean is pulled by the tail and the median stays typical', () => {
    const incomes = [30, 32, 35, 38, 40, 41, 45, 1000];
    expect(median(incomes)).toBe(39);
    expect(mean(incomes)).toBeGreaterThan(150);
  });

  it('quantile(xs, q) interpolates linearly like numpy.quantile', () => {
    expect(quantile(scores, 0)).toBe(0.82);
    expectClose(quantile(scores, 0.1), 0.832, 1e-14);
    expectClose(quantile(scores, 0.9), 0.892, 1e-14);
    expect(quantile(scores, 1)).toBe(0.9);
    expect(quantile([5], 0.3)).toBe(5);
  });

  it('quantile(xs, q) is monotone in q and stays within [min, max]', () => {
    fc.assert(
      fc.property(
        sample,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (xs, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(quantile(xs, lo)).toBeLessThanOrEqual(quantile(xs, hi));
          expect(quantile(xs, lo)).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(quantile(xs, hi)).toBeLessThanOrEqual(Math.max(...xs));
        },
      ),
    );
  });

  it('variance(xs) is shift-invariant and ≥ 0; mean(xs + c) = mean(xs) + c', () => {
    fc.assert(
      fc.property(sample, fc.double({ min: -1e3, max: 1e3, noNaN: true }), (xs, c) => {
        fc.pre(xs.length >= 2);
        const shifted = xs.map((x) => x + c);
        expect(variance(xs)).toBeGreaterThanOrEqual(0);
        expectClose(variance(shifted), variance(xs), 1e-6, 1e-6);
        expectClose(mean(shifted), mean(xs) + c, 1e-9, 1e-9);
      }),
    );
  });

  it('descriptive statistics name empty input, NaN, n < 2 and q outside [0, 1]', () => {
    expect(() => mean([])).toThrow('mean: xs is empty');
    expect(() => median([1, NaN])).toThrow('median: xs[1] is NaN');
    expect(() => variance([1])).toThrow('variance: the sample variance needs at least 2 values');
    expect(() => std([1])).toThrow('std: the sample standard deviation needs at least 2 values');
    expect(() => quantile([1, 2], 95)).toThrow(
      'quantile: q must be in [0, 1] (a fraction, not a percentage), got 95',
    );
  });
});

describe('inference', () => {
  it('tInterval(scores, 0.95) is the syllabus [0.826, 0.902]', () => {
    const [lo, hi] = tInterval(scores, 0.95);
    expect([lo.toFixed(3), hi.toFixed(3)]).toEqual(['0.826', '0.902']);
    expectClose((lo + hi) / 2, 0.864, 1e-12);
  });

  it('tInterval(xs, c) widens with confidence and needs 2 values', () => {
    const [a, b] = tInterval(scores, 0.9);
    const [c, d] = tInterval(scores, 0.99);
    expect(d - c).toBeGreaterThan(b - a);
    expect(() => tInterval([1], 0.95)).toThrow('tInterval: needs at least 2 values');
    expect(() => tInterval(scores, 95)).toThrow('confidence must be in (0, 1), e.g. 0.95 for 95%');
  });

  it('bootstrapCI(xs, { rng }) is reproducible per seed and brackets the sample mean', () => {
    const rng = () => createRng(42);
    const data = Array.from({ length: 200 }, (_, i) => Math.sin(i) * 3 + (i % 7));
    const ci = bootstrapCI(data, { rng: rng(), resamples: 1000 });
    expect(bootstrapCI(data, { rng: rng(), resamples: 1000 })).toEqual(ci);
    expect(ci[0]).toBeLessThan(mean(data));
    expect(ci[1]).toBeGreaterThan(mean(data));
    // for a large sample the percentile interval is close to the t interval
    const [tlo, thi] = tInterval(data, 0.95);
    expectClose(ci[0], tlo, 0.05);
    expectClose(ci[1], thi, 0.05);
    const med = bootstrapCI(data, { rng: rng(), statistic: median, confidence: 0.9 });
    expect(med[0]).toBeLessThanOrEqual(median(data));
    expect(med[1]).toBeGreaterThanOrEqual(median(data));
  });

  it('twoProportionZTest(850, 1000, 870, 1000) gives z ≈ 1.29, p ≈ 0.197; the same gap on 20,000 is significant', () => {
    const small = twoProportionZTest(850, 1000, 870, 1000);
    expect(small.z.toFixed(2)).toBe('1.29');
    expect(small.pValue.toFixed(3)).toBe('0.197');
    expect(twoProportionZTest(17000, 20000, 17400, 20000).pValue).toBeLessThan(0.05);
    const swapped = twoProportionZTest(870, 1000, 850, 1000);
    expectClose(swapped.z, -small.z, 1e-15);
    expectClose(swapped.pValue, small.pValue, 1e-15);
  });

  it('twoProportionZTest rejects impossible counts and the no-variation case', () => {
    expect(() => twoProportionZTest(1100, 1000, 870, 1000)).toThrow(
      'k1 (successes out of n1) must be an integer in [0, 1000], got 1100',
    );
    expect(() => twoProportionZTest(10, 10, 20, 20)).toThrow('both groups are all successes');
  });

  it('binomialTail(100, 0.5, 60) = 0.0284, exact even for huge n', () => {
    expect(binomialTail(100, 0.5, 60).toFixed(4)).toBe('0.0284');
    expectClose(binomialTail(10000, 0.5, 6000), 8.702158206134146e-90, 1e-9, 0);
    expectClose(binomialTail(1_000_000, 0.5, 500_500), 0.15889734568166486, 1e-9);
    expect(binomialTail(10, 0.3, 0)).toBe(1);
    expect(binomialTail(10, 0.3, 11)).toBe(0);
    expect(binomialTail(10, 0, 1)).toBe(0);
    expect(binomialTail(10, 1, 10)).toBe(1);
  });

  it('binomialTail(n, p, k) equals the direct sum of binomial probabilities for small n', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        fc.nat(31),
        (n, p, k) => {
          let pmf = (1 - p) ** n;
          let tail = 0;
          for (let j = 0; j <= n; j++) {
            if (j >= k) tail += pmf;
            pmf *= ((n - j) / (j + 1)) * (p / (1 - p));
          }
          expectClose(binomialTail(n, p, k), tail, 1e-9, 1e-12);
        },
      ),
    );
  });

  it('binomialTail rejects a non-probability p and a fractional k', () => {
    expect(() => binomialTail(10, 1.5, 3)).toThrow(
      'binomialTail: p must be a probability in [0, 1], got 1.5',
    );
    expect(() => binomialTail(10, 0.5, 2.5)).toThrow('k must be an integer count of successes');
  });
});
