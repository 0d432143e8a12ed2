import { memo, useId } from 'react';
import type { KeyboardEvent } from 'react';
import { CurveBackdrop } from './CurveBackdrop';
import type { GdView } from './model';
import { dotsPath, KEY_STEP, keyMove, pointsAttr, roundStep, snapTo } from './geometry';
import { curveGeometry, curvePath, H, M, MAX_DOTS, W } from './plotGeometry';
import { pointText } from './status';
import { useHandleDrag } from './useHandleDrag';

interface CurveViewProps {
  view: GdView;
  /** Keys and typed values: applied at once. */
  onStart: (x0: number) => void;
  /** Pointer drags: may be coalesced to one update per frame. */
  onDrag: (x0: number) => void;
}

/**
 * A 1-D function, its minima, the path of iterates and a draggable start point. Memoised: give
 * it stable callbacks.
 */
export const CurveView = memo(function CurveView({ view, onStart, onDrag }: CurveViewProps) {
  const clipId = `${useId().replace(/:/g, '')}-clip`;
  const obj = view.objective;
  const domain = obj.domain[0] ?? ([-1, 1] as const);

  const { xs, ys } = curveGeometry(obj);
  const { points, offChart } = curvePath(view);
  const start = view.input.x0[0] ?? 0;

  const move = (x: number) => onStart(snapTo(x, domain, 0.01));
  const { startDrag, svgProps } = useHandleDrag(W, H, (at) =>
    onDrag(snapTo(xs.invert(at.x), domain)),
  );
  const onKeyDown = (event: KeyboardEvent<SVGElement>) => {
    const big = KEY_STEP * 10;
    const jumps: Record<string, number> = {
      Home: domain[0],
      End: domain[1],
      PageUp: start + big,
      PageDown: start - big,
    };
    const delta = keyMove(event);
    const target = delta ? start + delta.dx + delta.dy : jumps[event.key];
    if (target === undefined) return;
    event.preventDefault();
    move(roundStep(target));
  };

  return (
    <svg
      {...svgProps}
      className="gd-plot"
      viewBox={`0 0 ${W} ${H}`}
      role="group"
      aria-label={`${obj.formula}: the curve, the path of the steps and the start point`}
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={M.left} y={M.top} width={W - M.left - M.right} height={H - M.top - M.bottom} />
        </clipPath>
      </defs>
      <CurveBackdrop obj={obj} clipId={clipId} />
      <g clipPath={`url(#${clipId})`} aria-hidden="true">
        <polyline className="gd-path" points={pointsAttr(points)} />
        <path className="gd-dot" d={dotsPath(points.slice(0, MAX_DOTS), 2.5)} />
        {points.length > 1 && !offChart ? (
          <circle className="gd-current" cx={points.at(-1)?.[0]} cy={points.at(-1)?.[1]} r={5} />
        ) : null}
      </g>
      {offChart ? (
        <text className="gd-offchart" x={W / 2} y={M.top + 14} textAnchor="middle">
          the current point is off the chart
        </text>
      ) : null}
      <circle
        className="gd-handle-hit"
        cx={xs(start)}
        cy={ys(obj.loss([start]))}
        r={18}
        aria-hidden="true"
        onPointerDown={startDrag}
      />
      <circle
        className="gd-handle"
        cx={xs(start)}
        cy={ys(obj.loss([start]))}
        r={8}
        tabIndex={0}
        role="slider"
        aria-label="Start point"
        aria-orientation="horizontal"
        aria-valuemin={domain[0]}
        aria-valuemax={domain[1]}
        aria-valuenow={start}
        aria-valuetext={pointText(obj.symbols, [start])}
        onPointerDown={startDrag}
        onKeyDown={onKeyDown}
      />
    </svg>
  );
});
