// Geometry of the loss-per-step chart on a log axis. Losses can be 0 (an exact minimum), huge,
// or non-finite (an overflow); every coordinate this returns is a finite number. A run that
// grows past the top decade leaves the chart through its upper edge and the line stops there.
import { scaleLinear, scaleLog } from 'd3-scale';

export interface ChartBox {
  width: number;
  height: number;
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const LOSS_CHART: ChartBox = {
  width: 320,
  height: 180,
  top: 16,
  right: 16,
  bottom: 32,
  left: 48,
};

/** The top of the chart sits at most this factor above the starting loss. */
const HEADROOM = 1e3;
/** At most this many decades are shown, so a run converging to 1e−300 stays readable. */
const MAX_DECADES = 16;
/** 10^±300 stays a normal float; 10^309 is Infinity and 10^−324 is 0, which break a log scale. */
const FLOAT_DECADES = 300;

export interface Tick {
  at: number;
  label: string;
}

export interface LossChartGeometry {
  /** The line's points inside the chart, in SVG units. */
  points: [number, number][];
  /** Where the line leaves through the top edge (the run grew past the chart), if it does. */
  exit: { x: number; y: number; step: number } | null;
  /** Decades at the bottom and top, e.g. [−2, 5] for 10⁻² … 10⁵. */
  decades: [number, number];
  yTicks: Tick[];
  xTicks: Tick[];
}

const superscripts: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** "10⁻³" for k = −3. */
export function powerOfTen(k: number): string {
  return `10${String(k).replace(/[-\d]/g, (ch) => superscripts[ch] ?? ch)}`;
}

function decadesFor(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  const start = values[0] ?? 0;
  let hi = positive.length > 0 ? Math.max(...positive) : 1;
  if (Number.isFinite(start) && start > 0) hi = Math.min(hi, start * HEADROOM);
  const lo = positive.length > 0 ? Math.min(...positive) : hi / 1e3;
  const clamp = (d: number, min: number, max: number) => Math.min(max, Math.max(min, d));
  const top = clamp(Math.ceil(Math.log10(hi) - 1e-9), 1 - FLOAT_DECADES, FLOAT_DECADES);
  const bottom = clamp(Math.floor(Math.log10(lo) + 1e-9), -FLOAT_DECADES, top - 1);
  return [Math.max(bottom, top - MAX_DECADES), top];
}

/**
 * Chart geometry for values[k] = loss after k steps (minus the function's minimum, so 0 means
 * "at the minimum"). Values at or below the bottom decade sit on the bottom edge.
 */
export function lossChart(
  values: readonly number[],
  box: ChartBox = LOSS_CHART,
): LossChartGeometry {
  const [bottom, top] = decadesFor(values);
  const lo = 10 ** bottom;
  const hi = 10 ** top;
  const lastStep = Math.max(10, values.length - 1);
  const xs = scaleLinear([0, lastStep], [box.left, box.width - box.right]);
  const ys = scaleLog([lo, hi], [box.height - box.bottom, box.top]);

  const points: [number, number][] = [];
  let exit: LossChartGeometry['exit'] = null;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number;
    if (Number.isNaN(v) || v > hi) {
      const prev = values[k - 1];
      let x = xs(k);
      if (k > 0 && prev !== undefined && Number.isFinite(v)) {
        // cross the top edge where the log-linear segment does, not at the next step
        const a = Math.log10(Math.max(prev, lo));
        const t = (top - a) / (Math.log10(v) - a);
        x = xs(k - 1) + Math.min(1, Math.max(0, t)) * (xs(k) - xs(k - 1));
      }
      exit = { x, y: box.top, step: k };
      if (points.length === 0) points.push([xs(0), box.top]);
      points.push([x, box.top]);
      break;
    }
    points.push([xs(k), v <= lo ? ys(lo) : ys(v)]);
  }

  const span = top - bottom;
  const every = span <= 6 ? 1 : span <= 12 ? 2 : 4;
  const yTicks: Tick[] = [];
  for (let d = top; d >= bottom; d -= every) yTicks.push({ at: ys(10 ** d), label: powerOfTen(d) });
  const xTicks = xs
    .ticks(5)
    .filter(Number.isInteger)
    .map((t) => ({ at: xs(t), label: String(t) }));
  return { points, exit, decades: [bottom, top], yTicks, xTicks };
}
