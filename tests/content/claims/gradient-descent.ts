import { criticalLearningRate, dot, gradientDescent, mean } from '../../../src/math';
import { bumpyLoss, bumpyStationaryPoints } from '../../../src/widgets/GradientDescent/functions';

const { globalMin, localMin } = bumpyStationaryPoints();
import { c } from './claim';
import type { Claim } from './claim';

// the running example (SYLLABUS §3); the loss stays finite for every run quoted, so the math
// core's checked helpers can compute it
const xs = [1, 2, 3, 4, 5];
const ys = [2.1, 3.9, 6.2, 7.8, 10.1];
const residuals = (w: number) => xs.map((x, i) => w * x - (ys[i] as number));
const loss = ([w = 0]: readonly number[]) => mean(residuals(w).map((r) => r * r));
const grad = ([w = 0]: readonly number[]) => [(2 / xs.length) * dot(residuals(w), xs)];
const run = (learningRate: number, steps: number) => {
  const end = gradientDescent({ loss, grad, x0: [0], learningRate, steps }).path.at(-1);
  return { w: end?.x[0] ?? NaN, loss: end?.loss ?? NaN };
};
/** The overflowing η = 1 run: plain arithmetic, since the core's helpers reject huge values. */
const wild = gradientDescent({
  loss: ([w = 0]) => xs.reduce((s, x, i) => s + (w * x - (ys[i] as number)) ** 2, 0) / 5,
  grad: ([w = 0]) => [(2 / 5) * xs.reduce((s, x, i) => s + (w * x - (ys[i] as number)) * x, 0)],
  x0: [0],
  learningRate: 1,
  steps: 50,
}).path.at(-1);

const curvature = 2 * mean(xs.map((x) => x * x));
const bestW = dot(xs, ys) / dot(xs, xs);
const square = ([x = 0]: readonly number[]) => x * x;
const descendSquare = (steps: number) =>
  gradientDescent({
    loss: square,
    grad: ([x = 0]) => [2 * x],
    x0: [3],
    learningRate: 0.1,
    steps,
  }).path.at(-1);
const plane = gradientDescent({
  loss: ([x = 0, y = 0]) => x * x + y * y,
  grad: ([x = 0, y = 0]) => [2 * x, 2 * y],
  x0: [3, 4],
  learningRate: 0.1,
  steps: 1,
}).path;
const tenfold = (rate: number) => Math.log(10) / -Math.log(rate);

export const claims: Claim[] = [
  c('$6 \\times 0.01 = 0.06$', '0.06', 2 * 3 * 0.01),
  c('$3.01^2 = 9.0601$', '9.0601', 3.01 ** 2),
  c('a change of 0.0601', '0.0601', 3.01 ** 2 - 9),
  c('$x \\leftarrow 3 - 0.1 \\times 6 = 2.4$', '2.4', descendSquare(1)?.x[0] ?? NaN),
  c('$x \\leftarrow 2.4 - 0.1 \\times 4.8 = 1.92$', '1.92', descendSquare(2)?.x[0] ?? NaN),
  c('$f(2.4) = 5.76$', '5.76', descendSquare(1)?.loss ?? NaN),
  c('$f(1.92) = 3.6864$', '3.6864', descendSquare(2)?.loss ?? NaN),
  c('$1 - 0.1 \\times 2 = 0.8$', '0.8', 1 - 0.1 * 2),
  c('(2 \\times 3, 2 \\times 4) = (6, 8)', '8', plane[0]?.grad[1] ?? NaN),
  c('0.1 \\times (6, 8) = (2.4, 3.2)', '3.2', plane[1]?.x[1] ?? NaN),
  c('0.1 \\times (6, 8) = (2.4, 3.2)', '2.4', plane[1]?.x[0] ?? NaN),
  c('from $3^2 + 4^2 = 25$', '25', plane[0]?.loss ?? NaN),
  c('$2.4^2 + 3.2^2 = 16$', '16', plane[1]?.loss ?? NaN),
  c('110.2 / 55 = 2.003636', '2.003636', bestW),
  c('110.2 / 55', '110.2', dot(xs, ys)),
  c('its minimum,\n0.021855', '0.021855', loss([bestW])),
  c('$L(0) = 44.182$', '44.182', loss([0])),
  c('-0.4 \\times 110.2 = -44.08', '-44.08', grad([0])[0] ?? NaN),
  c('0 - 0.01 \\times (-44.08) = 0.4408', '0.4408', run(0.01, 1).w),
  c('after 100 steps $w \\approx 2.003636$', '2.003636', run(0.01, 100).w),
  // an input, not a result: listed so the 4-decimal check knows it is meant
  c('| 0.0001 | 0.2089 | 35.45 |', '0.0001', 1e-4),
  c('| 0.0001 | 0.2089 | 35.45 |', '0.2089', run(0.0001, 50).w),
  c('| 0.0001 | 0.2089 | 35.45 |', '35.45', run(0.0001, 50).loss),
  c('| 0.001 | 1.3448 | 4.796 |', '1.3448', run(0.001, 50).w),
  c('| 0.001 | 1.3448 | 4.796 |', '4.796', run(0.001, 50).loss),
  c('| 0.01 | 2.003628 | 0.021855 |', '2.003628', run(0.01, 50).w),
  c('| 0.01 | 2.003628 | 0.021855 |', '0.021855', run(0.01, 50).loss),
  c('| 0.1 | $-18232$ |', '-18232', run(0.1, 50).w),
  c('$3.66 \\times 10^{9}$', '3.66', run(0.1, 50).loss / 1e9),
  c('$-2.59 \\times 10^{66}$', '-2.59', (wild?.x[0] ?? NaN) / 1e66),
  c('$7.36 \\times 10^{133}$', '7.36', (wild?.loss ?? NaN) / 1e133),
  c('$\\lvert w \\rvert \\approx 1.8 \\times 10^{4}$', '1.8', Math.abs(run(0.1, 50).w) / 1e4),
  c('2 \\cdot \\operatorname{mean}(x^2) = 22', '22', curvature),
  c('$0 < \\eta < 1/22 \\approx 0.0455$', '0.0455', 1 / curvature),
  c('$\\eta > 2/22 \\approx 0.0909$', '0.0909', criticalLearningRate(curvature)),
  c('the limit $2/22 \\approx 0.0909$', '0.0909', criticalLearningRate(curvature)),
  c('At $\\eta = 0.01$ the factor is 0.78', '0.78', 1 - curvature * 0.01),
  c('the factor is $1 - 2.2 = -1.2$', '-1.2', 1 - curvature * 0.1),
  c('the limit is 0.0909', '0.0909', criticalLearningRate(curvature)),
  c('the limit 0.0909 and ends', '0.0909', criticalLearningRate(curvature)),
  c('the limit is 0.02;', '0.02', criticalLearningRate(100)),
  c('a factor of only 0.981', '0.981', 1 - 0.019),
  c('about 120 steps', '120', tenfold(1 - 0.019)),
  c('$\\sqrt{0.9} = 0.949$', '0.949', Math.sqrt(0.9)),
  c('about 44 steps per tenfold', '44', tenfold(Math.sqrt(0.9))),
  c('local minimum at $x \\approx 2.099$', '2.099', localMin),
  c('($f \\approx -1.415$)', '-1.415', bumpyLoss([localMin])),
  c('global minimum at $x \\approx -2.352$', '-2.352', globalMin),
  c('($f \\approx -3.648$)', '-3.648', bumpyLoss([globalMin])),
  c('first step to 0.4408', '0.4408', run(0.01, 1).w),
  c('$w \\approx 2.003636$ after 100', '2.003636', run(0.01, 100).w),
];
