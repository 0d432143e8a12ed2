import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossEntropy, logSoftmax, numericalGradient, sigmoid } from '../../math';
import { expectClose } from '../../../tests/helpers/expectClose';
import { makePoints } from './data';
import { halfPlane, lineInSquare } from './geometry';
import { accuracy, extendRun, meanGradient, meanLoss, startCurvature, startRun } from './model';
import { clampNotices, codecs } from './params';
import { describe as describeStatus, regimeOf } from './status';

const points = makePoints('overlapping', 3, 25);

describe('makePoints(preset, seed, perClass)', () => {
  it('is reproducible, stays on the plane and has perClass points of each class', () => {
    expect(makePoints('overlapping', 3, 25)).toEqual(points);
    expect(makePoints('overlapping', 4, 25)).not.toEqual(points);
    expect(points.filter((p) => p.label === 1)).toHaveLength(25);
    expect(points.every((p) => Math.abs(p.x) <= 4 && Math.abs(p.y) <= 4)).toBe(true);
  });
});

describe('meanLoss and meanGradient', () => {
  it('is ln 2 with all weights 0 (the model says 0.5 everywhere)', () => {
    expectClose(meanLoss(points, [0, 0, 0]), Math.LN2);
  });

  it('equals the core cross-entropy of σ(z), and log-softmax of [0, z]', () => {
    fc.assert(
      fc.property(
        fc.tuple(
          fc.double({ min: -5, max: 5, noNaN: true }),
          fc.double({ min: -5, max: 5, noNaN: true }),
          fc.double({ min: -5, max: 5, noNaN: true }),
        ),
        (t) => {
          const zs = points.map((p) => t[0] * p.x + t[1] * p.y + t[2]);
          const viaLogSoftmax =
            points.reduce((s, p, i) => s - (logSoftmax([0, zs[i] ?? 0])[p.label] ?? NaN), 0) /
            points.length;
          const loss = meanLoss(points, t);
          if (Math.abs(loss - viaLogSoftmax) >= 1e-9) return false;
          // σ(z) then −log q loses 1 − q to rounding once |z| is large (the very reason the
          // model computes from logits), so that route is only compared where it is accurate
          if (zs.some((z) => Math.abs(z) > 10)) return true;
          const viaSigmoid =
            points.reduce((s, p, i) => {
              const q = sigmoid(zs[i] ?? 0);
              return s + crossEntropy(p.label, [1 - q, q]);
            }, 0) / points.length;
          return Math.abs(loss - viaSigmoid) < 1e-9;
        },
      ),
    );
  });

  it('stays finite for huge weights (no log of 0)', () => {
    expect(Number.isFinite(meanLoss(points, [1e6, -1e6, 1e6]))).toBe(true);
  });

  it('has the gradient the central-difference check agrees with', () => {
    const t = [0.7, -1.2, 0.3];
    const numeric = numericalGradient((x) => meanLoss(points, x), t);
    meanGradient(points, t).forEach((g, i) => expectClose(g, numeric[i] ?? NaN, 1e-6, 1e-8));
  });
});

describe('training runs', () => {
  it('lowers the loss and separates the separable preset', () => {
    const pts = makePoints('separable', 3, 25);
    const run = extendRun(startRun(pts), pts, 0.5, 200);
    expect(run.losses[200]).toBeLessThan(0.05);
    const theta = run.thetas[200] ?? [0, 0, 0];
    expect(accuracy(pts, theta)).toBe(1);
    expect(regimeOf(run, 200, 1)).toBe('separated');
  });

  it('resumes exactly: 30 steps then 70 more equals 100 steps at once', () => {
    const once = extendRun(startRun(points), points, 0.5, 100);
    const twice = extendRun(extendRun(startRun(points), points, 0.5, 30), points, 0.5, 100);
    expect(twice.thetas[100]).toEqual(once.thetas[100]);
    expect(twice.losses).toEqual(once.losses);
  });

  it('calls a too-large learning rate diverged, in words, never NaN', () => {
    const run = extendRun(startRun(points), points, 100, 20);
    const acc = accuracy(points, run.thetas[20] ?? [0, 0, 0]);
    expect(regimeOf(run, 20, acc)).toBe('diverged');
    const text = describeStatus({
      regime: 'diverged',
      step: 20,
      lr: 100,
      loss: run.losses[20] ?? 0,
      startLoss: run.losses[0] ?? 0,
      correct: 40,
      total: 50,
      critical: 2 / startCurvature(points),
      preset: 'overlapping',
    });
    expect(text).toMatch(
      /Diverged: the loss is above the 0\.6931 it started at\. η = 100 is too large/,
    );
    expect(run.losses.every(Number.isFinite)).toBe(true);
  });

  it('cannot separate XOR-like data with a line and says so', () => {
    const pts = makePoints('xor', 3, 25);
    const run = extendRun(startRun(pts), pts, 0.5, 300);
    const acc = accuracy(pts, run.thetas[300] ?? [0, 0, 0]);
    expect(acc).toBeLessThan(0.7);
    const text = describeStatus({
      regime: regimeOf(run, 300, acc),
      step: 300,
      lr: 0.5,
      loss: run.losses[300] ?? 0,
      startLoss: Math.LN2,
      correct: Math.round(acc * 50),
      total: 50,
      critical: 2,
      preset: 'xor',
    });
    expect(text).toMatch(/No straight line separates XOR-like data/);
  });

  it('puts 2/L at the curvature of the loss at the start', () => {
    // at θ = 0 every σ′ is 1/4, so the Hessian is X̃ᵀX̃ / 4n; compare its quadratic form
    const L = startCurvature(points);
    const h = 1e-4;
    const u = [0.6, 0.8, 0];
    const f = (s: number) =>
      meanLoss(
        points,
        u.map((v) => v * s),
      );
    const curvatureAlongU = (f(h) - 2 * f(0) + f(-h)) / (h * h);
    expect(curvatureAlongU).toBeLessThanOrEqual(L * 1.0001);
    expect(L).toBeGreaterThan(0);
  });
});

describe('geometry', () => {
  it('clips the boundary x = 1 to the square and shades the class-1 side', () => {
    expect(lineInSquare([1, 0, -1])).toEqual([
      { x: 1, y: -4 },
      { x: 1, y: 4 },
    ]);
    expect(halfPlane([1, 0, -1]).map((p) => p.x)).toEqual([1, 4, 4, 1]);
    expect(lineInSquare([0, 0, 1])).toBeNull();
    expect(lineInSquare([1, 0, -10])).toBeNull();
  });
});

describe('URL parameters', () => {
  it('reads added points and rejects malformed ones', () => {
    const ok = codecs.added.schema.safeParse('1.5,-2,1;0,0.5,0');
    expect(ok.success && ok.data).toEqual([
      { x: 1.5, y: -2, label: 1 },
      { x: 0, y: 0.5, label: 0 },
    ]);
    expect(codecs.added.schema.safeParse('1,2,3').success).toBe(false);
    expect(codecs.added.schema.safeParse('9,0,1').success).toBe(false);
    expect(codecs.added.schema.safeParse('NaN,0,1').success).toBe(false);
  });

  it('clamps absurd step counts and sizes with a notice, and rejects a zero learning rate', () => {
    const steps = codecs.steps.schema.safeParse('1e9');
    expect(steps.success && steps.data).toBe(1000);
    expect(clampNotices('?tiny-classifier.steps=1e9')[0]?.message).toMatch(
      /tiny-classifier\.steps=1000000000 is more than this widget allows for the steps; using the maximum, 1000/,
    );
    expect(codecs.lr.schema.safeParse('0').success).toBe(false);
    expect(codecs.lr.schema.safeParse('Infinity').success).toBe(false);
  });
});
