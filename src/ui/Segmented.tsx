import { useId } from 'react';
import type { ReactNode } from 'react';

export interface SegmentedProps<T extends string | number> {
  legend: ReactNode;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  /** What each option's label says. */
  labelOf: (option: T) => ReactNode;
  /** Extra class beside `segmented`. */
  className?: string;
}

/** A row of radio buttons in a fieldset, drawn as a segmented control (`.segmented`). */
export function Segmented<T extends string | number>(props: SegmentedProps<T>) {
  const name = useId();
  return (
    <fieldset className={`segmented${props.className ? ` ${props.className}` : ''}`}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option}>
          <input
            type="radio"
            name={name}
            value={option}
            checked={props.value === option}
            onChange={() => props.onChange(option)}
          />
          {props.labelOf(option)}
        </label>
      ))}
    </fieldset>
  );
}
