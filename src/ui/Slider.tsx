import { useId } from 'react';
import type { ReactNode } from 'react';
import { fraction, fromPosition, positionRange, toPosition } from './logScale';
import type { LogScale } from './logScale';
import { startSliderDrag } from './useSettledValue';

export interface SliderMark {
  value: number;
  label: string;
}

interface CommonProps {
  /** Visible label; also the control's accessible name. */
  label: ReactNode;
  value: number;
  onChange: (value: number) => void;
  /** How the value is read aloud and shown, e.g. (v) => `η = ${v}`. */
  format: (value: number) => string;
  marks?: readonly SliderMark[];
  disabled?: boolean;
  className?: string;
}

export interface LogSliderProps extends CommonProps {
  min: number;
  max: number;
  /** Arrow-key steps per factor of ten. Default 20 (each step ≈ ×1.12). */
  stepsPerDecade?: number;
}

export interface LinearSliderProps extends CommonProps {
  min: number;
  max: number;
  step: number;
}

function Marks({ marks, at }: { marks: readonly SliderMark[]; at: (v: number) => number }) {
  if (marks.length === 0) return null;
  return (
    <div className="slider__marks" aria-hidden="true">
      {marks.map((mark) => {
        const f = at(mark.value);
        if (!(f >= 0 && f <= 1)) return null;
        return (
          <span key={mark.label} className="slider__mark" style={{ left: `${f * 100}%` }}>
            {mark.label}
          </span>
        );
      })}
    </div>
  );
}

/**
 * A native range input on a log scale: arrow keys step in log space (the same factor each
 * step), `aria-valuetext` carries the real value, and marks (e.g. a critical rate) sit on the
 * track.
 */
export function LogSlider(props: LogSliderProps) {
  const id = useId();
  const scale: LogScale = {
    min: props.min,
    max: props.max,
    stepsPerDecade: props.stepsPerDecade ?? 20,
  };
  const range = positionRange(scale);
  const position = toPosition(scale, props.value);
  const text = props.format(props.value);
  return (
    <div className={`slider${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id} className="slider__label">
        {props.label}
        <output htmlFor={id} className="slider__value">
          {text}
        </output>
      </label>
      <div className="slider__track">
        <input
          id={id}
          type="range"
          min={range.min}
          max={range.max}
          step={1}
          value={position}
          disabled={props.disabled}
          aria-valuetext={text}
          onPointerDown={startSliderDrag}
          onChange={(event) => props.onChange(fromPosition(scale, Number(event.target.value)))}
        />
        <Marks marks={props.marks ?? []} at={(v) => fraction(scale, v)} />
      </div>
    </div>
  );
}

/** A native range input on a linear scale, with the same label, value text and marks. */
export function LinearSlider(props: LinearSliderProps) {
  const id = useId();
  const text = props.format(props.value);
  return (
    <div className={`slider${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id} className="slider__label">
        {props.label}
        <output htmlFor={id} className="slider__value">
          {text}
        </output>
      </label>
      <div className="slider__track">
        <input
          id={id}
          type="range"
          min={props.min}
          max={props.max}
          step={props.step}
          value={props.value}
          disabled={props.disabled}
          aria-valuetext={text}
          onPointerDown={startSliderDrag}
          onChange={(event) => props.onChange(Number(event.target.value))}
        />
        <Marks marks={props.marks ?? []} at={(v) => (v - props.min) / (props.max - props.min)} />
      </div>
    </div>
  );
}
