import { useId } from 'react';
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { DataTable } from './DataTable';
import { useWidth } from '../../ui/useWidth';

export interface Bar {
  /** Full label for the table, e.g. "Monday 6 January". */
  label: string;
  /** Axis label, shown under some bars, e.g. "6". */
  tick: string;
  value: number;
}

interface BarChartProps {
  title: string;
  /** One or two sentences that say what the chart shows: its text alternative. */
  summary: string;
  bars: readonly Bar[];
  valueName: string;
  /** Label every nth bar (dense charts). */
  tickEvery?: number;
  height?: number;
}

const margin = { top: 12, right: 8, bottom: 26, left: 34 };

/** Bars drawn by React from d3 scales; the summary sentence and a table carry the same data. */
export function BarChart({
  title,
  summary,
  bars,
  valueName,
  tickEvery = 1,
  height = 180,
}: BarChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>(560);
  const summaryId = useId();
  const innerWidth = Math.max(0, width - margin.left - margin.right);
  const innerHeight = height - margin.top - margin.bottom;
  const x = scaleBand<number>()
    .domain(bars.map((_, i) => i))
    .range([0, innerWidth])
    .padding(0.2);
  const top = Math.max(1, max(bars, (b) => b.value) ?? 0);
  const y = scaleLinear().domain([0, top]).nice().range([innerHeight, 0]);
  const ticks = y.ticks(Math.min(4, y.domain()[1] ?? 4)).filter(Number.isInteger);

  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <p id={summaryId} className="chart__summary">
        {summary}
      </p>
      <div ref={ref} className="chart__plot">
        <svg width={width} height={height} role="img" aria-labelledby={summaryId}>
          <g transform={`translate(${margin.left},${margin.top})`}>
            {ticks.map((t) => (
              <g key={t} transform={`translate(0,${y(t)})`} className="chart__grid">
                <line x1={0} x2={innerWidth} />
                <text x={-6} dy="0.32em" textAnchor="end">
                  {t}
                </text>
              </g>
            ))}
            {bars.map((b, i) => (
              <rect
                key={b.label}
                className="chart__bar"
                x={x(i)}
                y={y(b.value)}
                width={x.bandwidth()}
                height={innerHeight - y(b.value)}
              />
            ))}
            {bars.map((b, i) =>
              i % tickEvery === 0 || i === bars.length - 1 ? (
                <text
                  key={b.label}
                  className="chart__tick"
                  x={(x(i) ?? 0) + x.bandwidth() / 2}
                  y={innerHeight + 16}
                  textAnchor="middle"
                >
                  {b.tick}
                </text>
              ) : null,
            )}
          </g>
        </svg>
      </div>
      <DataTable
        caption={title}
        headers={['Day', valueName]}
        rows={bars.map((b) => [b.label, String(b.value)] as const)}
      />
    </figure>
  );
}
