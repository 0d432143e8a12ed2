import { memo } from 'react';
import { formatShort } from '../../ui/format';
import type { Objective } from './functions';
import { curveGeometry, H, M, W } from './plotGeometry';

/**
 * The parts of the 1-D plot that depend only on the function: axes, curve, minima. Memoised, so
 * dragging the learning rate re-renders only the path and the handle.
 */
export const CurveBackdrop = memo(function CurveBackdrop({
  obj,
  clipId,
}: {
  obj: Objective;
  clipId: string;
}) {
  const { xs, ys, curve } = curveGeometry(obj);
  return (
    <>
      <g className="gd-axis" aria-hidden="true">
        <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
        <line x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
        {xs.ticks(6).map((t) => (
          <text key={t} x={xs(t)} y={H - M.bottom + 14} textAnchor="middle">
            {formatShort(t, 2)}
          </text>
        ))}
        {ys.ticks(4).map((t) => (
          <text key={t} x={M.left - 5} y={ys(t) + 4} textAnchor="end">
            {formatShort(t, 2)}
          </text>
        ))}
        <text x={W - M.right} y={H - M.bottom - 5} textAnchor="end" className="gd-axis__name">
          {obj.symbols[0] ?? 'x'}
        </text>
      </g>
      <g clipPath={`url(#${clipId})`} aria-hidden="true">
        <path className="gd-curve" d={curve} />
        {obj.minima.map((m) => {
          const x = xs(m.at[0] ?? 0);
          return (
            <g key={m.label} className="gd-minimum">
              {/* labelled at the top, where the path of the steps rarely goes */}
              <line x1={x} x2={x} y1={M.top + 14} y2={ys(obj.loss(m.at))} />
              <text x={x} y={M.top + 10} textAnchor="middle">
                {m.label}
              </text>
            </g>
          );
        })}
      </g>
    </>
  );
});
