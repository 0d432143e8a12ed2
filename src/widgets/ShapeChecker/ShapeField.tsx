import { useId, useState } from 'react';
import { parseShape, shapeText } from './shape';
import type { Shape } from './shape';

const same = (x: Shape, y: Shape) => x[0] === y[0] && x[1] === y[1];
const display = ([rows, cols]: Shape) => `${rows}×${cols}`;

interface ShapeFieldProps {
  label: string;
  value: Shape;
  onChange: (shape: Shape) => void;
}

/**
 * A text field for a matrix shape, checked as it is typed: a bad entry shows an inline message
 * and leaves the last valid shape in force (like NumberField does for numbers).
 */
export function ShapeField({ label, value, onChange }: ShapeFieldProps) {
  const id = useId();
  const [text, setText] = useState(() => display(value));
  const [error, setError] = useState<string | null>(null);
  const [lastValue, setLastValue] = useState(value);

  // a change from outside (a preset, a reset) replaces the text unless it already says it
  if (!same(value, lastValue)) {
    setLastValue(value);
    const typed = parseShape(text);
    if (!('shape' in typed) || !same(typed.shape, value)) {
      setText(display(value));
      setError(null);
    }
  }

  const commit = (next: string) => {
    setText(next);
    const parsed = parseShape(next);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(null);
    setLastValue(parsed.shape);
    onChange(parsed.shape);
  };

  return (
    <div className="text-field sc-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => commit(event.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error} Still using {shapeText(value)}.
        </p>
      ) : null}
    </div>
  );
}
