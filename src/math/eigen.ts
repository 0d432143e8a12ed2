// Eigen-decomposition of symmetric matrices (covariance matrices, Hessians) by cyclic Jacobi
// rotations: slow for big n but simple, accurate to rounding and always real for symmetric input.
import { squareFlat } from './matrix';
import type { Matrix } from './check';
import { fmt } from './check';
import { MathInputError } from './errors';

/** Result of eigenSymmetric: values[i] pairs with vectors[i]. */
export interface EigenDecomposition {
  /** Eigenvalues λ, largest first (same units as A's entries). */
  values: number[];
  /**
   * Unit eigenvectors, one per row (vectors[i] is v with A v = values[i] v) — rows, not NumPy's
   * columns, so `vectors[0]` is the first principal direction. An eigenvector's sign is
   * arbitrary, so each is flipped to make its largest-magnitude entry positive (the first such
   * entry on a tie): results are reproducible and comparable between runs.
   */
  vectors: number[][];
}

/**
 * Eigenvalues and unit eigenvectors of a symmetric matrix, A = Σᵢ λᵢ vᵢ vᵢᵀ, values descending.
 * For a covariance matrix the vectors are the principal components and λᵢ / Σλ is the share of
 * variance each explains. A must be symmetric to within 1e-9 of its largest entry.
 */
export function eigenSymmetric(A: Matrix): EigenDecomposition {
  const { n, data: a } = squareFlat('eigenSymmetric', A);
  let big = 0;
  for (const v of a) big = Math.max(big, Math.abs(v));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const aij = a[i * n + j] as number;
      const aji = a[j * n + i] as number;
      if (Math.abs(aij - aji) > 1e-9 * big) {
        throw new MathInputError(
          `eigenSymmetric: A is not symmetric — A[${i}][${j}] = ${fmt(aij)} but A[${j}][${i}] = ` +
            `${fmt(aji)}; use a symmetric matrix such as a covariance matrix or (A + Aᵀ)/2`,
        );
      }
      // average the two halves so tiny asymmetries cannot leak into the result
      a[i * n + j] = a[j * n + i] = (aij + aji) / 2;
    }
  }
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  jacobi(a, v, n, big);
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (i, j) => (a[j * n + j] as number) - (a[i * n + i] as number),
  );
  const values = order.map((k) => a[k * n + k] as number);
  const vectors = order.map((k) => {
    const col = Array.from({ length: n }, (_, i) => v[i * n + k] as number);
    let lead = 0;
    for (let i = 1; i < n; i++)
      if (Math.abs(col[i] as number) > Math.abs(col[lead] as number)) lead = i;
    return (col[lead] as number) < 0 ? col.map((x) => -x) : col;
  });
  return { values, vectors };
}

/** Rotates a (in place) towards diagonal form, accumulating the rotations into v's columns. */
function jacobi(a: Float64Array, v: Float64Array, n: number, big: number): void {
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) off += (a[p * n + q] as number) ** 2;
    // quadratic convergence: a few sweeps past this point only polish rounding noise
    if (off <= (1e-17 * big) ** 2 * n) return;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q] as number;
        if (apq === 0) continue;
        const theta = ((a[q * n + q] as number) - (a[p * n + p] as number)) / (2 * apq);
        // the smaller root of t² + 2θt − 1 = 0 keeps the rotation angle below π/4 (stable)
        const t =
          Math.abs(theta) > 1e150
            ? 1 / (2 * theta)
            : Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        rotate(a, v, n, p, q, c, s);
      }
    }
  }
}

/** Applies A ← Jᵀ A J and V ← V J for the Givens rotation J in the (p, q) plane. */
function rotate(
  a: Float64Array,
  v: Float64Array,
  n: number,
  p: number,
  q: number,
  c: number,
  s: number,
): void {
  for (let k = 0; k < n; k++) {
    const akp = a[k * n + p] as number;
    const akq = a[k * n + q] as number;
    a[k * n + p] = c * akp - s * akq;
    a[k * n + q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p * n + k] as number;
    const aqk = a[q * n + k] as number;
    a[p * n + k] = c * apk - s * aqk;
    a[q * n + k] = s * apk + c * aqk;
  }
  for (let k = 0; k < n; k++) {
    const vkp = v[k * n + p] as number;
    const vkq = v[k * n + q] as number;
    v[k * n + p] = c * vkp - s * vkq;
    v[k * n + q] = s * vkp + c * vkq;
  }
  // exact zero where the rotation is designed to put it, so off-diagonal mass only shrinks
  a[p * n + q] = 0;
  a[q * n + p] = 0;
}
