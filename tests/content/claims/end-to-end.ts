// Numbers printed in content/lessons/10-end-to-end.mdx, each computed by the math core.
import {
  crossEntropy,
  determinant,
  dot,
  eigenSymmetric,
  gradientDescent,
  matmul,
  matvec,
  mean,
  softmax,
  sub,
  transpose,
} from '../../../src/math';
import { c } from './claim';
import type { Claim } from './claim';

const at = (i: number, xs: readonly number[]) => xs[i] ?? NaN;

// the forward and backward pass
const x = [2, 1, 1];
const W = [
  [1, -1, 0],
  [0, 2, 1],
  [1, 0, -1],
];
const z = matvec(W, x);
const p = softmax(z);
const y = [0, 1, 0];
const loss = crossEntropy(y, p);
const g = sub(p, y);
const gradW = matmul(
  g.map((v) => [v]),
  [x],
);
const eta = 0.5;
const W2 = W.map((row, k) => row.map((w, j) => w - eta * at(j, gradW[k] ?? [])));
const z2 = matvec(W2, x);
const p2 = softmax(z2);

// linear regression with an intercept, on the running example
const xs = [1, 2, 3, 4, 5];
const ys = [2.1, 3.9, 6.2, 7.8, 10.1];
const X = xs.map((v) => [v, 1]);
const XtX = matmul(transpose(X), X);
const Xty = matvec(transpose(X), ys);
const det = determinant(XtX);
/** Cramer's rule for the 2×2 normal equation: θᵢ = det(XᵀX with column i replaced) / det. */
const solve = (i: number) =>
  determinant(XtX.map((row, r) => row.map((v, col) => (col === i ? at(r, Xty) : v)))) / det;
const wStar = solve(0);
const bStar = solve(1);
const mse = (t: readonly number[]) =>
  mean(xs.map((v, i) => (at(0, t) * v + at(1, t) - at(i, ys)) ** 2));
const mseGrad = (t: readonly number[]) => {
  const r = xs.map((v, i) => at(0, t) * v + at(1, t) - at(i, ys));
  return [(2 * dot(r, xs)) / xs.length, (2 * r.reduce((s, v) => s + v, 0)) / xs.length];
};
const run = (steps: number) =>
  gradientDescent({ loss: mse, grad: mseGrad, x0: [0, 0], learningRate: 0.05, steps }).path[steps]
    ?.x ?? [NaN, NaN];
const after200 = run(200);
const after2000 = run(2000);
// the Hessian of the mean squared error is 2 XᵀX / n
const curvatures = eigenSymmetric(XtX.map((row) => row.map((v) => (2 * v) / xs.length))).values;
const residuals = xs.map((v, i) => at(i, ys) - (wStar * v + bStar));
const ssRes = dot(residuals, residuals);
const centred = ys.map((v) => v - mean(ys));
const ssTot = dot(centred, centred);
const r2 = 1 - ssRes / ssTot;

export const claims: Claim[] = [
  c('1 \\cdot 2 - 1 \\cdot 1 + 0 \\cdot 1,\\;', '1', at(0, z)),
  c('= [1, 3, 1]$', '3', at(1, z)),
  c('\\operatorname{softmax}([1, 3, 1]) = [0.1065, 0.7870, 0.1065]$', '0.1065', at(0, p)),
  c('\\operatorname{softmax}([1, 3, 1]) = [0.1065, 0.7870, 0.1065]$', '0.7870', at(1, p)),
  c('$L = -\\ln p_1 = -\\ln 0.7870 = 0.2395$', '0.2395', loss),
  c('= [0.1065, -0.2130, 0.1065]$', '0.2130', -at(1, g)),
  c('= [0.1065, -0.2130, 0.1065]$', '0.1065', at(2, g)),
  c('0.2130 & 0.1065 & 0.1065 \\\\ -0.4260', '0.2130', at(0, gradW[0] ?? [])),
  c('0.2130 & 0.1065 & 0.1065 \\\\ -0.4260', '0.1065', at(1, gradW[0] ?? [])),
  c('\\\\ -0.4260 & -0.2130 & -0.2130', '0.4260', -at(0, gradW[1] ?? [])),
  c('\\\\ -0.4260 & -0.2130 & -0.2130', '0.2130', -at(2, gradW[1] ?? [])),
  c('\\mathbf{x} \\cdot \\mathbf{x} = 6', '6', dot(x, x)),
  c('new logits are $[0.6805, 3.6390, 0.6805]$', '0.6805', at(0, z2)),
  c('new logits are $[0.6805, 3.6390, 0.6805]$', '3.6390', at(1, z2)),
  c('the true class now gets probability 0.9060', '0.9060', at(1, p2)),
  c('loss falls from 0.2395 to 0.0987', '0.0987', crossEntropy(y, p2)),
  c('\\begin{bmatrix} 55 & 15 \\\\ 15 & 5 \\end{bmatrix}', '55', at(0, XtX[0] ?? [])),
  c('\\begin{bmatrix} 55 & 15 \\\\ 15 & 5 \\end{bmatrix}', '15', at(1, XtX[0] ?? [])),
  c('$X^{\\top}\\mathbf{y} = [110.2, 30.1]$', '110.2', at(0, Xty)),
  c('$X^{\\top}\\mathbf{y} = [110.2, 30.1]$', '30.1', at(1, Xty)),
  c('55 \\cdot 5 - 15 \\cdot 15 = 50', '50', det),
  c('/ 50 = 1.99$', '1.99', wStar),
  c('/ 50 = 0.05$', '0.05', bStar),
  c('$w = 1.9857$ and $b = 0.0654$', '1.9857', at(0, after200)),
  c('$w = 1.9857$ and $b = 0.0654$', '0.0654', at(1, after200)),
  c('$w = 1.9900$ and $b = 0.0500$', '1.9900', at(0, after2000)),
  c('$w = 1.9900$ and $b = 0.0500$', '0.0500', at(1, after2000)),
  c('curvature is 23.6619 in its steepest', '23.6619', at(0, curvatures)),
  c('only 0.3381 in its flattest', '0.3381', at(1, curvatures)),
  c('$2 / 23.6619 = 0.0845$', '0.0845', 2 / at(0, curvatures)),
  c('residuals add up to 0.107', '0.107', ssRes),
  c('total sum of squares is 39.708', '39.708', ssTot),
  c('$R^2 = 1 - 0.107 / 39.708 = 0.9973$', '0.9973', r2),
  c('explains 99.73% of the variation', '99.73', 100 * r2),
  c('and the\n  loss is 0.2395', '0.2395', loss),
  c('same weights (1.99 and 0.05 here)', '1.99', wStar),
  c('same weights (1.99 and 0.05 here)', '0.05', bStar),
];
