// Lesson "softmax": one softmax entry, one entry with a temperature, and which token survives
// top-k.
import { softmax, topK } from '../../math';
import type { Rng } from '../../math';
import { drawUntil, intIn, pick, register } from './types';
import type { Generator } from './types';
import { fixed, halfUnit, num, vec } from './text';

interface EntryParams {
  z: number[];
  index: number;
  temperature: number;
}

const halves = (rng: Rng, n: number) => Array.from({ length: n }, () => intIn(rng, -2, 6) / 2);

function entryExercise({ z, index, temperature }: EntryParams, withT: boolean) {
  const p = softmax(z, temperature);
  const value = p[index] ?? 0;
  const scaled = z.map((v) => v / temperature);
  const exps = scaled.map((v) => Math.exp(v));
  const total = exps.reduce((s, e) => s + e, 0);
  const what = withT ? `softmax(z / T) with T = ${num(temperature)}` : 'softmax(z)';
  return {
    prompt: [`Logits z = ${vec(z)}. What is entry ${index + 1} of ${what}? Give 3 decimals.`],
    answer: {
      kind: 'numeric' as const,
      expected: value,
      tolerance: halfUnit(3),
      digits: 3,
      mistakes: withT ? [{ id: 'no-temperature' as const, value: softmax(z)[index] ?? 0 }] : [],
    },
    solution: [
      ...(withT ? [`Divide by T first: z / T = ${vec(scaled)}.`] : []),
      `Exponentiate: ${vec(exps, 3)}; their sum is ${fixed(total, 3)}.`,
      `Entry ${index + 1} = ${fixed(exps[index] ?? 0, 3)} / ${fixed(total, 3)} = ${fixed(value, 3)}.`,
      `The whole distribution is ${vec(p, 3)} (it sums to 1).`,
    ],
  };
}

export const softmaxEntry: Generator<EntryParams> = {
  name: 'softmax-entry',
  describe: 'one entry of softmax(z) for 3 logits, to 3 decimals',
  params: (rng) => ({ z: halves(rng, 3), index: rng.int(3), temperature: 1 }),
  exercise: (params) => entryExercise(params, false),
};

export const softmaxTemperature: Generator<EntryParams> = {
  name: 'softmax-temperature',
  describe: 'one entry of softmax(z / T) for T ≠ 1, to 3 decimals',
  params: (rng) =>
    drawUntil(
      rng,
      (r) => ({ z: halves(r, 3), index: r.int(3), temperature: pick(r, [0.5, 2, 4]) }),
      // the temperature must change the answer, or forgetting it could not be told apart
      ({ z, index, temperature }) =>
        Math.abs((softmax(z, temperature)[index] ?? 0) - (softmax(z)[index] ?? 0)) >
        4 * halfUnit(3),
    ),
  exercise: (params) => entryExercise(params, true),
};

const vocabulary = ['the', 'a', 'cat', 'dog', 'sat', 'ran', 'mat', 'hat', 'on', 'under'];

interface TopKParams {
  tokens: string[];
  z: number[];
  k: number;
  /** Indices of the four tokens offered as options, in display order. */
  offered: number[];
}

/** Token indices top-k keeps, asked of the core. */
const survivors = (z: readonly number[], k: number) =>
  topK(softmax(z), k).flatMap((p, i) => (p > 0 ? [i] : []));

function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export const topKSurvivor: Generator<TopKParams> = {
  name: 'top-k-survivor',
  describe: 'which of four tokens survives top-k filtering',
  params: (rng) =>
    drawUntil(
      rng,
      (r) => {
        const tokens = shuffled(r, vocabulary).slice(0, 5);
        const z = halves(r, 5);
        const k = intIn(r, 1, 2);
        const kept = survivors(z, k);
        const cut = [0, 1, 2, 3, 4].filter((i) => !kept.includes(i));
        const offered = shuffled(r, [pick(r, kept), ...shuffled(r, cut).slice(0, 3)]);
        return { tokens, z, k, offered };
      },
      // distinct logits, so "the k most probable" is unambiguous
      ({ z }) => new Set(z).size === z.length,
    ),
  exercise: ({ tokens, z, k, offered }) => {
    const p = softmax(z);
    const kept = survivors(z, k);
    const filtered = topK(p, k);
    const correct = offered.findIndex((i) => kept.includes(i));
    const name = (i: number) => `"${tokens[i] ?? ''}"`;
    return {
      prompt: [
        `Next-token logits: ${tokens.map((t, i) => `"${t}" ${num(z[i] ?? 0)}`).join(', ')}.`,
        `Sampling uses top-k with k = ${k}. Which of these tokens can still be sampled?`,
      ],
      answer: { kind: 'choice', options: offered.map(name), correct },
      solution: [
        `Softmax gives ${tokens.map((t, i) => `"${t}" ${fixed(p[i] ?? 0, 3)}`).join(', ')}.`,
        `Top-k keeps the ${k === 1 ? 'single most probable token' : `${k} most probable tokens`}: ` +
          `${kept.map(name).join(' and ')}; the rest get probability 0.`,
        `Renormalised, the kept tokens have ${kept.map((i) => `${name(i)} ${fixed(filtered[i] ?? 0, 3)}`).join(', ')}.`,
        `Of the options, ${name(offered[correct] ?? 0)} survives.`,
      ],
    };
  },
};

export const softmaxGenerators = [
  register(softmaxEntry),
  register(softmaxTemperature),
  register(topKSurvivor),
];
