// The plots' geometry for a run: scales, the path of iterates in viewBox units, the loss
// chart's picture. Pure and free of React, so the SVG views (CurveView, ContourView, LossChart)
// and the painter worker's scenes (preview.ts) compute the same picture from the same code.
import { scaleLinear } from 'd3-scale';
import type { ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Objective } from './functions';
import { px } from './geometry';
import { LOSS_CHART as B, lossChart } from './lossChart';
import type { GdRun } from './model';

/** The 1-D plot's viewBox and margins. */
export const W = 320;
export const H = 220;
export const M = { top: 14, right: 12, bottom: 28, left: 40 };

/** Iterates drawn as dots; the line still shows the rest of a long run. */
export const MAX_DOTS = 120;

export interface CurveGeometry {
  xs: ScaleLinear<number, number>;
  ys: ScaleLinear<number, number>;
  curve: string;
}

const cache = new WeakMap<Objective, CurveGeometry>();

/** Scales and the sampled curve of a 1-D objective, computed once per objective. */
export function curveGeometry(obj: Objective): CurveGeometry {
  const hit = cache.get(obj);
  if (hit) return hit;
  const domain = obj.domain[0] ?? ([-1, 1] as const);
  const samples = Array.from({ length: 161 }, (_, i) => {
    const x = domain[0] + ((domain[1] - domain[0]) * i) / 160;
    return [x, obj.loss([x])] as const;
  });
  const values = samples.map(([, y]) => y);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.06;
  const xs = scaleLinear(domain, [M.left, W - M.right]);
  const ys = scaleLinear([lo - pad, hi + pad], [H - M.bottom, M.top]);
  const path = line<readonly [number, number]>()
    .x(([x]) => xs(x))
    .y(([, y]) => ys(y))(samples);
  const made = { xs, ys, curve: path ?? '' };
  cache.set(obj, made);
  return made;
}

/** The 1-D path of iterates in viewBox units (always finite), and whether the run left the chart. */
export function curvePath(view: GdRun) {
  const obj = view.objective;
  const domain = obj.domain[0] ?? ([-1, 1] as const);
  const { xs, ys } = curveGeometry(obj);
  const points = view.path.flatMap((p) => {
    const x = px(xs(p.x[0] ?? 0));
    const y = px(ys(p.loss));
    return x === null || y === null ? [] : [[x, y] as const];
  });
  const current = view.current.x[0] ?? 0;
  const offChart =
    !Number.isFinite(view.current.loss) || current < domain[0] || current > domain[1];
  return { points, offChart };
}

/** viewBox units per unit of x and y on the contour plot, and its margin. */
export const CONTOUR_UNIT = 30;
const CONTOUR_MARGIN = 12;

/** The contour plot's size and scales (equal units on both axes), the path and whether it left. */
export function contourGeometry(view: GdRun) {
  const [dx = [-5, 5], dy = [-3, 3]] = view.objective.domain;
  const margin = CONTOUR_MARGIN;
  const width = (dx[1] - dx[0]) * CONTOUR_UNIT + 2 * margin;
  const height = (dy[1] - dy[0]) * CONTOUR_UNIT + 2 * margin;
  // equal units on both axes, so a round bowl (κ = 1) looks round
  const xs = scaleLinear(dx, [margin, width - margin]);
  const ys = scaleLinear(dy, [height - margin, margin]);
  const points = view.path.flatMap((p) => {
    const x = px(xs(p.x[0] ?? 0));
    const y = px(ys(p.x[1] ?? 0));
    return x === null || y === null ? [] : [[x, y] as const];
  });
  const [cx = 0, cy = 0] = view.current.x;
  const offChart =
    !Number.isFinite(view.current.loss) || cx < dx[0] || cx > dx[1] || cy < dy[0] || cy > dy[1];
  return { dx, dy, width, height, margin, xs, ys, points, offChart };
}

/** True when the run is blowing up, by prediction (a quadratic) or by what happened. */
export function isDiverging(view: GdRun): boolean {
  return (
    view.overflowed || view.runStatus === 'diverged' || view.prediction?.regime === 'diverging'
  );
}

/** The loss chart's geometry for a run, and the words and side of its exit marker. */
export function lossPicture(view: GdRun) {
  const chart = lossChart(view.path.map((p) => p.loss - view.objective.floor));
  const exitWord = isDiverging(view) ? 'diverged' : 'off the chart';
  const exitAnchor: 'start' | 'end' = chart.exit && chart.exit.x > B.width - 80 ? 'end' : 'start';
  return { chart, exitWord, exitAnchor };
}
