import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { determinant, matmul, matvec, shapeOf, transpose } from './matrix';
import { eigenSymmetric } from './eigen';
import { dot, norm } from './vector';
import { expectClose } from '../../tests/helpers/expectClose';

const entry = fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true });
const matrix = (rows: number, cols: number) =>
  fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });
const square = fc.integer({ min: 1, max: 6 }).chain((n) => matrix(n, n));
const zeros = (m: number, n: number) =>
  Array.from({ length: m }, () => new Array<number>(n).fill(0));

describe('shapes and products', () => {
  it('shapeOf(x) follows NumPy: () for a scalar, (3,) for a vector, (5, 3) for a matrix', () => {
    expect(shapeOf(3)).toEqual([]);
    expect(shapeOf([1, 2, 3])).toEqual([3]);
    expect(shapeOf(zeros(5, 3))).toEqual([5, 3]);
    expect(() => shapeOf([[1, 2], [3]])).toThrow(/ragged — row 0 has 2 entries but row 1 has 1/);
  });

  it('matvec(W, x) reproduces the syllabus: W = [[1,0],[2,3],[0,1]], x = [1,2] → [1, 8, 2]', () => {
    expect(
      matvec(
        [
          [1, 0],
          [2, 3],
          [0, 1],
        ],
        [1, 2],
      ),
    ).toEqual([1, 8, 2]);
  });

  it('matmul(A, B) gives (m×n) @ (n×p) → (m×p), e.g. X (5×3) @ W (3×2) → (5×2)', () => {
    expect(shapeOf(matmul(zeros(5, 3), zeros(3, 2)))).toEqual([5, 2]);
    expect(
      matmul(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [5, 6],
          [7, 8],
        ],
      ),
    ).toEqual([
      [19, 22],
      [43, 50],
    ]);
  });

  it('matmul(A, B)ᵀ = matmul(Bᵀ, Aᵀ) and matvec agrees with matmul on a column', () => {
    fc.assert(
      fc.property(matrix(3, 4), matrix(4, 2), (A, B) => {
        const left = transpose(matmul(A, B));
        const right = matmul(transpose(B), transpose(A));
        left.forEach((row, i) =>
          row.forEach((v, j) => expectClose(v, right[i]![j]!, 1e-12, 1e-12)),
        );
        const x = B.map((r) => r[0]!);
        matvec(A, x).forEach((v, i) => expectClose(v, matmul(A, B)[i]![0]!, 1e-12, 1e-12));
      }),
    );
  });

  it('matmul(A, B) with mismatched inner dimensions names both shapes and suggests the transpose', () => {
    expect(() => matmul(zeros(32, 784), zeros(128, 784))).toThrow(
      'matmul: (32×784) @ (128×784) — inner dimensions 784 and 128 differ; did you mean the ' +
        'transpose of the right matrix (784×128)?',
    );
    expect(() => matmul(zeros(3, 2), zeros(3, 4))).toThrow(
      'did you mean the transpose of the left matrix (2×3)?',
    );
    expect(() => matmul(zeros(2, 3), zeros(4, 5))).toThrow(
      /\(2×3\) @ \(4×5\) — inner dimensions 3 and 4/,
    );
  });

  it('matvec(A, x) with the wrong length suggests the transpose when it would fit', () => {
    expect(() => matvec(zeros(3, 2), [1, 2, 3])).toThrow(
      'matvec: (3×2) @ (3) — the matrix has 2 columns but x has 3 entries; did you mean the ' +
        'transpose of the matrix (2×3)?',
    );
  });

  it('matmul rejects ragged, empty and non-finite matrices by name', () => {
    expect(() => matmul([[1, 2], [3]], [[1], [2]])).toThrow(
      'matmul: A is ragged — row 0 has 2 entries but row 1 has 1',
    );
    expect(() => matmul([], [[1]])).toThrow('matmul: A is empty');
    expect(() => matmul([[1, 2]], [[1], [NaN]])).toThrow('matmul: B[1][0] is NaN');
    expect(() => transpose([[1, Infinity]])).toThrow('transpose: A[0][1] is Infinity');
  });
});

describe('determinant', () => {
  it('determinant(A) of 2×2 and 3×3 examples, including singular ones', () => {
    expectClose(
      determinant([
        [2, 1],
        [1, 3],
      ]),
      5,
      1e-15,
    );
    expectClose(
      determinant([
        [1, 2],
        [3, 4],
      ]),
      -2,
      1e-15,
    );
    expectClose(
      determinant([
        [0, 2, 1],
        [1, 0, 0],
        [0, 0, 3],
      ]),
      -6,
      1e-15,
    );
    expect(
      determinant([
        [1, 2],
        [2, 4],
      ]),
    ).toBe(0);
    expect(determinant([[7]])).toBe(7);
  });

  it('determinant(AB) = determinant(A) · determinant(B) and det Aᵀ = det A', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(matrix(n, n), matrix(n, n))),
        ([A, B]) => {
          const dA = determinant(A);
          const dB = determinant(B);
          const scaleAB = 10 ** (2 * A.length);
          expectClose(determinant(matmul(A, B)), dA * dB, 1e-8, 1e-9 * scaleAB);
          expectClose(determinant(transpose(A)), dA, 1e-8, 1e-9 * 10 ** A.length);
        },
      ),
    );
  });

  it('determinant(A) of a non-square matrix says it needs a square one', () => {
    expect(() => determinant(zeros(2, 3))).toThrow('determinant: needs a square matrix, got (2×3)');
  });
});

describe('eigenSymmetric', () => {
  it('eigenSymmetric([[2,1],[1,2]]) gives values [3, 1] with unit vectors ±[1,1]/√2, [−1,1]/√2', () => {
    const { values, vectors } = eigenSymmetric([
      [2, 1],
      [1, 2],
    ]);
    expectClose(values[0]!, 3, 1e-14);
    expectClose(values[1]!, 1, 1e-14);
    // sign convention: the largest-magnitude entry is positive (the first one on a tie)
    expectClose(vectors[0]![0]!, Math.SQRT1_2, 1e-14);
    expectClose(vectors[0]![1]!, Math.SQRT1_2, 1e-14);
    expectClose(vectors[1]![0]!, Math.SQRT1_2, 1e-14);
    expectClose(vectors[1]![1]!, -Math.SQRT1_2, 1e-14);
  });

  it('eigenSymmetric(A) satisfies A v = λ v with orthonormal v and descending λ', () => {
    fc.assert(
      fc.property(square, (M) => {
        const n = M.length;
        const A = M.map((row, i) => row.map((v, j) => (v + M[j]![i]!) / 2));
        const { values, vectors } = eigenSymmetric(A);
        values.forEach((v, i) => i > 0 && expect(v).toBeLessThanOrEqual(values[i - 1]!));
        vectors.forEach((v, i) => {
          expectClose(norm(v), 1, 1e-12);
          const Av = matvec(A, v);
          Av.forEach((x, k) => expectClose(x, values[i]! * v[k]!, 1e-9, 1e-9 * n * 10));
          for (let j = i + 1; j < n; j++) expect(Math.abs(dot(v, vectors[j]!))).toBeLessThan(1e-9);
        });
        const trace = A.reduce((s, row, i) => s + row[i]!, 0);
        expectClose(
          values.reduce((s, v) => s + v, 0),
          trace,
          1e-9,
          1e-9 * n * 10,
        );
      }),
    );
  });

  it('eigenSymmetric(A) of a non-symmetric matrix names the mismatched pair', () => {
    expect(() =>
      eigenSymmetric([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow('eigenSymmetric: A is not symmetric — A[0][1] = 2 but A[1][0] = 3');
  });
});
