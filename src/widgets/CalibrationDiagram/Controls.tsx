import { formatSignificant } from '../../ui/format';
import { NumberField } from '../../ui/NumberField';
import { LinearSlider, LogSlider } from '../../ui/Slider';
import { BINS_MAX, BINS_MIN, N_MAX, N_MIN, SEED_MAX, T_MAX, T_MIN } from './params';
import type { Params } from './params';

interface ControlsProps {
  state: Params;
  fitted: number;
  onChange: (change: Partial<Params>) => void;
  onNewSeed: () => void;
}

export function Controls({ state, fitted, onChange, onNewSeed }: ControlsProps) {
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
      <div className="cd-seed">
        <NumberField
          label="Seed"
          value={state.seed}
          min={0}
          max={SEED_MAX}
          step={1}
          digits={0}
          // createRng takes whole numbers only
          onChange={(seed) => onChange({ seed: Math.round(seed) })}
        />
        <button type="button" className="button button--small" onClick={onNewSeed}>
          New seed
        </button>
      </div>
    </div>
  );
}
