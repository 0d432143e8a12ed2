import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectAllClose } from '../../../tests/helpers/expectAllClose';
import { expectClose } from '../../../tests/helpers/expectClose';
import { softmaxGrid } from '../../ui/picture/softmaxGrid';
import {
  checkSentence,
  D_MODEL,
  D_V,
  embedToken,
  hashToken,
  MAX_TOKENS,
  projections,
  sentenceInputs,
  STRESS_TOKENS,
  STRESS_TOKENS_LIST,
  tokenize,
} from './embeddings';
import { editShape, setEntry } from './matrices';
import {
  attentionInputs,
  attentionView,
  EXAMPLE_K,
  EXAMPLE_Q,
  EXAMPLE_V,
  rowsSumToOne,
  softmaxInputs,
  topKey,
  topKeys,
} from './model';
import type { AttentionInputs, AttentionSettings } from './model';

const plain: AttentionSettings = { scale: true, causal: false, temperature: 1 };
const labels = (n: number) => ({
  queries: Array.from({ length: n }, (_, i) => `q${i + 1}`),
  keys: Array.from({ length: n }, (_, i) => `k${i + 1}`),
});
const example = (settings: AttentionSettings = plain) =>
  attentionView(labels(2), attentionInputs(EXAMPLE_Q, EXAMPLE_K, EXAMPLE_V), settings);

/** Square matrices of n rows and d columns with entries in ±10. */
const matrix = (n: number, d: number) =>
  fc.array(
    fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: d, maxLength: d }),
    {
      minLength: n,
      maxLength: n,
    },
  );
const qkv = fc
  .record({ n: fc.integer({ min: 1, max: 6 }), d: fc.integer({ min: 1, max: 4 }) })
  .chain(({ n, d }) => fc.tuple(matrix(n, d), matrix(n, d), matrix(n, d)));

describe('attentionView(labels, inputs, settings)', () => {
  it('reproduces the syllabus example: Q = K = I₂, V = [[1, 2], [3, 4]], d_k = 2', () => {
    const view = example();
    expectAllClose(view.weights.flat(), [0.6698, 0.3302, 0.3302, 0.6698], 0, 5e-5);
    expectAllClose(view.output.flat(), [1.6605, 2.6605, 2.3395, 3.3395], 0, 5e-5);
    expect(view.weights[0]?.map((w) => w.toFixed(3))).toEqual(['0.670', '0.330']);
    expect(view.raw).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expectClose(view.scores[0]?.[0] ?? NaN, 1 / Math.SQRT2);
    expectClose(view.divisor, Math.SQRT2);
  });

  it('sharpens without the √d_k scaling and flattens at a high temperature', () => {
    expectClose(example({ ...plain, scale: false }).weights[0]?.[0] ?? NaN, 0.7310585786300049);
    const hot = example({ ...plain, temperature: 10 }).weights[0]?.[0] ?? NaN;
    expect(hot).toBeGreaterThan(0.5);
    expect(hot).toBeLessThan(0.52);
  });

  it('gives every row weights that sum to 1, with or without the mask', () => {
    fc.assert(
      fc.property(qkv, fc.boolean(), fc.boolean(), ([Q, K, V], causal, scale) => {
        const view = attentionView(labels(Q.length), attentionInputs(Q, K, V), {
          scale,
          causal,
          temperature: 1,
        });
        return rowsSumToOne(view) && view.rowSums.length === Q.length;
      }),
    );
  });

  it('zeroes the upper triangle under the causal mask and draws it as masked', () => {
    fc.assert(
      fc.property(qkv, ([Q, K, V]) => {
        const view = attentionView(labels(Q.length), attentionInputs(Q, K, V), {
          ...plain,
          causal: true,
        });
        return view.weights.every((row, i) =>
          row.every((w, j) =>
            j > i
              ? w === 0 &&
                Number.isNaN(view.cells[i * view.m + j]) &&
                view.scores[i]?.[j] === -Infinity
              : Number.isFinite(view.cells[i * view.m + j]),
          ),
        );
      }),
    );
    const masked = example({ ...plain, causal: true });
    expect(masked.anyMasked).toBe(true);
    expect(masked.weights[0]).toEqual([1, 0]);
    expect(masked.output[0]).toEqual([1, 2]);
  });

  it('keeps each output inside the range of the value rows (a weighted average)', () => {
    fc.assert(
      fc.property(qkv, ([Q, K, V]) => {
        const view = attentionView(labels(Q.length), attentionInputs(Q, K, V), plain);
        return view.output.every((row) =>
          row.every((x, c) => {
            const column = V.map((v) => v[c] ?? 0);
            return x >= Math.min(...column) - 1e-9 && x <= Math.max(...column) + 1e-9;
          }),
        );
      }),
    );
  });

  it('reports the largest weights and how saturated the rows are', () => {
    const view = example();
    expect(topKey(view, 1)).toEqual({ key: 1, weight: view.weights[1]?.[1] });
    expect(topKeys(view, 0, 1)).toEqual([0]);
    expectClose(view.maxWeight, view.weights[0]?.[0] ?? NaN);
    expectClose(view.meanTopWeight, view.weights[0]?.[0] ?? NaN);
  });
});

/** The weights the painter forms from what a dragged temperature posts (src/ui/picture). */
function painterCells(inputs: AttentionInputs, settings: AttentionSettings) {
  const { scores, rows, cols, temperature, causal } = softmaxInputs(inputs, settings);
  return softmaxGrid(scores, rows, cols, temperature, causal);
}

describe('softmaxInputs(inputs, settings): what a dragged temperature posts to the painter', () => {
  const settingsArb = fc.record({
    scale: fc.boolean(),
    causal: fc.boolean(),
    temperature: fc.double({ min: 0.05, max: 10, noNaN: true }),
  });

  it('forms attentionView’s cells and largest weight, masked cells NaN, for any Q, K, V', () => {
    fc.assert(
      fc.property(qkv, settingsArb, ([Q, K, V], settings) => {
        const inputs = attentionInputs(Q, K, V);
        const view = attentionView(labels(Q.length), inputs, settings);
        const { cells, maxWeight } = painterCells(inputs, settings);
        expect(cells.length).toBe(view.cells.length);
        view.cells.forEach((c, i) => {
          if (Number.isNaN(c)) expect(cells[i]).toBeNaN();
          else expectClose(cells[i] ?? NaN, c, 1e-12, 1e-9);
        });
        expectClose(maxWeight, view.maxWeight, 1e-12, 1e-9);
      }),
    );
  });

  it('keeps the 128-token preset finite from T = 0.05 to 10 (no overflow)', () => {
    const { Q, K, V } = sentenceInputs(STRESS_TOKENS_LIST, 7, 64);
    const inputs = attentionInputs(Q, K, V);
    for (const temperature of [0.05, 1, 10]) {
      const { cells, maxWeight } = painterCells(inputs, {
        scale: false,
        causal: true,
        temperature,
      });
      expect(cells.length).toBe(STRESS_TOKENS * STRESS_TOKENS);
      // causal: the first query sees only itself
      expect(cells[0]).toBe(1);
      expect(Number.isNaN(cells[1] ?? 0)).toBe(true);
      expect(maxWeight).toBeLessThanOrEqual(1);
      expect([...cells].every((c) => Number.isNaN(c) || (c >= 0 && c <= 1))).toBe(true);
    }
  });
});

describe('sentence pipeline', () => {
  it('tokenizes at whitespace and accepts 2 to 64 words', () => {
    expect(tokenize('  the cat\tsat\n')).toEqual(['the', 'cat', 'sat']);
    expect(checkSentence('the cat')).toEqual({ tokens: ['the', 'cat'] });
    expect(checkSentence('one')).toHaveProperty('error');
    expect(checkSentence(Array(MAX_TOKENS).fill('w').join(' '))).toHaveProperty('tokens');
    const tooMany = checkSentence(
      Array(MAX_TOKENS + 1)
        .fill('w')
        .join(' '),
    );
    expect('error' in tooMany && tooMany.error).toMatch(/65 words; the widget takes 2 to 64/);
    expect(checkSentence(`a ${'x'.repeat(41)}`)).toHaveProperty('error');
  });

  it('gives a word the same embedding in every sentence and either case', () => {
    expect(embedToken('cat')).toEqual(embedToken('Cat'));
    expect(embedToken('cat')).toHaveLength(D_MODEL);
    expect(embedToken('cat')).not.toEqual(embedToken('mat'));
    const a = sentenceInputs(['the', 'cat'], 7, 8);
    const b = sentenceInputs(['a', 'cat', 'sat'], 7, 8);
    expect(a.X[1]).toEqual(b.X[1]);
    expect(a.Q[1]).toEqual(b.Q[1]);
    expect(hashToken('cat')).toBe(hashToken('CAT'));
  });

  it('draws the same projections for a seed and different ones for another seed', () => {
    expect(projections(7, 8)).toEqual(projections(7, 8));
    expect(projections(7, 8).Wq).not.toEqual(projections(8, 8).Wq);
    const { Wq, Wk, Wv } = projections(1, 64);
    expect([Wq.length, Wq[0]?.length, Wk[0]?.length, Wv[0]?.length]).toEqual([
      D_MODEL,
      64,
      64,
      D_V,
    ]);
  });

  it('opens on a map where ‘cat’ attends most to ‘sat’ (seed 7, d_k = 8)', () => {
    const tokens = tokenize('the cat sat on the mat');
    const { Q, K, V } = sentenceInputs(tokens, 7, 8);
    const view = attentionView({ queries: tokens, keys: tokens }, attentionInputs(Q, K, V), plain);
    expect(tokens[topKey(view, 1).key]).toBe('sat');
    expect(rowsSumToOne(view)).toBe(true);
  });

  it('saturates the softmax at d_k = 64 without scaling, and not with it', () => {
    const tokens = STRESS_TOKENS_LIST.slice(0, 32);
    const { Q, K, V } = sentenceInputs(tokens, 7, 64);
    const inputs = attentionInputs(Q, K, V);
    const names = { queries: tokens, keys: tokens };
    const scaled = attentionView(names, inputs, plain).meanTopWeight;
    const unscaled = attentionView(names, inputs, { ...plain, scale: false }).meanTopWeight;
    expect(unscaled).toBeGreaterThan(scaled + 0.2);
  });

  it('has a fixed 128-word stress passage', () => {
    expect(STRESS_TOKENS_LIST).toHaveLength(STRESS_TOKENS);
    expect(STRESS_TOKENS_LIST.slice(0, 3)).toEqual(['from', 'it', 'from']);
  });
});

describe('editShape(matrices, edit, max)', () => {
  const m = { q: EXAMPLE_Q, k: EXAMPLE_K, v: EXAMPLE_V };

  it('widens Q and K together and adds a value row with each key', () => {
    const wide = editShape(m, 'add-dk', 4);
    expect(wide.q[0]).toEqual([1, 0, 0]);
    expect(wide.k[1]).toEqual([0, 1, 0]);
    const more = editShape(m, 'add-key', 4);
    expect([more.k.length, more.v.length]).toEqual([3, 3]);
    expect(more.v[2]).toEqual([0, 0]);
    expect(editShape(m, 'remove-dv', 4).v).toEqual([[1], [3]]);
  });

  it('stops at one row or column and at the maximum', () => {
    const one = editShape(m, 'remove-query', 4);
    expect(editShape(one, 'remove-query', 4)).toBe(one);
    expect(editShape(m, 'add-query', 2)).toBe(m);
  });

  it('setEntry changes one number and nothing else', () => {
    expect(setEntry(m, 'v', 1, 0, 9).v).toEqual([
      [1, 2],
      [9, 4],
    ]);
    expect(m.v).toEqual(EXAMPLE_V);
  });
});
