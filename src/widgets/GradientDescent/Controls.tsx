import { memo } from 'react';
import { useSettledValue } from '../../ui/useSettledValue';
import { formatSignificant } from '../../ui/format';
import { NumberField } from '../../ui/NumberField';
import { Segmented } from '../../ui/Segmented';
import { LinearSlider, LogSlider } from '../../ui/Slider';
import type { SliderMark } from '../../ui/Slider';
import { fnNames, fnTitles } from './functions';
import type { FnName, Objective } from './functions';
import type { GdView } from './model';
import { KAPPA_MAX, KAPPA_MIN, LR_MAX, LR_MIN, MOMENTUM_MAX } from './params';

interface ParameterControlsProps {
  view: GdView;
  onFn: (fn: FnName) => void;
  onLr: (lr: number) => void;
  onMomentum: (beta: number) => void;
  onKappa: (kappa: number) => void;
  onStart: (x0: number[]) => void;
  /** The sliders' live steps (Slider's onLive), where the painter draws the plots. */
  live?:
    | { lr: (lr: number) => void; momentum: (beta: number) => void; kappa: (kappa: number) => void }
    | undefined;
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
      <Segmented
        className="gd-fn"
        legend="Function"
        options={fnNames}
        value={fn}
        onChange={onFn}
        labelOf={(name) => fnTitles[name]}
      />
      <p className="gd-fn__formula">{formula}</p>
    </>
  );
});

const StartFields = memo(function StartFields({
  obj,
  x0,
  onStart,
}: {
  obj: Objective;
  x0: readonly number[];
  onStart: (x0: number[]) => void;
}) {
  return (
    <fieldset className="gd-start">
      <legend>Start point</legend>
      {obj.symbols.map((symbol, i) => (
        <NumberField
          key={`${obj.name}-${symbol}`}
          label={`${symbol}₀`}
          value={x0[i] ?? 0}
          min={obj.domain[i]?.[0] ?? 0}
          max={obj.domain[i]?.[1] ?? 0}
          digits={4}
          onChange={(v) => onStart(x0.map((old, j) => (j === i ? v : old)))}
        />
      ))}
    </fieldset>
  );
});

const showBeta = (v: number) => `β = ${formatSignificant(v, 2)}`;
const showKappa = (v: number) => `κ = ${formatSignificant(v, 3)}`;
const showEta = (v: number) => `η = ${formatSignificant(v, 6)}`;
const momentumMarks = [{ value: 0.9, label: '0.9' }];

const MomentumAndKappa = memo(function MomentumAndKappa({
  beta,
  kappa,
  valley,
  onMomentum,
  onKappa,
  onLiveMomentum,
  onLiveKappa,
}: {
  beta: number;
  kappa: number;
  valley: boolean;
  onMomentum: (beta: number) => void;
  onKappa: (kappa: number) => void;
  onLiveMomentum: ((beta: number) => void) | undefined;
  onLiveKappa: ((kappa: number) => void) | undefined;
}) {
  return (
    <div className="gd-row">
      <LinearSlider
        label="Momentum"
        value={beta}
        min={0}
        max={MOMENTUM_MAX}
        step={0.01}
        format={showBeta}
        marks={momentumMarks}
        onChange={onMomentum}
        onLive={onLiveMomentum}
      />
      {valley ? (
        <LogSlider
          label="Condition number"
          value={kappa}
          min={KAPPA_MIN}
          max={KAPPA_MAX}
          stepsPerDecade={20}
          format={showKappa}
          onChange={onKappa}
          onLive={onLiveKappa}
        />
      ) : null}
    </div>
  );
});

/**
 * Function, learning rate, momentum, κ and the start point. The groups that a learning-rate
 * drag does not touch are memoised, so a drag re-renders only the slider and its field.
 */
export function ParameterControls(props: ParameterControlsProps) {
  const { view } = props;
  const { fn, eta, beta, kappa, x0 } = view.input;
  // the exact field is words: while the slider drags, its own value text moves and this waits
  const exactEta = useSettledValue(eta);
  return (
    <div className="gd-controls">
      <FnPicker fn={fn} formula={view.objective.formula} onFn={props.onFn} />
      <div className="gd-row">
        <LogSlider
          label="Learning rate"
          value={eta}
          min={LR_MIN}
          max={LR_MAX}
          stepsPerDecade={20}
          format={showEta}
          marks={limitMark(view)}
          onChange={props.onLr}
          onLive={props.live?.lr}
          className="gd-lr"
        />
        <NumberField
          label="Exact η"
          value={exactEta}
          min={LR_MIN}
          max={LR_MAX}
          step={0.001}
          digits={6}
          onChange={props.onLr}
        />
      </div>
      <MomentumAndKappa
        beta={beta}
        kappa={kappa}
        valley={fn === 'valley'}
        onMomentum={props.onMomentum}
        onKappa={props.onKappa}
        onLiveMomentum={props.live?.momentum}
        onLiveKappa={props.live?.kappa}
      />
      <StartFields obj={view.objective} x0={x0} onStart={props.onStart} />
    </div>
  );
}
