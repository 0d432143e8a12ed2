// The heatmap's picture as a scene for the painter worker (src/ui/picture): the cells and, on
// big cells, their numbers, drawn over the held canvas while a slider is dragged.
import { VALUE_INK } from './drawHeatmap';
import type { HeatmapColours } from './drawHeatmap';
import type { Scene } from './picture/scene';

/**
 * What the Heatmap's `live` source carries during a drag: row softmax's inputs, for the painter
 * to form the weights itself (the `softmax-cells` operation), so a drag of the temperature posts
 * without computing a weight on the page.
 */
export interface HeatmapPreview {
  softmax: { scores: ArrayLike<number>; temperature: number; causal: boolean };
  /** Only the ramp and masked colour are used: the domain is 0 … the largest weight. */
  colours: HeatmapColours;
  /**
   * Where the numbers fit on the cells, the painter prints each weight to this many decimals
   * (formatFixed): give the digits the widget's own formatCell prints. None: no numbers.
   */
  digits?: number;
}

/** The numbers' inks on light and on dark cells (cellTexts), one array for every scene. */
const VALUE_FILLS = [VALUE_INK.light, VALUE_INK.dark] as const;

/**
 * The grid in the plot's CSS pixels (`cell` pixels a side), with each unmasked weight printed in
 * `font` when `showValues` and `digits` is given (masked cells stay empty, as in CellValues).
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
  const { softmax, colours, digits } = preview;
  const labels =
    showValues && digits !== undefined ? { labels: { digits, font, fills: VALUE_FILLS } } : {};
  return { viewBox: null, ops: [{ op: 'softmax-cells', ...box, ...softmax, colours, ...labels }] };
}
