// Layout and keyboard arithmetic of the Heatmap, kept out of the component so it can be tested
// without a DOM.

export interface HeatmapCell {
  row: number;
  col: number;
}

/** Cells never get smaller than this (CSS px): below it the plot scrolls inside its frame. */
export const MIN_CELL = 4;
/** Small grids stop growing here, so a 2×2 does not fill the page. */
export const MAX_CELL = 56;
/** A label needs about this much room (CSS px); denser axes label every k-th cell. */
export const LABEL_ROOM = 14;
/** From this cell size on, column labels are written horizontally. */
export const HORIZONTAL_LABELS_FROM = 48;

/** The side of one cell for `cols` columns in `available` CSS pixels. */
export function cellSize(available: number, cols: number): number {
  if (cols < 1) return MAX_CELL;
  return Math.max(MIN_CELL, Math.min(MAX_CELL, Math.floor(available / cols)));
}

/** Label every `labelStep(cell)`-th row/column so labels never overlap. */
export function labelStep(cell: number): number {
  return Math.max(1, Math.ceil(LABEL_ROOM / cell));
}

/** The cell under a point (CSS px from the plot's top-left), or null outside the grid. */
export function cellAt(
  x: number,
  y: number,
  cell: number,
  rows: number,
  cols: number,
): HeatmapCell | null {
  const row = Math.floor(y / cell);
  const col = Math.floor(x / cell);
  if (row < 0 || col < 0 || row >= rows || col >= cols) return null;
  return { row, col };
}

const PAGE = 10;

/**
 * Where a key press moves the focused cell, like an ARIA grid: arrows by one, Home/End to the
 * row's ends, Ctrl+Home/End to the corners, PageUp/PageDown by ten rows. null: not a move key.
 */
export function moveCell(
  from: HeatmapCell,
  key: string,
  ctrl: boolean,
  rows: number,
  cols: number,
): HeatmapCell | null {
  const clamp = (row: number, col: number) => ({
    row: Math.min(rows - 1, Math.max(0, row)),
    col: Math.min(cols - 1, Math.max(0, col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(from.row - 1, from.col);
    case 'ArrowDown':
      return clamp(from.row + 1, from.col);
    case 'ArrowLeft':
      return clamp(from.row, from.col - 1);
    case 'ArrowRight':
      return clamp(from.row, from.col + 1);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(from.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(from.row, cols - 1);
    case 'PageUp':
      return clamp(from.row - PAGE, from.col);
    case 'PageDown':
      return clamp(from.row + PAGE, from.col);
    default:
      return null;
  }
}
