import { describe, expect, it } from 'vitest';
import { buildUrl, enumCodec, numberListCodec, readUrlState } from './useUrlState';
import type { ParamCodecs } from './useUrlState';

type Params = { a: number[]; mode: 'x' | 'y' };
const codecs: ParamCodecs<Params> = {
  a: numberListCodec({ length: 2, min: -5, max: 5 }),
  mode: enumCodec(['x', 'y'] as const),
};
const defaults: Params = { a: [1, 2], mode: 'x' };

describe('readUrlState(widgetId, codecs, defaults, search)', () => {
  it('reads namespaced keys and leaves other widgets alone', () => {
    const { state, notices } = readUrlState('w', codecs, defaults, '?w.a=3,-4&w.mode=y&other.a=9');
    expect(state).toEqual({ a: [3, -4], mode: 'y' });
    expect(notices).toEqual([]);
  });

  it('ignores each invalid value with a notice that names the key and the reason', () => {
    const cases: [string, RegExp][] = [
      ['?w.a=abc', /Ignored w\.a=abc: expected numbers separated by commas/],
      ['?w.a=1', /expected 2 numbers, got 1/],
      ['?w.a=1,9', /each number must be between -5 and 5/],
      ['?w.a=1e400,0', /expected numbers/],
      ['?w.a=NaN,0', /expected numbers/],
      ['?w.mode=z', /Ignored w\.mode=z: expected one of x, y/],
    ];
    for (const [search, message] of cases) {
      const { state, notices } = readUrlState('w', codecs, defaults, search);
      expect(state).toEqual(defaults);
      expect(notices[0]?.message).toMatch(message);
    }
  });

  it('shortens a very long hostile value in the notice', () => {
    const { notices } = readUrlState('w', codecs, defaults, `?w.a=${'x'.repeat(10000)}`);
    expect(notices[0]?.message.length).toBeLessThan(200);
  });
});

describe('buildUrl(widgetId, codecs, defaults, state, href)', () => {
  it('writes changed values, drops defaults and keeps the hash and other params', () => {
    const state: Params = { a: [0.5, -1], mode: 'x' };
    const url = buildUrl('w', codecs, defaults, state, 'http://h/p?keep=1#sec');
    expect(url).toBe('http://h/p?keep=1&w.a=0.5%2C-1#sec');
    const back = readUrlState('w', codecs, defaults, new URL(url).search);
    expect(back.state).toEqual({ a: [0.5, -1], mode: 'x' });
  });
});
