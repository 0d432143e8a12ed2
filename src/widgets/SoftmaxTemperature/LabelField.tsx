import { useId, useState } from 'react';
import { LABEL_MAX, labelProblem } from './urlState';

interface LabelFieldProps {
  /** Accessible name, e.g. "Token 1"; the column header is the visible label. */
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/**
 * A token's name as plain text (React renders it as text, so `<script>` is just characters).
 * An empty name or a comma shows an inline message and keeps the last valid name.
 */
export function LabelField({ label, value, onChange }: LabelFieldProps) {
  const id = useId();
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [lastValue, setLastValue] = useState(value);

  // a change from outside (a reset, a removed row) replaces the text
  if (value !== lastValue) {
    setLastValue(value);
    setText(value);
    setError(null);
  }

  const commit = (next: string) => {
    setText(next);
    const problem = labelProblem(next);
    setError(problem);
    if (problem) return;
    setLastValue(next.trim());
    onChange(next.trim());
  };

  return (
    <div className="st-label-field">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={LABEL_MAX}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => commit(event.target.value)}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error} Still using “{value}”.
        </p>
      ) : null}
    </div>
  );
}
