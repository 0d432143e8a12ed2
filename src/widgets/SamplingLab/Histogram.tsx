import { useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';
import { useWidth } from '../../ui/useWidth';
import type { SamplingView } from './model';

const H = 240;
const M = { top: 16, right: 12, bottom: 38, left: 44 };

/** Bars for head counts [from, to] as one path (hundreds of bars, one element). */
function barsPath(
  counts: Int32Array,
  from: number,
  to: number,
  x: (v: number) => number,
  y: (v: number) => number,
  halfWidth: number,
): string {
  const parts: string[] = [];
  const base = y(0).toFixed(1);
  for (let j = from; j <= to; j++) {
    const c = counts[j] ?? 0;
    if (c === 0) continue;
    const left = x(j - halfWidth).toFixed(1);
    const right = x(j + halfWidth).toFixed(1);
    parts.push(`M${left} ${base}V${y(c).toFixed(1)}H${right}V${base}Z`);
  }
  return parts.join('');
}

export function Histogram({ view }: { view: SamplingView }) {
  const [ref, W] = useWidth<HTMLDivElement>(440);
  const { counts, normal, params } = view;
  const [lo, hi] = view.window;
  const chart = useMemo(() => {
    const x = scaleLinear([lo - 0.5, hi + 0.5], [M.left, W - M.right]);
    let top = 1;
    for (let j = lo; j <= hi; j++) {
      top = Math.max(top, counts[j] ?? 0, normal?.expected[j] ?? 0);
    }
    const y = scaleLinear([0, top * 1.08], [H - M.bottom, M.top]).nice();
    // a hair of gap between bars while they are wide enough to show it
    const half = x(1) - x(0) > 4 ? 0.42 : 0.5;
    const k = params.k;
    const curvePoints: [number, number][] = [];
    if (normal) for (let j = lo; j <= hi; j++) curvePoints.push([j, normal.expected[j] ?? 0]);
    const curve = line()
      .x(([j]) => x(j))
      .y(([, e]) => y(e))
      .curve(curveMonotoneX);
    return {
      x,
      y,
      below: barsPath(counts, lo, Math.min(hi, k - 1), x, y, half),
      tail: barsPath(counts, Math.max(lo, k), hi, x, y, half),
      curve: normal ? (curve(curvePoints) ?? '') : '',
      kx: x(k - 0.5),
      xTicks: x
        .ticks(Math.max(3, Math.min(Math.floor(W / 60), hi - lo + 1)))
        .filter(Number.isInteger),
      yTicks: y.ticks(4),
    };
  }, [counts, normal, lo, hi, params.k, W]);
  const { x, y } = chart;
  const base = y(0);
  const labelLeft = chart.kx > W * 0.7;

  return (
    <div ref={ref} className="sl-chart-wrap">
      <svg
        className="sl-chart"
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Histogram of heads per batch from ${lo} to ${hi}, with the batches at or above k = ${params.k} shaded${normal ? ' and the normal approximation drawn as a curve' : ''}.`}
      >
        <g className="sl-axis">
          {chart.yTicks.map((t) => (
            <g key={`y${t}`}>
              <line className="sl-grid" x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
              <text x={M.left - 6} y={y(t)} dy="0.32em" textAnchor="end">
                {t.toLocaleString('en-US')}
              </text>
            </g>
          ))}
          {chart.xTicks.map((t) => (
            <text key={`x${t}`} x={x(t)} y={base + 16} textAnchor="middle">
              {t}
            </text>
          ))}
          <line x1={M.left} x2={W - M.right} y1={base} y2={base} />
          <text x={(M.left + W - M.right) / 2} y={H - 4} textAnchor="middle">
            heads in a batch
          </text>
        </g>
        <path className="sl-bar" d={chart.below} />
        <path className="sl-bar sl-bar--tail" d={chart.tail} />
        {normal ? <path className="sl-curve" d={chart.curve} /> : null}
        <line className="sl-k" x1={chart.kx} x2={chart.kx} y1={M.top} y2={base} />
        <text
          className="sl-k__label"
          x={chart.kx + (labelLeft ? -4 : 4)}
          y={M.top + 8}
          textAnchor={labelLeft ? 'end' : 'start'}
        >
          k = {params.k}
        </text>
      </svg>
    </div>
  );
}
