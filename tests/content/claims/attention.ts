import { createRng, dot, scaledDotProductAttention, softmax, variance } from '../../../src/math';
import { c } from './claim';
import type { Claim } from './claim';

const I2 = [
  [1, 0],
  [0, 1],
];
const V = [
  [1, 2],
  [3, 4],
];
const scaled = scaledDotProductAttention(I2, I2, V);
const unscaled = scaledDotProductAttention(I2, I2, V, { scale: false });
const causal = scaledDotProductAttention(I2, I2, V, { causal: true });
const at = (m: number[][], i: number, j: number) => m[i]?.[j] ?? NaN;

/**
 * The lesson's seeded check: 2,000 pairs of vectors with independent N(0, 1) components from
 * createRng(42); the variance of their dot products, and of the dot products ÷ √d.
 */
function dotVariance(d: number): { raw: number; scaled: number } {
  const rng = createRng(42);
  const dots: number[] = [];
  for (let p = 0; p < 2000; p++) {
    const a = Array.from({ length: d }, () => rng.normal());
    const b = Array.from({ length: d }, () => rng.normal());
    dots.push(dot(a, b));
  }
  return { raw: variance(dots), scaled: variance(dots.map((x) => x / Math.sqrt(d))) };
}
const v4 = dotVariance(4);
const v64 = dotVariance(64);
const v512 = dotVariance(512);

const sharp = softmax([8, 4, 0]);
const soft = softmax([1, 0.5, 0]);
const macs = (n: number, d: number) => n * n * d;
const MiB = 2 ** 20;

export const claims: Claim[] = [
  c('| 4 | 3.80 | 0.95 |', '3.80', v4.raw),
  c('| 4 | 3.80 | 0.95 |', '0.95', v4.scaled),
  c('| 64 | 67.75 | 1.06 |', '67.75', v64.raw),
  c('| 64 | 67.75 | 1.06 |', '1.06', v64.scaled),
  c('| 512 | 508.31 | 0.99 |', '508.31', v512.raw),
  c('| 512 | 508.31 | 0.99 |', '0.99', v512.scaled),
  c('a standard deviation of 8', '8', Math.sqrt(64)),
  c('divided by $\\sqrt{64} = 8$', '8', Math.sqrt(64)),
  c('softmax}([8, 4, 0]) = [0.9817', '0.9817', sharp[0] ?? NaN),
  c('[0.9817, 0.0180', '0.0180', sharp[1] ?? NaN),
  c('0.0180, 0.0003]', '0.0003', sharp[2] ?? NaN),
  c('softmax}([1, 0.5, 0]) = [0.5065', '0.5065', soft[0] ?? NaN),
  c('[0.5065, 0.3072', '0.3072', soft[1] ?? NaN),
  c('0.3072, 0.1863]', '0.1863', soft[2] ?? NaN),
  c('Dividing by $\\sqrt{2}$ gives $\\begin{bmatrix} 0.7071', '0.7071', at(scaled.scores, 0, 0)),
  c('{e^{0.7071} + e^{0}} = \\dfrac{2.0281}', '2.0281', Math.exp(at(scaled.scores, 0, 0))),
  c('\\dfrac{2.0281}{3.0281}', '3.0281', Math.exp(at(scaled.scores, 0, 0)) + 1),
  c('{3.0281} = 0.6698$', '0.6698', at(scaled.weights, 0, 0)),
  c('$1 - 0.6698 = 0.3302$', '0.3302', at(scaled.weights, 0, 1)),
  c('W = \\begin{bmatrix} 0.6698 & 0.3302', '0.6698', at(scaled.weights, 0, 0)),
  c('\\\\ 0.3302 & 0.6698 \\end{bmatrix}', '0.3302', at(scaled.weights, 1, 0)),
  c('\\\\ 0.3302 & 0.6698 \\end{bmatrix}', '0.6698', at(scaled.weights, 1, 1)),
  c('[3, 4] = [1.6605, 2.6605]$', '1.6605', at(scaled.output, 0, 0)),
  c('[3, 4] = [1.6605, 2.6605]$', '2.6605', at(scaled.output, 0, 1)),
  c('[3, 4] = [2.3395, 3.3395]$', '2.3395', at(scaled.output, 1, 0)),
  c('[3, 4] = [2.3395, 3.3395]$', '3.3395', at(scaled.output, 1, 1)),
  c('\\begin{bmatrix} 1.6605 & 2.6605', '1.6605', at(scaled.output, 0, 0)),
  c('\\begin{bmatrix} 1.6605 & 2.6605', '2.6605', at(scaled.output, 0, 1)),
  c('\\\\ 2.3395 & 3.3395 \\end{bmatrix}', '2.3395', at(scaled.output, 1, 0)),
  c('\\\\ 2.3395 & 3.3395 \\end{bmatrix}', '3.3395', at(scaled.output, 1, 1)),
  c('the weights would be $0.7311$', '0.7311', at(unscaled.weights, 0, 0)),
  c('and $0.2689$: sharper', '0.2689', at(unscaled.weights, 0, 1)),
  c('its weights become $[1, 0]$', '1', at(causal.weights, 0, 0)),
  c('its weights become $[1, 0]$', '0', at(causal.weights, 0, 1)),
  c('its own value, $[1, 2]$', '1', at(causal.output, 0, 0)),
  c('its own value, $[1, 2]$', '2', at(causal.output, 0, 1)),
  c('row is unchanged: $[0.3302, 0.6698]$', '0.3302', at(causal.weights, 1, 0)),
  c('row is unchanged: $[0.3302, 0.6698]$', '0.6698', at(causal.weights, 1, 1)),
  c('with weights 0.670 and 0.330', '0.670', at(scaled.weights, 0, 0)),
  c('with weights 0.670 and 0.330', '0.330', at(scaled.weights, 0, 1)),
  c('split into 12 heads of 64', '64', 768 / 12),
  c('\\times 64 \\approx 67.1$ million', '67.1', macs(1024, 64) / 1e6),
  c('about 1.05 million entries', '1.05', 1024 ** 2 / 1e6),
  c('(4 MiB in 32-bit floats)', '4', (1024 ** 2 * 4) / MiB),
  c('\\times 64 \\approx 1.07$ billion', '1.07', macs(4096, 64) / 1e9),
  c('about 16.8\n  million weights', '16.8', 4096 ** 2 / 1e6),
  c('million weights (64 MiB)', '64', (4096 ** 2 * 4) / MiB),
  c('Four times the tokens cost 16 times as much', '16', macs(4096, 64) / macs(1024, 64)),
  c('four times the context, 16 times the work', '16', macs(4096, 64) / macs(1024, 64)),
];
