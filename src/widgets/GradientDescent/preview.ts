// The gradient-descent plots as scenes for the painter worker (src/ui/picture): while a slider is
// dragged, the path of iterates and the loss chart are drawn over the held SVGs. Coordinates
// are the SVGs' viewBox units; colours and fonts are the ones GradientDescent.css gives them.
import type { Op, Scene } from '../../ui/picture/scene';
import { LOSS_CHART as B } from './lossChart';
import type { GdRun } from './model';
import {
  contourGeometry,
  curveGeometry,
  curvePath,
  H,
  lossPicture,
  M,
  MAX_DOTS,
  W,
} from './plotGeometry';

const ACCENT = 'var(--accent)';
const ERROR = 'var(--error)';
const MUTED = 'var(--text-muted)';
const OFF_CHART = 'the current point is off the chart';
const OFF_CHART_FONT = '600 12px var(--font-body)';

type Points = readonly (readonly [number, number])[];

/** x0, y0, x1, y1, … as one typed array: posted to the worker as a single copy. */
const flat = (points: Points): Float64Array => {
  const out = new Float64Array(points.length * 2);
  points.forEach(([x, y], i) => {
    out[2 * i] = x;
    out[2 * i + 1] = y;
  });
  return out;
};

interface PathPicture {
  points: Points;
  offChart: boolean;
  clip: { x: number; y: number; w: number; h: number };
  /** Where "off the chart" is written, and the start handle. */
  note: { x: number; y: number };
  handle: { x: number; y: number };
}

/** The path, its dots, the current point (or the off-chart note) and the start handle on top. */
function pathOps({ points, offChart, clip, note, handle }: PathPicture): Op[] {
  const last = points.at(-1);
  const ops: Op[] = [
    { op: 'clip', ...clip },
    { op: 'polyline', points: flat(points), stroke: ACCENT, width: 1.5 },
    { op: 'dots', points: flat(points.slice(0, MAX_DOTS)), r: 2.5, fill: ACCENT },
  ];
  if (points.length > 1 && !offChart && last) {
    ops.push({
      op: 'circle',
      x: last[0],
      y: last[1],
      r: 5,
      fill: ACCENT,
      stroke: 'var(--bg-raised)',
      width: 2,
    });
  }
  ops.push({ op: 'unclip' });
  if (offChart) {
    ops.push({
      op: 'text',
      ...note,
      text: OFF_CHART,
      font: OFF_CHART_FONT,
      fill: ERROR,
      align: 'center',
    });
  }
  ops.push({
    op: 'circle',
    ...handle,
    r: 8,
    fill: 'var(--bg-raised)',
    stroke: 'var(--vec-b)',
    width: 3,
  });
  return ops;
}

/** CurveView's moving parts for a 1-D run. */
export function curveScene(view: GdRun): Scene {
  const { xs, ys } = curveGeometry(view.objective);
  const start = view.input.x0[0] ?? 0;
  const ops = pathOps({
    ...curvePath(view),
    clip: { x: M.left, y: M.top, w: W - M.left - M.right, h: H - M.top - M.bottom },
    note: { x: W / 2, y: M.top + 14 },
    handle: { x: xs(start), y: ys(view.objective.loss([start])) },
  });
  return { viewBox: { width: W, height: H }, ops };
}

/** ContourView's moving parts for a 2-D run. */
export function contourScene(view: GdRun): Scene {
  const g = contourGeometry(view);
  const [sx = 0, sy = 0] = view.input.x0;
  const ops = pathOps({
    points: g.points,
    offChart: g.offChart,
    clip: { x: g.margin, y: g.margin, w: g.width - 2 * g.margin, h: g.height - 2 * g.margin },
    note: { x: g.width / 2, y: g.margin + 30 },
    handle: { x: g.xs(sx), y: g.ys(sy) },
  });
  return { viewBox: { width: g.width, height: g.height }, ops };
}

const AXIS_FONT = '11px var(--font-mono)';

/** The whole loss chart: axes, ticks, the line and the exit marker. */
export function lossScene(view: GdRun): Scene {
  const { chart, exitWord, exitAnchor } = lossPicture(view);
  const x0 = B.left;
  const x1 = B.width - B.right;
  const yBase = B.height - B.bottom;
  const ops: Op[] = [
    { op: 'polyline', points: [x0, yBase, x1, yBase], stroke: MUTED, width: 1 },
    { op: 'polyline', points: [x0, B.top, x0, yBase], stroke: MUTED, width: 1 },
  ];
  for (const t of chart.yTicks) {
    ops.push(
      {
        op: 'polyline',
        points: [x0, t.at, x1, t.at],
        // `.gd-axis line` outranks `.gd-grid`: the grid is drawn in the axis colour, dashed
        stroke: MUTED,
        width: 1,
        dash: [2, 3],
      },
      {
        op: 'text',
        x: x0 - 5,
        y: t.at + 4,
        text: t.label,
        font: AXIS_FONT,
        fill: MUTED,
        align: 'right',
      },
    );
  }
  for (const t of chart.xTicks) {
    ops.push({
      op: 'text',
      x: t.at,
      y: yBase + 14,
      text: t.label,
      font: AXIS_FONT,
      fill: MUTED,
      align: 'center',
    });
  }
  ops.push(
    {
      op: 'text',
      x: x1,
      y: B.height - 3,
      text: 'step',
      font: 'italic 12px var(--font-body)',
      fill: 'var(--text)',
      align: 'right',
    },
    { op: 'polyline', points: flat(chart.points), stroke: ACCENT, width: 2 },
  );
  if (chart.exit) {
    const end = exitAnchor === 'end';
    ops.push(
      {
        op: 'polyline',
        points: [chart.exit.x, B.top + 10, chart.exit.x, 2],
        stroke: ERROR,
        width: 2,
      },
      {
        op: 'text',
        x: chart.exit.x + (end ? -6 : 6),
        y: B.top + 12,
        text: `↑ ${exitWord}`,
        font: '700 12px var(--font-body)',
        fill: ERROR,
        align: end ? 'right' : 'left',
      },
    );
  }
  return { viewBox: { width: B.width, height: B.height }, ops };
}
