import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bayesRule } from './bayes';
import { MathInputError } from './errors';
import { expectClose } from '../../tests/helpers/expectClose';

describe('bayesRule(prior, likelihood, likelihoodIfNot)', () => {
  it('gives P("winner") = 0.2 and P(spam | "winner") = 0.8 for the syllabus spam filter', () => {
    const r = bayesRule(0.2, 0.8, 0.05);
    expectClose(r.evidence, 0.2, 1e-15);
    expectClose(r.posterior, 0.8, 1e-15);
    expectClose(r.joint.hAndD, 0.16, 1e-15);
    expectClose(r.joint.notHAndD, 0.04, 1e-15);
    expectClose(r.joint.hAndNotD, 0.04, 1e-15);
    expectClose(r.joint.notHAndNotD, 0.76, 1e-15);
  });

  it('leaves the prior unchanged when the observation is equally likely either way', () => {
    expectClose(bayesRule(0.3, 0.6, 0.6).posterior, 0.3, 1e-15);
  });

  it('has joint probabilities that sum to 1 and a posterior in [0, 1]', () => {
    const prob = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(prob, prob, prob, (prior, l1, l0) => {
        fc.pre(l1 * prior + l0 * (1 - prior) > 0);
        const r = bayesRule(prior, l1, l0);
        const { hAndD, hAndNotD, notHAndD, notHAndNotD } = r.joint;
        expectClose(hAndD + hAndNotD + notHAndD + notHAndNotD, 1, 1e-12, 1e-12);
        expect(r.posterior).toBeGreaterThanOrEqual(0);
        expect(r.posterior).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('refuses a probability outside [0, 1] and an impossible observation, saying why', () => {
    expect(() => bayesRule(2, 0.8, 0.05)).toThrow(
      /prior P\(H\) must be a probability in \[0, 1\], got 2/,
    );
    expect(() => bayesRule(0.2, Number.NaN, 0.05)).toThrow(MathInputError);
    expect(() => bayesRule(0, 0.8, 0)).toThrow(/P\(D\) = 0/);
  });
});
