// Turning scores into probabilities: softmax with temperature, log-softmax, sigmoid, and the
// top-k / top-p filters used when sampling text.
import {
  checkDistribution,
  checkInteger,
  checkNumber,
  checkTemperature,
  throwNonFinite,
} from './check';
import type { Vector } from './check';
import { MathInputError } from './errors';

/** One pass: the maximum of z, throwing on empty input or a non-finite entry. */
function maxOf(fn: string, z: Vector): number {
  if (!Array.isArray(z) || z.length === 0) {
    throw new MathInputError(`${fn}: z is empty — it needs at least one logit`);
  }
  let max = -Infinity;
  for (let i = 0; i < z.length; i++) {
    const v = z[i] as number;
    if (v - v !== 0) throwNonFinite(fn, 'z', z);
    if (v > max) max = v;
  }
  return max;
}

/**
 * Softmax with temperature: softmaxᵢ(z, T) = e^{zᵢ/T} / Σⱼ e^{zⱼ/T}. Logits z are unbounded
 * scores; the result is dimensionless probabilities summing to 1. T < 1 sharpens towards argmax,
 * T > 1 flattens towards uniform. Stable for any finite z and T (e.g. z = ±1e6, T = 1e-3).
 * @param temperature T, a finite number > 0; default 1 (plain softmax).
 */
export function softmax(z: Vector, temperature = 1): number[] {
  checkTemperature('softmax', temperature);
  // subtract the max first: e^710 overflows to Infinity, and Infinity / Infinity is NaN
  const max = maxOf('softmax', z);
  const n = z.length;
  const out = new Array<number>(n);
  let sum = 0;
  if (temperature === 1) {
    for (let i = 0; i < n; i++) sum += out[i] = Math.exp((z[i] as number) - max);
  } else {
    for (let i = 0; i < n; i++) sum += out[i] = Math.exp(((z[i] as number) - max) / temperature);
  }
  // sum ≥ 1 because the max term is e^0, so this division is always safe
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) / sum;
  return out;
}

/**
 * Log-softmax: log softmaxᵢ(z, T) = (zᵢ − m)/T − log Σⱼ e^{(zⱼ − m)/T} with m = max z, in nats.
 * Exact where softmax underflows to 0 (whose log would be −Infinity): the form to take
 * cross-entropy from logits with.
 * @param temperature T, a finite number > 0; default 1.
 */
export function logSoftmax(z: Vector, temperature = 1): number[] {
  checkTemperature('logSoftmax', temperature);
  const max = maxOf('logSoftmax', z);
  const n = z.length;
  const out = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const s = ((z[i] as number) - max) / temperature;
    out[i] = s;
    sum += Math.exp(s);
  }
  const lse = Math.log(sum);
  for (let i = 0; i < n; i++) out[i] = (out[i] as number) - lse;
  return out;
}

function sigmoidOne(x: number): number {
  // branch on the sign so e^{−x} is never computed for very negative x (it would overflow)
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}

/**
 * Logistic sigmoid σ(x) = 1 / (1 + e^{−x}): maps a logit to a probability in (0, 1) — the
 * two-class softmax; σ(0) = 0.5 is the decision boundary. Accepts a number or an array
 * (applied entrywise). Stable for any finite x (σ(−800) = 0, σ(800) = 1, no overflow).
 */
export function sigmoid(x: number): number;
export function sigmoid(x: Vector): number[];
export function sigmoid(x: number | Vector): number | number[] {
  if (typeof x === 'number') {
    checkNumber('sigmoid', 'x', x);
    return sigmoidOne(x);
  }
  if (!Array.isArray(x) || x.length === 0) {
    throw new MathInputError('sigmoid: x is empty — pass a number or a non-empty array');
  }
  const out = new Array<number>(x.length);
  for (let i = 0; i < x.length; i++) {
    const v = x[i] as number;
    if (v - v !== 0) throwNonFinite('sigmoid', 'x', x);
    out[i] = sigmoidOne(v);
  }
  return out;
}

/** Indices of p from most to least probable; ties keep their original order. */
function rankDescending(p: Vector): number[] {
  return Array.from(p, (_, i) => i).sort((i, j) => (p[j] as number) - (p[i] as number) || i - j);
}

/** Zeros everywhere except `keep`, renormalised to sum to 1. */
function renormalised(p: Vector, keep: readonly number[]): number[] {
  let mass = 0;
  for (const i of keep) mass += p[i] as number;
  const out = new Array<number>(p.length).fill(0);
  for (const i of keep) out[i] = (p[i] as number) / mass;
  return out;
}

/**
 * Top-k filter: keeps the k most probable outcomes, sets the rest to 0 and renormalises so the
 * result sums to 1. k larger than p.length keeps everything; ties go to the lower index.
 * @param k an integer ≥ 1.
 */
export function topK(p: Vector, k: number): number[] {
  checkDistribution('topK', 'p', p);
  checkInteger('topK', 'k', k, 1);
  return renormalised(p, rankDescending(p).slice(0, k));
}

/**
 * Top-p (nucleus) filter: keeps the smallest set of most probable outcomes whose total
 * probability reaches `mass`, zeros the rest and renormalises. Always keeps at least one.
 * Cumulative sums within 1e-12 of `mass` count as reaching it, so rounding in 0.1 + 0.2 does not
 * admit an extra token.
 * @param mass the probability mass to keep, in (0, 1].
 */
export function topP(p: Vector, mass: number): number[] {
  checkDistribution('topP', 'p', p);
  if (!(mass > 0 && mass <= 1)) {
    throw new MathInputError(`topP: mass must be in (0, 1], got ${String(mass)}`);
  }
  const order = rankDescending(p);
  let cum = 0;
  let count = 0;
  while (count < order.length && cum < mass - 1e-12) cum += p[order[count++] as number] as number;
  return renormalised(p, order.slice(0, Math.max(1, count)));
}
