import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatShort, parseNumber } from './format';

export interface NumberFieldProps {
  /** Visible label; also the field's accessible name. */
  label: string;
  value: number;
  /** Called with every valid value; invalid text never reaches the widget. */
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  /** Arrow-key step (Shift × 10). Default 0.1. */
  step?: number;
  /** Decimals shown when the value changes from outside. Default 4. */
  digits?: number;
  className?: string;
}

function validate(text: string, min: number, max: number): { value: number } | { error: string } {
  if (text.trim() === '') return { error: 'Enter a number.' };
  const value = parseNumber(text);
  if (value === null) return { error: `“${text.slice(0, 20)}” is not a number.` };
  if (value < min || value > max) {
    return { error: `Use a value from ${formatShort(min)} to ${formatShort(max)}.` };
  }
  return { value };
}

/**
 * A text field for one number: typed input is checked as it is typed, a bad entry shows an
 * inline message and leaves the last valid value in force.
 */
export function NumberField({
  label,
  value,
  onChange,
  min = -Infinity,
  max = Infinity,
  step = 0.1,
  digits = 4,
  className,
}: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(() => formatShort(value, digits));
  const [error, setError] = useState<string | null>(null);
  const [lastValue, setLastValue] = useState(value);

  // a change from outside (a drag, a reset) replaces the text, unless the text already says it
  if (value !== lastValue) {
    setLastValue(value);
    if (parseNumber(text) !== value) {
      setText(formatShort(value, digits));
      setError(null);
    }
  }

  const commit = (next: string) => {
    setText(next);
    const result = validate(next, min, max);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    setError(null);
    setLastValue(result.value);
    onChange(result.value);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const delta = (event.key === 'ArrowUp' ? 1 : -1) * step * (event.shiftKey ? 10 : 1);
    const next = Math.min(max, Math.max(min, Math.round((value + delta) / step) * step));
    commit(formatShort(next, digits));
  };

  return (
    <div className={`text-field number-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => commit(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error} Still using {formatShort(value, digits)}.
        </p>
      ) : null}
    </div>
  );
}
