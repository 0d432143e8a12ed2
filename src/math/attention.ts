// Scaled dot-product attention, the core of a transformer layer, on small dense matrices.
import { checkTemperature, shapeText, toFlat, toNested } from './check';
import type { Matrix } from './check';
import { MathInputError } from './errors';

/** Options of scaledDotProductAttention. */
export interface AttentionOptions {
  /** Mask future positions: query i may only attend to keys j ≤ i. Default false. */
  causal?: boolean;
  /** Divide scores by √d_k so they do not grow with the key width. Default true. */
  scale?: boolean;
  /** Softmax temperature T > 0; scores are divided by it too. Default 1. */
  temperature?: number;
}

/** Every intermediate of attention, as plain nested arrays for display. */
export interface AttentionResult {
  /** (n×m) scores after scaling and temperature, masked entries −Infinity: the softmax input. */
  scores: number[][];
  /** (n×m) attention weights: each row is a distribution over keys and sums to 1. */
  weights: number[][];
  /** (n×d_v) outputs: row i is the weights-weighted average of the rows of V. */
  output: number[][];
}

/**
 * Attention(Q, K, V) = softmax(Q Kᵀ / (√d_k · T)) V, with Q (n×d_k) queries, K (m×d_k) keys and
 * V (m×d_v) values. The √d_k keeps the scores' variance near 1 (dot products of random
 * unit-variance vectors have variance d_k), so softmax does not saturate. The causal mask sets
 * scores with j > i to −Infinity before the softmax, so those weights are exactly 0. Cost grows
 * as n·m·(d_k + d_v).
 */
export function scaledDotProductAttention(
  Q: Matrix,
  K: Matrix,
  V: Matrix,
  options: AttentionOptions = {},
): AttentionResult {
  const fn = 'scaledDotProductAttention';
  const { causal = false, scale = true, temperature = 1 } = options;
  checkTemperature(fn, temperature);
  const q = toFlat(fn, 'Q', Q);
  const k = toFlat(fn, 'K', K);
  const v = toFlat(fn, 'V', V);
  const n = q.rows;
  const m = k.rows;
  const d = q.cols;
  const dv = v.cols;
  if (k.cols !== d) {
    throw new MathInputError(
      `${fn}: Q is ${shapeText(n, d)} but K is ${shapeText(m, k.cols)} — queries and keys must ` +
        `have the same width d_k to be compared (${d} ≠ ${k.cols})`,
    );
  }
  if (v.rows !== m) {
    throw new MathInputError(
      `${fn}: K has ${m} rows (keys) but V is ${shapeText(v.rows, dv)} — every key needs ` +
        'exactly one value row',
    );
  }
  const factor = 1 / ((scale ? Math.sqrt(d) : 1) * temperature);
  const qd = q.data;
  const kd = k.data;
  const vd = v.data;
  const s = new Float64Array(n * m);
  const w = new Float64Array(n * m);
  const out = new Float64Array(n * dv);
  for (let i = 0; i < n; i++) {
    const qi = i * d;
    const si = i * m;
    const visible = causal ? Math.min(i + 1, m) : m;
    let max = -Infinity;
    for (let j = 0; j < visible; j++) {
      const kj = j * d;
      // four running sums instead of one: the additions no longer wait on each other
      let d0 = 0;
      let d1 = 0;
      let d2 = 0;
      let d3 = 0;
      let c = 0;
      for (; c + 3 < d; c += 4) {
        d0 += (qd[qi + c] as number) * (kd[kj + c] as number);
        d1 += (qd[qi + c + 1] as number) * (kd[kj + c + 1] as number);
        d2 += (qd[qi + c + 2] as number) * (kd[kj + c + 2] as number);
        d3 += (qd[qi + c + 3] as number) * (kd[kj + c + 3] as number);
      }
      for (; c < d; c++) d0 += (qd[qi + c] as number) * (kd[kj + c] as number);
      const sc = (d0 + d1 + (d2 + d3)) * factor;
      s[si + j] = sc;
      if (sc > max) max = sc;
    }
    for (let j = visible; j < m; j++) s[si + j] = -Infinity;
    // per-row stable softmax; masked weights stay exactly 0 (the Float64Array's initial value)
    let sum = 0;
    for (let j = 0; j < visible; j++) sum += w[si + j] = Math.exp((s[si + j] as number) - max);
    const oi = i * dv;
    for (let j = 0; j < visible; j++) {
      const wij = (w[si + j] as number) / sum;
      w[si + j] = wij;
      const vj = j * dv;
      // four columns a pass, the dot product's four sums above: half the time of one-at-a-time
      // loops at 128 tokens (bench-math's attention row)
      let c = 0;
      for (; c + 3 < dv; c += 4) {
        out[oi + c] = (out[oi + c] as number) + wij * (vd[vj + c] as number);
        out[oi + c + 1] = (out[oi + c + 1] as number) + wij * (vd[vj + c + 1] as number);
        out[oi + c + 2] = (out[oi + c + 2] as number) + wij * (vd[vj + c + 2] as number);
        out[oi + c + 3] = (out[oi + c + 3] as number) + wij * (vd[vj + c + 3] as number);
      }
      for (; c < dv; c++) out[oi + c] = (out[oi + c] as number) + wij * (vd[vj + c] as number);
    }
  }
  return { scores: toNested(s, n, m), weights: toNested(w, n, m), output: toNested(out, n, dv) };
}
