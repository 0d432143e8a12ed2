import { useRef } from 'react';
import type { PointerEvent } from 'react';
import { EXTENT, tidy } from './data';
import type { Point } from './data';
import { halfPlane, lineInSquare } from './geometry';
import type { XY } from './geometry';
import type { Theta } from './model';

const PAD = 0.3;
const SIZE = 2 * (EXTENT + PAD);
/** p = 0.9 where the logit is ln 9, p = 0.1 where it is −ln 9. */
const LN9 = Math.log(9);

const poly = (ps: readonly XY[]) => ps.map((p) => `${p.x},${-p.y}`).join(' ');

function Line({ t, level, className }: { t: Theta; level: number; className: string }) {
  const seg = lineInSquare(t, level);
  if (!seg) return null;
  return (
    <line
      className={className}
      x1={seg[0].x}
      y1={-seg[0].y}
      x2={seg[1].x}
      y2={-seg[1].y}
      vectorEffect="non-scaling-stroke"
    />
  );
}

function Mark({ p }: { p: Point }) {
  if (p.label === 0) {
    return <circle className="tc-point tc-point--0" cx={p.x} cy={-p.y} r={0.13} />;
  }
  const s = 0.12;
  return (
    <rect className="tc-point tc-point--1" x={p.x - s} y={-p.y - s} width={2 * s} height={2 * s} />
  );
}

interface PlotProps {
  points: readonly Point[];
  theta: Theta;
  /** Called with a clicked position (already rounded to the plot's grid). */
  onAdd: (at: XY) => void;
}

/** The points, the region each class gets, the boundary p = 0.5 and the contours 0.1 and 0.9. */
export function Plot({ points, theta, onAdd }: PlotProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const onClick = (event: PointerEvent<SVGSVGElement>) => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return;
    const x = -(EXTENT + PAD) + ((event.clientX - rect.left) / rect.width) * SIZE;
    const y = EXTENT + PAD - ((event.clientY - rect.top) / rect.height) * SIZE;
    if (Math.abs(x) <= EXTENT && Math.abs(y) <= EXTENT) onAdd({ x: tidy(x), y: tidy(y) });
  };
  const region1 = halfPlane(theta, 0);
  const trained = theta[0] !== 0 || theta[1] !== 0;
  return (
    <svg
      ref={svgRef}
      className="tc-plot"
      viewBox={`${-(EXTENT + PAD)} ${-(EXTENT + PAD)} ${SIZE} ${SIZE}`}
      onPointerUp={onClick}
      role="img"
      aria-label={`${points.length} points of two classes with the model's decision boundary; click to add a point`}
    >
      <rect
        className="tc-region tc-region--0"
        x={-EXTENT}
        y={-EXTENT}
        width={2 * EXTENT}
        height={2 * EXTENT}
      />
      {region1.length > 2 ? (
        <polygon className="tc-region tc-region--1" points={poly(region1)} />
      ) : null}
      {[-EXTENT, -2, 0, 2, EXTENT].map((t) => (
        <g key={t} className="tc-grid">
          <line x1={t} x2={t} y1={-EXTENT} y2={EXTENT} vectorEffect="non-scaling-stroke" />
          <line x1={-EXTENT} x2={EXTENT} y1={t} y2={t} vectorEffect="non-scaling-stroke" />
        </g>
      ))}
      {trained ? (
        <>
          <Line t={theta} level={-LN9} className="tc-contour" />
          <Line t={theta} level={LN9} className="tc-contour" />
          <Line t={theta} level={0} className="tc-boundary" />
        </>
      ) : null}
      {points.map((p, i) => (
        <Mark key={i} p={p} />
      ))}
    </svg>
  );
}
