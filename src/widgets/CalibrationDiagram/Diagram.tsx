import { scaleLinear } from 'd3-scale';
import { formatFixed } from '../../ui/format';
import type { Bin } from './model';

const W = 320;
const M = { left: 36, right: 10, top: 10, bottom: 34 };
const x = scaleLinear([0, 1], [M.left, W - M.right]);
const TICKS = [0, 0.25, 0.5, 0.75, 1];

function XAxis({ y0, label }: { y0: number; label: string }) {
  return (
    <g className="cd-axis">
      {TICKS.map((t) => (
        <text key={t} x={x(t)} y={y0 + 14} textAnchor="middle">
          {formatFixed(t, 2)}
        </text>
      ))}
      <text
        x={(M.left + W - M.right) / 2}
        y={y0 + 29}
        textAnchor="middle"
        className="cd-axis__title"
      >
        {label}
      </text>
    </g>
  );
}

/** Accuracy per confidence bin against the diagonal; the red part of each bar is the gap. */
export function ReliabilityDiagram({ bins }: { bins: readonly Bin[] }) {
  const H = 300;
  const y = scaleLinear([0, 1], [H - M.bottom, M.top]);
  return (
    <svg className="cd-chart cd-chart--reliability" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      {TICKS.map((t) => (
        <g key={t} className="cd-axis">
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="cd-grid" />
          <text x={M.left - 5} y={y(t) + 4} textAnchor="end">
            {formatFixed(t, 2)}
          </text>
        </g>
      ))}
      <text
        className="cd-axis cd-axis__title"
        transform={`translate(11 ${(M.top + H - M.bottom) / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        accuracy in the bin
      </text>
      {bins.map((b) => {
        if (b.accuracy === null || b.confidence === null) return null;
        const x0 = x(b.lo) + 1;
        const width = Math.max(1, x(b.hi) - x(b.lo) - 2);
        const top = Math.min(b.accuracy, b.confidence);
        const bottom = Math.max(b.accuracy, b.confidence);
        return (
          <g key={b.lo}>
            <rect
              className="cd-bar"
              x={x0}
              width={width}
              y={y(b.accuracy)}
              height={y(0) - y(b.accuracy)}
            />
            <rect
              className="cd-gap"
              x={x0}
              width={width}
              y={y(bottom)}
              height={y(top) - y(bottom)}
            />
          </g>
        );
      })}
      <line className="cd-diagonal" x1={x(0)} y1={y(0)} x2={x(1)} y2={y(1)} />
      <XAxis y0={H - M.bottom} label="confidence (probability of the predicted class)" />
    </svg>
  );
}

/** How many test predictions fall in each confidence bin. */
export function ConfidenceHistogram({ bins }: { bins: readonly Bin[] }) {
  const H = 130;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const y = scaleLinear([0, max], [H - M.bottom, M.top]);
  return (
    <svg className="cd-chart cd-chart--histogram" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      <line x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} className="cd-grid" />
      <text className="cd-axis" x={M.left - 5} y={y(max) + 4} textAnchor="end">
        {max}
      </text>
      {bins.map((b) => (
        <rect
          key={b.lo}
          className="cd-hist"
          x={x(b.lo) + 1}
          width={Math.max(1, x(b.hi) - x(b.lo) - 2)}
          y={y(b.count)}
          height={y(0) - y(b.count)}
        />
      ))}
      <XAxis y0={H - M.bottom} label="confidence" />
    </svg>
  );
}
