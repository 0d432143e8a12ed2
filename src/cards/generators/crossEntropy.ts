// Lesson "cross-entropy": the loss for a predicted probability of the true class, and a KL
// divergence between two small distributions.
import { crossEntropy, klDivergence } from '../../math';
import type { Rng } from '../../math';
import { drawUntil, intIn, pick, register } from './types';
import type { Generator } from './types';
import { fixed, halfUnit, num, vec } from './text';

interface CeParams {
  q: number;
  classes: number;
}

/** A predicted distribution giving the true class (index 0) probability q, the rest shared. */
const prediction = ({ q, classes }: CeParams) => [
  q,
  ...new Array<number>(classes - 1).fill((1 - q) / (classes - 1)),
];

export const ceFromProbability: Generator<CeParams> = {
  name: 'cross-entropy-probability',
  describe: 'the cross-entropy loss when the true class gets probability q, to 3 decimals',
  params: (rng) => ({
    q: pick(rng, [0.01, 0.05, 0.1, 0.2, 0.25, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.9, 0.95, 0.99]),
    classes: intIn(rng, 2, 5),
  }),
  exercise: (params) => {
    const { q, classes } = params;
    const value = crossEntropy(0, prediction(params));
    return {
      prompt: [
        `A ${classes}-class classifier gives the true class probability ${num(q)}. What is its ` +
          'cross-entropy loss on this example (natural log)? Give 3 decimals.',
      ],
      answer: {
        kind: 'numeric',
        expected: value,
        tolerance: halfUnit(3),
        digits: 3,
        // the same loss computed with log₂, the wrong base
        mistakes: [{ id: 'log-base-2', value: -Math.log2(q) }],
      },
      solution: [
        'With a one-hot target only the true class counts: CE = −ln q(true class).',
        `CE = −ln ${num(q)} = ${fixed(value, 3)} nats; the other ${classes - 1} probabilities do not enter.`,
      ],
    };
  },
};

interface KlParams {
  p: number[];
  q: number[];
}

/** A distribution over 3 outcomes in tenths, none zero. */
function tenths3(rng: Rng): number[] {
  const a = intIn(rng, 1, 8);
  const b = intIn(rng, 1, 9 - a);
  return [a / 10, b / 10, (10 - a - b) / 10];
}

export const klPair: Generator<KlParams> = {
  name: 'kl-divergence',
  describe: 'KL(P‖Q) for two distributions over 3 outcomes, to 3 decimals',
  params: (rng) =>
    drawUntil(
      rng,
      (r) => ({ p: tenths3(r), q: tenths3(r) }),
      // swapped arguments must give a visibly different number
      ({ p, q }) => Math.abs(klDivergence(p, q) - klDivergence(q, p)) > 4 * halfUnit(3),
    ),
  exercise: ({ p, q }) => {
    const value = klDivergence(p, q);
    const terms = p.map((pi, i) => `${num(pi)}·ln(${num(pi)}/${num(q[i] ?? 0)})`).join(' + ');
    return {
      prompt: [`P = ${vec(p)} and Q = ${vec(q)}. What is KL(P‖Q) in nats? Give 3 decimals.`],
      answer: {
        kind: 'numeric',
        expected: value,
        tolerance: halfUnit(3),
        digits: 3,
        mistakes: [{ id: 'kl-swapped', value: klDivergence(q, p) }],
      },
      solution: [
        'KL(P‖Q) = Σ P(i)·ln(P(i)/Q(i)), weighted by P.',
        `KL(P‖Q) = ${terms} = ${fixed(value, 3)}.`,
        `The other way round, KL(Q‖P) = ${fixed(klDivergence(q, p), 3)}: KL is not symmetric.`,
      ],
    };
  },
};

export const crossEntropyGenerators = [register(ceFromProbability), register(klPair)];
