import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fraction, fromPosition, positionRange, toPosition } from './logScale';

const lr = { min: 1e-4, max: 2, stepsPerDecade: 20 };

describe('log-scale slider positions', () => {
  it('puts round values exactly on the grid', () => {
    for (const v of [1e-4, 1e-3, 0.01, 0.1, 1]) expect(fromPosition(lr, toPosition(lr, v))).toBe(v);
  });

  it('spans min to max', () => {
    const { min, max } = positionRange(lr);
    expect(fromPosition(lr, min)).toBe(1e-4);
    expect(fromPosition(lr, max)).toBeCloseTo(2, 1);
  });

  it('multiplies by the same factor at every step', () => {
    const a = 10 ** (1 / 20);
    expect(fromPosition(lr, toPosition(lr, 0.01) + 1) / 0.01).toBeCloseTo(a, 2);
    expect(fromPosition(lr, toPosition(lr, 0.1) + 1) / 0.1).toBeCloseTo(a, 2);
  });

  it('toPosition is monotone and clamps', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 100, noNaN: true }),
        fc.double({ min: 1e-6, max: 100, noNaN: true }),
        (x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          return toPosition(lr, lo) <= toPosition(lr, hi);
        },
      ),
    );
    expect(toPosition(lr, 1e-9)).toBe(positionRange(lr).min);
  });

  it('places marks along the track', () => {
    expect(fraction(lr, 1e-4)).toBe(0);
    expect(fraction(lr, 2)).toBeCloseTo(1, 12);
    expect(fraction(lr, 2 / 22)).toBeGreaterThan(fraction(lr, 0.01));
  });
});
