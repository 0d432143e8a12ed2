import { useId } from 'react';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { DataTable } from './DataTable';
import { useWidth } from '../../ui/useWidth';

export interface RetentionPoint {
  /** "6 Jan", the week's first day. */
  label: string;
  /** Share of graduated-card reviews not rated Again, 0–1; null for a week without any. */
  rate: number | null;
  tests: number;
}

interface RetentionChartProps {
  summary: string;
  points: readonly RetentionPoint[];
  height?: number;
}

const margin = { top: 12, right: 16, bottom: 26, left: 44 };
const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/** Weekly retention as a line (d3-shape), gaps where a week had no reviews to measure. */
export function RetentionChart({ summary, points, height = 180 }: RetentionChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>(560);
  const summaryId = useId();
  const innerWidth = Math.max(0, width - margin.left - margin.right);
  const innerHeight = height - margin.top - margin.bottom;
  const x = scalePoint<number>()
    .domain(points.map((_, i) => i))
    .range([0, innerWidth])
    .padding(0.3);
  const y = scaleLinear().domain([0, 1]).range([innerHeight, 0]);
  const path = line<RetentionPoint>()
    .defined((p) => p.rate !== null)
    .x((_, i) => x(i) ?? 0)
    .y((p) => y(p.rate ?? 0))(points);

  return (
    <figure className="chart">
      <figcaption className="chart__title">Retention by week</figcaption>
      <p id={summaryId} className="chart__summary">
        {summary}
      </p>
      <div ref={ref} className="chart__plot">
        <svg width={width} height={height} role="img" aria-labelledby={summaryId}>
          <g transform={`translate(${margin.left},${margin.top})`}>
            {[0, 0.5, 1].map((t) => (
              <g key={t} transform={`translate(0,${y(t)})`} className="chart__grid">
                <line x1={0} x2={innerWidth} />
                <text x={-6} dy="0.32em" textAnchor="end">
                  {percent(t)}
                </text>
              </g>
            ))}
            {path ? <path className="chart__line" d={path} /> : null}
            {points.map((p, i) =>
              p.rate === null ? null : (
                <circle key={p.label} className="chart__dot" cx={x(i)} cy={y(p.rate)} r={3.5} />
              ),
            )}
            {points.map((p, i) => (
              <text
                key={p.label}
                className="chart__tick"
                x={x(i)}
                y={innerHeight + 16}
                textAnchor="middle"
              >
                {i % 2 === 1 || i === points.length - 1 ? p.label : ''}
              </text>
            ))}
          </g>
        </svg>
      </div>
      <DataTable
        caption="Retention by week"
        headers={['Week starting', 'Retention']}
        rows={points.map(
          (p) =>
            [
              p.label,
              p.rate === null ? 'no reviews to measure' : `${percent(p.rate)} of ${p.tests}`,
            ] as const,
        )}
      />
    </figure>
  );
}
