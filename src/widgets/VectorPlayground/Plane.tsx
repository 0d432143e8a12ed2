import { useId, useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { GRID, PLANE, snap } from './model';
import type { Vec2, VectorView } from './model';

export type Handle = 'a' | 'b';

interface PlaneProps {
  view: VectorView;
  onMove: (handle: Handle, point: Vec2) => void;
}

const ticks = Array.from({ length: 2 * PLANE + 1 }, (_, i) => i - PLANE);
const pad = 0.6;

/** Arrow keys move a focused handle by one grid step; Shift moves ten steps (1 unit). */
function keyStep(event: KeyboardEvent): Vec2 | null {
  const step = event.shiftKey ? GRID * 10 : GRID;
  switch (event.key) {
    case 'ArrowUp':
      return { x: 0, y: step };
    case 'ArrowDown':
      return { x: 0, y: -step };
    case 'ArrowLeft':
      return { x: -step, y: 0 };
    case 'ArrowRight':
      return { x: step, y: 0 };
    default:
      return null;
  }
}

function Arrow({ to, className, marker }: { to: Vec2; className: string; marker: string }) {
  if (to.x === 0 && to.y === 0) return null;
  return (
    <line
      className={className}
      x1={0}
      y1={0}
      x2={to.x}
      y2={-to.y}
      markerEnd={`url(#${marker})`}
      vectorEffect="non-scaling-stroke"
    />
  );
}

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
  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef<Handle | null>(null);

  const toPlane = (event: PointerEvent): Vec2 | null => {
    const svg = svgRef.current;
    if (!svg) return null;
    const rect = svg.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return null;
    const size = 2 * (PLANE + pad);
    return {
      x: -(PLANE + pad) + ((event.clientX - rect.left) / rect.width) * size,
      y: PLANE + pad - ((event.clientY - rect.top) / rect.height) * size,
    };
  };

  const startDrag = (handle: Handle) => (event: PointerEvent<SVGElement>) => {
    event.preventDefault();
    dragging.current = handle;
    svgRef.current?.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const handle = dragging.current;
    if (!handle) return;
    const point = toPlane(event);
    if (point) onMove(handle, snap(point));
  };

  const endDrag = (event: PointerEvent<SVGSVGElement>) => {
    dragging.current = null;
    if (svgRef.current?.hasPointerCapture(event.pointerId)) {
      svgRef.current.releasePointerCapture(event.pointerId);
    }
  };

  const onKeyDown = (handle: Handle) => (event: KeyboardEvent<SVGElement>) => {
    const delta = keyStep(event);
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
      viewBox={`${-(PLANE + pad)} ${-(PLANE + pad)} ${2 * (PLANE + pad)} ${2 * (PLANE + pad)}`}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      role="group"
      aria-label="The plane with vectors a and b; focus a handle and use the arrow keys to move it"
    >
      <defs>
        {(['a', 'b', 'p'] as const).map((name) => (
          <marker
            key={name}
            id={`${id}-head-${name}`}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className={`plane__head plane__head--${name}`} />
          </marker>
        ))}
      </defs>
      <g className="plane__grid" aria-hidden="true">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={t} y1={-PLANE} x2={t} y2={PLANE} vectorEffect="non-scaling-stroke" />
            <line x1={-PLANE} y1={t} x2={PLANE} y2={t} vectorEffect="non-scaling-stroke" />
          </g>
        ))}
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
