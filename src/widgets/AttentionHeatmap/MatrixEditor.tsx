import { memo } from 'react';
import { NumberField } from '../../ui/NumberField';
import { editShape, setEntry, shapeOf } from './matrices';
import type { MatrixName, Matrices, ShapeEdit } from './matrices';
import { ENTRY_LIMIT, MATRIX_MAX } from './params';

interface MatrixEditorProps {
  matrices: Matrices;
  onChange: (next: Matrices) => void;
}

const names: Record<MatrixName, { symbol: string; rowName: string; meaning: string }> = {
  q: { symbol: 'Q', rowName: 'query', meaning: 'queries' },
  k: { symbol: 'K', rowName: 'key', meaning: 'keys' },
  v: { symbol: 'V', rowName: 'value', meaning: 'values' },
};

function MatrixGrid({ name, matrices, onChange }: MatrixEditorProps & { name: MatrixName }) {
  const m = matrices[name];
  const { symbol, rowName, meaning } = names[name];
  const cols = m[0]?.length ?? 0;
  return (
    <fieldset className="matrix-grid">
      <legend>
        {symbol} ({meaning}, {m.length}×{cols})
      </legend>
      <div
        className="matrix-grid__cells"
        style={{ gridTemplateColumns: `auto repeat(${cols}, auto)` }}
      >
        {m.map((row, i) => [
          <span key={`h${i}`} className="matrix-grid__row-name" aria-hidden="true">
            {rowName[0]}
            {i + 1}
          </span>,
          ...row.map((x, j) => (
            <NumberField
              key={`${i}-${j}`}
              label={`${symbol} row ${i + 1}, column ${j + 1}`}
              value={x}
              min={-ENTRY_LIMIT}
              max={ENTRY_LIMIT}
              step={0.1}
              digits={3}
              onChange={(value) => onChange(setEntry(matrices, name, i, j, value))}
            />
          )),
        ])}
      </div>
    </fieldset>
  );
}

interface ShapeControl {
  label: string;
  value: number;
  add: ShapeEdit;
  remove: ShapeEdit;
  addText: string;
  removeText: string;
}

/** Small editable Q, K and V, with buttons that change their shapes together. */
export const MatrixEditor = memo(function MatrixEditor({ matrices, onChange }: MatrixEditorProps) {
  const s = shapeOf(matrices);
  const controls: ShapeControl[] = [
    {
      label: 'Queries',
      value: s.n,
      add: 'add-query',
      remove: 'remove-query',
      addText: 'Add query',
      removeText: 'Remove query',
    },
    {
      label: 'Keys (and values)',
      value: s.keys,
      add: 'add-key',
      remove: 'remove-key',
      addText: 'Add key',
      removeText: 'Remove key',
    },
    {
      label: 'dₖ (width of Q and K)',
      value: s.dk,
      add: 'add-dk',
      remove: 'remove-dk',
      addText: 'Widen Q and K',
      removeText: 'Narrow Q and K',
    },
    {
      label: 'dᵥ (width of V)',
      value: s.dv,
      add: 'add-dv',
      remove: 'remove-dv',
      addText: 'Widen V',
      removeText: 'Narrow V',
    },
  ];
  const edit = (e: ShapeEdit) => onChange(editShape(matrices, e, MATRIX_MAX));
  return (
    <div className="matrix-editor">
      <div className="matrix-editor__grids">
        {(['q', 'k', 'v'] as const).map((name) => (
          <MatrixGrid key={name} name={name} matrices={matrices} onChange={onChange} />
        ))}
      </div>
      <div className="matrix-editor__shapes">
        {controls.map((c) => (
          <div key={c.add} className="matrix-editor__shape" role="group" aria-label={c.label}>
            <span>
              {c.label}: <strong>{c.value}</strong>
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={c.value <= 1}
              onClick={() => edit(c.remove)}
            >
              {c.removeText}
            </button>
            <button
              type="button"
              className="button button--small"
              disabled={c.value >= MATRIX_MAX}
              onClick={() => edit(c.add)}
            >
              {c.addText}
            </button>
          </div>
        ))}
      </div>
      <p className="matrix-editor__note">
        Up to {MATRIX_MAX} rows and columns; entries from −{ENTRY_LIMIT} to {ENTRY_LIMIT}. Adding a
        key adds a value row too: every key passes on one value.
      </p>
    </div>
  );
});
