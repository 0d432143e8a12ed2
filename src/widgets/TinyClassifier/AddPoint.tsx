import { useState } from 'react';
import { NumberField } from '../../ui/NumberField';
import { EXTENT } from './data';
import type { XY } from './geometry';

interface AddPointProps {
  label: 0 | 1;
  added: number;
  max: number;
  onLabel: (label: 0 | 1) => void;
  onAdd: (at: XY) => void;
  onClear: () => void;
}

/** Keyboard way to add a point (a click on the plot adds one too), and the class new points get. */
export function AddPoint({ label, added, max, onLabel, onAdd, onClear }: AddPointProps) {
  const [at, setAt] = useState<XY>({ x: 0, y: 0 });
  const full = added >= max;
  return (
    <fieldset className="tc-add">
      <legend>Add a point (or click the plot)</legend>
      <div className="tc-add__row">
        {([0, 1] as const).map((c) => (
          <label key={c}>
            <input
              type="radio"
              name="tc-new-class"
              checked={label === c}
              onChange={() => onLabel(c)}
            />{' '}
            class {c} {c === 0 ? '(circle)' : '(square)'}
          </label>
        ))}
      </div>
      <div className="tc-add__row">
        <NumberField
          label="x₁"
          value={at.x}
          min={-EXTENT}
          max={EXTENT}
          digits={2}
          onChange={(x) => setAt((p) => ({ ...p, x }))}
        />
        <NumberField
          label="x₂"
          value={at.y}
          min={-EXTENT}
          max={EXTENT}
          digits={2}
          onChange={(y) => setAt((p) => ({ ...p, y }))}
        />
        <button
          type="button"
          className="button button--small"
          disabled={full}
          onClick={() => onAdd(at)}
        >
          Add point
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={added === 0}
          onClick={onClear}
        >
          Remove added points ({added})
        </button>
      </div>
      {full ? <p className="tc-note">That is the most points you can add ({max}).</p> : null}
    </fieldset>
  );
}
