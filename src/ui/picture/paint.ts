// Replays a Scene (scene.ts) on a canvas: the painter worker's whole job, kept a plain function
// so a unit test can run it on a recording context.
import { drawHeatmap } from '../drawHeatmap';
import type { HeatmapColours, HeatmapTarget } from '../drawHeatmap';
import { formatFixed } from '../format';
import { cellTexts } from './cellTexts';
import { softmaxGrid } from './softmaxGrid';
import type { GridBox, Op, Scene } from './scene';

/** The parts of a 2-D context paintScene uses (main-thread and offscreen contexts both fit). */
export type PaintTarget = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'setTransform'
  | 'clearRect'
  | 'fillRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'rect'
  | 'clip'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'setLineDash'
  | 'drawImage'
> & {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  lineJoin: CanvasLineJoin;
  globalAlpha: number;
  font: string;
  textAlign: CanvasTextAlign;
  textBaseline: CanvasTextBaseline;
  imageSmoothingEnabled: boolean;
};

/**
 * Where a grid of cells is drawn one pixel per cell before it is stretched: a scratch canvas at
 * least cols × rows, whose `ctx.canvas` reports cols × rows; the grid is its top-left corner.
 */
export type CellCanvas = (
  cols: number,
  rows: number,
) => {
  image: CanvasImageSource;
  ctx: HeatmapTarget;
} | null;

/** Size of the canvas in CSS pixels and its device-pixel ratio. */
export interface Viewport {
  width: number;
  height: number;
  dpr: number;
}

/** The transform that fits `scene` into the viewport, as an SVG's default viewBox fit does. */
export function fitTransform(scene: Scene, view: Viewport) {
  if (!scene.viewBox || scene.viewBox.width <= 0 || scene.viewBox.height <= 0) {
    return { scale: view.dpr, dx: 0, dy: 0 };
  }
  const s = Math.min(view.width / scene.viewBox.width, view.height / scene.viewBox.height);
  const dx = (view.width - scene.viewBox.width * s) / 2;
  const dy = (view.height - scene.viewBox.height * s) / 2;
  return { scale: s * view.dpr, dx: dx * view.dpr, dy: dy * view.dpr };
}

function polyline(ctx: PaintTarget, points: ArrayLike<number>) {
  ctx.beginPath();
  for (let i = 0; i + 1 < points.length; i += 2) {
    const x = points[i] ?? 0;
    const y = points[i + 1] ?? 0;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
}

/** A grid one pixel per cell on the scratch canvas, stretched with sharp edges over `box`, as
 * the Heatmap's own canvas is. */
function paintCells(
  ctx: PaintTarget,
  box: GridBox,
  values: ArrayLike<number>,
  colours: HeatmapColours,
  cells: CellCanvas,
) {
  const scratch = cells(box.cols, box.rows);
  if (!scratch) return;
  drawHeatmap(scratch.ctx, values, box.rows, box.cols, colours);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(scratch.image, 0, 0, box.cols, box.rows, box.x, box.y, box.w, box.h);
}

function paintOp(ctx: PaintTarget, op: Op, cells: CellCanvas) {
  switch (op.op) {
    case 'rect':
      ctx.globalAlpha = op.alpha ?? 1;
      ctx.fillStyle = op.fill;
      ctx.fillRect(op.x, op.y, op.w, op.h);
      ctx.globalAlpha = 1;
      return;
    case 'polyline':
      if (op.points.length < 4) return;
      polyline(ctx, op.points);
      ctx.setLineDash(op.dash ? [...op.dash] : []);
      ctx.strokeStyle = op.stroke;
      ctx.lineWidth = op.width;
      ctx.lineJoin = 'round';
      ctx.stroke();
      ctx.setLineDash([]);
      return;
    case 'dots':
      ctx.beginPath();
      for (let i = 0; i + 1 < op.points.length; i += 2) {
        const x = op.points[i] ?? 0;
        const y = op.points[i + 1] ?? 0;
        ctx.moveTo(x + op.r, y);
        ctx.arc(x, y, op.r, 0, 2 * Math.PI);
      }
      ctx.fillStyle = op.fill;
      ctx.fill();
      return;
    case 'circle':
      ctx.beginPath();
      ctx.arc(op.x, op.y, op.r, 0, 2 * Math.PI);
      ctx.fillStyle = op.fill;
      ctx.fill();
      if (op.stroke !== undefined) {
        ctx.strokeStyle = op.stroke;
        ctx.lineWidth = op.width ?? 1;
        ctx.stroke();
      }
      return;
    case 'text':
      ctx.font = op.font;
      ctx.fillStyle = op.fill;
      ctx.textAlign = op.align ?? 'start';
      ctx.textBaseline = op.baseline ?? 'alphabetic';
      ctx.fillText(op.text, op.x, op.y);
      return;
    case 'texts': {
      ctx.font = op.font;
      ctx.textAlign = op.align ?? 'start';
      ctx.textBaseline = op.baseline ?? 'alphabetic';
      let ink = -1;
      for (let i = 0; i < op.texts.length; i++) {
        const next = op.inks[i] ?? 0;
        if (next !== ink) {
          ink = next;
          ctx.fillStyle = op.fills[ink] ?? 'transparent';
        }
        ctx.fillText(op.texts[i] ?? '', op.xs[i] ?? 0, op.ys[i] ?? 0);
      }
      return;
    }
    case 'clip':
      ctx.save();
      ctx.beginPath();
      ctx.rect(op.x, op.y, op.w, op.h);
      ctx.clip();
      return;
    case 'unclip':
      ctx.restore();
      return;
    case 'cells':
      paintCells(ctx, op, op.values, op.colours, cells);
      return;
    case 'softmax-cells': {
      const grid = softmaxGrid(op.scores, op.rows, op.cols, op.temperature, op.causal);
      const colours = { ...op.colours, min: 0, max: grid.maxWeight || 1 };
      paintCells(ctx, op, grid.cells, colours, cells);
      if (op.labels) {
        const { digits, ...style } = op.labels;
        const text = (_row: number, _col: number, w: number) => formatFixed(w, digits);
        paintOp(ctx, cellTexts(grid.cells, op, colours, text, style), cells);
      }
      return;
    }
  }
}

/**
 * Clears the canvas and paints every operation of the scene, fitted into the viewport. The
 * canvas's pixel size is the caller's (width × dpr by height × dpr).
 */
export function paintScene(ctx: PaintTarget, scene: Scene, view: Viewport, cells: CellCanvas) {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, Math.round(view.width * view.dpr), Math.round(view.height * view.dpr));
  const { scale, dx, dy } = fitTransform(scene, view);
  ctx.setTransform(scale, 0, 0, scale, dx, dy);
  let clips = 0;
  for (const op of scene.ops) {
    if (op.op === 'clip') clips++;
    if (op.op === 'unclip') {
      if (clips === 0) continue;
      clips--;
    }
    paintOp(ctx, op, cells);
  }
  for (; clips > 0; clips--) ctx.restore();
}
