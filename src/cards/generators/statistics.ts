// Lesson "statistics": a sample standard deviation, and whether an accuracy difference is
// significant at a given test-set size.
import { mean, std, twoProportionZTest } from '../../math';
import { drawUntil, intIn, pick, register } from './types';
import type { Generator } from './types';
import { fixed, halfUnit, num, vec } from './text';

interface StdParams {
  xs: number[];
}

/** The population formula (÷ n), run as the mistake: √(s² · (n − 1)/n). */
export const populationStd = (xs: readonly number[]): number =>
  std(xs) * Math.sqrt((xs.length - 1) / xs.length);

export const sampleStd: Generator<StdParams> = {
  name: 'sample-std',
  describe: 'the sample standard deviation of 4–6 integers, to 2 decimals',
  params: (rng) =>
    drawUntil(
      rng,
      (r) => ({ xs: Array.from({ length: intIn(r, 4, 6) }, () => intIn(r, 1, 20)) }),
      ({ xs }) => std(xs) - populationStd(xs) > 4 * halfUnit(2),
    ),
  exercise: ({ xs }) => {
    const n = xs.length;
    const m = mean(xs);
    const value = std(xs);
    const squares = xs.reduce((s, x) => s + (x - m) ** 2, 0);
    return {
      prompt: [
        `Here are ${n} scores from repeated runs: ${vec(xs)}. What is their sample standard ` +
          'deviation? Give 2 decimals.',
      ],
      answer: {
        kind: 'numeric',
        expected: value,
        tolerance: halfUnit(2),
        digits: 2,
        mistakes: [{ id: 'divide-by-n', value: populationStd(xs) }],
      },
      solution: [
        `Mean x̄ = ${num(m)}; the squared deviations add up to Σ(xᵢ − x̄)² = ${num(squares)}.`,
        `Divide by n − 1 = ${n - 1} (the mean was fitted to these same numbers): ` +
          `s² = ${num(squares / (n - 1))}.`,
        `s = √${num(squares / (n - 1))} = ${fixed(value, 2)}.`,
      ],
    };
  },
};

interface SignificanceParams {
  accA: number;
  accB: number;
  n: number;
}

const counts = ({ accA, accB, n }: SignificanceParams) => {
  const k1 = Math.round((accA / 100) * n);
  const k2 = Math.round((accB / 100) * n);
  return { k1, k2, ...twoProportionZTest(k1, n, k2, n) };
};

const verdicts = ['Yes: p < 0.05, the difference is significant', 'No: p ≥ 0.05, it is not'];

export const significance: Generator<SignificanceParams> = {
  name: 'significance',
  describe: 'whether two accuracies on n examples each differ significantly at 0.05',
  params: (rng) =>
    drawUntil(
      rng,
      (r) => {
        const accA = intIn(r, 70, 94);
        return {
          accA,
          accB: accA + pick(r, [0.5, 1, 2, 3, 5]),
          n: pick(r, [200, 500, 1000, 2000, 5000, 20000]),
        };
      },
      // stay clear of 0.05, where the test would be a coin flip of rounding
      (p) => Math.abs(counts(p).pValue - 0.05) > 0.02,
    ),
  exercise: (params) => {
    const { accA, accB, n } = params;
    const { k1, k2, z, pValue } = counts(params);
    const correct = pValue < 0.05 ? 0 : 1;
    return {
      prompt: [
        `Model A scores ${num(accA)}% and model B ${num(accB)}% accuracy, each on its own test ` +
          `set of ${n.toLocaleString('en-US')} examples. Is B's advantage significant at the 0.05 level?`,
      ],
      answer: { kind: 'choice', options: verdicts, correct },
      solution: [
        `Two-proportion z-test on ${k1}/${n} vs ${k2}/${n}: z = ${fixed(z, 2)}, two-sided p ${pValue < 1e-4 ? '< 0.0001' : `= ${fixed(pValue, 4)}`}.`,
        `${verdicts[correct] ?? ''}.` +
          (correct === 1 ? ' More test examples would shrink the standard error.' : ''),
      ],
    };
  },
};

export const statisticsGenerators = [register(sampleStd), register(significance)];
