// Eigenvalues and eigenvectors of a general (not necessarily symmetric) 2×2 matrix from its
// characteristic polynomial λ² − (tr A)·λ + det A = 0. The math core's eigenSymmetric covers the
// symmetric case; a shear or a rotation is not symmetric, and a rotation has no real answer at
// all, so the widget needs this small closed form too.
import { determinant } from '../../math';

export interface Vec2 {
  x: number;
  y: number;
}

/** A 2×2 matrix as [a, b, c, d], row-major: [[a, b], [c, d]]. */
export type Mat2 = readonly [number, number, number, number];

export type Eigen2 =
  /** Two distinct real eigenvalues (descending), each with a unit eigenvector. */
  | { kind: 'distinct'; values: [number, number]; vectors: [Vec2, Vec2] }
  /** One repeated eigenvalue with a single eigenvector direction (e.g. a shear). */
  | { kind: 'defective'; value: number; vector: Vec2 }
  /** A = λI: every non-zero vector is an eigenvector. */
  | { kind: 'scalar'; value: number }
  /** Complex pair re ± im·i (im > 0): no real eigenvector, the matrix rotates. */
  | { kind: 'complex'; re: number; im: number };

export const toRows = ([a, b, c, d]: Mat2): number[][] => [
  [a, b],
  [c, d],
];

/**
 * Flips v so its largest-magnitude entry is positive (the first on a tie), like the core's
 * eigenSymmetric: an eigenvector's sign is arbitrary, so pick one that is reproducible.
 */
export function canonical(v: Vec2): Vec2 {
  const lead = Math.abs(v.y) > Math.abs(v.x) ? v.y : v.x;
  // + 0 turns −0 into 0, which would otherwise print as "−0"
  return lead < 0 ? { x: -v.x + 0, y: -v.y + 0 } : { x: v.x + 0, y: v.y + 0 };
}

/** A unit vector v with (A − λI)v = 0, or null when A − λI is zero (A = λI). */
function nullDirection([a, b, c, d]: Mat2, lambda: number, tol: number): Vec2 | null {
  // each row of A − λI is perpendicular to v, so each row turned by 90° is a candidate;
  // the longer candidate is the better-conditioned one
  const u = { x: b, y: lambda - a };
  const w = { x: lambda - d, y: c };
  const nu = Math.hypot(u.x, u.y);
  const nw = Math.hypot(w.x, w.y);
  const [v, n] = nu >= nw ? [u, nu] : [w, nw];
  if (n <= tol) return null;
  return canonical({ x: v.x / n, y: v.y / n });
}

/**
 * Eigen-decomposition of any real 2×2 matrix. λ = tr/2 ± √((tr/2)² − det); a discriminant
 * within rounding of zero counts as a repeated root (grid matrices like [[1, 1], [0, 1]] land on
 * it exactly, but 0.1 is not exact in binary).
 */
export function eigen2(m: Mat2): Eigen2 {
  const [a, , , d] = m;
  const det = determinant(toRows(m));
  const half = (a + d) / 2;
  const disc = half * half - det;
  const scale = Math.max(1, ...m.map(Math.abs));
  const tol = 1e-10 * scale * scale;
  if (disc < -tol) return { kind: 'complex', re: half, im: Math.sqrt(-disc) };
  if (disc <= tol) {
    const vector = nullDirection(m, half, 1e-9 * scale);
    return vector ? { kind: 'defective', value: half, vector } : { kind: 'scalar', value: half };
  }
  const root = Math.sqrt(disc);
  const values: [number, number] = [half + root, half - root];
  const v0 = nullDirection(m, values[0], 0);
  const v1 = nullDirection(m, values[1], 0);
  // with distinct roots A − λI has rank exactly 1, so both directions exist
  if (!v0 || !v1) return { kind: 'scalar', value: half };
  return { kind: 'distinct', values, vectors: [v0, v1] };
}
