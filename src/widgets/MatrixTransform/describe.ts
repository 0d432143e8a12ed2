// The widget's status sentence: what the matrix does to the plane, in words.
import { formatShort } from '../../ui/format';
import type { Eigen2, Vec2 } from './eigen2';
import type { MatrixView } from './model';

const n = (x: number, digits = 3) => formatShort(x, digits);
export const pointText = (v: Vec2, digits = 3) => `(${n(v.x, digits)}, ${n(v.y, digits)})`;

/** "[[2, 1], [1, 2]]" — the NumPy-style nesting readers will type. */
export function matrixText([a, b, c, d]: readonly number[]): string {
  return `[[${n(a ?? 0)}, ${n(b ?? 0)}], [${n(c ?? 0)}, ${n(d ?? 0)}]]`;
}

function detSentence(view: Omit<MatrixView, 'status'>): string {
  const { det } = view;
  switch (view.detKind) {
    case 'point':
      return 'det A = 0: every vector lands on the origin, so the whole plane collapses to a single point.';
    case 'line': {
      // the image is spanned by whichever column is not zero
      const along = Math.hypot(view.iHat.x, view.iHat.y) > 0 ? view.iHat : view.jHat;
      return `det A = 0: the plane collapses onto the line through ${pointText(along)}, areas become 0 and A has no inverse.`;
    }
    case 'keep':
      return det === 1
        ? 'det A = 1: areas are unchanged and orientation is kept.'
        : `det A = ${n(det)}: areas are multiplied by ${n(det)} and orientation is kept.`;
    case 'flip':
      return `det A = ${n(det)}: areas are multiplied by ${n(Math.abs(det))} and orientation flips (the picture is mirrored).`;
  }
}

function eigenSentence(eigen: Eigen2): string {
  switch (eigen.kind) {
    case 'complex':
      return `No real eigenvectors: this matrix rotates (its eigenvalues ${n(eigen.re)} ± ${n(eigen.im)}i are complex).`;
    case 'scalar':
      if (eigen.value === 1) {
        return 'Every direction is an eigenvector: A is the identity, so every vector stays where it is.';
      }
      return eigen.value === 0
        ? 'Every direction is an eigenvector with eigenvalue 0: A is the zero matrix.'
        : `Every direction is an eigenvector: A is ${n(eigen.value)} times the identity, so every vector is multiplied by ${n(eigen.value)}.`;
    case 'defective':
      return `One eigenvector direction only, ${pointText(eigen.vector)}, with the repeated eigenvalue ${n(eigen.value)}; every other direction is sheared towards it.`;
    case 'distinct': {
      const [v0, v1] = eigen.vectors;
      const [l0, l1] = eigen.values;
      return `Eigenvalues ${n(l0)} and ${n(l1)}: vectors along ${pointText(v0)} are only multiplied by ${n(l0)}, and along ${pointText(v1)} by ${n(l1)}.`;
    }
  }
}

export function describeMatrix(view: Omit<MatrixView, 'status'>): string {
  return [
    `A = ${matrixText(view.m)} sends î to ${pointText(view.iHat)} and ĵ to ${pointText(view.jHat)}.`,
    detSentence(view),
    eigenSentence(view.eigen),
  ].join(' ');
}
