import { describe, expect, it } from 'vitest';
import { clampNotices, numberParam } from './numberParam';
import { readUrlState } from './useUrlState';
import type { ParamCodecs } from './useUrlState';

type Params = { p: number; n: number };
const specs = {
  p: { what: 'the probability p', min: 0, max: 1 },
  n: { what: 'the sample size n', min: 2, max: 500, integer: true, clampHigh: true },
};
const codecs: ParamCodecs<Params> = { p: numberParam(specs.p), n: numberParam(specs.n) };
const defaults: Params = { p: 0.5, n: 30 };
const read = (search: string) => readUrlState('w', codecs, defaults, search);

describe('numberParam(spec)', () => {
  it('reads a number in range, a typographic minus and exponent notation included', () => {
    expect(read('?w.p=0.25&w.n=1e2').state).toEqual({ p: 0.25, n: 100 });
  });

  it('ignores text, a fraction where a whole number is needed and values below the range', () => {
    const cases: [string, RegExp][] = [
      ['?w.p=abc', /Ignored w\.p=abc: the probability p must be a number from 0 to 1/],
      ['?w.p=2', /Ignored w\.p=2: the probability p must be from 0 to 1\. Using the default\./],
      ['?w.p=NaN', /must be a number/],
      ['?w.n=2.5', /the sample size n must be a whole number from 2 to 500/],
      ['?w.n=-5', /Ignored w\.n=-5: the sample size n must be from 2 to 500/],
      ['?w.n=1e400', /must be a number/],
    ];
    for (const [search, message] of cases) {
      const { state, notices } = read(search);
      expect(state).toEqual(defaults);
      expect(notices.map((n) => n.message).join(' ')).toMatch(message);
    }
  });

  it('clamps a huge size to the maximum, and clampNotices reports it', () => {
    expect(read('?w.n=1e9').state.n).toBe(500);
    expect(read('?w.n=1e9').notices).toEqual([]);
    expect(clampNotices('w', specs, '?w.n=1e9&w.p=7')).toEqual([
      {
        key: 'w.n:clamp',
        message:
          'w.n=1000000000 is more than this widget allows for the sample size n; using the maximum, 500.',
      },
    ]);
    expect(clampNotices('w', specs, '?w.n=400')).toEqual([]);
  });
});
