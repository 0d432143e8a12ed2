import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { formatShort } from '../../ui/format';
import { axes, eigenLines, gridLines, polygonPath, unitCircle, unitSquare } from './geometry';
import { GRID, PLANE, roundEntry, snapToGrid } from './model';
import type { MatrixView, Vec2 } from './model';

export type Handle = 'i' | 'j';

const handleName: Record<Handle, string> = { i: 'î', j: 'ĵ' };
const pad = 0.6;
const view0 = -(PLANE + pad);
const size = 2 * (PLANE + pad);
const ticks = Array.from({ length: 2 * PLANE + 1 }, (_, i) => i - PLANE);
const unitSquarePath = polygonPath(unitSquare([1, 0, 0, 1]));

/** Arrow keys move a focused handle by one grid step; Shift moves ten steps (1 unit). */
function keyStep(event: KeyboardEvent): Vec2 | null {
  const step = event.shiftKey ? GRID * 10 : GRID;
  const moves: Record<string, Vec2> = {
    ArrowUp: { x: 0, y: step },
    ArrowDown: { x: 0, y: -step },
    ArrowLeft: { x: -step, y: 0 },
    ArrowRight: { x: step, y: 0 },
  };
  return moves[event.key] ?? null;
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

interface PlaneProps {
  view: MatrixView;
  onMove: (handle: Handle, point: Vec2) => void;
}

/** The plane after A: grid, unit square, unit circle, eigenvector lines and the î, ĵ handles. */
export function Plane({ view, onMove }: PlaneProps) {
  const id = useId().replace(/:/g, '');
  const svgRef = useRef<SVGSVGElement>(null);
  const dragging = useRef<Handle | null>(null);
  // pointer events can outpace the display: keep the latest point, apply it once per frame
  const pending = useRef<{ handle: Handle; point: Vec2 } | null>(null);
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
    return {
      x: view0 + ((event.clientX - rect.left) / rect.width) * size,
      y: -view0 - ((event.clientY - rect.top) / rect.height) * size,
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
    const point = handle ? toPlane(event) : null;
    if (!handle || !point) return;
    pending.current = { handle, point: snapToGrid(point) };
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

  const onKeyDown = (handle: Handle) => (event: KeyboardEvent<SVGElement>) => {
    const delta = keyStep(event);
    if (!delta) return;
    event.preventDefault();
    const from = handle === 'i' ? view.iHat : view.jHat;
    onMove(handle, { x: roundEntry(from.x + delta.x), y: roundEntry(from.y + delta.y) });
  };

  const { m } = view;
  const [xAxis, yAxis] = axes(m);
  const eigen = eigenLines(view.eigen);
  const reach = 3 * PLANE;
  const handles: [Handle, Vec2][] = [
    ['i', view.iHat],
    ['j', view.jHat],
  ];

  return (
    <svg
      ref={svgRef}
      className="mt-plane"
      viewBox={`${view0} ${view0} ${size} ${size}`}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      role="group"
      aria-label="The plane after the matrix; focus the î or ĵ handle and use the arrow keys to move it"
    >
      <defs>
        {(['i', 'j'] as const).map((name) => (
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
            <path d="M 0 0 L 10 5 L 0 10 z" className={`mt-plane__head--${name}`} />
          </marker>
        ))}
      </defs>
      <g className="mt-plane__before" aria-hidden="true">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={t} y1={-PLANE} x2={t} y2={PLANE} vectorEffect="non-scaling-stroke" />
            <line x1={-PLANE} y1={t} x2={PLANE} y2={t} vectorEffect="non-scaling-stroke" />
          </g>
        ))}
        <path
          className="mt-plane__square-before"
          d={unitSquarePath}
          vectorEffect="non-scaling-stroke"
        />
      </g>
      <g className="mt-plane__after" aria-hidden="true">
        {gridLines(m).map((s, k) => (
          <line
            key={k}
            x1={s.from.x}
            y1={-s.from.y}
            x2={s.to.x}
            y2={-s.to.y}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {[xAxis, yAxis].map((s, k) => (
          <line
            key={k}
            className="mt-plane__axis"
            x1={s.from.x}
            y1={-s.from.y}
            x2={s.to.x}
            y2={-s.to.y}
            vectorEffect="non-scaling-stroke"
          />
        ))}
        <path
          className={`mt-plane__square mt-plane__square--${view.detKind}`}
          d={polygonPath(unitSquare(m))}
          vectorEffect="non-scaling-stroke"
        />
        <path
          className="mt-plane__circle"
          d={polygonPath(unitCircle(m))}
          vectorEffect="non-scaling-stroke"
        />
        {eigen.map(({ value, direction: v }, k) => (
          <g key={k} className="mt-plane__eigen">
            <line
              x1={-reach * v.x}
              y1={reach * v.y}
              x2={reach * v.x}
              y2={-reach * v.y}
              vectorEffect="non-scaling-stroke"
            />
            <text x={4.1 * v.x + 0.15} y={-4.1 * v.y - 0.2 - 0.5 * k}>
              λ = {formatShort(value, 2)}
            </text>
          </g>
        ))}
        <Arrow to={view.iHat} className="mt-plane__vec mt-plane__vec--i" marker={`${id}-head-i`} />
        <Arrow to={view.jHat} className="mt-plane__vec mt-plane__vec--j" marker={`${id}-head-j`} />
        {handles.map(([h, p]) => (
          <text
            key={h}
            className={`mt-plane__label mt-plane__label--${h}`}
            x={p.x + 0.3}
            y={-p.y + 0.55}
          >
            {handleName[h]}
          </text>
        ))}
      </g>
      {handles.map(([h, p]) => (
        <circle
          key={h}
          className={`mt-plane__handle mt-plane__handle--${h}`}
          cx={p.x}
          cy={-p.y}
          r={0.36}
          tabIndex={0}
          role="button"
          aria-roledescription="draggable point"
          aria-label={`Image of ${handleName[h]} at (${formatShort(p.x, 2)}, ${formatShort(p.y, 2)}). Arrow keys move it by 0.1, Shift+arrow by 1.`}
          onPointerDown={startDrag(h)}
          onKeyDown={onKeyDown(h)}
        />
      ))}
    </svg>
  );
}
