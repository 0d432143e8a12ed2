// Bayes' rule for a yes/no hypothesis: how one observation moves a prior to a posterior.
import { fmt } from './check';
import { MathInputError } from './errors';

/** Result of bayesRule: every probability of the two-by-two picture, plus the posterior. */
export interface BayesResult {
  /** P(D) = P(D|H)·P(H) + P(D|not H)·P(not H): how often the observation happens at all. */
  evidence: number;
  /** P(H|D) = P(D|H)·P(H) / P(D). */
  posterior: number;
  /** The four joint probabilities; they sum to 1. */
  joint: { hAndD: number; hAndNotD: number; notHAndD: number; notHAndNotD: number };
}

function checkProbability(what: string, p: number): void {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
    throw new MathInputError(`bayesRule: ${what} must be a probability in [0, 1], got ${fmt(p)}`);
  }
}

/**
 * Bayes' rule P(H|D) = P(D|H)·P(H) / P(D) for a hypothesis H (e.g. "spam") and an observation D
 * (e.g. the email contains "winner"), with P(D) expanded over H and not H. All inputs and outputs
 * are probabilities. E.g. bayesRule(0.2, 0.8, 0.05) → evidence 0.2, posterior 0.8.
 * @param prior P(H) before seeing D.
 * @param likelihood P(D|H).
 * @param likelihoodIfNot P(D|not H).
 */
export function bayesRule(prior: number, likelihood: number, likelihoodIfNot: number): BayesResult {
  checkProbability('the prior P(H)', prior);
  checkProbability('the likelihood P(D|H)', likelihood);
  checkProbability('the likelihood P(D|not H)', likelihoodIfNot);
  const hAndD = likelihood * prior;
  const notHAndD = likelihoodIfNot * (1 - prior);
  const evidence = hAndD + notHAndD;
  if (evidence === 0) {
    throw new MathInputError(
      'bayesRule: the observation has probability 0 under both hypotheses (P(D) = 0), ' +
        'so P(H|D) is undefined — nothing can be learned from an event that never happens',
    );
  }
  return {
    evidence,
    posterior: hAndD / evidence,
    joint: {
      hAndD,
      hAndNotD: (1 - likelihood) * prior,
      notHAndD,
      notHAndNotD: (1 - likelihoodIfNot) * (1 - prior),
    },
  };
}
