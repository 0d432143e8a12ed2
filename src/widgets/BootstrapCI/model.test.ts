import { describe, expect, it } from 'vitest';
import { bootstrapCI, createRng, mean, median, tInterval } from '../../math';
import { expectClose } from '../../../tests/helpers/expectClose';
import { bootstrapModel, drawLosses } from './model';
import { defaults } from './params';

const run = (params = defaults) => bootstrapModel(params, drawLosses(params.seed));

describe('drawLosses(seed)', () => {
  it('is reproducible by seed, positive, and skewed to the right (mean above median)', () => {
    const a = drawLosses(7);
    expect(a).toEqual(drawLosses(7));
    expect(a).not.toEqual(drawLosses(8));
    expect(a.every((x) => x > 0)).toBe(true);
    expect(mean(a)).toBeGreaterThan(median(a));
  });
});

describe('bootstrapModel(params, population)', () => {
  it('uses the first n losses, so a larger n adds examples', () => {
    const small = run({ ...defaults, n: 10 });
    const large = run({ ...defaults, n: 40 });
    expect(large.sample.slice(0, 10)).toEqual(small.sample);
  });

  it('has a bootstrap interval that contains the sample mean, for many seeds and sizes', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      for (const n of [5, 30, 200]) {
        const view = run({ ...defaults, seed, n, boot: seed + 10 });
        expect(view.bootstrap[0]).toBeLessThanOrEqual(view.mean);
        expect(view.bootstrap[1]).toBeGreaterThanOrEqual(view.mean);
        expect(view.t[0]).toBeLessThan(view.mean);
        expect(view.t[1]).toBeGreaterThan(view.mean);
      }
    }
  });

  it('matches the math core: the same interval as bootstrapCI with the same seed, and tInterval', () => {
    const view = run();
    const sample = drawLosses(defaults.seed).slice(0, defaults.n);
    expect(view.bootstrap).toEqual(
      bootstrapCI(sample, { resamples: 2000, confidence: 0.95, rng: createRng(defaults.boot) }),
    );
    expect(view.t).toEqual(tInterval(sample, 0.95));
  });

  it('records one mean per resample, sorted, whose percentiles are the interval', () => {
    const view = run();
    expect(view.means.length).toBe(2000);
    expect([...view.means]).toEqual([...view.means].sort((a, b) => a - b));
    expectClose(view.means[0] ?? NaN, Math.min(...view.means));
    expect(view.bootstrap[0]).toBeGreaterThanOrEqual(view.means[0] ?? Infinity);
    expect(view.bootstrap[1]).toBeLessThanOrEqual(view.means[1999] ?? -Infinity);
  });

  it('narrows as the sample grows and widens with the confidence level', () => {
    const width = ([lo, hi]: [number, number]) => hi - lo;
    expect(width(run({ ...defaults, n: 200 }).bootstrap)).toBeLessThan(
      width(run({ ...defaults, n: 20 }).bootstrap),
    );
    expect(width(run({ ...defaults, confidence: 0.99 }).t)).toBeGreaterThan(
      width(run({ ...defaults, confidence: 0.8 }).t),
    );
  });

  it('is reproducible by the resampling seed, and another seed moves the interval a little', () => {
    expect(run().bootstrap).toEqual(run().bootstrap);
    const other = run({ ...defaults, boot: 2 }).bootstrap;
    expect(other).not.toEqual(run().bootstrap);
    expect(Math.abs(other[0] - run().bootstrap[0])).toBeLessThan(0.05);
  });

  it('describes the result in words, naming both intervals', () => {
    expect(run().status).toMatch(
      /^30 per-example losses \(seed 7\): mean \d\.\d{3}, median \d\.\d{3}\. 95% bootstrap interval for the mean \[\d\.\d{3}, \d\.\d{3}\] from 2,000 resamples; 95% t-interval \[\d\.\d{3}, \d\.\d{3}\]\. The bootstrap interval /,
    );
  });
});
