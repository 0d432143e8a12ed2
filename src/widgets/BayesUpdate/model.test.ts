import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expectClose } from '../../../tests/helpers/expectClose';
import { bayesModel, emailCounts, POPULATION } from './model';

describe('bayesModel({ prior, pos, neg })', () => {
  it('gives the lesson’s spam numbers: P("winner") = 0.2, P(spam | "winner") = 0.8', () => {
    const view = bayesModel({ prior: 0.2, pos: 0.8, neg: 0.05 });
    expectClose(view.result?.evidence ?? NaN, 0.2, 1e-15);
    expectClose(view.result?.posterior ?? NaN, 0.8, 1e-15);
    expect(view.counts).toEqual({ spamOther: 40, spamWord: 160, hamWord: 40, hamOther: 760 });
    expect(view.shift).toBe('raises');
    expect(view.status).toBe(
      'Before reading it, an email is spam with probability 0.200 (200 of 1,000). About 200 emails contain “winner”: 160 spam and 40 ham. So P(“winner”) = 0.200 and P(spam | “winner”) = 0.800: seeing the word raises the chance of spam from 0.200 to 0.800.',
    );
  });

  it('lowers the chance of spam when the word is commoner in ham', () => {
    const view = bayesModel({ prior: 0.5, pos: 0.1, neg: 0.4 });
    expectClose(view.result?.posterior ?? NaN, 0.2, 1e-15);
    expect(view.status).toMatch(/lowers the chance of spam from 0\.500 to 0\.200\.$/);
  });

  it('leaves the prior alone when the word is equally likely in spam and ham', () => {
    const view = bayesModel({ prior: 0.3, pos: 0.6, neg: 0.6 });
    expect(view.shift).toBe('leaves');
    expect(view.status).toMatch(/leaves the chance of spam at 0\.300/);
  });

  it('says the posterior is undefined, never NaN, when no email contains the word', () => {
    for (const input of [
      { prior: 0.2, pos: 0, neg: 0 },
      { prior: 0, pos: 0.8, neg: 0 },
      { prior: 1, pos: 0, neg: 0.5 },
    ]) {
      const view = bayesModel(input);
      expect(view.result).toBeNull();
      expect(view.problem).toMatch(/P\(D\) = 0/);
      expect(view.status).toMatch(/undefined/);
      expect(view.status).not.toMatch(/NaN|Infinity/);
    }
  });
});

describe('emailCounts(params)', () => {
  it('always splits exactly 1,000 emails into four non-negative groups', () => {
    const prob = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(prob, prob, prob, (prior, pos, neg) => {
        const c = emailCounts({ prior, pos, neg });
        const groups = [c.spamOther, c.spamWord, c.hamWord, c.hamOther];
        expect(groups.every((g) => Number.isInteger(g) && g >= 0)).toBe(true);
        expect(groups.reduce((s, g) => s + g, 0)).toBe(POPULATION);
      }),
    );
  });

  it('puts a rare spam prior of 0.001 at one email in a thousand', () => {
    expect(emailCounts({ prior: 0.001, pos: 1, neg: 0 })).toEqual({
      spamOther: 0,
      spamWord: 1,
      hamWord: 0,
      hamOther: 999,
    });
  });
});
