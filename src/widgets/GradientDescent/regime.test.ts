import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradientDescent } from '../../math';
import { axisDynamics, predict, stabilityLimit } from './regime';

/** Error after `steps` updates on f(x) = λx²/2 from x = 1, by the math core. */
const errorAfter = (lambda: number, eta: number, beta: number, steps: number) =>
  gradientDescent({
    loss: ([x = 0]) => 0.5 * lambda * x * x,
    grad: ([x = 0]) => [lambda * x],
    x0: [1],
    learningRate: eta,
    momentum: beta,
    steps,
  }).path.map((p) => p.x[0] ?? NaN);

describe('axisDynamics(λ, η, β)', () => {
  it('plain descent multiplies the error by 1 − ηλ each step, as the core computes', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.double({ min: 0.001, max: 0.1, noNaN: true }),
        (lambda, eta) => {
          const xs = errorAfter(lambda, eta, 0, 3);
          const d = axisDynamics(lambda, eta, 0);
          expect(d.rate).toBeCloseTo(Math.abs(1 - eta * lambda), 12);
          expect(d.oscillates).toBe(1 - eta * lambda < 0);
          expect(Math.abs(xs[3] ?? NaN)).toBeCloseTo(d.rate ** 3, 9);
        },
      ),
    );
  });

  it('with momentum the error shrinks by the predicted rate in the long run', () => {
    for (const [lambda, eta, beta] of [
      [22, 0.01, 0.9],
      [1, 0.019, 0.9],
      [22, 0.01, 0.3],
    ] as const) {
      const rate = axisDynamics(lambda, eta, beta).rate;
      const xs = errorAfter(lambda, eta, beta, 400);
      // the envelope of |x_k| decays like rate^k: compare the largest swings 200 steps apart
      const peak = (from: number) => Math.max(...xs.slice(from, from + 60).map(Math.abs));
      const observed = (peak(340) / peak(140)) ** (1 / 200);
      expect(observed).toBeCloseTo(rate, 2);
    }
  });
});

describe('predict(curvatures, η, β)', () => {
  it('names each regime of plain descent on L = 22', () => {
    const regime = (eta: number) => predict([22], eta, 0).regime;
    expect(regime(0.001)).toBe('slow');
    expect(regime(0.01)).toBe('converging');
    expect(regime(1 / 22)).toBe('one-step');
    expect(regime(0.07)).toBe('oscillating');
    expect(regime(0.1)).toBe('diverging');
    expect(predict([2], 1, 0).regime).toBe('edge');
  });

  it('takes the steepest direction for the limit: 2/κ on the valley', () => {
    expect(stabilityLimit([1, 10], 0)).toBeCloseTo(0.2, 12);
    expect(stabilityLimit([1, 100], 0.9)).toBeCloseTo(0.038, 12);
    expect(predict([1, 10], 0.21, 0).regime).toBe('diverging');
  });

  it('does not call an invisible swing a zig-zag', () => {
    // across the valley the factor is −0.01: the swing is gone after one step
    expect(predict([1, 100], 0.0101, 0).regime).toBe('slow');
  });
});
