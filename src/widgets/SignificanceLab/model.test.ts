import { describe, expect, it } from 'vitest';
import { formatP, points, significanceModel, simulateReruns } from './model';
import { defaults, RERUNS } from './params';
import type { Params } from './params';

const run = (params: Params = defaults) => significanceModel(params, simulateReruns(params));

describe('significanceModel(params, reruns)', () => {
  it('gives the lesson’s numbers: 85.0% vs 87.0% on 1,000 each → z ≈ 1.29, p ≈ 0.197', () => {
    const view = run();
    expect(view.kA).toBe(850);
    expect(view.kB).toBe(870);
    expect(view.test?.z.toFixed(2)).toBe('1.29');
    expect(view.test?.pValue.toFixed(3)).toBe('0.197');
    expect(view.test?.significant).toBe(false);
    expect(view.interval.map((x) => x.toFixed(4))).toEqual(['-0.0104', '0.0504']);
    expect(view.status).toMatch(
      /^B − A = \+2\.0 points \(85\.0% vs 87\.0%, 1,000 examples each\): z = 1\.29, p = 0\.197\. Not significant at 0\.05: a gap this large turns up by chance about 20% of the time when the models are equally good, and the 95% interval of the difference runs from −1\.0 to \+5\.0 points, which includes 0\./,
    );
  });

  it('finds the same 2-point gap significant on 20,000 examples each', () => {
    const view = run({ ...defaults, n: 20_000 });
    expect(view.test?.z.toFixed(2)).toBe('5.76');
    expect(view.test?.significant).toBe(true);
    expect(formatP(view.test?.pValue ?? 1)).toBe('8.2 × 10^−9');
    expect(view.status).toMatch(/Significant at 0\.05: .* which excludes 0\./);
  });

  it('rounds accuracies to whole examples', () => {
    const view = run({ ...defaults, a: 0.8512, n: 100 });
    expect(view.kA).toBe(85);
    expect(view.accA).toBe(0.85);
  });

  it('says in words that two perfect models cannot be tested, never NaN', () => {
    const view = run({ ...defaults, a: 1, b: 1 });
    expect(view.test).toBeNull();
    expect(view.problem).toMatch(/pooled standard error is 0/);
    expect(view.status).toMatch(/no test is possible/);
    expect(view.status).not.toMatch(/NaN|Infinity/);
  });
});

describe('simulateReruns(params)', () => {
  it('is reproducible by seed and differs between seeds', () => {
    expect(simulateReruns(defaults)).toEqual(simulateReruns(defaults));
    expect(simulateReruns({ ...defaults, seed: 43 })).not.toEqual(simulateReruns(defaults));
    expect(simulateReruns(defaults)).toHaveLength(RERUNS);
  });

  it('reaches significance in about a quarter of reruns at n = 1,000 and nearly always at 20,000', () => {
    // the power of the test for 85% vs 87%: about 0.25 at n = 1,000, about 1 at n = 20,000
    const small = run().significantShare;
    expect(small).toBeGreaterThan(0.12);
    expect(small).toBeLessThan(0.4);
    expect(run({ ...defaults, n: 20_000 }).significantShare).toBeGreaterThan(0.97);
  });

  it('is significant about 5% of the time when the models are equally good', () => {
    const shares = [1, 2, 3, 4, 5].map(
      (seed) => run({ ...defaults, b: 0.85, seed }).significantShare,
    );
    const mean = shares.reduce((s, x) => s + x, 0) / shares.length;
    expect(mean).toBeGreaterThan(0.02);
    expect(mean).toBeLessThan(0.09);
  });
});

describe('formatP(p) and points(x)', () => {
  it('prints p-values and signed percentage points', () => {
    expect(formatP(0.19745)).toBe('0.197');
    expect(points(0.02)).toBe('+2.0');
    expect(points(-0.0104)).toBe('−1.0');
    expect(points(0.0001)).toBe('0.0');
  });
});
