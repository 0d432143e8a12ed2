import { useId } from 'react';
import type { KeyboardEvent } from 'react';
import { Arrow, ArrowHeads, GridLines, keyStep, planeViewBox, usePlaneDrag } from '../../ui/plane';
import { GRID, PLANE, snap } from './model';
import type { Vec2, VectorView } from './model';

export type Handle = 'a' | 'b';

interface PlaneProps {
  view: VectorView;
  onMove: (handle: Handle, point: Vec2) => void;
}

const viewBox = planeViewBox(PLANE);
const headClass = (name: string) => `plane__head plane__head--${name}`;

/** An arc from a's direction to b's, radius 0.8, when both have a direction. */
function angleArc(view: VectorView): string | null {
  if (view.angleDeg === null || view.angleDeg < 1) return null;
  const r = 0.8;
  const start = Math.atan2(view.a.y, view.a.x);
  const end = Math.atan2(view.b.y, view.b.x);
  let sweep = end - start;
  if (sweep > Math.PI) sweep -= 2 * Math.PI;
  if (sweep < -Math.PI) sweep += 2 * Math.PI;
  const p0 = { x: r * Math.cos(start), y: -r * Math.sin(start) };
  const p1 = { x: r * Math.cos(start + sweep), y: -r * Math.sin(start + sweep) };
  // SVG's y axis points down, so a counter-clockwise turn in math is sweep-flag 0
  return `M ${p0.x} ${p0.y} A ${r} ${r} 0 0 ${sweep > 0 ? 0 : 1} ${p1.x} ${p1.y}`;
}

export function Plane({ view, onMove }: PlaneProps) {
  const id = useId().replace(/:/g, '');
  const { svgRef, startDrag, svgHandlers } = usePlaneDrag<Handle>(PLANE, snap, onMove);

  const onKeyDown = (handle: Handle) => (event: KeyboardEvent<SVGElement>) => {
    const delta = keyStep(event, GRID);
    if (!delta) return;
    event.preventDefault();
    const from = view[handle];
    onMove(handle, snap({ x: from.x + delta.x, y: from.y + delta.y }));
  };

  const arc = angleArc(view);
  const proj = view.projection;

  return (
    <svg
      ref={svgRef}
      className="plane"
      viewBox={viewBox}
      {...svgHandlers}
      role="group"
      aria-label="The plane with vectors a and b; focus a handle and use the arrow keys to move it"
    >
      <ArrowHeads id={id} names={['a', 'b', 'p']} headClass={headClass} />
      <g className="plane__grid" aria-hidden="true">
        <GridLines extent={PLANE} />
        <line
          className="plane__axis"
          x1={-PLANE}
          y1={0}
          x2={PLANE}
          y2={0}
          vectorEffect="non-scaling-stroke"
        />
        <line
          className="plane__axis"
          x1={0}
          y1={-PLANE}
          x2={0}
          y2={PLANE}
          vectorEffect="non-scaling-stroke"
        />
      </g>
      <g aria-hidden="true">
        {arc ? <path className="plane__arc" d={arc} vectorEffect="non-scaling-stroke" /> : null}
        {proj ? (
          <>
            <line
              className="plane__drop"
              x1={view.b.x}
              y1={-view.b.y}
              x2={proj.point.x}
              y2={-proj.point.y}
              vectorEffect="non-scaling-stroke"
            />
            <Arrow to={proj.point} className="plane__vec plane__vec--p" marker={`${id}-head-p`} />
          </>
        ) : null}
        <Arrow to={view.a} className="plane__vec plane__vec--a" marker={`${id}-head-a`} />
        <Arrow to={view.b} className="plane__vec plane__vec--b" marker={`${id}-head-b`} />
        <text className="plane__label plane__label--a" x={view.a.x + 0.25} y={-view.a.y - 0.25}>
          a
        </text>
        <text className="plane__label plane__label--b" x={view.b.x + 0.25} y={-view.b.y - 0.25}>
          b
        </text>
      </g>
      {(['a', 'b'] as const).map((handle) => (
        <circle
          key={handle}
          className={`plane__handle plane__handle--${handle}`}
          cx={view[handle].x}
          cy={-view[handle].y}
          r={0.38}
          tabIndex={0}
          role="button"
          aria-roledescription="draggable point"
          aria-label={`Vector ${handle} at (${view[handle].x}, ${view[handle].y}). Arrow keys move it by 0.1, Shift+arrow by 1.`}
          onPointerDown={startDrag(handle)}
          onKeyDown={onKeyDown(handle)}
        />
      ))}
    </svg>
  );
}
