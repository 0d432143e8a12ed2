// Small helpers shared by the plots: turning parameters into SVG units that are always finite,
// and turning pointer and key events into new start points.
import type { KeyboardEvent, PointerEvent } from 'react';

/** Keeps a coordinate drawable: NaN becomes null, ±Infinity and huge values a far-off edge. */
export function px(v: number): number | null {
  if (Number.isNaN(v)) return null;
  const far = 1e4;
  return Math.min(far, Math.max(-far, v));
}

/** Start points snap to this grid when dragged (typed values are kept exactly). */
export const DRAG_GRID = 0.05;
/** One arrow-key press moves the start by this much; Shift moves ten times as far. */
export const KEY_STEP = 0.1;

export function snapTo(v: number, [lo, hi]: readonly [number, number], grid = DRAG_GRID): number {
  const snapped = Math.round(v / grid) * grid;
  // toFixed drops the binary fuzz of k × 0.05 (0.15000000000000002); + 0 turns −0 into 0
  return Number(Math.min(hi, Math.max(lo, snapped)).toFixed(2)) + 0;
}

/** The viewBox point under the pointer, for an SVG drawn at any size. */
export function svgPoint(
  svg: SVGSVGElement | null,
  event: PointerEvent,
  width: number,
  height: number,
): { x: number; y: number } | null {
  const rect = svg?.getBoundingClientRect();
  if (!rect || rect.width === 0 || rect.height === 0) return null;
  return {
    x: ((event.clientX - rect.left) / rect.width) * width,
    y: ((event.clientY - rect.top) / rect.height) * height,
  };
}

/** Arrow keys as a move (dx, dy) in parameter units, or null for any other key. */
export function keyMove(event: KeyboardEvent): { dx: number; dy: number } | null {
  const step = event.shiftKey ? KEY_STEP * 10 : KEY_STEP;
  switch (event.key) {
    case 'ArrowRight':
      return { dx: step, dy: 0 };
    case 'ArrowLeft':
      return { dx: -step, dy: 0 };
    case 'ArrowUp':
      return { dx: 0, dy: step };
    case 'ArrowDown':
      return { dx: 0, dy: -step };
    default:
      return null;
  }
}

/** Rounds a keyboard-moved value to the key grid so repeated presses do not drift. */
export function roundStep(v: number): number {
  return Number(v.toFixed(2)) + 0;
}

/** An SVG points list; one decimal is a tenth of a viewBox unit, far below a pixel. */
export function pointsAttr(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
}

/**
 * Many dots as one path (two arcs each): moving the learning rate then changes one attribute
 * instead of two per dot, which keeps a drag within a frame.
 */
export function dotsPath(points: readonly (readonly [number, number])[], r: number): string {
  return points
    .map(
      ([x, y]) =>
        `M${(x - r).toFixed(1)},${y.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`,
    )
    .join('');
}
