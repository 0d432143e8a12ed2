import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eigenSymmetric, matvec } from '../../math';
import { expectClose } from '../../../tests/helpers/expectClose';
import { eigen2, toRows } from './eigen2';
import type { Mat2, Vec2 } from './eigen2';

/** ‖A v − λ v‖: zero for an eigenpair. */
function residual(m: Mat2, value: number, v: Vec2): number {
  const [x = 0, y = 0] = matvec(toRows(m), [v.x, v.y]);
  return Math.hypot(x - value * v.x, y - value * v.y);
}

const entry = fc.integer({ min: -500, max: 500 }).map((k) => k / 100);
const matrix = fc.tuple(entry, entry, entry, entry);

describe('eigen2([a, b, c, d])', () => {
  it('gives 5.3723 and −0.3723 for [[1, 2], [3, 4]], like np.linalg.eig', () => {
    const e = eigen2([1, 2, 3, 4]);
    expect(e.kind).toBe('distinct');
    if (e.kind !== 'distinct') return;
    expectClose(e.values[0], (5 + Math.sqrt(33)) / 2, 1e-12);
    expectClose(e.values[1], (5 - Math.sqrt(33)) / 2, 1e-12);
    expect(residual([1, 2, 3, 4], e.values[0], e.vectors[0])).toBeLessThan(1e-12);
    expect(residual([1, 2, 3, 4], e.values[1], e.vectors[1])).toBeLessThan(1e-12);
  });

  it('finds the single eigenvector (1, 0) of the shear [[1, 1], [0, 1]]', () => {
    expect(eigen2([1, 1, 0, 1])).toEqual({ kind: 'defective', value: 1, vector: { x: 1, y: 0 } });
  });

  it('says a 90° rotation has eigenvalues ±i and no real eigenvector', () => {
    expect(eigen2([0, -1, 1, 0])).toEqual({ kind: 'complex', re: 0, im: 1 });
  });

  it('recognises A = λI, where every direction is an eigenvector', () => {
    expect(eigen2([2.5, 0, 0, 2.5])).toEqual({ kind: 'scalar', value: 2.5 });
    expect(eigen2([0, 0, 0, 0])).toEqual({ kind: 'scalar', value: 0 });
  });

  it('agrees with the core eigenSymmetric on symmetric matrices', () => {
    fc.assert(
      fc.property(entry, entry, entry, (a, b, d) => {
        fc.pre(!(b === 0 && a === d));
        const e = eigen2([a, b, b, d]);
        const core = eigenSymmetric([
          [a, b],
          [b, d],
        ]);
        expect(e.kind).toBe('distinct');
        if (e.kind !== 'distinct') return;
        expectClose(e.values[0], core.values[0] ?? NaN, 1e-9, 1e-9);
        expectClose(e.values[1], core.values[1] ?? NaN, 1e-9, 1e-9);
      }),
    );
  });

  it('returns unit eigenvectors with A v = λ v for every grid matrix with real eigenvalues', () => {
    fc.assert(
      fc.property(matrix, (m) => {
        const e = eigen2(m);
        const pairs =
          e.kind === 'distinct'
            ? [0, 1].map((i) => ({ value: e.values[i] ?? 0, v: e.vectors[i] ?? { x: 0, y: 0 } }))
            : e.kind === 'defective'
              ? [{ value: e.value, v: e.vector }]
              : [];
        for (const { value, v } of pairs) {
          expectClose(Math.hypot(v.x, v.y), 1, 1e-12);
          expect(residual(m, value, v)).toBeLessThan(1e-7);
        }
        if (e.kind === 'complex') expect(e.im).toBeGreaterThan(0);
      }),
    );
  });

  it('keeps the sign of each eigenvector reproducible: its largest entry is positive', () => {
    const e = eigen2([1, 0, 0, -1]);
    expect(e).toEqual({
      kind: 'distinct',
      values: [1, -1],
      vectors: [
        { x: 1, y: 0 },
        { x: 0, y: 1 },
      ],
    });
  });
});
