import { formatSignificant } from '../../ui/format';
import { SeedField } from '../../ui/SeedField';
import { LinearSlider, LogSlider } from '../../ui/Slider';
import { BINS_MAX, BINS_MIN, N_MAX, N_MIN, T_MAX, T_MIN } from './params';
import type { Params } from './params';

interface ControlsProps {
  state: Params;
  fitted: number;
  onChange: (change: Partial<Params>) => void;
}

export function Controls({ state, fitted, onChange }: ControlsProps) {
  return (
    <div className="cd-controls">
      <LogSlider
        label="Temperature the classifier reports with"
        value={state.t}
        min={T_MIN}
        max={T_MAX}
        stepsPerDecade={20}
        format={(t) =>
          `T = ${formatSignificant(t, 3)}${t < 1 ? ' (overconfident)' : t > 1 ? ' (underconfident)' : ' (calibrated)'}`
        }
        marks={[{ value: 1, label: 'T = 1' }]}
        onChange={(t) => onChange({ t })}
        className="cd-controls__wide"
      />
      <label className="cd-check">
        <input
          type="checkbox"
          checked={state.fix === 'on'}
          onChange={(event) => onChange({ fix: event.target.checked ? 'on' : 'off' })}
        />{' '}
        Temperature scaling fix (divide the logits by T* = {formatSignificant(fitted, 3)}, fitted on
        held-out data)
      </label>
      <LinearSlider
        label="Bins"
        value={state.bins}
        min={BINS_MIN}
        max={BINS_MAX}
        step={1}
        format={String}
        onChange={(bins) => onChange({ bins })}
      />
      <LinearSlider
        label="Test examples"
        value={state.n}
        min={N_MIN}
        max={N_MAX}
        step={100}
        format={(n) => n.toLocaleString('en')}
        onChange={(n) => onChange({ n })}
      />
      <SeedField seed={state.seed} onChange={(seed) => onChange({ seed })} />
    </div>
  );
}
