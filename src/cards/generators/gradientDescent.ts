// Lesson "gradient-descent": one step on a quadratic, and whether a learning rate is stable for
// a given curvature.
import { criticalLearningRate, gradientDescent } from '../../math';
import type { MistakeId } from '../mistakes';
import { drawUntil, intIn, pick, register } from './types';
import type { Generator } from './types';
import { fixed, halfUnit, num, term } from './text';

interface StepParams {
  /** f(w) = a·(w − c)² */
  a: number;
  c: number;
  w0: number;
  eta: number;
}

/** Runs one update of gradient descent through the core; `sign` −1 runs gradient ascent instead. */
export function oneStep({ a, c, w0, eta }: StepParams, sign: 1 | -1 = 1): number {
  const run = gradientDescent({
    loss: ([w = 0]) => a * (w - c) ** 2,
    grad: ([w = 0]) => [sign * 2 * a * (w - c)],
    x0: [w0],
    learningRate: eta,
    steps: 1,
  });
  return run.path[1]?.x[0] ?? Number.NaN;
}

const poly = (a: number, c: number) => {
  const inner = c === 0 ? 'w' : `(w ${c > 0 ? '−' : '+'} ${num(Math.abs(c))})`;
  return `${a === 1 ? '' : num(a)}${inner}²`;
};

export const gdStep: Generator<StepParams> = {
  name: 'gd-step',
  describe: 'one gradient-descent step on f(w) = a(w − c)², to 3 decimals',
  params: (rng) =>
    drawUntil(
      rng,
      (r) => ({
        a: pick(r, [0.5, 1, 2]),
        c: intIn(r, -3, 3),
        w0: intIn(r, -5, 5),
        eta: pick(r, [0.05, 0.1, 0.2, 0.25]),
      }),
      ({ c, w0 }) => c !== w0,
    ),
  exercise: (params) => {
    const { a, c, w0, eta } = params;
    const grad = 2 * a * (w0 - c);
    const value = oneStep(params);
    return {
      prompt: [
        `Minimise f(w) = ${poly(a, c)} by gradient descent. From w = ${num(w0)} with learning ` +
          `rate η = ${num(eta)}, where is w after one step? Give 3 decimals.`,
      ],
      answer: {
        kind: 'numeric',
        expected: value,
        tolerance: halfUnit(3),
        digits: 3,
        mistakes: [{ id: 'gradient-sign', value: oneStep(params, -1) }],
      },
      solution: [
        `The derivative is f′(w) = ${num(2 * a)}(w ${c >= 0 ? '−' : '+'} ${num(Math.abs(c))}); at w = ${num(w0)} it is ${num(grad)}.`,
        `Step against it: w ← w − η·f′(w) = ${num(w0)} − ${num(eta)} × ${term(grad)} = ${fixed(value, 3)}.`,
      ],
    };
  },
};

interface StableParams {
  curvature: number;
  eta: number;
}

const regimes = [
  'It converges without overshooting',
  'It overshoots back and forth but converges',
  'It diverges',
] as const;

/** 0 below 1/c, 1 between 1/c and 2/c, 2 above 2/c — the limit 2/c from the core. */
function regime({ curvature, eta }: StableParams): 0 | 1 | 2 {
  const limit = criticalLearningRate(curvature);
  if (eta > limit) return 2;
  return eta > limit / 2 ? 1 : 0;
}

export const gdStable: Generator<StableParams> = {
  name: 'gd-stable',
  describe: 'whether learning rate η converges, oscillates or diverges for curvature c',
  params: (rng) =>
    drawUntil(
      rng,
      (r) => ({
        curvature: pick(r, [2, 4, 5, 10, 20, 22, 50, 100]),
        eta: pick(r, [0.001, 0.005, 0.01, 0.02, 0.05, 0.08, 0.1, 0.15, 0.2, 0.3, 0.5, 1]),
      }),
      // keep clear of the two boundaries, where rounding would decide
      ({ curvature, eta }) => {
        const ratio = eta * curvature;
        return Math.abs(ratio - 1) > 0.1 && Math.abs(ratio - 2) > 0.1;
      },
    ),
  exercise: (params) => {
    const { curvature, eta } = params;
    const limit = criticalLearningRate(curvature);
    const correct = regime(params);
    const factor = 1 - eta * curvature;
    const oneOverC: MistakeId = 'critical-one-over-c';
    return {
      prompt: [
        `A loss has curvature L″ = ${num(curvature)} along one direction. You run plain gradient ` +
          `descent with η = ${num(eta)}. What happens along that direction?`,
      ],
      answer: {
        kind: 'choice',
        options: regimes,
        correct,
        optionMistakes: correct === 1 ? [undefined, undefined, oneOverC] : undefined,
      },
      solution: [
        `Each step multiplies the distance to the minimum by 1 − η·L″ = 1 − ${num(eta)} × ${num(curvature)} = ${num(factor)}.`,
        `Stable needs η < 2/L″ = ${num(limit)}; no overshoot needs η < 1/L″ = ${num(limit / 2)}.`,
        `Verdict: ${regimes[correct]}.`,
      ],
    };
  },
};

export const gradientDescentGenerators = [register(gdStep), register(gdStable)];
