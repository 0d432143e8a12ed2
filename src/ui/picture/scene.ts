// A picture as a short list of drawing operations (a display list), in the coordinates of the
// picture it stands in for: an SVG's viewBox or the overlay's own CSS pixels. Widgets build one
// from their model; paintScene replays it on a 2-D canvas context, on the main thread in tests
// or in the painter worker while a slider is dragged (PictureOverlay.tsx).
import type { HeatmapColours } from '../drawHeatmap';

/** A rectangle holding a rows × cols grid of cells. */
export interface GridBox {
  x: number;
  y: number;
  w: number;
  h: number;
  rows: number;
  cols: number;
}

/** A CSS colour, or `var(--name)` for one of the theme's custom properties. */
export type Paint = string;

export type Op =
  | { op: 'rect'; x: number; y: number; w: number; h: number; fill: Paint; alpha?: number }
  | {
      op: 'polyline';
      /** x0, y0, x1, y1, … (a Float64Array posts to the worker as one copy, not per number) */
      points: ArrayLike<number>;
      stroke: Paint;
      width: number;
      dash?: readonly number[];
    }
  | { op: 'dots'; points: ArrayLike<number>; r: number; fill: Paint }
  | {
      op: 'circle';
      x: number;
      y: number;
      r: number;
      fill: Paint;
      stroke?: Paint;
      width?: number;
    }
  | {
      op: 'text';
      x: number;
      y: number;
      text: string;
      /** A CSS font shorthand, e.g. `600 12px var(--font-body)`. */
      font: string;
      fill: Paint;
      align?: CanvasTextAlign;
      baseline?: CanvasTextBaseline;
    }
  /**
   * Many short texts in one font, e.g. the numbers on a heatmap's cells: text i at (xs[i], ys[i])
   * in fills[inks[i]]. One operation of a few arrays posts to the worker far cheaper than one
   * `text` object per number (at 64 cells, 0.7 → 0.1 ms a step at 4× CPU throttling).
   */
  | {
      op: 'texts';
      xs: ArrayLike<number>;
      ys: ArrayLike<number>;
      texts: readonly string[];
      inks: ArrayLike<number>;
      fills: readonly Paint[];
      font: string;
      align?: CanvasTextAlign;
      baseline?: CanvasTextBaseline;
    }
  /** Later operations are clipped to this rectangle until `unclip`. */
  | { op: 'clip'; x: number; y: number; w: number; h: number }
  | { op: 'unclip' }
  /** A rows × cols grid of values in a heatmap's colours, stretched over the rectangle. */
  | ({ op: 'cells'; values: ArrayLike<number>; colours: HeatmapColours } & GridBox)
  /**
   * Like `cells`, but the painter forms the values itself: each row the softmax of its scores
   * at `temperature` (softmaxGrid, causal rows masked past the diagonal), coloured from 0 to the
   * largest weight with `colours`' ramp. The page then posts only the scores, which a drag of
   * the temperature never changes.
   */
  | ({
      op: 'softmax-cells';
      scores: ArrayLike<number>;
      temperature: number;
      causal: boolean;
      colours: HeatmapColours;
      /** Each unmasked weight printed on its cell to `digits` decimals (cellTexts, formatFixed). */
      labels?: { digits: number; font: string; fills: readonly Paint[] };
    } & GridBox);

export interface Scene {
  /**
   * The coordinate box of the operations, fitted into the overlay as an SVG viewBox is by
   * default (`xMidYMid meet`); null when they are already in the overlay's CSS pixels.
   */
  viewBox: { width: number; height: number } | null;
  ops: readonly Op[];
}

const VAR = /var\((--[\w-]+)\)/g;

/**
 * Replaces every `var(--name)` in a paint or font with the custom property's value, read
 * through `lookup` (getComputedStyle on the overlay): a worker has no styles of its own.
 */
export function resolveVars(value: string, lookup: (name: string) => string): string {
  return value.replace(VAR, (_, name: string) => lookup(name).trim());
}

/** The scene with every colour and font resolved, ready to post to the worker. */
export function resolveScene(scene: Scene, lookup: (name: string) => string): Scene {
  const cache = new Map<string, string>();
  const get = (value: string) => {
    let hit = cache.get(value);
    if (hit === undefined) {
      hit = resolveVars(value, lookup);
      cache.set(value, hit);
    }
    return hit;
  };
  const ops = scene.ops.map((op): Op => {
    switch (op.op) {
      case 'rect':
      case 'dots':
        return { ...op, fill: get(op.fill) };
      case 'polyline':
        return { ...op, stroke: get(op.stroke) };
      case 'circle':
        return op.stroke === undefined
          ? { ...op, fill: get(op.fill) }
          : { ...op, fill: get(op.fill), stroke: get(op.stroke) };
      case 'text':
        return { ...op, fill: get(op.fill), font: get(op.font) };
      case 'texts':
        return { ...op, fills: op.fills.map(get), font: get(op.font) };
      case 'softmax-cells': {
        const { labels } = op;
        if (!labels) return op;
        return {
          ...op,
          labels: { ...labels, fills: labels.fills.map(get), font: get(labels.font) },
        };
      }
      default:
        return op;
    }
  });
  return { viewBox: scene.viewBox, ops };
}
