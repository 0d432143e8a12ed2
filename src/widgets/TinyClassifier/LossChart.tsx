import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { formatFixed } from '../../ui/format';

const W = 320;
const H = 150;
const M = { left: 40, right: 10, top: 10, bottom: 28 };
/** The loss axis spans LOW … HIGH (log scale); values beyond are pinned to the edge. */
const LOW = 0.01;
const HIGH = 100;
const y = scaleLog([LOW, HIGH], [H - M.bottom, M.top]);
const Y_TICKS = [0.01, 0.1, 1, 10, 100];

/** The loss after every step so far, on a log axis, with the untrained loss ln 2 for reference. */
export function LossChart({ losses, step }: { losses: readonly number[]; step: number }) {
  const span = Math.max(20, step);
  const x = scaleLinear([0, span], [M.left, W - M.right]);
  const shown = losses.slice(0, step + 1);
  const clamp = (v: number) => Math.min(HIGH, Math.max(LOW, Number.isFinite(v) ? v : HIGH));
  const path =
    line<number>(
      (_, i) => x(i),
      (v) => y(clamp(v)),
    )(shown) ?? '';
  const last = shown[shown.length - 1] ?? 0;
  const start = losses[0] ?? Math.LN2;
  return (
    <svg className="tc-loss" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      {Y_TICKS.map((t) => (
        <g key={t}>
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="tc-loss__grid" />
          <text x={M.left - 5} y={y(t) + 4} textAnchor="end">
            {t}
          </text>
        </g>
      ))}
      <line x1={M.left} x2={W - M.right} y1={y(start)} y2={y(start)} className="tc-loss__start" />
      <text x={W - M.right} y={y(start) - 4} textAnchor="end" className="tc-loss__label">
        untrained {formatFixed(start, 3)}
      </text>
      <path d={path} className="tc-loss__line" />
      {last > HIGH ? (
        <text x={M.left + 6} y={M.top + 12} className="tc-loss__off">
          ↑ loss {formatFixed(last, 1)}: diverged, off the chart
        </text>
      ) : null}
      <text x={M.left} y={H - 8} textAnchor="start">
        0
      </text>
      <text x={W - M.right} y={H - 8} textAnchor="end">
        step {span}
      </text>
    </svg>
  );
}
