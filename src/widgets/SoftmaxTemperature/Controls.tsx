import { memo, useId, useState } from 'react';
import { formatSignificant } from '../../ui/format';
import { NumberField } from '../../ui/NumberField';
import { LinearSlider, LogSlider } from '../../ui/Slider';
import { SeedField } from '../../ui/SeedField';
import { useSettledValue } from '../../ui/useSettledValue';
import { T_MAX, T_MIN } from './urlState';

const showT = (t: number) => `T = ${formatSignificant(t, 3)}`;

export function TemperatureControls({
  t,
  onChange,
  onLive,
}: {
  t: number;
  onChange: (t: number) => void;
  /** The slider's live steps (Slider's onLive), where the painter draws the rows. */
  onLive?: ((t: number) => void) | undefined;
}) {
  // the exact field is words: while the slider drags, its own value text moves and this waits
  const exactT = useSettledValue(t);
  return (
    <div className="st-temperature">
      <LogSlider
        label="Temperature"
        value={t}
        min={T_MIN}
        max={T_MAX}
        stepsPerDecade={20}
        format={showT}
        marks={[{ value: 1, label: 'T = 1' }]}
        onChange={onChange}
        onLive={onLive}
        className="st-temperature__slider"
      />
      <NumberField
        label="Exact T"
        value={exactT}
        min={T_MIN}
        max={T_MAX}
        digits={4}
        onChange={onChange}
      />
    </div>
  );
}

interface FilterControlsProps {
  n: number;
  k: number | null;
  p: number | null;
  onK: (k: number | null) => void;
  onP: (p: number | null) => void;
  /** The mass slider's live steps (Slider's onLive), where the painter draws the rows. */
  onLiveP?: ((p: number) => void) | undefined;
}

/** top-k as a choice of 1…n (or off); top-p as a switch and a mass slider. */
/** Memoised with the sampling group: a temperature step changes neither. */
export const FilterControls = memo(function FilterControls({
  n,
  k,
  p,
  onK,
  onP,
  onLiveP,
}: FilterControlsProps) {
  const kId = useId();
  // the slider's last value comes back when top-p is switched on again
  const [lastP, setLastP] = useState(p ?? 0.9);
  const options = Array.from({ length: Math.max(n, k ?? 0) }, (_, i) => i + 1);
  return (
    <fieldset className="st-group st-filters">
      <legend>Sampling filters</legend>
      <div className="st-select">
        <label htmlFor={kId}>top-k</label>
        <select
          id={kId}
          value={k === null ? 'off' : String(k)}
          onChange={(event) =>
            onK(event.target.value === 'off' ? null : Number(event.target.value))
          }
        >
          <option value="off">off</option>
          {options.map((value) => (
            <option key={value} value={value}>
              {value >= n ? `${value} (keeps all)` : value}
            </option>
          ))}
        </select>
      </div>
      <div className="st-top-p">
        <label className="st-check">
          <input
            type="checkbox"
            checked={p !== null}
            onChange={(event) => onP(event.target.checked ? lastP : null)}
          />
          top-p
        </label>
        {p !== null ? (
          <LinearSlider
            label="Keep probability mass"
            value={p}
            min={0.01}
            max={1}
            step={0.01}
            format={(v) => `p = ${formatSignificant(v, 3)}`}
            onChange={(value) => {
              setLastP(value);
              onP(value);
            }}
            onLive={onLiveP}
          />
        ) : null}
      </div>
    </fieldset>
  );
});

interface SamplingControlsProps {
  seed: number;
  draws: number;
  maxDraws: number;
  onSample: () => void;
  onClear: () => void;
  onSeed: (seed: number) => void;
}

export const SamplingControls = memo(function SamplingControls(props: SamplingControlsProps) {
  const { seed, draws, maxDraws } = props;
  return (
    <fieldset className="st-group st-sampling">
      <legend>Sampling</legend>
      <div className="st-sampling__row">
        <button
          type="button"
          className="button"
          disabled={draws >= maxDraws}
          onClick={props.onSample}
        >
          Sample 100
        </button>
        {draws > 0 ? (
          <button type="button" className="button button--small" onClick={props.onClear}>
            Clear draws
          </button>
        ) : null}
      </div>
      <SeedField seed={seed} onChange={props.onSeed} />
      <p className="st-hint">
        {draws === 0
          ? 'No draws yet. The same seed always gives the same draws.'
          : `${draws} draws so far${draws >= maxDraws ? ' (the most this widget makes)' : ''}; the same seed always gives the same draws.`}
      </p>
    </fieldset>
  );
});
