// Lesson "end-to-end": the forward pass of a tiny linear classifier (logits → softmax →
// cross-entropy), and one entry of the gradient p − y with respect to the logits.
import { crossEntropy, matvec, softmax } from '../../math';
import type { Rng } from '../../math';
import { drawUntil, intIn, register } from './types';
import type { Generator } from './types';
import { fixed, halfUnit, mat, vec } from './text';

interface GradParams {
  z: number[];
  target: number;
  index: number;
}

/** ∂CE/∂z = p − y for softmax + cross-entropy with a one-hot y (tests check it numerically). */
export const logitGradient = ({ z, target }: Pick<GradParams, 'z' | 'target'>): number[] =>
  softmax(z).map((p, i) => p - (i === target ? 1 : 0));

export const logitsGradient: Generator<GradParams> = {
  name: 'logits-gradient',
  describe: 'one entry of ∂CE/∂z = p − y for 3 logits, to 3 decimals',
  params: (rng) =>
    drawUntil(
      rng,
      (r) => ({
        z: Array.from({ length: 3 }, () => intIn(r, -2, 6) / 2),
        target: r.int(3),
        index: r.int(3),
      }),
      // a flipped sign must be visible
      (p) => Math.abs(logitGradient(p)[p.index] ?? 0) > 4 * halfUnit(3),
    ),
  exercise: (params) => {
    const { z, target, index } = params;
    const p = softmax(z);
    const g = logitGradient(params);
    const value = g[index] ?? 0;
    const y = z.map((_, i) => (i === target ? 1 : 0));
    return {
      prompt: [
        `A classifier outputs logits z = ${vec(z)}; the true class is class ${target + 1}. For the ` +
          `loss softmax + cross-entropy, what is ∂loss/∂z${index + 1}? Give 3 decimals.`,
      ],
      answer: {
        kind: 'numeric',
        expected: value,
        tolerance: halfUnit(3),
        digits: 3,
        mistakes: [{ id: 'gradient-sign', value: -value }],
      },
      solution: [
        `p = softmax(z) = ${vec(p, 4)}, and the one-hot target is y = ${vec(y)}.`,
        `The gradient with respect to the logits is p − y = ${vec(g, 4)}.`,
        `Entry ${index + 1}: ${fixed(p[index] ?? 0, 4)} − ${y[index] ?? 0} = ${fixed(value, 3)}.`,
      ],
    };
  },
};

interface ForwardParams {
  x: number[];
  W: number[][];
  target: number;
}

const row3 = (rng: Rng) => [intIn(rng, -1, 2), intIn(rng, -1, 2), intIn(rng, -1, 2)];

export const forwardPass: Generator<ForwardParams> = {
  name: 'forward-pass',
  describe: 'logits Wx → softmax → cross-entropy for a 3×3 W, to 3 decimals',
  params: (rng) =>
    drawUntil(
      rng,
      (r) => ({
        x: [intIn(r, -2, 2), intIn(r, -2, 2), intIn(r, -2, 2)],
        W: [row3(r), row3(r), row3(r)],
        target: r.int(3),
      }),
      // base 2 vs base e must differ visibly, so the loss must not be ~0
      (p) => crossEntropy(p.target, softmax(matvec(p.W, p.x))) > 0.01,
    ),
  exercise: ({ x, W, target }) => {
    const z = matvec(W, x);
    const p = softmax(z);
    const value = crossEntropy(target, p);
    return {
      prompt: [
        `A linear classifier has W = ${mat(W)}. For input x = ${vec(x)} with true class ` +
          `${target + 1}, what is the cross-entropy loss (natural log)? Give 3 decimals.`,
      ],
      answer: {
        kind: 'numeric',
        expected: value,
        tolerance: halfUnit(3),
        digits: 3,
        mistakes: [{ id: 'log-base-2', value: -Math.log2(p[target] ?? 1) }],
      },
      solution: [
        `Logits z = Wx = ${vec(z)} (row i of W dotted with x).`,
        `Probabilities p = softmax(z) = ${vec(p, 4)}.`,
        `Loss = −ln p${target + 1} = −ln ${fixed(p[target] ?? 0, 4)} = ${fixed(value, 3)}.`,
        `Backward, the gradient with respect to the logits would be p − y.`,
      ],
    };
  },
};

export const endToEndGenerators = [register(forwardPass), register(logitsGradient)];
