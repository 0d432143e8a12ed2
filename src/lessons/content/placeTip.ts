// Where a glossary definition goes on screen. The tip is a popover (the browser's top layer,
// fixed to the viewport), so nothing clips or covers it; this keeps it on screen and, where it
// fits, inside the reading column.

/** The edges of a box in viewport px: a DOMRect, or any object with its four edges. */
export type Box = Pick<DOMRectReadOnly, 'left' | 'top' | 'right' | 'bottom'>;

export interface TipPlace {
  left: number;
  top: number;
  /** True when there was no room above the term and the tip hangs below it. */
  below: boolean;
}

/** Space kept between the term and its tip, and between the tip and the screen's edge. */
export const TIP_GAP = 6;
export const EDGE = 8;

/**
 * Left and top (viewport px) of a tip of the given size for a term whose first line box is
 * `term`: above the term, starting where it starts; moved left to end inside `column` (the
 * lesson's column) when it fits there, and always inside the viewport; below the term when it
 * would leave the top of the screen.
 */
export function placeTip(
  term: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  column?: Box,
): TipPlace {
  const screenRight = viewport.width - EDGE;
  const fitsColumn = column !== undefined && column.right - column.left >= size.width;
  const right = fitsColumn ? Math.min(column.right, screenRight) : screenRight;
  const left = Math.max(EDGE, Math.min(term.left, right - size.width));
  const above = term.top - TIP_GAP - size.height;
  const below = above < EDGE;
  return { left, top: below ? term.bottom + TIP_GAP : above, below };
}
