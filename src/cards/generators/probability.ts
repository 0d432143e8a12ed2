// Lesson "probability": a Bayes posterior from three numbers, and an expectation.
import { bayesRule, dot, mean } from '../../math';
import type { Rng } from '../../math';
import { drawUntil, intIn, pick, register } from './types';
import type { Generator } from './types';
import { fixed, halfUnit, num, term, vec } from './text';

const scenarios = [
  { who: 'An email', h: 'is spam', notH: 'is not spam', d: 'contains the word "winner"' },
  { who: 'A blood sample', h: 'carries the marker', notH: 'does not', d: 'tests positive' },
  { who: 'A payment', h: 'is fraud', notH: 'is legitimate', d: 'is flagged by the rule' },
] as const;

interface BayesParams {
  scenario: number;
  prior: number;
  likelihood: number;
  falseAlarm: number;
}

/** P(H | D) = P(D | H)·P(H) / P(D), from the core. */
export const posterior = ({ prior, likelihood, falseAlarm }: BayesParams): number =>
  bayesRule(prior, likelihood, falseAlarm).posterior;

export const bayes: Generator<BayesParams> = {
  name: 'bayes-posterior',
  describe: 'P(H | D) from a prior and two likelihoods, to 3 decimals',
  params: (rng: Rng) =>
    drawUntil(
      rng,
      (r) => ({
        scenario: r.int(scenarios.length),
        prior: pick(r, [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5]),
        likelihood: pick(r, [0.6, 0.7, 0.8, 0.9, 0.95, 0.99]),
        falseAlarm: pick(r, [0.01, 0.02, 0.05, 0.1, 0.2, 0.3]),
      }),
      (p) => Math.abs(posterior(p) - p.likelihood) > 4 * halfUnit(3),
    ),
  exercise: (params) => {
    const { prior, likelihood, falseAlarm } = params;
    const s = scenarios[params.scenario] ?? scenarios[0];
    const { evidence, posterior: value } = bayesRule(prior, likelihood, falseAlarm);
    return {
      prompt: [
        `${s.who} ${s.h} with probability ${num(prior)}. If it ${s.h}, it ${s.d} with ` +
          `probability ${num(likelihood)}; if it ${s.notH}, with probability ${num(falseAlarm)}.`,
        `${s.who} ${s.d}. What is the probability that it ${s.h}? Give 3 decimals.`,
      ],
      answer: {
        kind: 'numeric',
        expected: value,
        tolerance: halfUnit(3),
        digits: 3,
        mistakes: [{ id: 'likelihood-for-posterior', value: likelihood }],
      },
      solution: [
        `P(D) = P(D | H)·P(H) + P(D | not H)·P(not H) = ${num(likelihood)} × ${num(prior)} + ` +
          `${num(falseAlarm)} × ${num(1 - prior)} = ${fixed(evidence, 4)}.`,
        `P(H | D) = P(D | H)·P(H) / P(D) = ${num(likelihood * prior)} / ${fixed(evidence, 4)} = ` +
          `${fixed(value, 3)}.`,
      ],
    };
  },
};

interface ExpectationParams {
  values: number[];
  probs: number[];
}

/** Probabilities in tenths that sum to exactly 1 (as integers first, so no rounding drift). */
function tenths(rng: Rng, n: number): number[] {
  const cuts = new Set<number>();
  while (cuts.size < n - 1) cuts.add(intIn(rng, 1, 9));
  const edges = [0, ...[...cuts].sort((a, b) => a - b), 10];
  return edges.slice(1).map((e, i) => (e - (edges[i] ?? 0)) / 10);
}

export const expectation: Generator<ExpectationParams> = {
  name: 'expectation',
  describe: 'E[X] of a small discrete distribution',
  params: (rng) =>
    drawUntil(
      rng,
      (r) => {
        const n = intIn(r, 3, 4);
        const values = new Set<number>();
        while (values.size < n) values.add(intIn(r, -5, 10));
        return { values: [...values].sort((a, b) => a - b), probs: tenths(r, n) };
      },
      (p) => Math.abs(dot(p.values, p.probs) - mean(p.values)) > 4 * halfUnit(2),
    ),
  exercise: ({ values, probs }) => {
    const value = dot(values, probs);
    return {
      prompt: [
        `A random variable X takes the values ${vec(values)} with probabilities ${vec(probs)}. ` +
          'What is its expectation E[X]?',
      ],
      answer: {
        kind: 'numeric',
        expected: value,
        tolerance: halfUnit(2),
        digits: 2,
        mistakes: [{ id: 'unweighted-mean', value: mean(values) }],
      },
      solution: [
        'E[X] = Σ x·p(x): each value weighted by its probability.',
        `E[X] = ${values.map((x, i) => `${term(x)} × ${num(probs[i] ?? 0)}`).join(' + ')} = ${fixed(value, 2)}.`,
      ],
    };
  },
};

export const probabilityGenerators = [register(bayes), register(expectation)];
