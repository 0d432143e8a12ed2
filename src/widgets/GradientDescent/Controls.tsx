import { memo } from 'react';
import { formatSignificant } from '../../ui/format';
import { NumberField } from '../../ui/NumberField';
import { LinearSlider, LogSlider } from '../../ui/Slider';
import type { SliderMark } from '../../ui/Slider';
import { fnNames, fnTitles } from './functions';
import type { FnName } from './functions';
import type { GdView } from './model';
import { KAPPA_MAX, KAPPA_MIN, LR_MAX, LR_MIN, MOMENTUM_MAX } from './params';

interface ParameterControlsProps {
  view: GdView;
  onFn: (fn: FnName) => void;
  onLr: (lr: number) => void;
  onMomentum: (beta: number) => void;
  onKappa: (kappa: number) => void;
  onStart: (x0: number[]) => void;
}

function limitMark(view: GdView): SliderMark[] {
  const { limit } = view;
  if (!limit || limit.value < LR_MIN || limit.value > LR_MAX) return [];
  const sym = view.input.fn === 'valley' ? 'κ' : 'L';
  const label = limit.local ? 'local 2/L' : view.input.beta > 0 ? `2(1+β)/${sym}` : `2/${sym}`;
  return [{ value: limit.value, label }];
}

/** The function choice; memoised, as it changes far less often than the learning rate. */
const FnPicker = memo(function FnPicker({
  fn,
  formula,
  onFn,
}: {
  fn: FnName;
  formula: string;
  onFn: (fn: FnName) => void;
}) {
  return (
    <>
      <fieldset className="segmented gd-fn">
        <legend>Function</legend>
        {fnNames.map((name) => (
          <label key={name}>
            <input
              type="radio"
              name="gradient-descent-fn"
              value={name}
              checked={fn === name}
              onChange={() => onFn(name)}
            />
            {fnTitles[name]}
          </label>
        ))}
      </fieldset>
      <p className="gd-fn__formula">{formula}</p>
    </>
  );
});

/** Function, learning rate, momentum, κ and the start point. */
export function ParameterControls(props: ParameterControlsProps) {
  const { view } = props;
  const { fn, eta, beta, kappa, x0 } = view.input;
  const obj = view.objective;
  return (
    <div className="gd-controls">
      <FnPicker fn={fn} formula={obj.formula} onFn={props.onFn} />
      <div className="gd-row">
        <LogSlider
          label="Learning rate"
          value={eta}
          min={LR_MIN}
          max={LR_MAX}
          stepsPerDecade={20}
          format={(v) => `η = ${formatSignificant(v, 6)}`}
          marks={limitMark(view)}
          onChange={props.onLr}
          className="gd-lr"
        />
        <NumberField
          label="Exact η"
          value={eta}
          min={LR_MIN}
          max={LR_MAX}
          step={0.001}
          digits={6}
          onChange={props.onLr}
        />
      </div>
      <div className="gd-row">
        <LinearSlider
          label="Momentum"
          value={beta}
          min={0}
          max={MOMENTUM_MAX}
          step={0.01}
          format={(v) => `β = ${formatSignificant(v, 2)}`}
          marks={[{ value: 0.9, label: '0.9' }]}
          onChange={props.onMomentum}
        />
        {fn === 'valley' ? (
          <LogSlider
            label="Condition number"
            value={kappa}
            min={KAPPA_MIN}
            max={KAPPA_MAX}
            stepsPerDecade={20}
            format={(v) => `κ = ${formatSignificant(v, 3)}`}
            onChange={props.onKappa}
          />
        ) : null}
      </div>
      <fieldset className="gd-start">
        <legend>Start point</legend>
        {obj.symbols.map((symbol, i) => (
          <NumberField
            key={`${fn}-${symbol}`}
            label={`${symbol}₀`}
            value={x0[i] ?? 0}
            min={obj.domain[i]?.[0] ?? 0}
            max={obj.domain[i]?.[1] ?? 0}
            digits={4}
            onChange={(v) => props.onStart(x0.map((old, j) => (j === i ? v : old)))}
          />
        ))}
      </fieldset>
    </div>
  );
}

interface RunControlsProps {
  steps: number;
  maxSteps: number;
  canStep: boolean;
  playing: boolean;
  reducedMotion: boolean;
  onStep: (by: number) => void;
  onPlay: () => void;
  onRestart: () => void;
}

/** How far the "+50 steps" button jumps: the lesson's runs are 50 steps long. */
export const JUMP = 50;

/**
 * Step, +50 steps, Play/Pause, restart and the counter. Under reduced motion Play becomes
 * "Run to step 1000", which jumps there at once instead of animating.
 */
export function RunControls(props: RunControlsProps) {
  const { canStep, maxSteps } = props;
  return (
    <div className="gd-run">
      <div className="gd-run__buttons">
        <button
          type="button"
          className="button"
          onClick={() => props.onStep(1)}
          disabled={!canStep}
        >
          Step
        </button>
        <button
          type="button"
          className="button"
          onClick={() => props.onStep(JUMP)}
          disabled={!canStep}
        >
          +{JUMP} steps
        </button>
        {props.reducedMotion ? (
          <button
            type="button"
            className="button"
            onClick={() => props.onStep(maxSteps)}
            disabled={!canStep}
          >
            Run to step {maxSteps}
          </button>
        ) : (
          <button type="button" className="button" onClick={props.onPlay}>
            {props.playing ? 'Pause' : 'Play'}
          </button>
        )}
        <button type="button" className="button" onClick={props.onRestart}>
          Reset run
        </button>
        <span className="gd-run__counter">
          Step {props.steps}
          {props.steps >= maxSteps ? ' (the maximum)' : ''}
        </span>
      </div>
      {props.reducedMotion ? (
        <p className="gd-run__note">
          Your system asks for reduced motion, so nothing animates: instead of Play, “Run to step{' '}
          {maxSteps}” jumps straight to the end of the run.
        </p>
      ) : null}
    </div>
  );
}
