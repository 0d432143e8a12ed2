// MatrixTransform's model: a 2×2 matrix in, every number and sentence the widget shows out.
// Pure, built on the math core (matvec, determinant, eigenSymmetric) plus eigen2 for matrices
// that are not symmetric.
import { determinant, eigenSymmetric, matvec } from '../../math';
import { canonical, eigen2, toRows } from './eigen2';
import type { Eigen2, Mat2, Vec2 } from './eigen2';
import { describeMatrix } from './describe';

export type { Eigen2, Mat2, Vec2 };

/** The plane shows −PLANE … PLANE on both axes; every entry stays in that range. */
export const PLANE = 5;
/** Handles move on this grid (arrow keys; Shift moves ten times as far). */
export const GRID = 0.1;
/** Entries are kept to this many decimals, so a drag or a typed value never shows 0.30000000004. */
export const DECIMALS = 2;

/** What the determinant does to the plane. */
export type DetKind = 'keep' | 'flip' | 'line' | 'point';

export interface MatrixView {
  m: Mat2;
  /** Where the basis vectors land: the first and second columns of A. */
  iHat: Vec2;
  jHat: Vec2;
  /** det A, with rounding noise below 1e-9 snapped to exactly 0. */
  det: number;
  detKind: DetKind;
  /** tr A = a + d and (tr A / 2)² − det A: the characteristic polynomial's pieces. */
  trace: number;
  discriminant: number;
  symmetric: boolean;
  eigen: Eigen2;
  status: string;
}

/** Rounds to DECIMALS and keeps the entry on the plane; −0 becomes 0. */
export function roundEntry(x: number): number {
  const clamped = Math.min(PLANE, Math.max(-PLANE, x));
  return Number(clamped.toFixed(DECIMALS)) + 0;
}

/** Rounds a dragged point to the handle grid and keeps it on the plane. */
export function snapToGrid(p: Vec2): Vec2 {
  const snap = (t: number) => roundEntry(Math.round(t / GRID) * GRID);
  return { x: snap(p.x), y: snap(p.y) };
}

/** The matrix whose columns are the images of î and ĵ. */
export function fromColumns(i: Vec2, j: Vec2): Mat2 {
  return [i.x, j.x, i.y, j.y];
}

function eigenOf(m: Mat2, symmetric: boolean): Eigen2 {
  const [a, b, , d] = m;
  if (!symmetric) return eigen2(m);
  if (b === 0 && a === d) return { kind: 'scalar', value: a };
  // symmetric: the core's Jacobi solver, real and orthogonal by construction
  const { values, vectors } = eigenSymmetric(toRows(m));
  const [v0 = [1, 0], v1 = [0, 1]] = vectors;
  return {
    kind: 'distinct',
    values: [values[0] ?? 0, values[1] ?? 0],
    vectors: [
      canonical({ x: v0[0] ?? 0, y: v0[1] ?? 0 }),
      canonical({ x: v1[0] ?? 0, y: v1[1] ?? 0 }),
    ],
  };
}

export function matrixModel(m: Mat2): MatrixView {
  const rows = toRows(m);
  const [ix = 0, iy = 0] = matvec(rows, [1, 0]);
  const [jx = 0, jy = 0] = matvec(rows, [0, 1]);
  const raw = determinant(rows);
  // entries have two decimals, so a true non-zero determinant is at least 1e-4
  const det = Math.abs(raw) < 1e-9 ? 0 : raw;
  const zero = m.every((x) => x === 0);
  const detKind: DetKind = det > 0 ? 'keep' : det < 0 ? 'flip' : zero ? 'point' : 'line';
  const symmetric = m[1] === m[2];
  const partial = {
    m,
    iHat: { x: ix, y: iy },
    jHat: { x: jx, y: jy },
    det,
    detKind,
    trace: m[0] + m[3],
    discriminant: ((m[0] + m[3]) / 2) ** 2 - det,
    symmetric,
    eigen: eigenOf(m, symmetric),
  };
  return { ...partial, status: describeMatrix(partial) };
}
