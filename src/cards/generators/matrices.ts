// Lesson "matrices": the result shape of a product (or "cannot multiply"), one entry of a 2×2
// matrix–vector product, and a determinant read as an area scale.
import { determinant, matmul, matvec, transpose } from '../../math';
import type { Rng } from '../../math';
import type { MistakeId } from '../mistakes';
import { drawUntil, intIn, nonZero, pick, register } from './types';
import type { Generator } from './types';
import { mat, num, term, vec } from './text';

interface ShapeParams {
  m: number;
  n: number;
  p: number;
  q: number;
}

const sizes = [2, 3, 4, 5, 8, 16, 32, 64, 128, 784];
const shape = (r: number, c: number) => `(${r}×${c})`;
const zeros = (r: number, c: number) =>
  Array.from({ length: r }, () => new Array<number>(c).fill(0));

/**
 * The result shape, or null when they cannot multiply. Whether they can is asked of the core
 * (matmul throws on an inner mismatch); a (1×n) @ (p×1) probe keeps that cheap for n = 784.
 */
function productShape({ m, n, p, q }: ShapeParams): [number, number] | null {
  try {
    matmul(zeros(1, n), zeros(p, 1));
    return [m, q];
  } catch {
    return null;
  }
}

export const matmulShape: Generator<ShapeParams> = {
  name: 'matmul-shape',
  describe: 'the result shape of A @ B, or "cannot multiply"',
  params: (rng) =>
    drawUntil(
      rng,
      (r: Rng) => {
        const m = pick(r, sizes.slice(0, 7));
        const n = pick(r, sizes);
        const q = pick(r, sizes.slice(0, 7));
        // half the time the inner sizes match
        const p = r.next() < 0.5 ? n : pick(r, sizes);
        return { m, n, p, q };
      },
      // four distinct options
      ({ m, n, p, q }) => new Set([shape(m, q), shape(q, m), shape(n, p)]).size === 3,
    ),
  exercise: (params) => {
    const { m, n, p, q } = params;
    const result = productShape(params);
    const options = [shape(m, q), shape(q, m), shape(n, p), 'They cannot be multiplied'];
    const correct = result ? 0 : 3;
    const mismatch: MistakeId = 'shape-order';
    return {
      prompt: [
        `A has shape ${shape(m, n)} and B has shape ${shape(p, q)}. What is the shape of A @ B?`,
      ],
      answer: {
        kind: 'choice',
        options,
        correct,
        optionMistakes: [result ? undefined : mismatch, mismatch, mismatch, undefined],
      },
      solution: result
        ? [
            `The inner sizes match (${n} = ${p}), so the product exists.`,
            `The outer sizes remain: ${shape(m, n)} @ ${shape(p, q)} = ${shape(result[0], result[1])}.`,
          ]
        : [
            `The inner sizes differ (${n} ≠ ${p}): row i of A has ${n} numbers but column j of B has ${p}.`,
            `They cannot be multiplied; if Bᵀ has shape ${shape(q, p)}, check whether a transpose was meant.`,
          ],
    };
  },
};

interface MatvecParams {
  A: number[][];
  x: number[];
  row: number;
}

export const matvec2: Generator<MatvecParams> = {
  name: 'matvec-2x2',
  describe: 'one entry of a 2×2 matrix times a 2-vector',
  params: (rng) =>
    drawUntil(
      rng,
      (r: Rng) => ({
        A: [
          [intIn(r, -4, 4), intIn(r, -4, 4)],
          [intIn(r, -4, 4), intIn(r, -4, 4)],
        ],
        x: [nonZero(r, 4), nonZero(r, 4)],
        row: r.int(2),
      }),
      // the "used a column" mistake must give a different number
      ({ A, x, row }) => matvec(A, x)[row] !== matvec(transpose(A), x)[row],
    ),
  exercise: ({ A, x, row }) => {
    const y = matvec(A, x);
    const value = y[row] ?? 0;
    const r = A[row] ?? [];
    return {
      prompt: [`W = ${mat(A)} and x = ${vec(x)}. What is entry ${row + 1} of y = Wx?`],
      answer: {
        kind: 'numeric',
        expected: value,
        tolerance: 1e-9,
        digits: 0,
        mistakes: [{ id: 'row-column', value: matvec(transpose(A), x)[row] ?? 0 }],
      },
      solution: [
        `Entry ${row + 1} is row ${row + 1} of W dotted with x: ${vec(r)}·${vec(x)}.`,
        `${r.map((w, i) => `${term(w)} × ${term(x[i] ?? 0)}`).join(' + ')} = ${num(value)}.`,
        `The whole output is y = ${vec(y)}.`,
      ],
    };
  },
};

interface DetParams {
  A: number[][];
}

export const det2: Generator<DetParams> = {
  name: 'determinant-2x2',
  describe: 'the determinant of a 2×2 matrix (the area scale factor)',
  params: (rng) => ({
    A: [
      [intIn(rng, -5, 5), intIn(rng, -5, 5)],
      [intIn(rng, -5, 5), intIn(rng, -5, 5)],
    ],
  }),
  exercise: ({ A }) => {
    const value = determinant(A);
    const [[a = 0, b = 0] = [], [c = 0, d = 0] = []] = A;
    const meaning =
      value === 0
        ? 'The determinant is 0: the matrix squashes the plane onto a line (or a point).'
        : `The unit square's image has area ${num(Math.abs(value))}${value < 0 ? ', and its orientation is flipped' : ''}.`;
    return {
      prompt: [`What is the determinant of A = ${mat(A)}?`],
      answer: { kind: 'numeric', expected: value, tolerance: 1e-9, digits: 0, mistakes: [] },
      solution: [
        `det A = a·d − b·c = ${term(a)} × ${term(d)} − ${term(b)} × ${term(c)} = ${num(value)}.`,
        meaning,
      ],
    };
  },
};

export const matrixGenerators = [register(matmulShape), register(matvec2), register(det2)];
