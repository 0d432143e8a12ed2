// Lesson "backprop": the chain rule on (ax + b)², and the backward pass of one sigmoid neuron.
// The derivatives are the chain rule's products of local derivatives (the point of the lesson);
// the tests check every one against the core's central-difference gradient.
import { sigmoid } from '../../math';
import { drawUntil, intIn, nonZero, pick, register } from './types';
import type { Generator } from './types';
import { fixed, halfUnit, num, term } from './text';

interface ChainParams {
  a: number;
  b: number;
  x: number;
}

/** d/dx (ax + b)² = 2(ax + b)·a: the outer derivative at u times the inner one. */
export const chainDerivative = ({ a, b, x }: ChainParams): number => 2 * (a * x + b) * a;

const linear = (a: number, b: number) => `${num(a)}x ${b < 0 ? '−' : '+'} ${num(Math.abs(b))}`;

export const chainSquare: Generator<ChainParams> = {
  name: 'chain-square',
  describe: 'the derivative of (ax + b)² at a point',
  params: (rng) =>
    drawUntil(
      rng,
      (r) => ({ a: nonZero(r, 4), b: intIn(r, -5, 5), x: intIn(r, -3, 3) }),
      // a = 1 would hide a forgotten inner derivative; u = 0 makes every answer 0
      ({ a, b, x }) => a !== 1 && a * x + b !== 0,
    ),
  exercise: (params) => {
    const { a, b, x } = params;
    const u = a * x + b;
    const value = chainDerivative(params);
    return {
      prompt: [`Let z = (${linear(a, b)})². What is dz/dx at x = ${num(x)}?`],
      answer: {
        kind: 'numeric',
        expected: value,
        tolerance: 1e-6,
        digits: 0,
        mistakes: [{ id: 'inner-derivative', value: 2 * u }],
      },
      solution: [
        `Name the inside u = ${linear(a, b)}, so z = u²: dz/du = 2u and du/dx = ${num(a)}.`,
        `At x = ${num(x)}: u = ${num(u)}, so dz/dx = 2u · ${term(a)} = 2 × ${term(u)} × ${term(a)} = ${num(value)}.`,
      ],
    };
  },
};

interface NeuronParams {
  w: number;
  b: number;
  x: number;
  y: 0 | 1;
}

/** ∂L/∂w for L = (σ(wx + b) − y)²: 2(a − y) · σ(z)(1 − σ(z)) · x. */
export function neuronGradient({ w, b, x, y }: NeuronParams): number {
  const a = sigmoid(w * x + b);
  return 2 * (a - y) * a * (1 - a) * x;
}

export const neuronGrad: Generator<NeuronParams> = {
  name: 'neuron-gradient',
  describe: '∂L/∂w for one sigmoid neuron with squared error, to 3 decimals',
  params: (rng) =>
    drawUntil(
      rng,
      (r) => ({
        w: pick(r, [-1, -0.5, 0.5, 1, 1.5, 2]),
        b: pick(r, [-1, -0.5, 0, 0.5, 1]),
        x: pick(r, [-2, -1, 1, 2, 3]),
        y: pick(r, [0, 1] as const),
      }),
      // dropping σ′ must give a visibly different number, and the answer must not round to 0
      (p) => {
        const g = neuronGradient(p);
        const a = sigmoid(p.w * p.x + p.b);
        return Math.abs(g) > 0.01 && Math.abs(2 * (a - p.y) * p.x - g) > 4 * halfUnit(3);
      },
    ),
  exercise: (params) => {
    const { w, b, x, y } = params;
    const z = w * x + b;
    const a = sigmoid(z);
    const slope = a * (1 - a);
    const value = neuronGradient(params);
    return {
      prompt: [
        `One neuron: z = w·x + b, a = σ(z), loss L = (a − y)². With w = ${num(w)}, b = ${num(b)}, ` +
          `x = ${num(x)} and target y = ${y}, what is ∂L/∂w? Give 3 decimals.`,
      ],
      answer: {
        kind: 'numeric',
        expected: value,
        tolerance: halfUnit(3),
        digits: 3,
        mistakes: [{ id: 'dropped-activation', value: 2 * (a - y) * x }],
      },
      solution: [
        `Forward: z = ${num(w)} × ${term(x)} + ${term(b)} = ${num(z)}, a = σ(z) = ${fixed(a, 4)}.`,
        `Backward, one local derivative per edge: ∂L/∂a = 2(a − y) = ${fixed(2 * (a - y), 4)}, ` +
          `∂a/∂z = σ(z)(1 − σ(z)) = ${fixed(slope, 4)}, ∂z/∂w = x = ${num(x)}.`,
        `Multiply them: ∂L/∂w = ${fixed(2 * (a - y), 4)} × ${fixed(slope, 4)} × ${term(x)} = ${fixed(value, 3)}.`,
      ],
    };
  },
};

export const backpropGenerators = [register(chainSquare), register(neuronGrad)];
