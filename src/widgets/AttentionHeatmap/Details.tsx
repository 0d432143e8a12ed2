import { memo } from 'react';
import type { HeatmapCell } from '../../ui/Heatmap';
import { cellReadout, keyName, queryName, vectorText, weightText } from './describe';
import { isMasked, topKeys } from './model';
import type { AttentionView, Mode } from './model';

/** Rows with at most this many keys list every key; longer rows list the largest weights. */
const ALL_BARS_UP_TO = 16;
const TOP_BARS = 10;

/** Raw score, scaled score and weight of the hovered or focused cell. */
export const CellReadoutPanel = memo(function CellReadoutPanel({
  view,
  mode,
  cell,
}: {
  view: AttentionView;
  mode: Mode;
  cell: HeatmapCell;
}) {
  const r = cellReadout(view, cell.row, cell.col);
  return (
    <div className="attention-cell">
      <h4 className="attention-panel__title">
        Cell {queryName(view, mode, cell.row)} → {keyName(view, mode, cell.col)}
      </h4>
      <dl className="readouts attention-cell__readouts">
        <div>
          <dt>Raw score q·k</dt>
          <dd>{r.raw}</dd>
        </div>
        <div>
          <dt>Scaled score</dt>
          <dd>{r.scaled}</dd>
        </div>
        <div>
          <dt>Weight</dt>
          <dd>{r.weight}</dd>
        </div>
      </dl>
    </div>
  );
});

/** The selected query's weights as bars, its row sum and its output vector. */
export const RowPanel = memo(function RowPanel({
  view,
  mode,
  row,
}: {
  view: AttentionView;
  mode: Mode;
  row: number;
}) {
  const weights = view.weights[row] ?? [];
  const all = view.m <= ALL_BARS_UP_TO;
  const keys = all ? weights.map((_, j) => j) : topKeys(view, row, TOP_BARS);
  const shown = new Set(keys);
  const otherMass = weights.reduce((s, w, j) => (shown.has(j) ? s : s + w), 0);
  return (
    <div className="attention-row">
      <h4 className="attention-panel__title">
        Row {row + 1}: query {queryName(view, mode, row)}
      </h4>
      <p className="attention-row__hint">
        {all ? 'Its weight on every key:' : `Its ${TOP_BARS} largest weights (of ${view.m} keys):`}
      </p>
      <ul className="weight-bars">
        {keys.map((j) => {
          const masked = isMasked(view, row, j);
          const w = weights[j] ?? 0;
          return (
            <li key={j} className={masked ? 'weight-bars__item--masked' : undefined}>
              <span className="weight-bars__key">{keyName(view, mode, j)}</span>
              <span className="weight-bars__track" aria-hidden="true">
                <span className="weight-bars__bar" style={{ width: `${w * 100}%` }} />
              </span>
              <span className="weight-bars__value">{masked ? 'masked' : weightText(w)}</span>
            </li>
          );
        })}
      </ul>
      {all ? null : (
        <p className="attention-row__hint">
          The other {view.m - keys.length} keys share {weightText(otherMass)}.
        </p>
      )}
      <dl className="readouts attention-row__readouts">
        <div>
          <dt>Row sum</dt>
          <dd>{weightText(view.rowSums[row] ?? 0)}</dd>
        </div>
        <div>
          <dt>Output</dt>
          <dd>{vectorText(view.output[row] ?? [])}</dd>
        </div>
      </dl>
    </div>
  );
});
