// Row-wise softmax of a grid of scores, the way attention weights are formed: row i is the math
// core's softmax of its first `visible(i)` scores at a temperature, the rest masked (NaN). The
// painter worker forms a dragged temperature's weights with it (the `softmax-cells` operation),
// so a step costs the page only a post of AttentionHeatmap's softmaxInputs; its model.test.ts
// holds the grid equal to the model's weights.
import { softmax } from '../../math';

export interface SoftmaxGrid {
  /** rows × cols weights, row-major; masked cells are NaN. */
  cells: Float64Array;
  maxWeight: number;
}

/**
 * `scores` rows × cols row-major; with `causal`, row i sees only its first i + 1 scores.
 * Each row sums to 1 over what it sees.
 */
export function softmaxGrid(
  scores: ArrayLike<number>,
  rows: number,
  cols: number,
  temperature: number,
  causal: boolean,
): SoftmaxGrid {
  const cells = new Float64Array(rows * cols).fill(NaN);
  let maxWeight = 0;
  for (let i = 0; i < rows; i++) {
    const visible = causal ? Math.min(i + 1, cols) : cols;
    const row = new Array<number>(visible);
    for (let j = 0; j < visible; j++) row[j] = scores[i * cols + j] ?? 0;
    const weights = softmax(row, temperature);
    for (let j = 0; j < visible; j++) {
      const w = weights[j] ?? 0;
      cells[i * cols + j] = w;
      if (w > maxWeight) maxWeight = w;
    }
  }
  return { cells, maxWeight };
}
