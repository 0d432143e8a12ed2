import type { Mat2 } from './eigen2';

export interface Preset {
  id: string;
  label: string;
  m: Mat2;
}

/** One matrix per idea in the lesson: each shows a different kind of determinant or eigenvector. */
export const presets: readonly Preset[] = [
  { id: 'identity', label: 'Identity', m: [1, 0, 0, 1] },
  { id: 'scale', label: 'Scale', m: [2, 0, 0, 1.5] },
  { id: 'shear', label: 'Shear', m: [1, 1, 0, 1] },
  { id: 'rotation', label: 'Rotation 90°', m: [0, -1, 1, 0] },
  { id: 'reflection', label: 'Reflection', m: [1, 0, 0, -1] },
  { id: 'singular', label: 'Singular', m: [1, 2, 0.5, 1] },
];

/** The opening matrix: symmetric, with eigenvectors along the diagonals (3 and 1). */
export const DEFAULT_MATRIX: Mat2 = [2, 1, 1, 2];
