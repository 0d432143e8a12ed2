import { formatShort } from '../../ui/format';
import type { MatrixView } from './model';

const py = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));
const n = (v: number) => formatShort(v, 3).replace('\u2212', '-');

/** The NumPy a reader would type next for the current matrix. */
export function numpyCode(view: MatrixView): string {
  const [a, b, c, d] = view.m;
  const { eigen } = view;
  const eigenLines =
    eigen.kind === 'complex'
      ? [
          'values, vectors = np.linalg.eig(A)',
          `# complex: ${n(eigen.re)} ± ${n(eigen.im)}j, so no real direction is only stretched`,
        ]
      : view.symmetric
        ? [
            '# symmetric, so eigh: real eigenvalues (ascending) and orthonormal eigenvectors',
            'values, vectors = np.linalg.eigh(A)',
            'vectors[:, 0]                      # eigenvectors are the COLUMNS',
          ]
        : ['values, vectors = np.linalg.eig(A)  # eigenvectors are the columns of `vectors`'];
  return [
    'import numpy as np',
    '',
    `A = np.array([[${py(a)}, ${py(b)}],`,
    `              [${py(c)}, ${py(d)}]])`,
    '',
    `A @ np.array([1.0, 0.0])   # where î lands: the first column, (${n(view.iHat.x)}, ${n(view.iHat.y)})`,
    `A @ np.array([0.0, 1.0])   # where ĵ lands: the second column, (${n(view.jHat.x)}, ${n(view.jHat.y)})`,
    `np.linalg.det(A)           # area scale factor: ${n(view.det)} (up to rounding)`,
    ...eigenLines,
  ].join('\n');
}
