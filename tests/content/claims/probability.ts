import { bayesRule, binomialTail, dot, normalCdf } from '../../../src/math';
import { c } from './claim';
import type { Claim } from './claim';

const spam = bayesRule(0.2, 0.8, 0.05);
const rareSpam = bayesRule(0.01, 0.8, 0.05);
const stars = [1, 2, 3, 4, 5];
const starProbabilities = [0.05, 0.1, 0.2, 0.4, 0.25];
const iq = (x: number) => normalCdf(x, 100, 15);
const within = (k: number) => normalCdf(k) - normalCdf(-k);
const sixtyHeads = binomialTail(100, 0.5, 60);

export const claims: Claim[] = [
  // the table of 1,000 emails is bayesRule's joint distribution, in counts
  c('| spam | 160 | 40 | 200 |', '160', spam.joint.hAndD * 1000),
  c('| spam | 160 | 40 | 200 |', '40', spam.joint.hAndNotD * 1000),
  c('| ham (not spam) | 40 | 760 | 800 |', '760', spam.joint.notHAndNotD * 1000),
  c('| total | 200 | 800 | 1,000 |', '200', spam.evidence * 1000),
  c('P(\\text{spam}, W) = 160 / 1000 = 0.16', '0.16', spam.joint.hAndD),
  c('P(W) = 200 / 1000 = 0.2', '0.2', spam.evidence),
  c('P(\\text{spam} \\mid W) = 0.16 / 0.2 = 0.8', '0.8', spam.posterior),
  c('P(W \\mid \\text{ham}) = 40 / 800 = 0.05', '0.05', spam.joint.notHAndD / 0.8),
  c('P(\\text{ham} \\mid W) = 40 / 200 = 0.2', '0.2', 1 - spam.posterior),
  // expectation is a dot product of values and probabilities
  c('0.05 + 0.2 + 0.6 + 1.6 + 1.25 = 3.7', '3.7', dot(stars, starProbabilities)),
  c('fair die has expected\nvalue 3.5', '3.5', dot([1, 2, 3, 4, 5, 6], Array(6).fill(1 / 6))),
  // Bayes' rule on the spam filter
  c('0.8 \\cdot 0.2 + 0.05 \\cdot 0.8 = 0.16 + 0.04 = 0.2', '0.2', spam.evidence),
  c('0.8 \\cdot 0.2 + 0.05 \\cdot 0.8 = 0.16 + 0.04', '0.04', spam.joint.notHAndD),
  c('{0.2} = 0.8', '0.8', spam.posterior),
  c('0.008 + 0.0495 = 0.0575', '0.0495', rareSpam.joint.notHAndD),
  c('0.008 + 0.0495 = 0.0575', '0.0575', rareSpam.evidence),
  c('0.008 / 0.0575 = 0.1391', '0.1391', rareSpam.posterior),
  c('the same word gives 0.1391', '0.1391', rareSpam.posterior),
  // a calibrated 95% on 10,000 emails
  c('10{,}000 \\times (1 - 0.95) = 500', '500', 10_000 * (1 - 0.95)),
  // the normal distribution
  c('P(85 < X < 115) = \\Phi(1) - \\Phi(-1) = 0.6827', '0.6827', iq(115) - iq(85)),
  c('P(X > 130) = 1 - \\Phi(2) = 0.0228', '0.0228', 1 - iq(130)),
  c('one standard deviation of the mean (0.6827)', '0.6827', within(1)),
  c('95% within two\n(0.9545)', '0.9545', within(2)),
  c('99.7% within three (0.9973)', '0.9973', within(3)),
  // coin flips
  c('mean $n p = 100 \\cdot 0.5 = 50$', '50', 100 * 0.5),
  c('\\sqrt{n p (1 - p)} = 5', '5', Math.sqrt(100 * 0.5 * 0.5)),
  c('0.5^{100} = 0.0284', '0.0284', sixtyHeads),
  c('About 1 fair coin in 35', '35', 1 / sixtyHeads),
  c('{5}\\right) = 0.0287', '0.0287', 1 - normalCdf(59.5, 50, 5)),
  c('has probability 0.0284', '0.0284', sixtyHeads),
  c('A fair coin does it about once in 35 tries', '35', 1 / sixtyHeads),
];
