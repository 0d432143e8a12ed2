import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../ui/useUrlState';
import { clampNotices, codecs, defaults, parseMatrix, WIDGET_ID } from './urlState';

const read = (search: string) => readUrlState(WIDGET_ID, codecs, defaults, search);

describe('matrix-transform.m', () => {
  it('reads a,b,c,d as [[a, b], [c, d]]', () => {
    expect(read('?matrix-transform.m=0,-1,1,0').state.m).toEqual([0, -1, 1, 0]);
  });

  it('ignores a malformed, short or non-finite value with a notice', () => {
    for (const raw of ['abc', '1,2,3', 'NaN,0,0,1', '1e400,0,0,1', 'Infinity,0,0,1', '']) {
      const { state, notices } = read(`?matrix-transform.m=${encodeURIComponent(raw)}`);
      expect(state.m).toEqual(defaults.m);
      expect(notices[0]?.message).toMatch(/^Ignored matrix-transform\.m=.*Using the default\.$/);
    }
  });

  it('clamps entries to the plane and rounds them, and says so', () => {
    const search = '?matrix-transform.m=1e9,0.123,0,-7';
    const { state, notices } = read(search);
    expect(state.m).toEqual([5, 0.12, 0, -5]);
    expect(notices).toEqual([]);
    expect(clampNotices(search, state)[0]?.message).toBe(
      'matrix-transform.m: entries are kept between −5 and 5 with two decimals; using A = [[5, 0.12], [0, −5]].',
    );
  });

  it('gives no clamp notice for a value that fits', () => {
    const search = '?matrix-transform.m=1,2,0.5,1';
    expect(clampNotices(search, read(search).state)).toEqual([]);
  });

  it('accepts a typographic minus', () => {
    expect(parseMatrix('−1,0,0,1')).toEqual({ values: [-1, 0, 0, 1] });
  });
});
