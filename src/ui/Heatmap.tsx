import { memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent, PointerEvent } from 'react';
import { useWidth } from './useWidth';
import { drawHeatmap } from './drawHeatmap';
import type { HeatmapColours } from './drawHeatmap';
import { CellValues, ColumnLabels, RowLabels } from './HeatmapAxes';
import { cellAt, cellSize, moveCell } from './heatmapGeometry';
import type { HeatmapCell } from './heatmapGeometry';
import { HeatmapLegend } from './HeatmapLegend';
import { heatmapScene } from './heatmapPreview';
import type { HeatmapPreview } from './heatmapPreview';
import type { LiveSource } from './liveSource';
import { PictureOverlay } from './picture/PictureOverlay';
import { HeatmapTable } from './HeatmapTable';
import './Heatmap.css';

export type { HeatmapCell } from './heatmapGeometry';

export interface HeatmapProps {
  /** Accessible name of the plot and caption of the table, e.g. "Attention weights". */
  label: string;
  /** Axis titles, e.g. "Queries" and "Keys". */
  rowTitle: string;
  colTitle: string;
  rowLabels: readonly string[];
  colLabels: readonly string[];
  /** rows × cols values, row-major. NaN and ±Infinity are drawn as "masked". */
  values: ArrayLike<number>;
  colours: HeatmapColours;
  legendTitle: string;
  formatLegend: (value: number) => string;
  /** Whether any cell is masked (adds the masked swatch to the legend). */
  hasMasked?: boolean;
  /** A cell's number as text, for the table and (on big cells) inside the cell. */
  formatCell: (row: number, col: number) => string;
  /** The sentence announced for the focused cell, e.g. "cat → sat: 0.412". */
  describeCell: (row: number, col: number) => string;
  /** The outlined cell (hovered or focused); the parent owns it to show details. */
  active: HeatmapCell | null;
  onActiveChange: (cell: HeatmapCell) => void;
  selectedRow?: number | null;
  /** Click or Enter on a cell selects its row. */
  onSelectRow?: (row: number) => void;
  /** One note per row, e.g. each row's sum: beside the plot when cells are big, in the table. */
  rowNotes?: { title: string; values: readonly string[] };
  /**
   * During a live slider drag (src/ui/liveSource.ts): row softmax's inputs, from which the
   * painter worker forms and draws the weights, with their numbers, over the plot. Only the
   * overlay renders on a drag's step.
   */
  live?: LiveSource<HeatmapPreview> | undefined;
}

const NOTES_FROM = 16;
const VALUES_FROM = 44;
/** Numbers are printed on the cells of grids up to this many cells (and cells this big). */
export const VALUES_UP_TO = 64;
const NOTES_WIDTH = 56;
const NO_NOTES: readonly string[] = [];

/** The font of `.heatmap__value` (0.8rem, mono) for the painter, which knows no rem. */
function valueFont(): string {
  const root = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return `${root * 0.8}px var(--font-mono)`;
}

/**
 * A live drag's cells for the painter. The numbers' font is read as a drag starts, not per step
 * (reading styles on every step would force a style pass each time).
 */
function liveScenes(rows: number, cols: number, cell: number, showValues: boolean) {
  let font = '';
  return (preview: HeatmapPreview, start: boolean) => {
    if (start || !font) font = valueFont();
    return heatmapScene(preview, rows, cols, cell, showValues, font);
  };
}

/**
 * A dense grid drawn on one canvas (one pixel per cell, redrawn once per animation frame at
 * most), with HTML axis labels, a legend, keyboard focus of a single cell announced in words,
 * and a "Show as table" alternative. Hover and focus never re-render per cell. Memoised: give it
 * stable props (memoised values, stable callbacks) and a parent's re-render skips it.
 */
export const Heatmap = memo(function Heatmap(props: HeatmapProps) {
  const { rowLabels, colLabels, values, colours, active, onActiveChange } = props;
  const rows = rowLabels.length;
  const cols = colLabels.length;
  const id = useId();
  const [boxRef, boxWidth] = useWidth<HTMLDivElement>();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const outlineRef = useRef<HTMLDivElement>(null);
  const [showTable, setShowTable] = useState(false);
  const keyboardMove = useRef(false);

  const labelChars = Math.min(10, Math.max(2, ...rowLabels.map((l) => l.length)));
  // wide enough for the corner's axis titles too
  const labelWidth = Math.max(68, labelChars * 8 + 12);
  const roughCell = cellSize(boxWidth - labelWidth - 8, cols);
  const notes = props.rowNotes && roughCell >= NOTES_FROM ? props.rowNotes : undefined;
  const cell = notes ? cellSize(boxWidth - labelWidth - NOTES_WIDTH - 8, cols) : roughCell;

  // One canvas pixel per cell, scaled up by CSS (its style size, `image-rendering: pixelated`:
  // sharp cell edges on whole device pixels, as drawing every device pixel gave). A 128-token
  // step writes 16,384 pixels, not the ~500,000 of a device-pixel canvas; the size of the box
  // no longer matters to the drawing. Coalesced: several updates in one frame draw once.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const frame = requestAnimationFrame(() => {
      const w = Math.max(1, cols);
      const h = Math.max(1, rows);
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      const ctx = canvas.getContext('2d');
      if (ctx) drawHeatmap(ctx, values, rows, cols, colours);
    });
    return () => cancelAnimationFrame(frame);
  }, [values, rows, cols, colours]);

  // the latest props for the pointer's animation-frame callback
  const latest = useRef({ active, onActiveChange, cell, rows, cols });
  useEffect(() => {
    latest.current = { active, onActiveChange, cell, rows, cols };
  });
  const hover = useRef<{ x: number; y: number; frame: number }>({ x: 0, y: 0, frame: 0 });
  useEffect(() => () => cancelAnimationFrame(hover.current.frame), []);

  useEffect(() => {
    if (!keyboardMove.current) return;
    keyboardMove.current = false;
    outlineRef.current?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active]);

  const pointFrom = (event: MouseEvent<HTMLDivElement>) => {
    const rect = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const h = hover.current;
    Object.assign(h, pointFrom(event));
    if (h.frame) return;
    h.frame = requestAnimationFrame(() => {
      h.frame = 0;
      const now = latest.current;
      const target = cellAt(h.x, h.y, now.cell, now.rows, now.cols);
      if (target && (target.row !== now.active?.row || target.col !== now.active.col)) {
        now.onActiveChange(target);
      }
    });
  };

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const { x, y } = pointFrom(event);
    const target = cellAt(x, y, cell, rows, cols);
    if (!target) return;
    onActiveChange(target);
    props.onSelectRow?.(target.row);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const from = active ?? { row: props.selectedRow ?? 0, col: 0 };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      props.onSelectRow?.(from.row);
      return;
    }
    const to = moveCell(from, event.key, event.ctrlKey || event.metaKey, rows, cols);
    if (!to) return;
    event.preventDefault();
    keyboardMove.current = true;
    onActiveChange(to);
  };

  const onFocus = () => {
    if (!active) onActiveChange({ row: Math.min(props.selectedRow ?? 0, rows - 1), col: 0 });
  };

  const showValues = cell >= VALUES_FROM && rows * cols <= VALUES_UP_TO;
  const liveScene = useMemo(
    () => liveScenes(rows, cols, cell, showValues),
    [rows, cols, cell, showValues],
  );
  const plotStyle = { width: cols * cell, height: rows * cell };
  const announcement = active
    ? props.describeCell(active.row, active.col)
    : `Focus the heatmap and use the arrow keys to read each cell.`;

  return (
    <div className="heatmap" ref={boxRef}>
      <div className="heatmap__scroll">
        <div
          className="heatmap__grid"
          style={{ gridTemplateColumns: `${labelWidth}px ${cols * cell}px auto` }}
        >
          <div className="heatmap__corner" aria-hidden="true">
            <span>{props.colTitle} →</span>
            <span>{props.rowTitle} ↓</span>
          </div>
          <ColumnLabels labels={colLabels} cell={cell} />
          <div className="heatmap__notes-title" aria-hidden="true">
            {notes?.title}
          </div>
          <RowLabels labels={rowLabels} cell={cell} className="heatmap__rows" />
          <div
            className="heatmap__plot"
            style={plotStyle}
            tabIndex={0}
            role="application"
            aria-roledescription="heatmap"
            aria-label={`${props.label}: ${rows} ${props.rowTitle.toLowerCase()} by ${cols} ${props.colTitle.toLowerCase()}`}
            aria-describedby={`${id}-help ${id}-live`}
            onPointerMove={onPointerMove}
            onClick={onClick}
            onKeyDown={onKeyDown}
            onFocus={onFocus}
          >
            <canvas ref={canvasRef} className="heatmap__canvas" style={plotStyle} />
            {/* under the row band, outline and numbers: the live cells while a slider drags */}
            {props.live ? <PictureOverlay source={props.live} build={liveScene} /> : null}
            {props.selectedRow != null && props.selectedRow < rows ? (
              <div
                className="heatmap__row-band"
                style={{ top: props.selectedRow * cell, height: cell }}
              />
            ) : null}
            {showValues ? (
              <CellValues {...{ values, colours, rows, cols, cell, format: props.formatCell }} />
            ) : null}
            {active && active.row < rows && active.col < cols ? (
              <div
                ref={outlineRef}
                className="heatmap__outline"
                style={{
                  top: active.row * cell,
                  left: active.col * cell,
                  width: cell,
                  height: cell,
                }}
              />
            ) : null}
          </div>
          <RowLabels
            labels={notes?.values ?? NO_NOTES}
            cell={cell}
            className="heatmap__notes"
            every
          />
        </div>
      </div>
      <p id={`${id}-help`} className="heatmap__help">
        Rows are {props.rowTitle.toLowerCase()}, columns are {props.colTitle.toLowerCase()}. Arrow
        keys move between cells, Home and End jump to the ends of a row
        {props.onSelectRow ? ', Enter selects the row' : ''}.
      </p>
      <p id={`${id}-live`} className="heatmap__announce" aria-live="polite">
        {announcement}
      </p>
      <div className="heatmap__footer">
        <HeatmapLegend
          colours={colours}
          title={props.legendTitle}
          format={props.formatLegend}
          showMasked={props.hasMasked ?? false}
        />
        <button
          type="button"
          className="button button--small"
          aria-pressed={showTable}
          onClick={() => setShowTable((shown) => !shown)}
        >
          Show as table
        </button>
      </div>
      {showTable ? (
        <HeatmapTable
          caption={props.label}
          rowTitle={props.rowTitle}
          colTitle={props.colTitle}
          rowLabels={rowLabels}
          colLabels={colLabels}
          formatCell={props.formatCell}
          rowNotes={props.rowNotes}
        />
      ) : null}
    </div>
  );
});
