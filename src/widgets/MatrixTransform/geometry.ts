// What the plane draws, in plane coordinates (y up): the transformed grid, unit square and unit
// circle, and the eigenvector lines. Linear maps send lines to lines, so each grid line needs only
// its two transformed end points.
import type { Eigen2, Mat2, Vec2 } from './eigen2';

export interface Segment {
  from: Vec2;
  to: Vec2;
}

/** Grid lines from −GRID_REACH to GRID_REACH: enough to fill the view under a 0.5× shrink. */
export const GRID_REACH = 10;
const CIRCLE_POINTS = 72;

export function apply([a, b, c, d]: Mat2, p: Vec2): Vec2 {
  return { x: a * p.x + b * p.y, y: c * p.x + d * p.y };
}

/** The images of the lines x = k and y = k for integer k. */
export function gridLines(m: Mat2): Segment[] {
  const lines: Segment[] = [];
  for (let k = -GRID_REACH; k <= GRID_REACH; k++) {
    if (k === 0) continue; // the axes are drawn separately, on top
    lines.push({ from: apply(m, { x: k, y: -GRID_REACH }), to: apply(m, { x: k, y: GRID_REACH }) });
    lines.push({ from: apply(m, { x: -GRID_REACH, y: k }), to: apply(m, { x: GRID_REACH, y: k }) });
  }
  return lines;
}

/** The images of the two axes (the x axis first). */
export function axes(m: Mat2): [Segment, Segment] {
  const r = GRID_REACH;
  return [
    { from: apply(m, { x: -r, y: 0 }), to: apply(m, { x: r, y: 0 }) },
    { from: apply(m, { x: 0, y: -r }), to: apply(m, { x: 0, y: r }) },
  ];
}

/** The unit square's corners after A: 0, î's image, their sum, ĵ's image. */
export function unitSquare(m: Mat2): Vec2[] {
  return [
    { x: 0, y: 0 },
    apply(m, { x: 1, y: 0 }),
    apply(m, { x: 1, y: 1 }),
    apply(m, { x: 0, y: 1 }),
  ];
}

/** The unit circle after A (an ellipse, a segment or a point), as a closed polygon. */
export function unitCircle(m: Mat2): Vec2[] {
  return Array.from({ length: CIRCLE_POINTS }, (_, i) => {
    const t = (2 * Math.PI * i) / CIRCLE_POINTS;
    return apply(m, { x: Math.cos(t), y: Math.sin(t) });
  });
}

/** SVG path data for a closed polygon, flipping y because SVG's y axis points down. */
export function polygonPath(points: readonly Vec2[]): string {
  const [first, ...rest] = points;
  if (!first) return '';
  const f = (v: number) => Number(v.toFixed(4)) + 0;
  return `M ${f(first.x)} ${f(-first.y)} ${rest.map((p) => `L ${f(p.x)} ${f(-p.y)}`).join(' ')} Z`;
}

export interface EigenLine {
  value: number;
  direction: Vec2;
}

/** The eigenvector directions worth drawing (none for a rotation or for A = λI). */
export function eigenLines(eigen: Eigen2): EigenLine[] {
  switch (eigen.kind) {
    case 'distinct':
      return [
        { value: eigen.values[0], direction: eigen.vectors[0] },
        { value: eigen.values[1], direction: eigen.vectors[1] },
      ];
    case 'defective':
      return [{ value: eigen.value, direction: eigen.vector }];
    default:
      return [];
  }
}
