import { useId } from 'react';
import type { KeyboardEvent } from 'react';
import { formatShort } from '../../ui/format';
import { Arrow, ArrowHeads, GridLines, keyStep, planeViewBox, usePlaneDrag } from '../../ui/plane';
import { axes, eigenLines, gridLines, polygonPath, unitCircle, unitSquare } from './geometry';
import { GRID, PLANE, roundEntry, snapToGrid } from './model';
import type { MatrixView, Vec2 } from './model';

export type Handle = 'i' | 'j';

const handleName: Record<Handle, string> = { i: 'î', j: 'ĵ' };
const unitSquarePath = polygonPath(unitSquare([1, 0, 0, 1]));
const viewBox = planeViewBox(PLANE);
const headClass = (name: string) => `mt-plane__head--${name}`;

interface PlaneProps {
  view: MatrixView;
  onMove: (handle: Handle, point: Vec2) => void;
}

/** The plane after A: grid, unit square, unit circle, eigenvector lines and the î, ĵ handles. */
export function Plane({ view, onMove }: PlaneProps) {
  const id = useId().replace(/:/g, '');
  const { svgRef, startDrag, svgHandlers } = usePlaneDrag<Handle>(PLANE, snapToGrid, onMove);

  const onKeyDown = (handle: Handle) => (event: KeyboardEvent<SVGElement>) => {
    const delta = keyStep(event, GRID);
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
      viewBox={viewBox}
      {...svgHandlers}
      role="group"
      aria-label="The plane after the matrix; focus the î or ĵ handle and use the arrow keys to move it"
    >
      <ArrowHeads id={id} names={['i', 'j']} headClass={headClass} />
      <g className="mt-plane__before" aria-hidden="true">
        <GridLines extent={PLANE} />
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
