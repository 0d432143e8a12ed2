import { memo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { ScaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { formatShort } from '../../ui/format';
import type { Objective } from './functions';

export const W = 320;
export const H = 220;
export const M = { top: 14, right: 12, bottom: 28, left: 40 };

export interface CurveGeometry {
  xs: ScaleLinear<number, number>;
  ys: ScaleLinear<number, number>;
  curve: string;
}

const cache = new WeakMap<Objective, CurveGeometry>();

/** Scales and the sampled curve of a 1-D objective, computed once per objective. */
export function curveGeometry(obj: Objective): CurveGeometry {
  const hit = cache.get(obj);
  if (hit) return hit;
  const domain = obj.domain[0] ?? ([-1, 1] as const);
  const samples = Array.from({ length: 161 }, (_, i) => {
    const x = domain[0] + ((domain[1] - domain[0]) * i) / 160;
    return [x, obj.loss([x])] as const;
  });
  const values = samples.map(([, y]) => y);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.06;
  const xs = scaleLinear(domain, [M.left, W - M.right]);
  const ys = scaleLinear([lo - pad, hi + pad], [H - M.bottom, M.top]);
  const path = line<readonly [number, number]>()
    .x(([x]) => xs(x))
    .y(([, y]) => ys(y))(samples);
  const made = { xs, ys, curve: path ?? '' };
  cache.set(obj, made);
  return made;
}

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
