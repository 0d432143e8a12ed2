// The heatmap's picture as a scene for the painter worker (src/ui/picture): the cells and, on
// big cells, their numbers, drawn over the held canvas while a slider is dragged.
import type { HeatmapColours } from './drawHeatmap';
import { onLight, VALUE_INK } from './HeatmapAxes';
import type { Op, Scene } from './picture/scene';

/**
 * What the Heatmap's `preview` prop carries: the live values, their colours and their text; or,
 * for a grid too big to print numbers on, row softmax's inputs, for the painter to form the
 * values itself (the `softmax-cells` operation).
 */
export type HeatmapPreview =
  | {
      values: ArrayLike<number>;
      colours: HeatmapColours;
      formatCell: (row: number, col: number) => string;
    }
  | {
      softmax: { scores: ArrayLike<number>; temperature: number; causal: boolean };
      /** Only the ramp and masked colour are used: the domain is 0 … the largest weight. */
      colours: HeatmapColours;
    };

/**
 * The grid in the plot's CSS pixels (`cell` pixels a side), with each finite cell's number in
 * `font` when `showValues` (masked cells stay empty, as in CellValues).
 */
export function heatmapScene(
  preview: HeatmapPreview,
  rows: number,
  cols: number,
  cell: number,
  showValues: boolean,
  font: string,
): Scene {
  const box = { x: 0, y: 0, w: cols * cell, h: rows * cell, rows, cols };
  if ('softmax' in preview) {
    return {
      viewBox: null,
      ops: [{ op: 'softmax-cells', ...box, ...preview.softmax, colours: preview.colours }],
    };
  }
  const { values, colours } = preview;
  const ops: Op[] = [{ op: 'cells', ...box, values, colours }];
  if (showValues) {
    const xs: number[] = [];
    const ys: number[] = [];
    const texts: string[] = [];
    const inks: number[] = [];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        const value = values[i * cols + j] ?? NaN;
        if (!Number.isFinite(value)) continue;
        xs.push(j * cell + cell / 2);
        ys.push(i * cell + cell / 2);
        texts.push(preview.formatCell(i, j));
        inks.push(onLight(colours, value) ? 0 : 1);
      }
    }
    ops.push({
      op: 'texts',
      xs: Float64Array.from(xs),
      ys: Float64Array.from(ys),
      texts,
      inks: Uint8Array.from(inks),
      fills: [VALUE_INK.light, VALUE_INK.dark],
      font,
      align: 'center',
      baseline: 'middle',
    });
  }
  return { viewBox: null, ops };
}
