// Lesson "attention": one attention weight and one output entry for a 2×2 case (d_k = 2).
import { matmul, scaledDotProductAttention, transpose } from '../../math';
import type { Rng } from '../../math';
import { drawUntil, intIn, register } from './types';
import type { Generator } from './types';
import { fixed, halfUnit, mat, term, vec } from './text';

interface AttentionParams {
  Q: number[][];
  K: number[][];
  V: number[][];
  row: number;
  col: number;
}

const small = (rng: Rng, lo: number, hi: number) => [
  [intIn(rng, lo, hi), intIn(rng, lo, hi)],
  [intIn(rng, lo, hi), intIn(rng, lo, hi)],
];

const draw = (rng: Rng): AttentionParams => ({
  Q: small(rng, -2, 2),
  K: small(rng, -2, 2),
  V: small(rng, -3, 5),
  row: rng.int(2),
  col: rng.int(2),
});

const at = (M: number[][], i: number, j: number) => M[i]?.[j] ?? 0;

/** The weights and outputs with and without the √d_k scaling, both from the core. */
function run({ Q, K, V }: AttentionParams) {
  return {
    scaled: scaledDotProductAttention(Q, K, V),
    unscaled: scaledDotProductAttention(Q, K, V, { scale: false }),
  };
}

function steps(params: AttentionParams): string[] {
  const { Q, K, row } = params;
  const raw = matmul(Q, transpose(K));
  const { scaled } = run(params);
  return [
    `Scores Q·Kᵀ = ${mat(raw)}; divide by √dₖ = √2: ${mat(scaled.scores, 4)}.`,
    `Softmax of row ${row + 1}: ${vec(scaled.weights[row] ?? [], 4)} (the row sums to 1).`,
  ];
}

const shown = (p: AttentionParams) => `Q = ${mat(p.Q)}, K = ${mat(p.K)}, V = ${mat(p.V)}`;

export const attentionWeight: Generator<AttentionParams> = {
  name: 'attention-weight',
  describe: 'one weight of softmax(Q·Kᵀ/√dₖ) for 2×2 Q and K, to 3 decimals',
  params: (rng) =>
    drawUntil(rng, draw, (p) => {
      const { scaled, unscaled } = run(p);
      return (
        Math.abs(at(scaled.weights, p.row, p.col) - at(unscaled.weights, p.row, p.col)) >
        4 * halfUnit(3)
      );
    }),
  exercise: (params) => {
    const { row, col } = params;
    const { scaled, unscaled } = run(params);
    const value = at(scaled.weights, row, col);
    return {
      prompt: [
        `${shown(params)}, so dₖ = 2. In softmax(Q·Kᵀ / √dₖ), how much does query ${row + 1} ` +
          `attend to key ${col + 1}? Give the weight to 3 decimals.`,
      ],
      answer: {
        kind: 'numeric',
        expected: value,
        tolerance: halfUnit(3),
        digits: 3,
        mistakes: [{ id: 'no-sqrt-dk', value: at(unscaled.weights, row, col) }],
      },
      solution: [...steps(params), `The weight of key ${col + 1} is ${fixed(value, 3)}.`],
    };
  },
};

export const attentionOutput: Generator<AttentionParams> = {
  name: 'attention-output',
  describe: 'one entry of softmax(Q·Kᵀ/√dₖ)·V for a 2×2 case, to 2 decimals',
  params: (rng) =>
    drawUntil(rng, draw, (p) => {
      const { scaled, unscaled } = run(p);
      return (
        Math.abs(at(scaled.output, p.row, p.col) - at(unscaled.output, p.row, p.col)) >
        4 * halfUnit(2)
      );
    }),
  exercise: (params) => {
    const { V, row, col } = params;
    const { scaled, unscaled } = run(params);
    const w = scaled.weights[row] ?? [];
    const value = at(scaled.output, row, col);
    return {
      prompt: [
        `${shown(params)}, so dₖ = 2. What is entry (${row + 1}, ${col + 1}) of the attention ` +
          'output softmax(Q·Kᵀ / √dₖ)·V? Give 2 decimals.',
      ],
      answer: {
        kind: 'numeric',
        expected: value,
        tolerance: halfUnit(2),
        digits: 2,
        mistakes: [{ id: 'no-sqrt-dk', value: at(unscaled.output, row, col) }],
      },
      solution: [
        ...steps(params),
        `Output row ${row + 1} is the weighted average of V's rows; column ${col + 1}: ` +
          `${fixed(w[0] ?? 0, 4)} × ${term(at(V, 0, col))} + ${fixed(w[1] ?? 0, 4)} × ${term(at(V, 1, col))} = ` +
          `${fixed(value, 2)}.`,
      ],
    };
  },
};

export const attentionGenerators = [register(attentionWeight), register(attentionOutput)];
