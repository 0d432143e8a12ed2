import { useMemo, useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatFixed, formatShort, formatSignificant } from '../../ui/format';
import type { CurvePoint } from './model';

const W = 320;
const H = 210;
const M = { left: 34, right: 12, top: 14, bottom: 34 };
/** The loss axis stops here; larger losses are drawn as "off the chart" with their value. */
export const Y_MAX = 7;

const x = scaleLinear([0, 1], [M.left, W - M.right]);
const y = scaleLinear([0, Y_MAX], [H - M.bottom, M.top]);

// dense near 0, where −ln q turns steep: log-spaced from e^−7 up to 0.05, then linear
const samples: number[] = [
  ...Array.from({ length: 40 }, (_, i) => Math.exp(-Y_MAX + (i / 39) * (Y_MAX + Math.log(0.05)))),
  ...Array.from({ length: 60 }, (_, i) => 0.05 + (0.95 * (i + 1)) / 60),
];
const curvePath =
  line<number>(
    (p) => x(p),
    (p) => y(-Math.log(p)),
  )(samples) ?? '';

/** One keyboard step: 0.01, or 0.1 with Shift / PageUp / PageDown; Home and End go to 0 and 1. */
function nextQ(q: number, event: KeyboardEvent): number | null {
  const big = event.shiftKey ? 0.1 : 0.01;
  const moves: Record<string, number> = {
    ArrowRight: q + big,
    ArrowUp: q + big,
    ArrowLeft: q - big,
    ArrowDown: q - big,
    PageUp: q + 0.1,
    PageDown: q - 0.1,
    Home: 0,
    End: 1,
  };
  const target = moves[event.key];
  if (target === undefined) return null;
  // snap to the 0.01 grid so repeated steps do not collect rounding error (0.30000000000000004)
  return Math.min(1, Math.max(0, Number((Math.round(target * 100) / 100).toFixed(2))));
}

export function Curve({ point, onChange }: { point: CurvePoint; onChange: (q: number) => void }) {
  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef(false);
  const offChart = point.loss > Y_MAX;
  const hx = x(point.q);
  const hy = y(Math.min(point.loss, Y_MAX));

  const toQ = (event: PointerEvent): number | null => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return null;
    const px = ((event.clientX - rect.left) / rect.width) * W;
    return Math.min(1, Math.max(0, Math.round(x.invert(px) * 1000) / 1000));
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    event.preventDefault();
    dragging.current = true;
    svgRef.current?.setPointerCapture(event.pointerId);
    svgRef.current?.querySelector<SVGElement>('.ce-curve__handle')?.focus();
    const q = toQ(event);
    if (q !== null) onChange(q);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (!dragging.current) return;
    const q = toQ(event);
    if (q !== null) onChange(q);
  };
  const endDrag = (event: PointerEvent<SVGSVGElement>) => {
    dragging.current = false;
    if (svgRef.current?.hasPointerCapture(event.pointerId)) {
      svgRef.current.releasePointerCapture(event.pointerId);
    }
  };
  const onKeyDown = (event: KeyboardEvent<SVGElement>) => {
    const q = nextQ(point.q, event);
    if (q === null) return;
    event.preventDefault();
    onChange(q);
  };

  const xTicks = useMemo(() => [0, 0.25, 0.5, 0.75, 1], []);
  const yTicks = useMemo(() => Array.from({ length: Y_MAX + 1 }, (_, i) => i), []);
  const q = formatSignificant(point.q, 4);

  return (
    <svg
      ref={svgRef}
      className="ce-curve"
      viewBox={`0 0 ${W} ${H}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      role="group"
      aria-label="The loss −ln q against q; focus the handle and use the arrow keys to move it"
    >
      <g className="ce-curve__axes" aria-hidden="true">
        {yTicks.map((t) => (
          <g key={`y${t}`}>
            <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} className="ce-curve__grid" />
            <text x={M.left - 6} y={y(t) + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={`x${t}`} x={x(t)} y={H - M.bottom + 16} textAnchor="middle">
            {formatShort(t, 2)}
          </text>
        ))}
        <text
          x={(M.left + W - M.right) / 2}
          y={H - 3}
          textAnchor="middle"
          className="ce-curve__title"
        >
          q, the probability of the true class
        </text>
        <path d={curvePath} className="ce-curve__line" />
        <line x1={hx} x2={hx} y1={y(0)} y2={hy} className="ce-curve__drop" />
      </g>
      {offChart ? (
        <text
          x={Math.max(hx + 10, M.left + 10)}
          y={M.top + 12}
          className="ce-curve__off"
          aria-hidden="true"
        >
          ↑ {formatFixed(point.loss, 2)} nats, off the chart
        </text>
      ) : null}
      <circle
        className="ce-curve__handle"
        cx={hx}
        cy={hy}
        r={9}
        tabIndex={0}
        role="slider"
        aria-label="Probability of the true class, q"
        aria-valuemin={0}
        aria-valuemax={1}
        aria-valuenow={point.q}
        aria-valuetext={`q = ${q}, loss ${formatFixed(point.loss, 4)} nats`}
        onKeyDown={onKeyDown}
      />
    </svg>
  );
}
