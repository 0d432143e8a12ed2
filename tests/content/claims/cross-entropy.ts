// Numbers printed in content/lessons/07-cross-entropy.mdx, each computed by the math core.
import { crossEntropy, dot, entropy, klDivergence, perplexity, softmax } from '../../../src/math';
import { c } from './claim';
import type { Claim } from './claim';

const at = (i: number, xs: readonly number[]) => xs[i] ?? NaN;
/** −ln q for the true class, as the core computes it (a one-hot target over [q, 1 − q]). */
const nll = (q: number, eps = 1e-15) => crossEntropy(0, [q, 1 - q], eps);

const p131 = softmax([1, 3, 1]);
const ce131 = crossEntropy(1, p131);
const q125 = softmax([1, 2, 0.5]);
const P = [0.9, 0.05, 0.05];
const Q = [0.4, 0.3, 0.3];
const log1000 = 1000 * nll(0.5);
const V = 50_000;
const uniform = new Array<number>(V).fill(1 / V);

export const claims: Claim[] = [
  // underflow: 0.5^1000 = e^(−693.1472); its mantissa in base 10
  c('$0.5^{1000} \\approx 9.33 \\times 10^{-302}$', '9.33', Math.exp(-log1000 + 302 * Math.LN10)),
  c('$\\ln 0.5^{1000} = 1000 \\times \\ln 0.5 = -693.1472$', '693.1472', log1000),
  c('$-\\ln 0.7 = 0.3567$', '0.3567', nll(0.7)),
  c('$-\\ln 0.1 = 2.3026$', '2.3026', nll(0.1)),
  c('Softmax turns the logits into $[0.1065, 0.7870, 0.1065]$', '0.1065', at(0, p131)),
  c('Softmax turns the logits into $[0.1065, 0.7870, 0.1065]$', '0.7870', at(1, p131)),
  c('$-\\ln 0.7870 = 0.2395$', '0.2395', ce131),
  c('$\\ln 2 = 0.6931$ at $q = 0.5$', '0.6931', nll(0.5)),
  c('| $[0.9, 0.05, 0.05]$ | 0.9 | 0.1054 |', '0.1054', crossEntropy([1, 0, 0], [0.9, 0.05, 0.05])),
  c('| $[0.4, 0.3, 0.3]$ | 0.4 | 0.9163 |', '0.9163', crossEntropy([1, 0, 0], [0.4, 0.3, 0.3])),
  c('| $[0.1, 0.6, 0.3]$ | 0.1 | 2.3026 |', '2.3026', crossEntropy([1, 0, 0], [0.1, 0.6, 0.3])),
  c(
    'it pays about 22\ntimes what the first pays',
    '22',
    crossEntropy(0, [0.1, 0.6, 0.3]) / crossEntropy(0, [0.9, 0.05, 0.05]),
  ),
  c('$-\\ln 0.6 = 0.5108$', '0.5108', nll(0.6)),
  c('to $0.3567$', '0.3567', nll(0.7)),
  c('$-\\ln 10^{-15} = 34.5388$', '34.5388', nll(0)),
  c('it is $16.1181$', '16.1181', nll(0, 1e-7)),
  c('$\\mathrm{KL}(P \\,\\Vert\\, Q) = 0.5507$ nats', '0.5507', klDivergence(P, Q)),
  c('$\\mathrm{KL}(Q \\,\\Vert\\, P) = 0.7507$ nats', '0.7507', klDivergence(Q, P)),
  c('$H(P) = 0.3944$', '0.3944', entropy(P)),
  c('$H(P, Q) = 0.9451 = 0.3944 + 0.5507$', '0.9451', crossEntropy(P, Q)),
  c('[0.2312,\n0.6285, 0.1402]$', '0.2312', at(0, q125)),
  c('[0.2312,\n0.6285, 0.1402]$', '0.6285', at(1, q125)),
  c('[0.2312,\n0.6285, 0.1402]$', '0.1402', at(2, q125)),
  c('= -\\ln 0.6285 = 0.4644', '0.4644', klDivergence([0, 1, 0], q125)),
  c('= -\\ln 0.6285 = 0.4644', '0.4644', crossEntropy([0, 1, 0], q125)),
  c('had cross-entropy 0.2395', '0.2395', ce131),
  c('$e^{0.2395} = 1.271$', '1.271', perplexity(ce131)),
  c('that is a loss of 10.8198 nats', '10.8198', crossEntropy(0, uniform)),
  c('a perplexity of about 7.4', '7.4', perplexity(2)),
  c(
    '$\\mathrm{ECE} = 0.6 \\times 0.15 + 0.4 \\times 0.05 = 0.11$',
    '0.11',
    dot([60 / 100, 40 / 100], [Math.abs(0.8 - 0.95), Math.abs(0.6 - 0.65)]),
  ),
  c('(0.5507\nagainst 0.7507 in the example above)', '0.7507', klDivergence(Q, P)),
];
