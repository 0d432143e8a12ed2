import { describe, expect, it } from 'vitest';
import { binomialTail } from '../../math';
import { formatProbability, samplingModel } from './model';
import { defaults } from './params';
import { headsSource, histogram } from './simulate';

const run = (params = defaults) =>
  samplingModel(params, headsSource(params.n, params.p, params.seed).take(params.batches));

describe('headsSource(n, p, seed)', () => {
  it('is reproducible by seed, and a different seed gives different batches', () => {
    const a = headsSource(100, 0.5, 42).take(500);
    const b = headsSource(100, 0.5, 42).take(500);
    const c = headsSource(100, 0.5, 43).take(500);
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
  });

  it('extends the same stream: the first batches do not change when more are asked for', () => {
    const source = headsSource(50, 0.3, 7);
    const first = [...source.take(100)];
    expect([...source.take(400)].slice(0, 100)).toEqual(first);
    expect([...headsSource(50, 0.3, 7).take(400)]).toEqual([...source.take(400)]);
  });

  it('gives only 0 heads for p = 0 and n heads for p = 1', () => {
    expect(new Set(headsSource(20, 0, 1).take(50))).toEqual(new Set([0]));
    expect(new Set(headsSource(20, 1, 1).take(50))).toEqual(new Set([20]));
  });
});

describe('samplingModel(params, heads)', () => {
  it('has a histogram whose total is the number of batches', () => {
    for (const batches of [10, 1000, 10_000]) {
      const view = run({ ...defaults, batches });
      expect(view.counts.reduce((s, c) => s + c, 0)).toBe(batches);
      expect(view.shown).toBe(batches);
    }
  });

  it('reports the lesson’s exact P(heads ≥ 60) = 0.0284 for 100 fair flips', () => {
    const view = run();
    expect(view.exactTail.toFixed(4)).toBe('0.0284');
    expect(view.exactTail).toBe(binomialTail(100, 0.5, 60));
    // continuity-corrected normal: 1 − Φ((59.5 − 50) / 5)
    expect(view.normal?.tail.toFixed(4)).toBe('0.0287');
    expect(view.mean).toBe(50);
    expect(view.sd).toBe(5);
  });

  it('estimates the tail within sampling error at 10,000 batches', () => {
    const view = run({ ...defaults, batches: 10_000 });
    const se = Math.sqrt((view.exactTail * (1 - view.exactTail)) / 10_000);
    expect(Math.abs(view.simulatedTail - view.exactTail)).toBeLessThan(4 * se);
    expect(Math.abs(view.sampleMean - 50)).toBeLessThan(0.2);
  });

  it('has a normal overlay whose expected counts sum to about the number of batches', () => {
    const view = run();
    const sum = view.normal?.expected.reduce((s, c) => s + c, 0) ?? 0;
    expect(Math.abs(sum - 1000)).toBeLessThan(1e-6);
  });

  it('says there is no normal approximation when p is 0 or 1, without NaN', () => {
    const view = run({ ...defaults, p: 1 });
    expect(view.normal).toBeNull();
    expect(view.simulatedTail).toBe(1);
    expect(view.status).toMatch(
      /no normal approximation: with p = 1 every flip lands the same way/,
    );
    expect(view.status).not.toMatch(/NaN|Infinity/);
  });

  it('describes the run in words', () => {
    const view = run();
    expect(view.status).toMatch(
      /^1,000 batches of 100 flips with p = 0\.5 \(seed 42\): the head counts average \d+\.\d, against n·p = 50\. \d+ batches \(\d+\.\d%\) had 60 or more heads; the exact binomial probability is 0\.0284 and the normal approximation gives 0\.0287\.$/,
    );
  });

  it('keeps k, the mass and every observed count inside the chart window', () => {
    const view = run({ ...defaults, k: 3 });
    const [lo, hi] = view.window;
    expect(lo).toBeLessThanOrEqual(3);
    expect(hi).toBeGreaterThanOrEqual(70);
    const observed = [...view.counts.keys()].filter((j) => (view.counts[j] ?? 0) > 0);
    expect(Math.min(...observed)).toBeGreaterThanOrEqual(lo);
    expect(Math.max(...observed)).toBeLessThanOrEqual(hi);
    expect(run({ ...defaults, n: 1, k: 1 }).window).toEqual([0, 1]);
  });
});

describe('histogram(heads, n) and formatProbability(x)', () => {
  it('counts each head count', () => {
    expect([...histogram(Int32Array.from([0, 2, 2, 1]), 3)]).toEqual([1, 1, 2, 0]);
  });

  it('never prints a tiny tail as 0.0000', () => {
    expect(formatProbability(0.0284)).toBe('0.0284');
    expect(formatProbability(binomialTail(200, 0.5, 180))).toMatch(/^\d\.\d × 10\^−\d+$/);
    expect(formatProbability(0)).toBe('0.0000');
  });
});
