import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../ui/useUrlState';
import { parseShape } from './shape';
import { codecs, defaults, WIDGET_ID } from './urlState';

describe('parseShape(text)', () => {
  it('reads the ways people write a shape', () => {
    for (const text of [
      '32×784',
      '32x784',
      '32 X 784',
      '32,784',
      '(32, 784)',
      '[32, 784]',
      ' 32 784 ',
      '32*784',
    ]) {
      expect(parseShape(text), text).toEqual({ shape: [32, 784] });
    }
  });

  it('explains a vector, a 3-D shape, an empty field and a non-number', () => {
    expect(parseShape('784')).toEqual({
      error: '784 alone is a vector; write it as 1×784 (a row) or 784×1 (a column).',
    });
    expect(parseShape('(784,)')).toMatchObject({
      error: expect.stringMatching(/^784 alone/) as string,
    });
    expect(parseShape('8×32×784')).toMatchObject({
      error: expect.stringMatching(/2-D shapes/) as string,
    });
    expect(parseShape('  ')).toEqual({ error: 'Enter a shape such as 32×784 (rows × columns).' });
    expect(parseShape('32×abc')).toEqual({
      error: '“abc” is not a whole number; write a shape as rows × columns.',
    });
    expect(parseShape('3.5×2')).toMatchObject({
      error: expect.stringMatching(/^“3\.5”/) as string,
    });
    expect(parseShape('-3×2')).toMatchObject({
      error: expect.stringMatching(/not a whole number/) as string,
    });
  });

  it('refuses 0 and dimensions above a million', () => {
    expect(parseShape('0×5')).toEqual({ error: 'Each dimension must be at least 1.' });
    expect(parseShape('1000001×1')).toEqual({ error: 'Each dimension must be at most 1,000,000.' });
    expect(parseShape('1000000×1')).toEqual({ shape: [1_000_000, 1] });
  });
});

describe('shape-checker URL state', () => {
  const read = (search: string) => readUrlState(WIDGET_ID, codecs, defaults, search);

  it('reads a and b', () => {
    expect(read('?shape-checker.a=5x3&shape-checker.b=3,2').state).toEqual({
      a: [5, 3],
      b: [3, 2],
    });
  });

  it('ignores hostile values with a notice each and keeps the defaults', () => {
    const { state, notices } = read(
      '?shape-checker.a=1e9x1&shape-checker.b=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    );
    expect(state).toEqual(defaults);
    expect(notices.map((n) => n.message)).toEqual([
      'Ignored shape-checker.a=1e9x1: “1e9” is not a whole number; write a shape as rows × columns. Using the default.',
      'Ignored shape-checker.b=<script>alert(1)</script>: “<script>alert(1)…” is not a whole number; write a shape as rows × columns. Using the default.',
    ]);
  });
});
