// Numbers printed in content/lessons/06-softmax.mdx. The cheat sheet's [0.21, 0.58, 0.21] is
// printed on purpose as a wrong answer, so it has no claim; the claims below for softmax([1, 2,
// 0.5]) are what refute it.
import { entropy, perplexity, sigmoid, softmax, topK, topP } from '../../../src/math';
import { c } from './claim';
import type { Claim } from './claim';

const z = [2, 1, 0.1];
const at = (i: number, xs: readonly number[]) => xs[i] ?? NaN;
const p = softmax(z);
const p2 = softmax(z, 2);
const h = entropy(p);
const table = (t: number) => {
  const q = softmax(z, t);
  const row = [t, ...q.map((x) => x.toFixed(3)), entropy(q).toFixed(3)].join(' | ');
  return { quote: `| ${row} |`, q, h: entropy(q) };
};

const temperatureClaims: Claim[] = [0.1, 0.5, 1, 2, 5].flatMap((t) => {
  const { quote, q, h: ht } = table(t);
  return [
    c(quote, at(0, q).toFixed(3), at(0, q)),
    c(quote, at(1, q).toFixed(3), at(1, q)),
    c(quote, at(2, q).toFixed(3), at(2, q)),
    c(quote, ht.toFixed(3), ht),
  ];
});

const sig = sigmoid([-2, -1, 0, 1, 2]);
const kept = at(0, p) + at(1, p);

export const claims: Claim[] = [
  c('$e^{2} = 7.389$', '7.389', Math.exp(2)),
  c('$e^{1} = 2.718$', '2.718', Math.exp(1)),
  c('$e^{0.1} = 1.105$', '1.105', Math.exp(0.1)),
  c('their sum is $11.213$', '11.213', Math.exp(2) + Math.exp(1) + Math.exp(0.1)),
  c('/ 11.213 = [0.6590, 0.2424, 0.0986]$', '0.6590', at(0, p)),
  c('/ 11.213 = [0.6590, 0.2424, 0.0986]$', '0.2424', at(1, p)),
  c('/ 11.213 = [0.6590, 0.2424, 0.0986]$', '0.0986', at(2, p)),
  c('$0.6590 / 0.2424 = e^{1} = 2.718$', '2.718', at(0, p) / at(1, p)),
  c('mat is 2.718 times as likely as floor', '2.718', at(0, p) / at(1, p)),
  c('([1, 3, 1]) = [0.1065, 0.7870, 0.1065]$', '0.1065', at(0, softmax([1, 3, 1]))),
  c('([1, 3, 1]) = [0.1065, 0.7870, 0.1065]$', '0.7870', at(1, softmax([1, 3, 1]))),
  c('([1, 2, 0.5]) = [0.2312, 0.6285, 0.1402]$', '0.2312', at(0, softmax([1, 2, 0.5]))),
  c('([1, 2, 0.5]) = [0.2312, 0.6285, 0.1402]$', '0.6285', at(1, softmax([1, 2, 0.5]))),
  c('([1, 2, 0.5]) = [0.2312, 0.6285, 0.1402]$', '0.1402', at(2, softmax([1, 2, 0.5]))),
  c('It is $[0.2312, 0.6285, 0.1402]$', '0.6285', at(1, softmax([1, 2, 0.5]))),
  // the largest double, and the exponent where e^x passes it
  c('tops out near\n$1.8 \\times 10^{308}$', '1.8', Number.MAX_VALUE / 1e308),
  c('once\n$x$ exceeds about 709.78', '709.78', Math.log(Number.MAX_VALUE)),
  c(
    '[1000, 999, 998.1]) = [0.6590, 0.2424, 0.0986]$',
    '0.0986',
    at(2, softmax([1000, 999, 998.1])),
  ),
  c(
    '[1000, 999, 998.1]) = [0.6590, 0.2424, 0.0986]$',
    '0.6590',
    at(0, softmax([1000, 999, 998.1])),
  ),
  c('# 0.6590, 0.2424, 0.0986', '0.2424', at(1, softmax([1000, 999, 998.1]))),
  ...temperatureClaims,
  c('$\\ln 3 = 1.0986$ nats', '1.0986', entropy([1 / 3, 1 / 3, 1 / 3])),
  c('0.0986 \\ln 0.0986) = 0.8467$ nats', '0.8467', h),
  c('or $1.2216$ bits', '1.2216', h / Math.LN2),
  c('$e^{0.8467} = 2.332$', '2.332', perplexity(h)),
  c('among about 2.332 words', '2.332', perplexity(h)),
  c('$0.6590 + 0.2424 = 0.9014$', '0.9014', kept),
  c('$0.6590 / 0.9014 = 0.7311$', '0.7311', at(0, topK(p, 2))),
  c('$0.2424 / 0.9014 = 0.2689$', '0.2689', at(1, topK(p, 2))),
  c('renormalised to the same $[0.7311, 0.2689, 0]$', '0.7311', at(0, topP(p, 0.9))),
  c('renormalised to the same $[0.7311, 0.2689, 0]$', '0.2689', at(1, topP(p, 0.9))),
  c('mat alone has 0.659, not enough', '0.659', at(0, p)),
  c('mat alone already has $0.659 \\ge 0.6$', '0.659', at(0, p)),
  c('only mat survives, with probability 1', '1', at(0, topP(p, 0.6))),
  c('probabilities are $[0.502, 0.304, 0.194]$', '0.502', at(0, p2)),
  c('probabilities are $[0.502, 0.304, 0.194]$', '0.304', at(1, p2)),
  c('probabilities are $[0.502, 0.304, 0.194]$', '0.194', at(2, p2)),
  c('together have only 0.806', '0.806', at(0, p2) + at(1, p2)),
  c('= [0.1192, 0.2689, 0.5, 0.7311, 0.8808]$', '0.1192', at(0, sig)),
  c('= [0.1192, 0.2689, 0.5, 0.7311, 0.8808]$', '0.2689', at(1, sig)),
  c('= [0.1192, 0.2689, 0.5, 0.7311, 0.8808]$', '0.5', at(2, sig)),
  c('= [0.1192, 0.2689, 0.5, 0.7311, 0.8808]$', '0.7311', at(3, sig)),
  c('= [0.1192, 0.2689, 0.5, 0.7311, 0.8808]$', '0.8808', at(4, sig)),
  c('$\\sigma(0) = 0.5$ is the **decision boundary**', '0.5', sigmoid(0)),
  c('$\\sigma(1) = 0.7311$ is exactly what top-k = 2 gave mat', '0.7311', at(0, topK(p, 2))),
  c('$\\sigma(0) = 0.5$ is the decision boundary', '0.5', sigmoid(0)),
  c('a logit 1 higher is $e^{1} = 2.718$ times', '2.718', at(0, p) / at(1, p)),
];
