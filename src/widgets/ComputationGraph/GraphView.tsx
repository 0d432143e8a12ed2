import { useId } from 'react';
import { num } from './describe';
import { canvasSize, edgeEnds, nodeCentre, NODE_H, NODE_W } from './layout';
import type { GraphView as View } from './model';

const outputSymbol = (view: View) => (view.graph.id === 'chain' ? '∂z/∂z' : '∂L/∂L');

/**
 * The graph as SVG: forward values in the nodes; on each edge its local derivative, and once
 * the backward pass reaches it, the gradient flowing back. The table beside it holds the same
 * numbers as text.
 */
export function GraphView({ view }: { view: View }) {
  const id = useId().replace(/:/g, '');
  const { width, height } = canvasSize(view.nodes);
  const byId = new Map(view.nodes.map((n) => [n.id, n]));
  const output = byId.get(view.graph.output);
  const seeded = view.step > 0;
  return (
    <svg
      className="cg-graph"
      viewBox={`0 0 ${width} ${height}`}
      style={{ minWidth: `${Math.round(width * 0.75)}px` }}
      aria-hidden="true"
    >
      <defs>
        <marker
          id={`${id}-arrow`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" className="cg-arrow" />
        </marker>
      </defs>
      {view.edges.map((e) => {
        const from = byId.get(e.from);
        const to = byId.get(e.to);
        if (!from || !to) return null;
        const { start, end, mid } = edgeEnds(nodeCentre(from), nodeCentre(to));
        const state = e.current
          ? 'current'
          : e.grad !== null
            ? 'done'
            : e.differentiated
              ? 'todo'
              : 'const';
        return (
          <g key={e.id} className={`cg-edge cg-edge--${state}`}>
            <line x1={start.x} y1={start.y} x2={end.x} y2={end.y} markerEnd={`url(#${id}-arrow)`} />
            {e.differentiated ? (
              <text className="cg-edge__local" x={mid.x} y={mid.y - 6}>
                ×{e.shortRule}
              </text>
            ) : null}
            {e.grad !== null ? (
              <text className="cg-edge__grad" x={mid.x} y={mid.y + 14}>
                ← {num(e.grad)}
              </text>
            ) : null}
          </g>
        );
      })}
      {view.nodes.map((n) => {
        const c = nodeCentre(n);
        return (
          <g
            key={n.id}
            className={`cg-node cg-node--${n.kind}${n.current ? ' cg-node--current' : ''}${n.grad !== null ? ' cg-node--reached' : ''}`}
          >
            <rect x={c.x - NODE_W / 2} y={c.y - NODE_H / 2} width={NODE_W} height={NODE_H} rx={8} />
            <text className="cg-node__expr" x={c.x} y={c.y - 5}>
              {n.expr}
            </text>
            <text className="cg-node__value" x={c.x} y={c.y + 14}>
              {num(n.value)}
            </text>
          </g>
        );
      })}
      {output && seeded ? (
        <text
          className="cg-seed"
          x={nodeCentre(output).x + NODE_W / 2 + 6}
          y={nodeCentre(output).y + 4}
        >
          {outputSymbol(view)} = 1
        </text>
      ) : null}
    </svg>
  );
}
