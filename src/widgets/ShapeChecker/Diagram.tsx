import { scaleLog } from 'd3-scale';
import { MAX_DIM, shapeText } from './shape';
import type { Shape } from './shape';
import type { ShapeCheck } from './model';

// a log scale, so a (1×784) row and a (4096×4096) weight both stay visible
const side = scaleLog().domain([1, MAX_DIM]).range([8, 72]).clamp(true);
const LABEL = 46;
const GAP = 26;
const TOP = 22;

interface Block {
  name: string;
  shape: Shape;
  x: number;
  w: number;
  h: number;
  /** Which of its labels is an inner dimension: A's columns, B's rows. */
  inner: 'cols' | 'rows' | null;
}

function layout(check: ShapeCheck): { blocks: Block[]; width: number; height: number } {
  const shapes: [string, Shape, Block['inner']][] = [
    ['A', check.a, 'cols'],
    ['B', check.b, 'rows'],
  ];
  if (check.result) shapes.push(['C', check.result, null]);
  let x = 0;
  const blocks = shapes.map(([name, shape, inner]) => {
    const block = { name, shape, x: x + LABEL, w: side(shape[1]), h: side(shape[0]), inner };
    x = block.x + block.w + GAP;
    return block;
  });
  const height = TOP + Math.max(...blocks.map((b) => b.h)) + 24;
  // a mismatch ends in a ✗ after B instead of a result block
  return { blocks, width: x - GAP + (check.ok ? 8 : 36), height };
}

/** The two matrices (and the result) drawn to a log scale, inner dimensions marked. */
export function Diagram({ check }: { check: ShapeCheck }) {
  const { blocks, width, height } = layout(check);
  const innerClass = check.ok ? 'sc-dim--match' : 'sc-dim--mismatch';
  const summary = check.result
    ? `${shapeText(check.a)} times ${shapeText(check.b)} gives ${shapeText(check.result)}`
    : `${shapeText(check.a)} and ${shapeText(check.b)}: inner dimensions ${check.a[1]} and ${check.b[0]} differ`;
  return (
    <svg
      className="sc-diagram"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`Diagram: ${summary}`}
    >
      {blocks.map((b, k) => (
        <g key={b.name} className={`sc-block sc-block--${b.name}`}>
          <rect x={b.x} y={TOP} width={b.w} height={b.h} />
          <text className="sc-block__name" x={b.x + b.w / 2} y={TOP + b.h + 16}>
            {b.name}
          </text>
          <text
            className={`sc-dim ${b.inner === 'cols' ? innerClass : ''}`}
            x={b.x + b.w / 2}
            y={TOP - 6}
          >
            {b.shape[1]}
          </text>
          <text
            className={`sc-dim sc-dim--rows ${b.inner === 'rows' ? innerClass : ''}`}
            x={b.x - 4}
            y={TOP + b.h / 2 + 4}
          >
            {b.shape[0]}
          </text>
          {k < blocks.length - 1 ? (
            <text className="sc-op" x={b.x + b.w + GAP / 2} y={TOP + 12}>
              {k === 0 ? '@' : '='}
            </text>
          ) : null}
        </g>
      ))}
      {check.ok ? null : (
        <text className="sc-op sc-op--bad" x={width - 18} y={TOP + 12}>
          ✗
        </text>
      )}
    </svg>
  );
}
