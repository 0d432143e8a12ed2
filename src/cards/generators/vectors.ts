// Lesson "vectors": a 3-D dot product and the cosine of two small vectors.
import { cosineSimilarity, dot, norm } from '../../math';
import type { Rng } from '../../math';
import { drawUntil, intIn, register } from './types';
import type { Generator } from './types';
import { fixed, halfUnit, num, term, vec } from './text';

interface PairParams {
  a: number[];
  b: number[];
}

const smallVector = (rng: Rng, n: number, m: number) =>
  Array.from({ length: n }, () => intIn(rng, -m, m));

export const dot3: Generator<PairParams> = {
  name: 'dot-3d',
  describe: 'the dot product of two 3-D integer vectors',
  params: (rng) => ({ a: smallVector(rng, 3, 5), b: smallVector(rng, 3, 5) }),
  exercise: ({ a, b }) => {
    const value = dot(a, b);
    const products = a.map((x, i) => `${term(x)} × ${term(b[i] ?? 0)}`).join(' + ');
    return {
      prompt: [`Compute the dot product a·b for a = ${vec(a)} and b = ${vec(b)}.`],
      answer: { kind: 'numeric', expected: value, tolerance: halfUnit(6), digits: 0, mistakes: [] },
      solution: [
        'Multiply matching entries and add them up: a·b = Σ aᵢbᵢ.',
        `a·b = ${products} = ${num(value)}.`,
      ],
    };
  },
};

export const cosine: Generator<PairParams> = {
  name: 'cosine',
  describe: 'the cosine similarity of two small vectors, to 3 decimals',
  params: (rng) =>
    drawUntil(
      rng,
      (r) => {
        const n = intIn(r, 2, 3);
        return { a: smallVector(r, n, 4), b: smallVector(r, n, 4) };
      },
      // both non-zero, and the dot product distinguishable from the cosine
      ({ a, b }) =>
        norm(a) > 0 &&
        norm(b) > 0 &&
        Math.abs(dot(a, b) - cosineSimilarity(a, b)) > 4 * halfUnit(3),
    ),
  exercise: ({ a, b }) => {
    const d = dot(a, b);
    const na = norm(a);
    const nb = norm(b);
    const value = cosineSimilarity(a, b);
    return {
      prompt: [
        `What is the cosine similarity of a = ${vec(a)} and b = ${vec(b)}? Give 3 decimals.`,
      ],
      answer: {
        kind: 'numeric',
        expected: value,
        tolerance: halfUnit(3),
        digits: 3,
        mistakes: [{ id: 'dot-not-cosine', value: d }],
      },
      solution: [
        'cos θ = a·b / (|a|·|b|).',
        `a·b = ${num(d)}; |a| = ${fixed(na, 4)}; |b| = ${fixed(nb, 4)}.`,
        `cos θ = ${num(d)} / (${fixed(na, 4)} × ${fixed(nb, 4)}) = ${fixed(value, 3)}.`,
      ],
    };
  },
};

export const vectorGenerators = [register(dot3), register(cosine)];
