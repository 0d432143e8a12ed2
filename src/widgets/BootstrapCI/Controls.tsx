import { useId } from 'react';
import { SeedField } from '../../ui/SeedField';
import { LinearSlider } from '../../ui/Slider';
import { CONFIDENCE_MAX, N_MAX, N_MIN, RESAMPLE_CHOICES } from './params';
import type { Params } from './params';

interface ControlsProps {
  params: Params;
  onChange: (change: Partial<Params>) => void;
  onResample: () => void;
  onNewSample: () => void;
}

export function Controls({ params, onChange, onResample, onNewSample }: ControlsProps) {
  const resamplesId = useId();
  // a value from a link that is not one of the choices is still offered, so it shows
  const choices = [...new Set<number>([...RESAMPLE_CHOICES, params.resamples])].sort(
    (a, b) => a - b,
  );
  return (
    <div className="bci-controls">
      <LinearSlider
        label="Sample size n"
        value={params.n}
        min={N_MIN}
        max={N_MAX}
        step={1}
        format={(v) => `n = ${v}`}
        onChange={(n) => onChange({ n })}
      />
      <LinearSlider
        label="Confidence"
        value={params.confidence}
        min={0.8}
        max={CONFIDENCE_MAX}
        step={0.01}
        format={(v) => `${Math.round(v * 100)}%`}
        marks={[{ value: 0.95, label: '95%' }]}
        onChange={(confidence) => onChange({ confidence })}
      />
      <div className="bci-select">
        <label htmlFor={resamplesId}>Resamples</label>
        <select
          id={resamplesId}
          value={params.resamples}
          onChange={(event) => onChange({ resamples: Number(event.target.value) })}
        >
          {choices.map((c) => (
            <option key={c} value={c}>
              {c.toLocaleString('en-US')}
            </option>
          ))}
        </select>
      </div>
      <div className="bci-buttons">
        <button type="button" className="button" onClick={onResample}>
          Resample
        </button>
        <button type="button" className="button" onClick={onNewSample}>
          New sample
        </button>
      </div>
      <SeedField
        seed={params.seed}
        onChange={(seed) => onChange({ seed })}
        label="Sample seed"
        newSeed={false}
      />
    </div>
  );
}
