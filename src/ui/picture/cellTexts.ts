// The numbers printed on a heatmap's cells, as one `texts` operation: the painter builds it from
// the weights it forms itself (a `softmax-cells` operation with labels, paint.ts), placed and
// inked as the Heatmap's own CellValues print them on the page.
import { onLight } from '../drawHeatmap';
import type { HeatmapColours } from '../drawHeatmap';
import type { GridBox, Op, Paint } from './scene';

export type TextsOp = Extract<Op, { op: 'texts' }>;

/**
 * Each finite cell's text centred on its cell of `box`, in `fills[0]` on light cells and
 * `fills[1]` on dark ones (onLight); masked cells (NaN, ±Infinity) stay empty, as in the
 * Heatmap's CellValues. The coordinates go into typed arrays sized once, with no copy.
 */
export function cellTexts(
  values: ArrayLike<number>,
  box: GridBox,
  colours: HeatmapColours,
  text: (row: number, col: number, value: number) => string,
  style: { font: string; fills: readonly Paint[] },
): TextsOp {
  const { rows, cols } = box;
  const width = box.w / cols;
  const height = box.h / rows;
  let count = 0;
  for (let k = 0; k < rows * cols; k++) if (Number.isFinite(values[k] ?? NaN)) count++;
  const xs = new Float64Array(count);
  const ys = new Float64Array(count);
  const inks = new Uint8Array(count);
  const texts = new Array<string>(count);
  let at = 0;
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const value = values[i * cols + j] ?? NaN;
      if (!Number.isFinite(value)) continue;
      xs[at] = box.x + j * width + width / 2;
      ys[at] = box.y + i * height + height / 2;
      texts[at] = text(i, j, value);
      inks[at] = onLight(colours, value) ? 0 : 1;
      at++;
    }
  }
  return {
    op: 'texts',
    xs,
    ys,
    texts,
    inks,
    fills: style.fills,
    font: style.font,
    align: 'center',
    baseline: 'middle',
  };
}
