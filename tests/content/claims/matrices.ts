import {
  determinant,
  dot,
  eigenSymmetric,
  matmul,
  matvec,
  mean,
  shapeOf,
  transpose,
  variance,
} from '../../../src/math';
import { c } from './claim';
import type { Claim } from './claim';

const W = [
  [1, 0],
  [2, 3],
  [0, 1],
];
const y = matvec(W, [1, 2]);
const zeros = (rows: number, cols: number) =>
  Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
const [batchRows = NaN, batchCols = NaN] = shapeOf(matmul(zeros(5, 3), zeros(3, 2)));
// the fix for (32×784) @ (128×784): multiply by the weight's transpose
const [fixedRows = NaN, fixedCols = NaN] = shapeOf(
  matmul(zeros(32, 784), transpose(zeros(128, 784))),
);
const flops = (m: number, n: number, p: number) => 2 * m * n * p;

const A = [
  [2, 1],
  [1, 2],
];
const eigenA = eigenSymmetric(A);

// the PCA example: five points, covariance from the math core's mean, dot and variance
const xs = [1, 2, 3, 4, 5];
const ys = [2, 1, 4, 3, 5];
const centred = (v: number[]) => v.map((t) => t - mean(v));
const covariance = dot(centred(xs), centred(ys)) / (xs.length - 1);
const C = [
  [variance(xs), covariance],
  [covariance, variance(ys)],
];
const pca = eigenSymmetric(C);
const [l1 = NaN, l2 = NaN] = pca.values;
const [pc1 = [NaN, NaN], pc2 = [NaN, NaN]] = pca.vectors;

export const claims: Claim[] = [
  c('0 \\cdot 2 = 1$', '1', y[0] ?? NaN),
  c('3 \\cdot 2 = 8$', '8', y[1] ?? NaN),
  c('1 \\cdot 2 = 2$', '2', y[2] ?? NaN),
  c('$W\\mathbf{x} = [1, 8, 2]$', '8', y[1] ?? NaN),
  c('sends\n  $[1, 2]$ to $[1, 8, 2]$', '2', y[2] ?? NaN),
  c('\\underbrace{Y}_{5 \\times 2}', '5', batchRows),
  c('\\underbrace{Y}_{5 \\times 2}', '2', batchCols),
  c('(784 \\times 128) = (32 \\times 128)', '32', fixedRows),
  c('(784 \\times 128) = (32 \\times 128)', '128', fixedCols),
  c('`2 * 32 * 784 * 128` is `6422528`', '6422528', flops(32, 784, 128)),
  c('about\n6.42 million', '6.42', flops(32, 784, 128) / 1e6),
  c('2 \\cdot 5 \\cdot 3 \\cdot 2 = 60', '60', flops(5, 3, 2)),
  c('= `33554432` operations', '33554432', flops(1, 4096, 4096)),
  c('about 33.6 million', '33.6', flops(1, 4096, 4096) / 1e6),
  c('\\det A = 2 \\cdot 2 - 1 \\cdot 1 = 3', '3', determinant(A)),
  c(
    '1 \\cdot (-1) - 0 = -1',
    '-1',
    determinant([
      [1, 0],
      [0, -1],
    ]),
  ),
  c(
    '$0 - (-1) \\cdot 1 = 1$',
    '1',
    determinant([
      [0, -1],
      [1, 0],
    ]),
  ),
  c(
    '1 \\cdot 1 - 2 \\cdot 0.5 = 0',
    '0',
    determinant([
      [1, 2],
      [0.5, 1],
    ]),
  ),
  c('[3, 3] = 3 \\cdot [1, 1]', '3', eigenA.values[0] ?? NaN),
  c('an eigenvector with eigenvalue 1', '1', eigenA.values[1] ?? NaN),
  c('these are $[0.7071, 0.7071]$', '0.7071', eigenA.vectors[0]?.[0] ?? NaN),
  c('and $[0.7071, -0.7071]$. The matrix', '-0.7071', eigenA.vectors[1]?.[1] ?? NaN),
  c('$3 \\cdot 1 = 3$', '3', (eigenA.values[0] ?? NaN) * (eigenA.values[1] ?? NaN)),
  c('Both have mean 3', '3', mean(xs)),
  c('sample variances are 2.5 and 2.5', '2.5', variance(xs)),
  c('sample variances are 2.5 and 2.5', '2.5', variance(ys)),
  c('\\frac{8}{4} = 2', '2', covariance),
  c('\\frac{8}{4} = 2', '8', covariance * (xs.length - 1)),
  c('eigenvalues are 4.5 and 0.5', '4.5', l1),
  c('eigenvalues are 4.5 and 0.5', '0.5', l2),
  c('eigenvectors along $[0.7071, 0.7071]$', '0.7071', pc1[0] ?? NaN),
  c('$[0.7071, -0.7071]$. The first principal', '-0.7071', pc2[1] ?? NaN),
  c('4.5 / (4.5 + 0.5) = 0.9', '0.9', l1 / (l1 + l2)),
  c('of the variance — 90%', '90', (100 * l1) / (l1 + l2)),
];
