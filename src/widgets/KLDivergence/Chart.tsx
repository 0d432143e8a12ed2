import { scaleBand, scaleLinear } from 'd3-scale';
import { formatFixed } from '../../ui/format';
import type { OutcomeRow } from './model';

const W = 320;
const H = 150;
const M = { left: 28, right: 8, top: 10, bottom: 22 };
const y = scaleLinear([0, 1], [H - M.bottom, M.top]);

/** Grouped bars of the normalised P and Q per outcome (the table below carries the numbers). */
export function Chart({ rows }: { rows: readonly OutcomeRow[] }) {
  const x = scaleBand(
    rows.map((r) => r.label),
    [M.left, W - M.right],
  ).padding(0.25);
  const bw = x.bandwidth() / 2;
  return (
    <svg className="kl-chart" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      {[0, 0.5, 1].map((t) => (
        <g key={t}>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="kl-chart__grid" />
          <text x={M.left - 4} y={y(t) + 4} textAnchor="end">
            {formatFixed(t, 1)}
          </text>
        </g>
      ))}
      {rows.map((r) => {
        const x0 = x(r.label) ?? 0;
        return (
          <g key={r.label}>
            <rect className="kl-chart__p" x={x0} width={bw} y={y(r.p)} height={y(0) - y(r.p)} />
            <rect
              className="kl-chart__q"
              x={x0 + bw}
              width={bw}
              y={y(r.q)}
              height={y(0) - y(r.q)}
            />
            <text x={x0 + bw} y={H - 6} textAnchor="middle">
              {r.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
