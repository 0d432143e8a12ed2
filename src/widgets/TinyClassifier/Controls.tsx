import { formatSignificant } from '../../ui/format';
import { SeedField } from '../../ui/SeedField';
import { LinearSlider, LogSlider } from '../../ui/Slider';
import { PRESETS } from './data';
import type { Preset } from './data';
import { MAX_STEPS } from './model';
import { LR_MAX, LR_MIN, N_MAX, N_MIN } from './params';

const presetNames: Record<Preset, string> = {
  separable: 'Separable',
  overlapping: 'Overlapping',
  xor: 'XOR-like',
};

interface TrainingProps {
  lr: number;
  critical: number;
  step: number;
  playing: boolean;
  reducedMotion: boolean;
  onLr: (lr: number) => void;
  onStep: (count: number) => void;
  onPlay: () => void;
  onReset: () => void;
}

export function TrainingControls(props: TrainingProps) {
  const done = props.step >= MAX_STEPS;
  return (
    <div className="tc-training">
      <LogSlider
        label="Learning rate"
        value={props.lr}
        min={LR_MIN}
        max={LR_MAX}
        stepsPerDecade={10}
        format={(v) => `η = ${formatSignificant(v, 3)}`}
        marks={
          props.critical >= LR_MIN && props.critical <= LR_MAX
            ? [{ value: props.critical, label: '2/L' }]
            : []
        }
        onChange={props.onLr}
      />
      <div className="tc-buttons">
        <button type="button" className="button" disabled={done} onClick={() => props.onStep(1)}>
          Step
        </button>
        <button type="button" className="button" disabled={done} onClick={() => props.onStep(50)}>
          50 steps
        </button>
        <button
          type="button"
          className="button"
          disabled={props.reducedMotion || (done && !props.playing)}
          aria-pressed={props.playing}
          onClick={props.onPlay}
        >
          {props.playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" className="button" onClick={props.onReset}>
          Reset training
        </button>
      </div>
      {props.reducedMotion ? (
        <p className="tc-note">
          Play is off because your system asks for reduced motion; Step and 50 steps still work.
        </p>
      ) : null}
    </div>
  );
}

interface DataProps {
  preset: Preset;
  n: number;
  seed: number;
  onPreset: (preset: Preset) => void;
  onN: (n: number) => void;
  onSeed: (seed: number) => void;
}

export function DataControls(props: DataProps) {
  return (
    <div className="tc-data">
      <fieldset className="tc-choice">
        <legend>Data</legend>
        {PRESETS.map((p) => (
          <label key={p}>
            <input
              type="radio"
              name="tc-preset"
              checked={props.preset === p}
              onChange={() => props.onPreset(p)}
            />{' '}
            {presetNames[p]}
          </label>
        ))}
      </fieldset>
      <LinearSlider
        label="Points per class"
        value={props.n}
        min={N_MIN}
        max={N_MAX}
        step={5}
        format={String}
        onChange={props.onN}
      />
      <SeedField seed={props.seed} onChange={props.onSeed} />
    </div>
  );
}
