import { flopText } from './model';
import type { ShapeCheck } from './model';
import { groupDigits } from './shape';
import type { Shape } from './shape';

const tuple = ([rows, cols]: Shape) => `(${rows}, ${cols})`;
/** Above this many entries the zeros would need gigabytes: say so next to the allocation. */
const BIG = 1e8;

/** The NumPy a reader would type next for the two shapes. */
export function numpyCode(check: ShapeCheck): string {
  const { a, b } = check;
  const entries = a[0] * a[1] + b[0] * b[1];
  const memory =
    entries > BIG
      ? `  # ${groupDigits(Math.round((entries * 8) / 1e9))} GB of float64: check shapes before allocating`
      : '';
  const lines = [
    'import numpy as np',
    '',
    `a_shape, b_shape = ${tuple(a)}, ${tuple(b)}`,
    `a_shape[1] == b_shape[0]   # ${check.ok ? 'True' : 'False'}: the inner dimensions must match`,
    `A, B = np.zeros(a_shape), np.zeros(b_shape)${memory}`,
  ];
  if (check.ok && check.result && check.flops !== null) {
    const [m, n] = a;
    return [
      ...lines,
      `(A @ B).shape              # ${tuple(check.result)}`,
      `2 * ${m} * ${n} * ${b[1]}    # ${flopText(check.flops)} floating-point operations`,
    ].join('\n');
  }
  const fix = check.fix;
  const fixed =
    fix?.kind === 'transpose-right'
      ? `A @ B.T                    # works: ${tuple(fix.result)}`
      : fix?.kind === 'transpose-left'
        ? `A.T @ B                    # works: ${tuple(fix.result)}`
        : fix?.kind === 'swap'
          ? `B @ A                      # works: ${tuple(fix.result)}`
          : '# no transpose fits: check which axis of each array holds the features';
  return [
    ...lines,
    `A @ B   # ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0 … (size ${b[0]} is different from ${a[1]})`,
    `        # PyTorch: mat1 and mat2 shapes cannot be multiplied (${a[0]}x${a[1]} and ${b[0]}x${b[1]})`,
    fixed,
  ].join('\n');
}
