// Where the drawing puts nodes and edges, in SVG units. Pure, so the geometry is testable.
import type { GraphNode } from './graphs';

export const NODE_W = 96;
export const NODE_H = 46;
const COL = 150;
const ROW = 72;
const PAD = 14;
/** Room on the right of the output node for its seed gradient ∂out/∂out = 1. */
const SEED_ROOM = 64;

export interface Point {
  x: number;
  y: number;
}

export const nodeCentre = (n: Pick<GraphNode, 'col' | 'row'>): Point => ({
  x: PAD + NODE_W / 2 + n.col * COL,
  y: PAD + 18 + NODE_H / 2 + n.row * ROW,
});

export function canvasSize(nodes: readonly GraphNode[]): { width: number; height: number } {
  const cols = Math.max(...nodes.map((n) => n.col));
  const rows = Math.max(...nodes.map((n) => n.row));
  return {
    width: 2 * PAD + NODE_W + cols * COL + SEED_ROOM,
    height: 2 * PAD + 18 + NODE_H + rows * ROW + 18,
  };
}

/** How far along `d` from a box's centre the segment leaves the box. */
function exitScale(d: Point): number {
  const sx = d.x === 0 ? Infinity : NODE_W / 2 / Math.abs(d.x);
  const sy = d.y === 0 ? Infinity : NODE_H / 2 / Math.abs(d.y);
  return Math.min(sx, sy);
}

/** The part of the centre-to-centre segment outside both boxes, so arrowheads touch the box. */
export function edgeEnds(from: Point, to: Point): { start: Point; end: Point; mid: Point } {
  const d = { x: to.x - from.x, y: to.y - from.y };
  const s = exitScale(d);
  const start = { x: from.x + d.x * s, y: from.y + d.y * s };
  const end = { x: to.x - d.x * s, y: to.y - d.y * s };
  return { start, end, mid: { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 } };
}
