// Matrices as arrays of rows: products, transpose, shape and determinant.
import { shapeText, toFlat, toNested, checkVector } from './check';
import type { Matrix, Vector } from './check';
import { MathInputError } from './errors';

/**
 * NumPy-style shape of a scalar, vector or matrix: 3 → [], [1, 2, 3] → [3], a 5×3 matrix → [5, 3].
 * Throws for a ragged matrix (rows of different lengths), which has no shape.
 */
export function shapeOf(x: number | Vector | Matrix): number[] {
  if (typeof x === 'number') return [];
  const first: unknown = x[0];
  if (!Array.isArray(first)) return [x.length];
  const cols = first.length;
  x.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== cols) {
      const len = Array.isArray(row) ? row.length : 0;
      throw new MathInputError(
        `shapeOf: the matrix is ragged — row 0 has ${cols} entries but row ${i} has ${len}`,
      );
    }
  });
  return [x.length, cols];
}

/** The learner-facing explanation of an (m×n) @ (p×q) mismatch, with the transpose that fits. */
function mismatch(m: number, n: number, p: number, q: number): string {
  const head = `matmul: ${shapeText(m, n)} @ ${shapeText(p, q)} — inner dimensions ${n} and ${p} differ`;
  if (n === q) return `${head}; did you mean the transpose of the right matrix ${shapeText(q, p)}?`;
  if (m === p) return `${head}; did you mean the transpose of the left matrix ${shapeText(n, m)}?`;
  return `${head}; (m×n) @ (n×p) needs the left matrix's column count to equal the right's row count`;
}

/**
 * Matrix product C = A B with Cᵢⱼ = Σₖ AᵢₖBₖⱼ; shapes (m×n) @ (n×p) → (m×p), costing 2·m·n·p
 * floating-point operations — the hot loop of deep learning.
 */
export function matmul(A: Matrix, B: Matrix): number[][] {
  const a = toFlat('matmul', 'A', A);
  // B is stored transposed, so each output entry is a dot product of two contiguous rows
  const b = toFlat('matmul', 'B', B, true);
  const { rows: m, cols: n } = a;
  const { rows: p, cols: q } = b;
  if (n !== p) throw new MathInputError(mismatch(m, n, p, q));
  const ad = a.data;
  const bt = b.data;
  const out = new Array<number[]>(m);
  for (let i = 0; i < m; i++) {
    const ai = i * n;
    const row = new Array<number>(q);
    for (let j = 0; j < q; j++) {
      const bj = j * n;
      let s = 0;
      for (let k = 0; k < n; k++) s += (ad[ai + k] as number) * (bt[bj + k] as number);
      row[j] = s;
    }
    out[i] = row;
  }
  return out;
}

/** Matrix–vector product y = A x, yᵢ = Σⱼ Aᵢⱼxⱼ: output i is row i's dot product with x. */
export function matvec(A: Matrix, x: Vector): number[] {
  const a = toFlat('matvec', 'A', A);
  checkVector('matvec', 'x', x);
  const { rows: m, cols: n } = a;
  if (x.length !== n) {
    const head =
      `matvec: ${shapeText(m, n)} @ (${x.length}) — the matrix has ${n} columns but x has ` +
      `${x.length} entries`;
    const hint =
      x.length === m ? `; did you mean the transpose of the matrix ${shapeText(n, m)}?` : '';
    throw new MathInputError(head + hint);
  }
  const ad = a.data;
  const y = new Array<number>(m);
  for (let i = 0; i < m; i++) {
    let s = 0;
    const off = i * n;
    for (let j = 0; j < n; j++) s += (ad[off + j] as number) * (x[j] as number);
    y[i] = s;
  }
  return y;
}

/** Transpose Aᵀ with (Aᵀ)ᵢⱼ = Aⱼᵢ: an (m×n) matrix becomes (n×m). */
export function transpose(A: Matrix): number[][] {
  const { rows: m, cols: n, data } = toFlat('transpose', 'A', A);
  const t = new Float64Array(n * m);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) t[j * m + i] = data[i * n + j] as number;
  return toNested(t, n, m);
}

/** Throws unless A is square; returns its flat copy and size. */
export function squareFlat(fn: string, A: Matrix): { n: number; data: Float64Array } {
  const { rows, cols, data } = toFlat(fn, 'A', A);
  if (rows !== cols) {
    throw new MathInputError(`${fn}: needs a square matrix, got ${shapeText(rows, cols)}`);
  }
  return { n: rows, data };
}

/**
 * Determinant det A of a square matrix, by LU factorisation with partial pivoting (O(n³)).
 * Geometrically the signed factor by which A scales area (2-D) or volume; 0 means A squashes
 * space flat and has no inverse.
 */
export function determinant(A: Matrix): number {
  const { n, data: a } = squareFlat('determinant', A);
  let det = 1;
  for (let k = 0; k < n; k++) {
    // the largest pivot keeps the multipliers ≤ 1, so rounding errors do not grow
    let piv = k;
    let best = Math.abs(a[k * n + k] as number);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(a[i * n + k] as number);
      if (v > best) {
        best = v;
        piv = i;
      }
    }
    if (best === 0) return 0;
    if (piv !== k) {
      for (let j = 0; j < n; j++) {
        const t = a[k * n + j] as number;
        a[k * n + j] = a[piv * n + j] as number;
        a[piv * n + j] = t;
      }
      det = -det;
    }
    const pk = a[k * n + k] as number;
    det *= pk;
    for (let i = k + 1; i < n; i++) {
      const f = (a[i * n + k] as number) / pk;
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++)
        a[i * n + j] = (a[i * n + j] as number) - f * (a[k * n + j] as number);
    }
  }
  return det;
}
