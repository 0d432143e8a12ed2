// Where the model's lines fall on the square plot: the decision boundary w₁x + w₂y + b = 0, the
// contours p = 0.1 and p = 0.9 (logit ∓ ln 9), and the region the model calls class 1.
import { EXTENT } from './data';
import type { Theta } from './model';

export interface XY {
  x: number;
  y: number;
}

const corners: XY[] = [
  { x: -EXTENT, y: -EXTENT },
  { x: EXTENT, y: -EXTENT },
  { x: EXTENT, y: EXTENT },
  { x: -EXTENT, y: EXTENT },
];

const logit = (t: Theta, p: XY) => t[0] * p.x + t[1] * p.y + t[2];

/** The part of the square where the logit is ≥ level (Sutherland–Hodgman against one line). */
export function halfPlane(t: Theta, level = 0): XY[] {
  const out: XY[] = [];
  for (let i = 0; i < corners.length; i++) {
    const a = corners[i] as XY;
    const b = corners[(i + 1) % corners.length] as XY;
    const fa = logit(t, a) - level;
    const fb = logit(t, b) - level;
    if (fa >= 0) out.push(a);
    if (fa >= 0 !== fb >= 0) {
      const s = fa / (fa - fb);
      out.push({ x: a.x + s * (b.x - a.x), y: a.y + s * (b.y - a.y) });
    }
  }
  return out;
}

/** The segment of the line logit = level inside the square, or null if it misses it. */
export function lineInSquare(t: Theta, level = 0): [XY, XY] | null {
  if (t[0] === 0 && t[1] === 0) return null;
  const hits: XY[] = [];
  for (let i = 0; i < corners.length; i++) {
    const a = corners[i] as XY;
    const b = corners[(i + 1) % corners.length] as XY;
    const fa = logit(t, a) - level;
    const fb = logit(t, b) - level;
    if (fa === 0) hits.push(a);
    else if (fa > 0 !== fb > 0 && fb !== 0) {
      const s = fa / (fa - fb);
      hits.push({ x: a.x + s * (b.x - a.x), y: a.y + s * (b.y - a.y) });
    }
  }
  const [p, q] = hits;
  return p && q ? [p, q] : null;
}
