import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scaledDotProductAttention } from './attention';
import { matmul, transpose } from './matrix';
import { expectClose } from '../../tests/helpers/expectClose';
import { expectAllClose } from '../../tests/helpers/expectAllClose';

const entry = fc.double({ min: -3, max: 3, noNaN: true, noDefaultInfinity: true });
const matrix = (rows: number, cols: number) =>
  fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });
const qkv = fc
  .record({
    n: fc.integer({ min: 1, max: 8 }),
    // widths past 8: the core's loops take four columns a pass and then the rest one by one
    d: fc.integer({ min: 1, max: 11 }),
    dv: fc.integer({ min: 1, max: 11 }),
  })
  .chain(({ n, d, dv }) => fc.tuple(matrix(n, d), matrix(n, d), matrix(n, dv)));

describe('scaledDotProductAttention', () => {
  it('scaledDotProductAttention(I, I, V) reproduces the syllabus example with d_k = 2', () => {
    const I = [
      [1, 0],
      [0, 1],
    ];
    const { scores, weights, output } = scaledDotProductAttention(I, I, [
      [1, 2],
      [3, 4],
    ]);
    expectAllClose(scores[0]!, [Math.SQRT1_2, 0], 1e-15);
    expect(weights.map((r) => r.map((v) => v.toFixed(4)))).toEqual([
      ['0.6698', '0.3302'],
      ['0.3302', '0.6698'],
    ]);
    expect(output.map((r) => r.map((v) => v.toFixed(4)))).toEqual([
      ['1.6605', '2.6605'],
      ['2.3395', '3.3395'],
    ]);
  });

  it('scaledDotProductAttention(Q, K, V) weight rows sum to 1 and outputs are averages of V', () => {
    fc.assert(
      fc.property(qkv, fc.boolean(), fc.boolean(), ([Q, K, V], causal, scale) => {
        const { weights, output } = scaledDotProductAttention(Q, K, V, { causal, scale });
        for (const row of weights)
          expectClose(
            row.reduce((s, v) => s + v, 0),
            1,
            1e-12,
          );
        output.forEach((row) =>
          row.forEach((v, c) => {
            const column = V.map((r) => r[c]!);
            expect(v).toBeGreaterThanOrEqual(Math.min(...column) - 1e-12);
            expect(v).toBeLessThanOrEqual(Math.max(...column) + 1e-12);
          }),
        );
      }),
    );
  });

  it('scaledDotProductAttention(Q, K, V, { causal: true }) zeroes the upper triangle', () => {
    fc.assert(
      fc.property(qkv, ([Q, K, V]) => {
        const { scores, weights } = scaledDotProductAttention(Q, K, V, { causal: true });
        weights.forEach((row, i) =>
          row.forEach((w, j) => {
            if (j > i) {
              expect(w).toBe(0);
              expect(scores[i]![j]).toBe(-Infinity);
            } else expect(Number.isFinite(scores[i]![j])).toBe(true);
          }),
        );
        // the first token can only attend to itself
        expect(weights[0]![0]).toBe(1);
      }),
    );
  });

  it('scores = Q Kᵀ / (√d_k · T), and a huge temperature flattens the weights to uniform', () => {
    fc.assert(
      fc.property(qkv, fc.double({ min: 0.1, max: 10, noNaN: true }), ([Q, K, V], T) => {
        const raw = matmul(Q, transpose(K));
        const d = Q[0]!.length;
        const { scores } = scaledDotProductAttention(Q, K, V, { temperature: T });
        scores.forEach((row, i) =>
          expectAllClose(
            row,
            raw[i]!.map((v) => v / Math.sqrt(d) / T),
            1e-12,
            1e-12,
          ),
        );
        const unscaled = scaledDotProductAttention(Q, K, V, { scale: false }).scores;
        unscaled.forEach((row, i) => expectAllClose(row, raw[i]!, 1e-12, 1e-12));
        const flat = scaledDotProductAttention(Q, K, V, { temperature: 1e9 }).weights;
        for (const row of flat) for (const w of row) expectClose(w, 1 / K.length, 1e-6);
      }),
    );
  });

  it('scaledDotProductAttention names mismatched widths and row counts', () => {
    const A = [[1, 2, 3]];
    expect(() => scaledDotProductAttention(A, [[1, 2]], [[1]])).toThrow(
      'scaledDotProductAttention: Q is (1×3) but K is (1×2) — queries and keys must have the same width d_k',
    );
    expect(() => scaledDotProductAttention(A, A, [[1], [2]])).toThrow(
      'K has 1 rows (keys) but V is (2×1) — every key needs exactly one value row',
    );
    expect(() => scaledDotProductAttention(A, A, A, { temperature: 0 })).toThrow(
      'scaledDotProductAttention: temperature must be > 0, got 0',
    );
    expect(() => scaledDotProductAttention([[NaN]], [[1]], [[1]])).toThrow(
      'scaledDotProductAttention: Q[0][0] is NaN',
    );
  });
});
