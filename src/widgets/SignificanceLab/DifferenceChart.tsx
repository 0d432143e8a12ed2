import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { points } from './model';
import type { Rerun, SignificanceView } from './model';

const W = 440;
const M = { left: 16, right: 16 };
const R = 3.2;
/** Where the dot stacks start (below the measured interval). */
const STACK_TOP = 84;
const STEP = 2 * R - 0.4;

const dot = (cx: number, cy: number) =>
  `M${(cx - R).toFixed(1)} ${cy.toFixed(1)}a${R} ${R} 0 1 0 ${2 * R} 0a${R} ${R} 0 1 0 ${-2 * R} 0`;

/** Stacks the reruns' dots in 2r-wide columns, like a histogram, and splits them by verdict. */
function stackDots(reruns: readonly Rerun[], x: (v: number) => number) {
  const levels = reruns.map(() => 0);
  const columns = new Map<number, number>();
  const cx = reruns.map((r, i) => {
    const column = Math.round(x(r.accB - r.accA) / (2 * R));
    const level = columns.get(column) ?? 0;
    columns.set(column, level + 1);
    levels[i] = level;
    return column * 2 * R;
  });
  const tallest = Math.max(8, ...levels.map((l) => l + 1));
  const base = STACK_TOP + tallest * STEP + 8;
  const significant: string[] = [];
  const other: string[] = [];
  reruns.forEach((r, i) => {
    const d = dot(cx[i] ?? 0, base - R - 2 - (levels[i] ?? 0) * STEP);
    (r.test?.significant ? significant : other).push(d);
  });
  return { base, significant: significant.join(''), other: other.join('') };
}

/**
 * Top: the measured difference B − A with its 95% interval, against the zero line. Below: one
 * dot per simulated rerun at its observed difference, stacked; filled dots reached p < 0.05.
 * Two paths for all the dots.
 */
export function DifferenceChart({ view }: { view: SignificanceView }) {
  const { reruns, interval, difference } = view;
  const chart = useMemo(() => {
    const diffs = reruns.map((r) => r.accB - r.accA);
    const lo = Math.min(0, interval[0], ...diffs);
    const hi = Math.max(0, interval[1], ...diffs);
    const pad = Math.max(1e-3, (hi - lo) * 0.05);
    const x = scaleLinear([lo - pad, hi + pad], [M.left, W - M.right]).nice();
    return { x, ticks: x.ticks(6), ...stackDots(reruns, x) };
  }, [reruns, interval]);
  const { x, base } = chart;
  const H = base + 34;
  const zeroRight = x(0) > W * 0.6;
  return (
    <svg
      className="sig-chart"
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
        <text x={W / 2} y={H - 2} textAnchor="middle">
          B − A in percentage points
        </text>
      </g>
    </svg>
  );
}
