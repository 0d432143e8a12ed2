import { memo, useId } from 'react';
import type { KeyboardEvent } from 'react';
import type { GdView } from './model';
import { dotsPath, keyMove, pointsAttr, roundStep, snapTo } from './geometry';
import { CONTOUR_UNIT, contourGeometry, MAX_DOTS } from './plotGeometry';
import { pointText } from './status';
import { useHandleDrag } from './useHandleDrag';

/** Semi-axes along x of the drawn level sets ½(x² + κy²) = a²/2. */
const LEVELS = [0.5, 1, 1.5, 2, 3, 4, 5, 6, 7];

interface ContourViewProps {
  view: GdView;
  /** Keys and typed values: applied at once. */
  onStart: (x0: readonly [number, number]) => void;
  /** Pointer drags: may be coalesced to one update per frame. */
  onDrag: (x0: readonly [number, number]) => void;
}

/**
 * The valley ½(x² + κy²) seen from above. Its level sets are ellipses with semi-axes a and a/√κ,
 * so they are drawn directly rather than traced by a contouring algorithm. Memoised: give it
 * stable callbacks.
 */
export const ContourView = memo(function ContourView({ view, onStart, onDrag }: ContourViewProps) {
  const clipId = `${useId().replace(/:/g, '')}-clip`;
  const { dx, dy, width, height, margin: M, xs, ys, points, offChart } = contourGeometry(view);
  const kappa = view.input.kappa;
  const [sx = 0, sy = 0] = view.input.x0;

  const set = (x: number, y: number) => onStart([snapTo(x, dx, 0.01), snapTo(y, dy, 0.01)]);
  const { startDrag, svgProps } = useHandleDrag(width, height, (at) =>
    onDrag([snapTo(xs.invert(at.x), dx), snapTo(ys.invert(at.y), dy)]),
  );
  const onKeyDown = (event: KeyboardEvent<SVGElement>) => {
    const delta = keyMove(event);
    if (!delta) return;
    event.preventDefault();
    set(roundStep(sx + delta.dx), roundStep(sy + delta.dy));
  };

  return (
    <svg
      {...svgProps}
      className="gd-plot gd-plot--contour"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={`Contours of f(x, y) = ½(x² + κy²) with κ = ${kappa}, the path of the steps and the start point`}
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={M} y={M} width={width - 2 * M} height={height - 2 * M} />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clipId})`} aria-hidden="true">
        <rect className="gd-contour-bg" x={M} y={M} width={width - 2 * M} height={height - 2 * M} />
        <line className="gd-axis-line" x1={M} x2={width - M} y1={ys(0)} y2={ys(0)} />
        <line className="gd-axis-line" x1={xs(0)} x2={xs(0)} y1={M} y2={height - M} />
        {LEVELS.map((a) => (
          <ellipse
            key={a}
            className="gd-contour"
            cx={xs(0)}
            cy={ys(0)}
            rx={a * CONTOUR_UNIT}
            ry={(a / Math.sqrt(kappa)) * CONTOUR_UNIT}
          />
        ))}
        <circle className="gd-minimum-dot" cx={xs(0)} cy={ys(0)} r={3} />
        <polyline className="gd-path" points={pointsAttr(points)} />
        <path className="gd-dot" d={dotsPath(points.slice(0, MAX_DOTS), 2.5)} />
        {points.length > 1 && !offChart ? (
          <circle className="gd-current" cx={points.at(-1)?.[0]} cy={points.at(-1)?.[1]} r={5} />
        ) : null}
      </g>
      <g className="gd-axis" aria-hidden="true">
        <text x={width - M - 4} y={ys(0) - 5} textAnchor="end" className="gd-axis__name">
          x
        </text>
        <text x={xs(0) + 6} y={M + 12} className="gd-axis__name">
          y
        </text>
      </g>
      {offChart ? (
        <text className="gd-offchart" x={width / 2} y={M + 30} textAnchor="middle">
          the current point is off the chart
        </text>
      ) : null}
      <circle
        className="gd-handle-hit"
        cx={xs(sx)}
        cy={ys(sy)}
        r={18}
        aria-hidden="true"
        onPointerDown={startDrag}
      />
      <circle
        className="gd-handle"
        cx={xs(sx)}
        cy={ys(sy)}
        r={8}
        tabIndex={0}
        role="button"
        aria-roledescription="draggable point"
        aria-label={`Start point ${pointText(['x', 'y'], [sx, sy])}. Arrow keys move it by 0.1, Shift+arrow by 1.`}
        onPointerDown={startDrag}
        onKeyDown={onKeyDown}
      />
    </svg>
  );
});
