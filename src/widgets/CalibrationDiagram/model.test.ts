import { describe, expect, it } from 'vitest';
import { fitScale, meanNll, reliability, simulate } from './model';
import { clampNotices, codecs } from './params';
import { calibrationViewOf, regimeOf } from './view';

const data = simulate(7, 1000);
const scale = fitScale(data);

describe('simulate(seed, n)', () => {
  it('is reproducible from its seed and differs between seeds', () => {
    const again = simulate(7, 1000);
    expect(again.labels).toEqual(data.labels);
    expect(again.logits[17]).toEqual(data.logits[17]);
    expect(simulate(8, 1000).labels).not.toEqual(data.labels);
  });

  it('draws a test half and a validation half of n examples each', () => {
    expect(data.logits).toHaveLength(2000);
    expect(data.labels.every((y) => Number.isInteger(y) && y >= 0 && y < 10)).toBe(true);
  });
});

describe('reliability(data, t, bins)', () => {
  it('is close to calibrated at T = 1, where labels are drawn from softmax(z)', () => {
    const r = reliability(data, 1, 10);
    expect(r.ece).toBeLessThan(0.05);
    expect(regimeOf(r)).toBe('calibrated');
  });

  it('is overconfident below T = 1 and underconfident above, with a larger ECE', () => {
    const over = reliability(data, 0.5, 10);
    const under = reliability(data, 3, 10);
    expect(regimeOf(over)).toBe('overconfident');
    expect(regimeOf(under)).toBe('underconfident');
    expect(over.ece).toBeGreaterThan(0.1);
    expect(under.ece).toBeGreaterThan(0.1);
  });

  it('never changes accuracy with the temperature (the argmax stays put)', () => {
    const accuracies = [0.2, 0.5, 1, 2, 5].map((t) => reliability(data, t, 10).accuracy);
    expect(new Set(accuracies).size).toBe(1);
  });

  it('counts every prediction in exactly one bin, and ECE is the weighted gap', () => {
    const r = reliability(data, 0.5, 7);
    expect(r.bins.reduce((s, b) => s + b.count, 0)).toBe(1000);
    const ece = r.bins.reduce(
      (s, b) =>
        b.accuracy === null || b.confidence === null
          ? s
          : s + (b.count / 1000) * Math.abs(b.accuracy - b.confidence),
      0,
    );
    expect(Math.abs(ece - r.ece)).toBeLessThan(1e-12);
    expect(r.bins[0]?.confidence).toBeNull();
  });
});

describe('fitScale(data): temperature scaling', () => {
  it('finds a divisor near 1 for logits that are calibrated at T = 1', () => {
    expect(scale).toBeGreaterThan(0.85);
    expect(scale).toBeLessThan(1.15);
  });

  it('minimises the validation NLL', () => {
    const at = (s: number) => meanNll(data, s, 1000, 2000);
    expect(at(scale)).toBeLessThanOrEqual(at(scale * 1.05));
    expect(at(scale)).toBeLessThanOrEqual(at(scale / 1.05));
  });

  it('undoes any reported temperature: T* = scale / T, and ECE falls', () => {
    const view = calibrationViewOf(data, scale, 0.5, true, 10);
    expect(view.fitted).toBeCloseTo(scale / 0.5, 12);
    expect(view.after.ece).toBeLessThan(view.before.ece / 3);
    expect(view.after.accuracy).toBe(view.before.accuracy);
    expect(view.status).toMatch(/^With temperature scaling .* ECE falls from 0\.\d{3} to 0\.\d{3}/);
    expect(view.status).toMatch(/Accuracy stays/);
  });

  it('names the regime in the status sentence', () => {
    const view = calibrationViewOf(data, scale, 0.5, false, 10);
    expect(view.status).toMatch(
      /^At T = 0\.5 the classifier is overconfident: its average confidence is 0\.\d{3} but it is right only 0\.\d{3} of the time; ECE = 0\.\d{3}\./,
    );
    expect(view.status).not.toMatch(/NaN|Infinity/);
  });
});

describe('URL parameters', () => {
  it('clamps an absurd size to the maximum and says so', () => {
    const parsed = codecs.n.schema.safeParse('1e9');
    expect(parsed.success && parsed.data).toBe(2000);
    expect(clampNotices('?calibration-diagram.n=1e9')[0]?.message).toMatch(
      /calibration-diagram\.n=1e9 is outside .* using 2000/,
    );
  });

  it('rejects non-numbers, fractional seeds and a zero temperature', () => {
    expect(codecs.t.schema.safeParse('abc').success).toBe(false);
    expect(codecs.t.schema.safeParse('0').success).toBe(false);
    expect(codecs.seed.schema.safeParse('1.5').success).toBe(false);
    expect(codecs.bins.schema.safeParse('2').success).toBe(false);
    const tiny = codecs.t.schema.safeParse('0.001');
    expect(tiny.success && tiny.data).toBe(0.2);
  });
});
