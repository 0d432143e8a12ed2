import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { ScaleLinear } from 'd3-scale';
import { useWidth } from '../../ui/useWidth';
import { points } from './model';
import type { Rerun, SignificanceView } from './model';

const M = { left: 16, right: 16 };
const R = 3.2;
/** Where the dot stacks start (below the measured interval). */
const STACK_TOP = 84;
const STEP = 2 * R - 0.4;

const dot = (cx: number, cy: number) =>
  `M${(cx - R).toFixed(1)} ${cy.toFixed(1)}a${R} ${R} 0 1 0 ${2 * R} 0a${R} ${R} 0 1 0 ${-2 * R} 0`;

/**
 * Stacks the reruns' dots in columns, like a histogram, and splits them by verdict. Columns are
 * bins of the difference itself, a whole number of 1/n steps wide (differences only take those
 * values, so no column is empty just because of rounding) and at least one dot wide.
 */
function stackDots(reruns: readonly Rerun[], n: number, x: ScaleLinear<number, number>) {
  const [d0, d1] = x.domain() as [number, number];
  // about 30 columns across, so the stacks read as the shape of a distribution
  const target = Math.max(Math.abs(x.invert(2 * R) - x.invert(0)), (d1 - d0) / 30);
  const width = Math.max(1, Math.ceil(target * n - 1e-9)) / n;
  const columns = new Map<number, number>();
  const placed = reruns.map((r) => {
    const column = Math.round((r.accB - r.accA) / width);
    const level = columns.get(column) ?? 0;
    columns.set(column, level + 1);
    return { cx: x(column * width), level, significant: r.test?.significant ?? false };
  });
  const tallest = Math.max(8, ...placed.map((p) => p.level + 1));
  const base = STACK_TOP + tallest * STEP + 8;
  const significant: string[] = [];
  const other: string[] = [];
  for (const p of placed) {
    (p.significant ? significant : other).push(dot(p.cx, base - R - 2 - p.level * STEP));
  }
  return { base, significant: significant.join(''), other: other.join('') };
}

/**
 * Top: the measured difference B − A with its 95% interval, against the zero line. Below: one
 * dot per simulated rerun at its observed difference, stacked; filled dots reached p < 0.05.
 * Two paths for all the dots.
 */
export function DifferenceChart({ view }: { view: SignificanceView }) {
  const [ref, W] = useWidth<HTMLDivElement>(440);
  const { reruns, interval, difference } = view;
  const n = view.params.n;
  const chart = useMemo(() => {
    const diffs = reruns.map((r) => r.accB - r.accA);
    const lo = Math.min(0, interval[0], ...diffs);
    const hi = Math.max(0, interval[1], ...diffs);
    const pad = Math.max(1e-3, (hi - lo) * 0.05);
    const x = scaleLinear([lo - pad, hi + pad], [M.left, W - M.right]).nice();
    return { x, ticks: x.ticks(Math.max(3, Math.floor(W / 70))), ...stackDots(reruns, n, x) };
  }, [reruns, interval, n, W]);
  const { x, base } = chart;
  const H = base + 36;
  const zeroRight = x(0) > W * 0.6;
  return (
    <div ref={ref} className="sig-chart-wrap">
      <svg
        className="sig-chart"
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Measured difference ${points(difference)} points with its 95% interval from ${points(interval[0])} to ${points(interval[1])}; below, ${reruns.length} simulated reruns, ${Math.round(view.significantShare * 100)}% of them significant.`}
      >
        <line className="sig-zero" x1={x(0)} x2={x(0)} y1={8} y2={base} />
        <text
          className="sig-label"
          x={x(0)}
          y={16}
          dx={zeroRight ? -4 : 4}
          textAnchor={zeroRight ? 'end' : 'start'}
        >
          no difference
        </text>
        <g className="sig-measured">
          <path
            d={`M${x(interval[0])} 34v12M${x(interval[0])} 40H${x(interval[1])}M${x(interval[1])} 34v12`}
          />
          <circle cx={x(difference)} cy={40} r={5} />
          <text className="sig-label" x={W / 2} y={66} textAnchor="middle">
            measured gap and its 95% interval
          </text>
        </g>
        <path className="sig-dot" d={chart.other} />
        <path className="sig-dot sig-dot--significant" d={chart.significant} />
        <g className="sig-axis">
          <line x1={M.left} x2={W - M.right} y1={base} y2={base} />
          {chart.ticks.map((t) => (
            <text key={t} x={x(t)} y={base + 16} textAnchor="middle">
              {points(t)}
            </text>
          ))}
          <text x={W / 2} y={H - 3} textAnchor="middle">
            B − A in percentage points
          </text>
        </g>
      </svg>
    </div>
  );
}
