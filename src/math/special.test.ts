import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { erf, erfc, logGamma, regularizedIncompleteBeta } from './special';
import { normalCdf, normalQuantile, studentTCdf, studentTQuantile } from './distributions';
import { expectClose } from '../../tests/helpers/expectClose';

// reference values from SciPy 1.17 (scipy.special / scipy.stats)
describe('special functions', () => {
  it('logGamma(x) matches scipy.special.gammaln and ln((n − 1)!)', () => {
    expectClose(logGamma(0.5), 0.5723649429247, 1e-14);
    expectClose(logGamma(3.7), 1.428072326665388, 1e-14);
    expectClose(logGamma(10), Math.log(362880), 1e-14);
    expectClose(logGamma(100.5), 361.43554046777757, 1e-14);
    expectClose(logGamma(1000), 5905.220423209181, 1e-14);
    expect(() => logGamma(0)).toThrow('logGamma: Γ has a pole at 0');
  });

  it('erfc(x) keeps full relative precision deep in the tail', () => {
    const cases: [number, number][] = [
      [-1, 1.8427007929497148],
      [0.3, 0.6713732405408726],
      [1, 0.15729920705028516],
      [1.2, 0.08968602177036462],
      [3, 2.2090496998585445e-5],
      [6, 2.1519736712498913e-17],
      [10, 2.0884875837625446e-45],
    ];
    for (const [x, v] of cases) expectClose(erfc(x), v, 1e-14, 0);
    expectClose(erf(0.1), 0.1124629160182849, 1e-14);
    expectClose(erf(2), 0.9953222650189527, 1e-15);
  });

  it('erf(x) + erfc(x) = 1 and erf is odd', () => {
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (x) => {
        expectClose(erf(x) + erfc(x), 1, 1e-15);
        expect(erf(-x) === -erf(x)).toBe(true);
      }),
    );
  });

  it('regularizedIncompleteBeta(x, a, b) matches scipy.special.betainc', () => {
    expectClose(regularizedIncompleteBeta(0.4, 2, 3), 0.5248, 1e-13);
    expectClose(regularizedIncompleteBeta(0.1, 0.5, 0.5), 0.20483276469913345, 1e-13);
    expectClose(regularizedIncompleteBeta(0.999, 10, 0.5), 0.8888967091248604, 1e-13);
    expectClose(regularizedIncompleteBeta(0.45, 50, 60), 0.4642352914306031, 1e-12);
    expect(() => regularizedIncompleteBeta(1.5, 1, 1)).toThrow('x must be in [0, 1], got 1.5');
  });

  it('regularizedIncompleteBeta(x, a, b) = 1 − I_{1−x}(b, a) (symmetry)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.999, noNaN: true }),
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        (x, a, b) => {
          expectClose(
            regularizedIncompleteBeta(x, a, b),
            1 - regularizedIncompleteBeta(1 - x, b, a),
            1e-9,
            1e-12,
          );
        },
      ),
    );
  });
});

describe('normal and Student t distributions', () => {
  it('normalCdf for N(100, 15): P(85 < X < 115) = 0.6827 and P(X > 130) = 0.0228', () => {
    expect((normalCdf(115, 100, 15) - normalCdf(85, 100, 15)).toFixed(4)).toBe('0.6827');
    expect((1 - normalCdf(130, 100, 15)).toFixed(4)).toBe('0.0228');
    expect(() => normalCdf(1, 0, 0)).toThrow('normalCdf: sd must be a finite number > 0, got 0');
  });

  it('normalQuantile(p) matches scipy.stats.norm.ppf and inverts normalCdf', () => {
    expectClose(normalQuantile(0.975), 1.959963984540054, 1e-14);
    expect(normalQuantile(0.5)).toBe(0);
    expectClose(normalQuantile(0.001), -3.090232306167813, 1e-14);
    expectClose(normalQuantile(1e-10), -6.361340902404056, 1e-14);
    expect(normalQuantile(0)).toBe(-Infinity);
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
        expectClose(normalCdf(normalQuantile(p)), p, 1e-12, 1e-15);
      }),
    );
    expect(() => normalQuantile(1.2)).toThrow('normalQuantile: p must be a probability in [0, 1]');
  });

  it('studentTQuantile(p, df) matches scipy.stats.t.ppf to 1e-12', () => {
    const cases: [number, number, number][] = [
      [0.975, 4, 2.7764451051977934],
      [0.975, 19, 2.0930240544083087],
      [0.995, 1, 63.656741162871526],
      [0.95, 2, 2.9199855803537242],
      [0.9, 3.5, 1.5765766051364052],
      [0.999, 30, 3.3851848668293045],
      [0.975, 1000, 1.9623390808264083],
      [0.025, 7, -2.3646242515927844],
    ];
    for (const [p, df, t] of cases) expectClose(studentTQuantile(p, df), t, 1e-12);
  });

  it('studentTCdf(studentTQuantile(p, df), df) = p', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-8, max: 1 - 1e-8, noNaN: true }),
        fc.double({ min: 0.5, max: 1e4, noNaN: true }),
        (p, df) => {
          expectClose(studentTCdf(studentTQuantile(p, df), df), p, 1e-11, 1e-15);
        },
      ),
    );
  });

  it('studentTCdf(t, df) matches scipy.stats.t.cdf and approaches the normal as df grows', () => {
    expectClose(studentTCdf(2, 5), 0.9490302605850708, 1e-13);
    expectClose(studentTCdf(-1.5, 10), 0.08225366322272007, 1e-13);
    expectClose(studentTCdf(4, 1), 0.5 + Math.atan(4) / Math.PI, 1e-14);
    expectClose(studentTCdf(1.96, 1e7), normalCdf(1.96), 1e-7);
    expect(() => studentTCdf(1, 0)).toThrow(
      'degrees of freedom must be a finite number > 0, got 0',
    );
  });
});
