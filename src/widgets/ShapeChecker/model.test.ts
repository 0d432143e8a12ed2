import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MathInputError, matmul, shapeOf } from '../../math';
import { coreMessage, fixFor, flopText, flopWords, mismatchMessage, shapeModel } from './model';
import type { Shape } from './shape';

const zeros = ([r, c]: Shape) => Array.from({ length: r }, () => new Array<number>(c).fill(0));

describe('shapeModel(a, b)', () => {
  it('explains the classic (32×784) @ (128×784) error with the core’s own message', () => {
    const check = shapeModel([32, 784], [128, 784]);
    expect(check.ok).toBe(false);
    expect(check.message).toBe(
      'matmul: (32×784) @ (128×784) — inner dimensions 784 and 128 differ; did you mean the transpose of the right matrix (784×128)?',
    );
    expect(check.status).toBe(
      '(32×784) @ (128×784) cannot be multiplied: inner dimensions 784 and 128 differ. Fix: multiply by the transpose of the right matrix, (32×784) @ (784×128) → (32×128).',
    );
  });

  it('gives the result shape and 2·m·n·p FLOPs when the shapes fit', () => {
    const check = shapeModel([32, 784], [784, 128]);
    expect(check.result).toEqual([32, 128]);
    expect(check.flops).toBe(6_422_528);
    expect(check.status).toBe(
      '(32×784) @ (784×128) multiplies: the inner dimensions match (784 = 784), the result is (32×128), and it costs 2·32·784·128 = 6,422,528 floating-point operations.',
    );
  });

  it('multiplies the batch X (5×3) @ W (3×2) into (5×2) at 60 FLOPs', () => {
    const check = shapeModel([5, 3], [3, 2]);
    expect(check.result).toEqual([5, 2]);
    expect(check.flops).toBe(60);
  });

  it('agrees with the core on the result shape', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        (m, n, p) => {
          expect(shapeModel([m, n], [n, p]).result).toEqual(
            shapeOf(matmul(zeros([m, n]), zeros([n, p]))),
          );
        },
      ),
    );
  });

  it('writes the same mismatch message as the core matmul for every small pair of shapes', () => {
    const dim = fc.integer({ min: 1, max: 9 });
    fc.assert(
      fc.property(dim, dim, dim, dim, (m, n, p, q) => {
        fc.pre(n !== p);
        let thrown = '';
        try {
          matmul(zeros([m, n]), zeros([p, q]));
        } catch (error) {
          if (error instanceof MathInputError) thrown = error.message;
        }
        expect(mismatchMessage([m, n], [p, q])).toBe(thrown);
      }),
    );
  });

  it('builds the message without allocating when the matrices would be huge', () => {
    expect(coreMessage([1_000_000, 1_000_000], [3, 5])).toBe(
      "matmul: (1000000×1000000) @ (3×5) — inner dimensions 1000000 and 3 differ; (m×n) @ (n×p) needs the left matrix's column count to equal the right's row count",
    );
  });
});

describe('fixFor(a, b)', () => {
  it('transposes the right matrix when the column counts agree (the core’s first hint)', () => {
    expect(fixFor([32, 784], [128, 784])).toEqual({
      kind: 'transpose-right',
      left: [32, 784],
      right: [784, 128],
      result: [32, 128],
    });
  });

  it('transposes the left matrix when the row counts agree', () => {
    expect(fixFor([3, 5], [3, 2])).toEqual({
      kind: 'transpose-left',
      left: [5, 3],
      right: [3, 2],
      result: [5, 2],
    });
  });

  it('swaps the order when only that fits, and gives up otherwise', () => {
    expect(fixFor([2, 3], [4, 2])).toEqual({
      kind: 'swap',
      left: [4, 2],
      right: [2, 3],
      result: [4, 3],
    });
    expect(fixFor([2, 3], [4, 5])).toBeNull();
    expect(shapeModel([2, 3], [4, 5]).status).toMatch(/No transpose or swap makes these fit/);
  });
});

describe('flop counts', () => {
  it('prints exact counts with digit groups and beyond 2⁵³ in powers of ten', () => {
    expect(flopText(6_422_528)).toBe('6,422,528');
    expect(flopText(2e18)).toBe('about 2.00 × 10¹⁸');
    expect(shapeModel([1_000_000, 1_000_000], [1_000_000, 1_000_000]).status).not.toMatch(
      /NaN|Infinity/,
    );
  });

  it('names the size in words', () => {
    expect(flopWords(6_422_528)).toBe('6.42 million');
    expect(flopWords(60)).toBe('60');
    expect(flopWords(2e12)).toBe('2 trillion');
  });
});
