import { numericalGradient, sigmoid } from '../../../src/math';
import { c } from './claim';
import type { Claim } from './claim';

// z = (3x + 1)² at x = 1, written with products so every engine rounds it identically
const z = ([x = NaN]: readonly number[]) => {
  const u = 3 * x + 1;
  return u * u;
};
const x0 = 1;
const u0 = 3 * x0 + 1;
const dzdu = numericalGradient(([u = NaN]) => u * u, [u0])[0] ?? NaN;
const numeric = numericalGradient(z, [x0], 1e-5)[0] ?? NaN;
const analytic = 2 * u0 * 3;
const relative = (a: number, n: number) => Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n));

// the neuron: w = 0.5, x = 2, b = −0.5, target y = 1
const w = 0.5;
const x = 2;
const b = -0.5;
const y = 1;
const s = w * x + b;
const a = sigmoid(s);
const loss = (a - y) ** 2;
const dLda = 2 * (a - y);
const slope = (t: number) => sigmoid(t) * (1 - sigmoid(t));
const dLds = dLda * slope(s);
const [dLdw = NaN, dLdb = NaN] = numericalGradient(
  ([wt = NaN, bt = NaN]) => (sigmoid(wt * x + bt) - y) ** 2,
  [w, b],
);

/** The 4-decimal scan reads digits without their sign, so magnitudes are claimed too. */
const magnitudes: Claim[] = [
  c('2(a - y) = -0.7551$', '0.7551', Math.abs(dLda)),
  c('-0.7551 \\times 0.2350 = -0.1774$', '0.1774', Math.abs(dLds)),
  c('\\partial w} = -0.1774 \\times 2 = -0.3549$', '0.3549', Math.abs(dLdw)),
];

export const claims: Claim[] = [
  ...magnitudes,
  c('At $x = 1$: $u = 4$', '4', u0),
  c('$z = 16$', '16', z([x0])),
  c('$\\tfrac{dz}{du} = 8$', '8', dzdu),
  c('\\tfrac{dz}{dx} = 8 \\cdot 3 = 24', '24', numeric),
  c(
    '\\tfrac{dz}{dx} = 8 \\cdot 3 = 24',
    '3',
    numericalGradient(([t = NaN]) => 3 * t + 1, [x0])[0] ?? NaN,
  ),
  c('about 0.024', '0.024', numeric * 0.001),
  c('$p = w x = 1$', '1', w * x),
  c('$s = p + b = 0.5$', '0.5', s),
  c('$a = \\sigma(s) = 0.6225$', '0.6225', a),
  c('$L = (a - y)^2 = 0.1425$', '0.1425', loss),
  c('2(a - y) = -0.7551$', '-0.7551', dLda),
  c('(1 - \\sigma(s)) = 0.2350$', '0.2350', slope(s)),
  c('-0.7551 \\times 0.2350 = -0.1774$', '-0.1774', dLds),
  c('\\tfrac{\\partial L}{\\partial b} = -0.1774$', '-0.1774', dLdb),
  c('\\partial w} = -0.1774 \\times 2 = -0.3549$', '-0.3549', dLdw),
  c('\\partial w} = -0.1774 \\times 2 = -0.3549$', '-0.3549', dLds * x),
  c('the prediction 0.6225', '0.6225', a),
  c('gives\n24.00000000007', '24.00000000007', numeric),
  c('relative error is\n$2.9 \\times 10^{-12}$', '2.9', relative(analytic, numeric) * 1e12),
  c('it would claim $8$', '8', 2 * u0),
  c('relative error of 0.6667', '0.6667', relative(2 * u0, numeric)),
  c('need 2 million loss evaluations', '2', (2 * 1e6) / 1e6),
  c('$0.5 \\times 0.5 = 0.25$', '0.5', sigmoid(0)),
  c('$0.5 \\times 0.5 = 0.25$', '0.25', slope(0)),
  c('0.25^{10} = 9.5367 \\times 10^{-7}', '9.5367', slope(0) ** 10 * 1e7),
  c('At $s = 20$', '20', 5 * 3 + 5),
  c('about $2.1 \\times 10^{-9}$', '2.1', slope(20) * 1e9),
  c('$1.5^{10} = 57.67$', '57.67', 1.5 ** 10),
  c('= 2u \\cdot 3 = 24$ at $x = 1$', '24', numeric),
];
