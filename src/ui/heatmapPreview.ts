// The heatmap's picture as a scene for the painter worker (src/ui/picture): the cells and, on
// big cells, their numbers, drawn over the held canvas while a slider is dragged.
import { VALUE_INK } from './drawHeatmap';
import type { HeatmapColours } from './drawHeatmap';
import { cellTexts } from './picture/cellTexts';
import type { Scene } from './picture/scene';

/**
 * What the Heatmap's `preview` prop carries: the live values, their colours and their text; or
 * row softmax's inputs, for the painter to form the values itself (the `softmax-cells`
 * operation), which a drag of the temperature posts without computing a weight on the page.
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
      /**
       * Where the numbers fit on the cells, the painter prints each weight to this many
       * decimals (formatFixed): give the digits the widget's own formatCell prints. None: no
       * numbers.
       */
      digits?: number;
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
  const fills = [VALUE_INK.light, VALUE_INK.dark];
  if ('softmax' in preview) {
    const { softmax, colours, digits } = preview;
    const labels = showValues && digits !== undefined ? { labels: { digits, font, fills } } : {};
    return {
      viewBox: null,
      ops: [{ op: 'softmax-cells', ...box, ...softmax, colours, ...labels }],
    };
  }
  const { values, colours, formatCell } = preview;
  const cells = { op: 'cells', ...box, values, colours } as const;
  if (!showValues) return { viewBox: null, ops: [cells] };
  return {
    viewBox: null,
    ops: [cells, cellTexts(values, box, colours, formatCell, { font, fills })],
  };
}
