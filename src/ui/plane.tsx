// Parts of a draggable coordinate plane, shared by the vector playground and the matrix
// transform: an SVG whose viewBox runs from −(extent + pad) to extent + pad on both axes, with
// math's y axis (up) drawn as SVG's −y, and handles a reader drags or moves with the arrow keys.
import { useEffect, useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';

export interface Vec2 {
  x: number;
  y: number;
}

/** Room around the plane, in plane units, so handles and arrowheads at the edge are not cut. */
const PAD = 0.6;

/** The SVG viewBox of a plane showing −extent … extent on both axes. */
export function planeViewBox(extent: number): string {
  const from = -(extent + PAD);
  const size = 2 * (extent + PAD);
  return `${from} ${from} ${size} ${size}`;
}

/** Arrow keys move a focused handle by one grid step; Shift moves ten steps. */
export function keyStep(event: KeyboardEvent, grid: number): Vec2 | null {
  const step = event.shiftKey ? grid * 10 : grid;
  const moves: Record<string, Vec2> = {
    ArrowUp: { x: 0, y: step },
    ArrowDown: { x: 0, y: -step },
    ArrowLeft: { x: -step, y: 0 },
    ArrowRight: { x: step, y: 0 },
  };
  return moves[event.key] ?? null;
}

/** A vector from the origin with an arrowhead (a marker from ArrowHeads); none for zero. */
export function Arrow({ to, className, marker }: { to: Vec2; className: string; marker: string }) {
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

/** One arrowhead marker per name, with the id `${id}-head-${name}`, coloured by its class. */
export function ArrowHeads({
  id,
  names,
  headClass,
}: {
  id: string;
  names: readonly string[];
  headClass: (name: string) => string;
}) {
  return (
    <defs>
      {names.map((name) => (
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
          <path d="M 0 0 L 10 5 L 0 10 z" className={headClass(name)} />
        </marker>
      ))}
    </defs>
  );
}

/** The unit grid lines of a plane showing −extent … extent. */
export function GridLines({ extent }: { extent: number }) {
  const ticks = Array.from({ length: 2 * extent + 1 }, (_, i) => i - extent);
  return ticks.map((t) => (
    <g key={t}>
      <line x1={t} y1={-extent} x2={t} y2={extent} vectorEffect="non-scaling-stroke" />
      <line x1={-extent} y1={t} x2={extent} y2={t} vectorEffect="non-scaling-stroke" />
    </g>
  ));
}

/**
 * Dragging a plane's handles with a pointer: the SVG captures the pointer when a handle is
 * pressed, and the point under it (snapped) goes to onMove. Pointer events can outpace the
 * display, so only the latest point is applied, once per animation frame; releasing applies it
 * at once. Spread `svgHandlers` on the <svg>, give each handle `onPointerDown={startDrag(name)}`.
 */
export function usePlaneDrag<H extends string>(
  extent: number,
  snap: (point: Vec2) => Vec2,
  onMove: (handle: H, point: Vec2) => void,
) {
  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef<H | null>(null);
  const pending = useRef<{ handle: H; point: Vec2 } | null>(null);
  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const flush = () => {
    frame.current = 0;
    const next = pending.current;
    pending.current = null;
    if (next) onMove(next.handle, next.point);
  };

  const toPlane = (event: PointerEvent): Vec2 | null => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0 || rect.height === 0) return null;
    const from = -(extent + PAD);
    const size = 2 * (extent + PAD);
    return {
      x: from + ((event.clientX - rect.left) / rect.width) * size,
      y: -from - ((event.clientY - rect.top) / rect.height) * size,
    };
  };

  const startDrag = (handle: H) => (event: PointerEvent<SVGElement>) => {
    event.preventDefault();
    dragging.current = handle;
    svgRef.current?.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const handle = dragging.current;
    const point = handle ? toPlane(event) : null;
    if (!handle || !point) return;
    pending.current = { handle, point: snap(point) };
    if (frame.current === 0) frame.current = requestAnimationFrame(flush);
  };

  const endDrag = (event: PointerEvent<SVGSVGElement>) => {
    dragging.current = null;
    cancelAnimationFrame(frame.current);
    flush();
    if (svgRef.current?.hasPointerCapture(event.pointerId)) {
      svgRef.current.releasePointerCapture(event.pointerId);
    }
  };

  return {
    svgRef,
    startDrag,
    svgHandlers: { onPointerMove, onPointerUp: endDrag, onPointerCancel: endDrag },
  };
}
