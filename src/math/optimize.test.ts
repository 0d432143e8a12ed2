import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  criticalLearningRate,
  gradientDescent,
  gradientDescentTrace,
  numericalGradient,
} from './optimize';
import { expectClose } from '../../tests/helpers/expectClose';
import { expectAllClose } from '../../tests/helpers/expectAllClose';

// the guide's running example: fit y = w·x by mean squared error
const xs = [1, 2, 3, 4, 5];
const ys = [2.1, 3.9, 6.2, 7.8, 10.1];
const loss = ([w]: readonly number[]) => xs.reduce((s, x, i) => s + (w! * x - ys[i]!) ** 2, 0) / 5;
const grad = ([w]: readonly number[]) => [
  (2 / 5) * xs.reduce((s, x, i) => s + (w! * x - ys[i]!) * x, 0),
];
const L = 22; // the loss curvature 2·mean(x²)
const regression = (learningRate: number, steps: number) =>
  gradientDescent({ loss, grad, x0: [0], learningRate, steps });

describe('gradientDescent', () => {
  it('gradientDescent on f(x) = x² from 3 with η = 0.1 goes 3 → 2.4 → 1.92, f 9 → 5.76', () => {
    const run = gradientDescent({
      loss: ([x]) => x! ** 2,
      grad: ([x]) => [2 * x!],
      x0: [3],
      learningRate: 0.1,
      steps: 2,
    });
    expect(run.path.map((p) => p.x[0])).toEqual([3, 2.4, 1.92]);
    expectClose(run.path[1]!.loss, 5.76, 1e-12);
  });

  it('gradientDescent on f(x, y) = x² + y² from (3, 4): ∇f = (6, 8), next (2.4, 3.2), f 25 → 16', () => {
    const run = gradientDescent({
      loss: ([x, y]) => x! ** 2 + y! ** 2,
      grad: ([x, y]) => [2 * x!, 2 * y!],
      x0: [3, 4],
      learningRate: 0.1,
      steps: 1,
    });
    expect(run.path[0]).toEqual({ x: [3, 4], loss: 25, grad: [6, 8] });
    expectAllClose(run.path[1]!.x, [2.4, 3.2], 1e-15);
    expectClose(run.path[1]!.loss, 16, 1e-12);
  });

  it('gradientDescent(regression, η = 0.01): first gradient −44.08, loss 44.182, then w = 0.4408', () => {
    const run = regression(0.01, 100);
    expectClose(run.path[0]!.grad[0]!, -44.08, 1e-12);
    expectClose(run.path[0]!.loss, 44.182, 1e-12);
    expectClose(run.path[1]!.x[0]!, 0.4408, 1e-12);
    expect(run.path[100]!.x[0]!.toFixed(6)).toBe('2.003636');
  });

  it('gradientDescent performs exactly `steps` updates: path[0] is the start, path[k] after k', () => {
    expect(regression(0.01, 0).path).toHaveLength(1);
    const run = regression(1, 50);
    // η = 1 diverges violently but the loss stays finite, so every step is taken
    expect(run.path).toHaveLength(51);
    expect(run.stepsTaken).toBe(50);
    expect(run.status).toBe('diverged');
  });

  it('gradientDescent stops early only when the loss becomes non-finite', () => {
    const run = gradientDescent({
      loss: ([x]) => x! ** 2,
      grad: ([x]) => [2 * x!],
      x0: [1],
      learningRate: 1e10,
      steps: 100,
    });
    expect(run.path.length).toBeLessThan(101);
    expect(run.path.at(-1)!.loss).toBe(Infinity);
    expect(run.status).toBe('diverged');
    expect(run.reason).toMatch(/overflowed/);
  });

  it('gradientDescent status on the regression: 0.5/L converging, 1.5/L oscillating, 2.5/L diverged', () => {
    expect(['converging', 'converged']).toContain(regression(0.5 / L, 20).status);
    expect(regression(0.5 / L, 100).status).toBe('converged');
    expect(regression(0.2 / L, 20).status).toBe('converging');
    expect(regression(1.5 / L, 20).status).toBe('oscillating');
    expect(regression(2.5 / L, 50).status).toBe('diverged');
    expect(regression(0.1, 5).status).toBe('diverged');
    expect(regression(0.1, 50).reason).toMatch(/grew from 44\.182/);
  });

  it('gradientDescentTrace(options) records the same run as gradientDescent in typed arrays', () => {
    for (const [eta, steps] of [
      [0.01, 30],
      [0.1, 50],
      [1e12, 100],
    ] as const) {
      const run = regression(eta, steps);
      const trace = gradientDescentTrace({ loss, grad, x0: [0], learningRate: eta, steps });
      expect(trace.count).toBe(run.path.length);
      expect(trace.stepsTaken).toBe(run.stepsTaken);
      expect([trace.status, trace.reason]).toEqual([run.status, run.reason]);
      expect(Array.from(trace.xs)).toEqual(run.path.map((p) => p.x[0]));
      expect(Array.from(trace.losses)).toEqual(run.path.map((p) => p.loss));
      expect(Array.from(trace.grads)).toEqual(run.path.map((p) => p.grad[0]));
    }
    const twoD = gradientDescentTrace({
      loss: ([x, y]) => x! ** 2 + 10 * y! ** 2,
      grad: ([x, y]) => [2 * x!, 20 * y!],
      x0: [3, 4],
      learningRate: 0.01,
      steps: 2,
    });
    expect(twoD.dimension).toBe(2);
    expectAllClose(Array.from(twoD.xs), [3, 4, 2.94, 3.2, 2.8812, 2.56], 1e-14);
    expect(() => gradientDescentTrace({ loss, grad, x0: [0], learningRate: -1, steps: 1 })).toThrow(
      'gradientDescentTrace: learningRate must be a finite number > 0, got -1',
    );
  });

  it('gradientDescent with momentum follows v ← βv + ∇L, x ← x − ηv', () => {
    const run = gradientDescent({
      loss: ([x]) => x! ** 2,
      grad: ([x]) => [2 * x!],
      x0: [1],
      learningRate: 0.1,
      steps: 3,
      momentum: 0.9,
    });
    let x = 1;
    let v = 0;
    const expected = [x];
    for (let k = 0; k < 3; k++) {
      v = 0.9 * v + 2 * x;
      x -= 0.1 * v;
      expected.push(x);
    }
    expectAllClose(
      run.path.map((p) => p.x[0]!),
      expected,
      1e-15,
    );
  });

  it('gradientDescent on a quadratic converges for η < 2/L and diverges for η > 2/L', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.double({ min: 0.05, max: 0.95, noNaN: true }),
        fc.double({ min: 1.05, max: 3, noNaN: true }),
        fc.double({ min: 0.5, max: 10, noNaN: true }),
        (curvature, below, above, x0) => {
          const problem = {
            loss: ([x]: readonly number[]) => (curvature * x! ** 2) / 2,
            grad: ([x]: readonly number[]) => [curvature * x!],
            x0: [x0],
            steps: 400,
          };
          const eta = criticalLearningRate(curvature);
          const stable = gradientDescent({ ...problem, learningRate: below * eta });
          expect(stable.status).not.toBe('diverged');
          expect(stable.path.at(-1)!.loss).toBeLessThan(stable.path[0]!.loss);
          expect(gradientDescent({ ...problem, learningRate: above * eta }).status).toBe(
            'diverged',
          );
        },
      ),
    );
  });

  it('gradientDescent rejects a bad learning rate, step count, momentum or gradient', () => {
    const base = { loss, grad, x0: [0], learningRate: 0.01, steps: 10 };
    expect(() => gradientDescent({ ...base, learningRate: 0 })).toThrow(
      'gradientDescent: learningRate must be a finite number > 0, got 0',
    );
    expect(() => gradientDescent({ ...base, steps: 1.5 })).toThrow(
      'gradientDescent: steps must be an integer ≥ 0, got 1.5',
    );
    expect(() => gradientDescent({ ...base, steps: -1 })).toThrow('got -1');
    expect(() => gradientDescent({ ...base, momentum: 1 })).toThrow(
      'momentum must be in [0, 1), got 1',
    );
    expect(() => gradientDescent({ ...base, x0: [] })).toThrow('gradientDescent: x0 is empty');
    expect(() => gradientDescent({ ...base, grad: () => [1, 2] })).toThrow(
      'grad returned 2 numbers for 1 parameters',
    );
  });
});

describe('criticalLearningRate and numericalGradient', () => {
  it('criticalLearningRate(22) = 2/22 ≈ 0.0909 for the regression', () => {
    expect(criticalLearningRate(L).toFixed(4)).toBe('0.0909');
    expect(() => criticalLearningRate(0)).toThrow(
      'criticalLearningRate: curvature must be > 0, got 0',
    );
  });

  it('numericalGradient(f, x) matches the chain rule: z = (3x + 1)² has dz/dx = 24 at x = 1', () => {
    expectClose(numericalGradient(([x]) => (3 * x! + 1) ** 2, [1])[0]!, 24, 1e-9);
  });

  it('numericalGradient(f, x) agrees with the analytic gradient to ~1e-7 relative', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (x, y) => {
          const f = ([a, b]: readonly number[]) => Math.sin(a!) * b! ** 2 + a! ** 3;
          const exact = [Math.cos(x) * y ** 2 + 3 * x ** 2, 2 * Math.sin(x) * y];
          expectAllClose(numericalGradient(f, [x, y]), exact, 1e-7, 1e-7);
        },
      ),
    );
    expect(() => numericalGradient(() => 0, [1], 0)).toThrow('h must be a finite number > 0');
  });
});
