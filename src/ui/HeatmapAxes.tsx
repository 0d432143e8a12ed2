// The HTML around the Heatmap's canvas: axis labels, per-row notes and numbers printed on big
// cells. Memoised, so moving the focused cell re-renders none of them.
import { memo } from 'react';
import { onLight } from './drawHeatmap';
import type { HeatmapColours } from './drawHeatmap';
import { HORIZONTAL_LABELS_FROM, labelStep } from './heatmapGeometry';

/** Keys along the top: written upwards on narrow cells, every k-th one on dense axes. */
export const ColumnLabels = memo(function ColumnLabels({
  labels,
  cell,
}: {
  labels: readonly string[];
  cell: number;
}) {
  const step = labelStep(cell);
  const horizontal = cell >= HORIZONTAL_LABELS_FROM;
  const chars = Math.min(10, Math.max(1, ...labels.map((l) => l.length)));
  return (
    <div
      className={`heatmap__cols${horizontal ? ' heatmap__cols--horizontal' : ''}`}
      style={{ width: labels.length * cell, height: horizontal ? 24 : chars * 7 + 10 }}
      aria-hidden="true"
    >
      {labels.map((label, j) =>
        j % step === 0 ? (
          <span
            key={j}
            style={horizontal ? { left: j * cell, width: cell } : { left: j * cell + cell / 2 }}
          >
            {label}
          </span>
        ) : null,
      )}
    </div>
  );
});

/** One label per row (every k-th on dense axes, or all of them with `every`), centred on it. */
export const RowLabels = memo(function RowLabels({
  labels,
  cell,
  className,
  every = false,
}: {
  labels: readonly string[];
  cell: number;
  className: string;
  every?: boolean;
}) {
  const step = every ? 1 : labelStep(cell);
  return (
    <div className={className} style={{ height: labels.length * cell }} aria-hidden="true">
      {labels.map((label, i) =>
        i % step === 0 ? (
          <span key={i} style={{ top: i * cell + cell / 2 }}>
            {label}
          </span>
        ) : null,
      )}
    </div>
  );
});

interface CellValuesProps {
  values: ArrayLike<number>;
  colours: HeatmapColours;
  rows: number;
  cols: number;
  cell: number;
  format: (row: number, col: number) => string;
}

/**
 * Numbers printed on big cells, dark or light for contrast with the cell's own colour. Masked
 * cells stay empty: their colour and the legend say it, and the table spells it out. Memoised:
 * while the painter draws a drag, the held values skip it.
 */
export const CellValues = memo(function CellValues({
  values,
  colours,
  rows,
  cols,
  cell,
  format,
}: CellValuesProps) {
  const items = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const value = values[i * cols + j] ?? NaN;
      if (!Number.isFinite(value)) continue;
      const light = onLight(colours, value);
      items.push(
        <span
          key={`${i}-${j}`}
          className={`heatmap__value heatmap__value--${light ? 'on-light' : 'on-dark'}`}
          style={{
            top: i * cell,
            left: j * cell,
            width: cell,
            height: cell,
            lineHeight: `${cell}px`,
          }}
        >
          {format(i, j)}
        </span>,
      );
    }
  }
  return (
    <div className="heatmap__values" aria-hidden="true">
      {items}
    </div>
  );
});
