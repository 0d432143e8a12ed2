// AttentionHeatmap's model: Q, K, V and the toggles in, every number the widget shows out.
// Pure and built on the math core: scaledDotProductAttention does the attention itself.
import { matmul, scaledDotProductAttention, transpose } from '../../math';
import type { Matrix } from '../../math';

export type Mode = 'sentence' | 'matrices';

export interface AttentionSettings {
  /** Divide the scores by √d_k. */
  scale: boolean;
  /** Hide later keys from each query (j > i). */
  causal: boolean;
  /** Softmax temperature T > 0. */
  temperature: number;
}

export const T_MIN = 0.05;
export const T_MAX = 10;

/** The syllabus example (§8): Q = K = I₂, V = [[1, 2], [3, 4]]. */
export const EXAMPLE_Q = [
  [1, 0],
  [0, 1],
];
export const EXAMPLE_K = [
  [1, 0],
  [0, 1],
];
export const EXAMPLE_V = [
  [1, 2],
  [3, 4],
];

export interface AttentionView {
  queryLabels: readonly string[];
  keyLabels: readonly string[];
  n: number;
  m: number;
  dk: number;
  dv: number;
  V: Matrix;
  /** q_i·k_j before any scaling. */
  raw: number[][];
  /** raw ÷ divisor: the softmax input; masked entries −Infinity. */
  scores: number[][];
  weights: number[][];
  output: number[][];
  /** (√d_k when scaling) × T. */
  divisor: number;
  /** The weights row-major for drawing; masked cells are NaN so they draw as "masked". */
  cells: Float64Array;
  rowSums: number[];
  maxWeight: number;
  /** Mean over rows of the row's largest weight: near 1 means softmax has saturated. */
  meanTopWeight: number;
  anyMasked: boolean;
}

export interface AttentionInputs {
  Q: Matrix;
  K: Matrix;
  V: Matrix;
  /** Q Kᵀ, unscaled: computed once per Q and K, not again for every toggle or temperature. */
  raw: number[][];
}

/** Q, K, V with their raw scores Q Kᵀ. */
export function attentionInputs(Q: Matrix, K: Matrix, V: Matrix): AttentionInputs {
  return { Q, K, V, raw: matmul(Q, transpose(K)) };
}

/** Runs attention on Q, K, V and gathers what the view shows. */
export function attentionView(
  labels: { queries: readonly string[]; keys: readonly string[] },
  inputs: AttentionInputs,
  settings: AttentionSettings,
): AttentionView {
  const { Q, K, V, raw } = inputs;
  const { scores, weights, output } = scaledDotProductAttention(Q, K, V, {
    scale: settings.scale,
    causal: settings.causal,
    temperature: settings.temperature,
  });
  const n = weights.length;
  const m = weights[0]?.length ?? 0;
  const dk = Q[0]?.length ?? 0;
  const cells = new Float64Array(n * m);
  const rowSums: number[] = [];
  let maxWeight = 0;
  let topSum = 0;
  let anyMasked = false;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    let top = 0;
    for (let j = 0; j < m; j++) {
      const w = weights[i]?.[j] ?? 0;
      const masked = scores[i]?.[j] === -Infinity;
      anyMasked ||= masked;
      cells[i * m + j] = masked ? NaN : w;
      sum += w;
      top = Math.max(top, w);
    }
    rowSums.push(sum);
    topSum += top;
    maxWeight = Math.max(maxWeight, top);
  }
  return {
    queryLabels: labels.queries,
    keyLabels: labels.keys,
    n,
    m,
    dk,
    dv: V[0]?.length ?? 0,
    V,
    raw,
    scores,
    weights,
    output,
    divisor: (settings.scale ? Math.sqrt(dk) : 1) * settings.temperature,
    cells,
    rowSums,
    maxWeight,
    meanTopWeight: n > 0 ? topSum / n : 0,
    anyMasked,
  };
}

/** The key query `row` weighs most (the first one on a tie). */
export function topKey(view: AttentionView, row: number): { key: number; weight: number } {
  const weights = view.weights[row] ?? [];
  let key = 0;
  for (let j = 1; j < weights.length; j++) {
    if ((weights[j] ?? 0) > (weights[key] ?? 0)) key = j;
  }
  return { key, weight: weights[key] ?? 0 };
}

/** The `count` keys with the largest weights in `row`, largest first. */
export function topKeys(view: AttentionView, row: number, count: number): number[] {
  const weights = view.weights[row] ?? [];
  return weights
    .map((w, j) => ({ w, j }))
    .sort((a, b) => b.w - a.w || a.j - b.j)
    .slice(0, count)
    .map((e) => e.j);
}

/** Whether the cell was hidden by the causal mask. */
export function isMasked(view: AttentionView, row: number, col: number): boolean {
  return view.scores[row]?.[col] === -Infinity;
}

/**
 * Q Kᵀ row-major in one typed array, and the temperature that turns it into the weights: what a
 * dragged temperature posts to the painter, which forms the weights itself (softmaxGrid, the
 * `softmax-cells` operation in src/ui/picture); model.test.ts holds them equal to
 * attentionView's cells.
 */
export function softmaxInputs(inputs: AttentionInputs, settings: AttentionSettings) {
  const { raw } = inputs;
  const rows = raw.length;
  const cols = raw[0]?.length ?? 0;
  const scores = new Float64Array(rows * cols);
  raw.forEach((row, i) => scores.set(row, i * cols));
  const dk = inputs.Q[0]?.length ?? 0;
  // softmax(q·k / divisor) is softmax(q·k) at temperature `divisor`: no scaled copy needed
  const temperature = (settings.scale ? Math.sqrt(dk) : 1) * settings.temperature;
  return { scores, rows, cols, temperature, causal: settings.causal };
}

/** Whether every row's weights add up to 1 (to rounding). */
export function rowsSumToOne(view: AttentionView): boolean {
  return view.rowSums.every((s) => Math.abs(s - 1) < 1e-9);
}
