import { useEffect, useId, useLayoutEffect, useMemo, useReducer, useRef } from 'react';
import type { ReactNode } from 'react';
import { useStableCallback } from './liveSource';
import { fraction, fromPosition, positionRange, toPosition } from './logScale';
import type { LogScale } from './logScale';
import { isLiveDrag, onDragEnd, SETTLE_MS, startSliderDrag } from './useSettledValue';

export interface SliderMark {
  value: number;
  label: string;
}

interface CommonProps {
  /** Visible label; also the control's accessible name. */
  label: ReactNode;
  value: number;
  onChange: (value: number) => void;
  /**
   * Given, a pointer drag is live: each step goes here instead of to onChange, the slider writes
   * its value text itself, and onChange follows when the value rests SETTLE_MS and when the
   * drag ends. Keys and clicks still go straight to onChange. For a widget whose picture the
   * painter draws (src/ui/liveSource.ts): a step then renders nothing in React.
   */
  onLive?: ((value: number) => void) | undefined;
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

interface RangeProps extends CommonProps {
  /** The native input's range and step, in positions. */
  min: number;
  max: number;
  step: number;
  /** The value's position on the input, and back. */
  position: number;
  toValue: (position: number) => number;
  /** Where a value sits along the track, 0 … 1 (for the marks). */
  at: (value: number) => number;
  /** The length of the longest value text along the track (widestText). */
  widest: number;
}

/**
 * The length of the longest text `format` gives at 33 positions evenly along the track, ends
 * included. Memoised by the sliders on the format and the range (a format made anew on each
 * render recomputes it, which costs 33 calls).
 */
function widestText(
  format: (value: number) => string,
  toValue: (position: number) => number,
  min: number,
  max: number,
  step: number,
): number {
  let chars = 0;
  const span = max - min;
  for (let k = 0; k <= 32; k++) {
    const position = span > 0 ? min + Math.round((span * k) / 32 / step) * step : min;
    chars = Math.max(chars, format(toValue(Math.min(max, position))).length);
  }
  return chars;
}

interface LiveDrag {
  /** The latest step, and the value onChange last heard (NaN: none yet). */
  last: number;
  told: number;
  timer: number;
  forget: () => void;
}

/**
 * The input's change handler, with live drags (see onLive): a live step calls `show` and
 * onLive, and no React state changes, so nothing renders; onChange hears the value when it
 * rests and when the drag ends. Any other change goes to onChange and re-renders the slider,
 * which puts the thumb back where `value` says if the widget did not take it.
 */
function useChangeHandler(
  onChange: (value: number) => void,
  onLive: ((value: number) => void) | undefined,
  show: (value: number) => void,
): (value: number) => void {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const drag = useRef<LiveDrag | null>(null);
  const tellWidget = useStableCallback(onChange);
  const tell = (d: LiveDrag) => {
    if (Object.is(d.last, d.told)) return;
    d.told = d.last;
    tellWidget(d.last);
  };
  const finish = useStableCallback(() => {
    const d = drag.current;
    if (!d) return;
    drag.current = null;
    window.clearTimeout(d.timer);
    tell(d);
    rerender();
  });
  // an unmount mid-drag tells nobody
  useEffect(
    () => () => {
      const d = drag.current;
      if (d) {
        window.clearTimeout(d.timer);
        d.forget();
      }
    },
    [],
  );
  return (next: number) => {
    if (!onLive || !isLiveDrag()) {
      onChange(next);
      rerender();
      return;
    }
    const d = (drag.current ??= { last: next, told: NaN, timer: 0, forget: onDragEnd(finish) });
    d.last = next;
    window.clearTimeout(d.timer);
    d.timer = window.setTimeout(() => tell(d), SETTLE_MS);
    // the widget first: what it reads from the page as a drag starts (a font, its rows' boxes)
    // then comes from the last frame's layout, not a fresh one forced by the new value text
    onLive(next);
    show(next);
  };
}

const NBSP = '\u00a0';

/**
 * A live step's value text: padded at the start with no-break spaces to `chars`, the width of
 * its box in its monospace font, and written into the text node that is there. Chromium
 * rebuilds the page's compositing layers (every paint chunk of the lesson, 3–9 ms at 4× CPU)
 * whenever a painted text's box changes size, as "T = 0.1" after "T = 0.089" does; padded, every
 * step's text has the same box and a step only repaints (a 60-step attention drag: 11 such
 * rebuilds → 1).
 */
function writeLiveText(el: HTMLOutputElement, shown: string, chars: number) {
  const padded = shown.padStart(chars, NBSP);
  const only = el.firstChild;
  if (only instanceof Text && only === el.lastChild) only.data = padded;
  else el.textContent = padded;
}

/** What both sliders draw: the label with the value, the native range input and the marks. */
function Range(props: RangeProps) {
  const id = useId();
  const text = props.format(props.value);
  const input = useRef<HTMLInputElement>(null);
  const output = useRef<HTMLOutputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  // The input is uncontrolled, so a live step needs no render (React puts a controlled input
  // back to its `value` prop after every input event); the thumb is kept at `position` here.
  useLayoutEffect(() => {
    const el = input.current;
    if (el && el.value !== String(props.position)) el.value = String(props.position);
  });
  const { format } = props;
  // The value is a box of fixed size (slider__value, size and layout containment), so the text
  // a drag changes every frame is laid out on its own instead of with the whole page. Its width,
  // in `ch` of its monospace font, fits the widest text along the track (widestText) and the
  // current one, so a drag rarely changes it.
  const chars = Math.max(text.length, props.widest);
  const change = useChangeHandler(props.onChange, props.onLive, (value) => {
    // a live step's value text, written where React writes it (React puts its own text back
    // after the drag, see below)
    const shown = format(value);
    if (output.current) writeLiveText(output.current, shown, chars);
    input.current?.setAttribute('aria-valuetext', shown);
  });
  // after a live drag (its end renders the slider), the text as React renders it, without the
  // live steps' padding: React writes it itself only when it differs from the one before the drag
  const [, rendered] = useReducer((n: number) => n + 1, 0);
  useLayoutEffect(() => {
    const el = output.current;
    if (isLiveDrag()) return;
    if (el && el.textContent !== text) el.textContent = text;
    root.current?.removeAttribute('data-live-drag');
  });
  return (
    <div ref={root} className={`slider${props.className ? ` ${props.className}` : ''}`}>
      <label htmlFor={id} className="slider__label">
        {props.label}
        <span className="slider__value-box" style={{ width: `${chars}ch` }}>
          <output ref={output} htmlFor={id} className="slider__value">
            {text}
          </output>
        </span>
      </label>
      <div className="slider__track">
        <input
          ref={input}
          id={id}
          type="range"
          min={props.min}
          max={props.max}
          step={props.step}
          defaultValue={props.position}
          disabled={props.disabled}
          aria-valuetext={text}
          onPointerDown={() => {
            startSliderDrag(props.onLive !== undefined);
            // the press shows the current value live: the widget's first live picture (its
            // code's first run, the theme read, the painter's first draw) is made now, while the
            // thumb is still, not in the first frame of the movement
            props.onLive?.(props.value);
            // and pads the value's text as the steps will: its box then changes once, now
            if (props.onLive && output.current) {
              writeLiveText(output.current, text, chars);
              // a layer of its own while the hand drags it (widget.css)
              root.current?.setAttribute('data-live-drag', '');
              onDragEnd(rendered);
            }
          }}
          onChange={(event) => change(props.toValue(Number(event.target.value)))}
        />
        <Marks marks={props.marks ?? []} at={props.at} />
      </div>
    </div>
  );
}

/**
 * A native range input on a log scale: arrow keys step in log space (the same factor each
 * step), `aria-valuetext` carries the real value, and marks (e.g. a critical rate) sit on the
 * track.
 */
export function LogSlider({ stepsPerDecade = 20, ...props }: LogSliderProps) {
  const { format, min, max, value } = props;
  const scale: LogScale = { min, max, stepsPerDecade };
  const range = positionRange(scale);
  const widest = useMemo(() => {
    const log: LogScale = { min, max, stepsPerDecade };
    const positions = positionRange(log);
    const value = (position: number) => fromPosition(log, position);
    return widestText(format, value, positions.min, positions.max, 1);
  }, [format, min, max, stepsPerDecade]);
  return (
    <Range
      {...props}
      min={range.min}
      max={range.max}
      step={1}
      position={toPosition(scale, value)}
      toValue={(position) => fromPosition(scale, position)}
      at={(v) => fraction(scale, v)}
      widest={widest}
    />
  );
}

/** A native range input on a linear scale, with the same label, value text and marks. */
export function LinearSlider(props: LinearSliderProps) {
  const { format, min, max, step, value } = props;
  const widest = useMemo(
    () => widestText(format, (position) => position, min, max, step),
    [format, min, max, step],
  );
  return (
    <Range
      {...props}
      position={value}
      toValue={(position) => position}
      at={(v) => (v - min) / (max - min)}
      widest={widest}
    />
  );
}
