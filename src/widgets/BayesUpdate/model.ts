// BayesUpdate's model: the prior and the two likelihoods in, every number the widget shows out.
// The probabilities come from the math core's bayesRule; the icon array rounds them to counts
// out of 1,000 emails. An impossible observation (P("winner") = 0) gives words, never NaN.
import { bayesRule, MathInputError } from '../../math';
import type { BayesResult } from '../../math';
import type { Params } from './params';

/** How many emails the icon array shows. */
export const POPULATION = 1000;

/** The four groups of the icon array, in drawing order; they always sum to POPULATION. */
export interface EmailCounts {
  spamOther: number;
  spamWord: number;
  hamWord: number;
  hamOther: number;
}

export type Shift = 'raises' | 'lowers' | 'leaves';

export interface BayesView {
  input: Params;
  /** null when P("winner") = 0: no email has the word, so there is nothing to condition on. */
  result: BayesResult | null;
  /** Why the posterior is undefined (from the math core), or null. */
  problem: string | null;
  counts: EmailCounts;
  shift: Shift | null;
  status: string;
}

/** Rounds the probabilities to whole emails out of POPULATION. */
export function emailCounts({ prior, pos, neg }: Params): EmailCounts {
  const spam = Math.round(prior * POPULATION);
  const ham = POPULATION - spam;
  const spamWord = Math.round(spam * pos);
  const hamWord = Math.round(ham * neg);
  return { spamOther: spam - spamWord, spamWord, hamWord, hamOther: ham - hamWord };
}

const p3 = (x: number) => x.toFixed(3);
const count = (x: number) => x.toLocaleString('en-US');

function shiftOf(prior: number, posterior: number): Shift {
  if (Math.abs(posterior - prior) < 5e-4) return 'leaves';
  return posterior > prior ? 'raises' : 'lowers';
}

function describe(input: Params, result: BayesResult | null, counts: EmailCounts): string {
  const spam = counts.spamOther + counts.spamWord;
  const before = `Before reading it, an email is spam with probability ${p3(input.prior)} (${count(spam)} of ${count(POPULATION)}).`;
  if (result === null) {
    return `${before} No email contains “winner” (P(“winner”) = 0), so P(spam | “winner”) is undefined: there is nothing to update on.`;
  }
  const withWord = counts.spamWord + counts.hamWord;
  const shift = shiftOf(input.prior, result.posterior);
  const change =
    shift === 'leaves'
      ? `seeing the word leaves the chance of spam at ${p3(result.posterior)}`
      : `seeing the word ${shift} the chance of spam from ${p3(input.prior)} to ${p3(result.posterior)}`;
  return `${before} About ${count(withWord)} emails contain “winner”: ${count(counts.spamWord)} spam and ${count(counts.hamWord)} ham. So P(“winner”) = ${p3(result.evidence)} and P(spam | “winner”) = ${p3(result.posterior)}: ${change}.`;
}

export function bayesModel(input: Params): BayesView {
  let result: BayesResult | null = null;
  let problem: string | null = null;
  try {
    result = bayesRule(input.prior, input.pos, input.neg);
  } catch (error) {
    // only the math core's "P(D) = 0" can happen here: the inputs are checked probabilities
    if (!(error instanceof MathInputError)) throw error;
    problem = error.message;
  }
  const counts = emailCounts(input);
  return {
    input,
    result,
    problem,
    counts,
    shift: result ? shiftOf(input.prior, result.posterior) : null,
    status: describe(input, result, counts),
  };
}
