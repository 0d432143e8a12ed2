import type { KeyboardEvent } from 'react';
import { formatShort } from '../../ui/format';
import { Segmented } from '../../ui/Segmented';
import { LinearSlider } from '../../ui/Slider';
import type { GraphId } from './graphs';
import { ranges } from './urlState';
import type { Params } from './urlState';

const graphLabels: Record<GraphId, string> = {
  chain: 'Chain: z = (3x + 1)²',
  neuron: 'One neuron: L = (σ(w·x + b) − y)²',
};

const GRAPHS = ['chain', 'neuron'] as const;

export function GraphChoice({
  graph,
  onChange,
}: {
  graph: GraphId;
  onChange: (g: GraphId) => void;
}) {
  return (
    <Segmented
      className="cg-choice"
      legend="Graph"
      options={GRAPHS}
      value={graph}
      onChange={onChange}
      labelOf={(option) => graphLabels[option]}
    />
  );
}

type InputName = 'x' | 'w' | 'b' | 'y';
const inputLabels: Record<InputName, string> = {
  x: 'Input x',
  w: 'Weight w',
  b: 'Bias b',
  y: 'Target y',
};

export function InputSliders({
  params,
  onChange,
}: {
  params: Params;
  onChange: (name: InputName, value: number) => void;
}) {
  const names: InputName[] = params.graph === 'chain' ? ['x'] : ['x', 'w', 'b', 'y'];
  return (
    <div className="cg-sliders">
      {names.map((name) => (
        <LinearSlider
          key={name}
          label={inputLabels[name]}
          value={params[name]}
          min={ranges[name].min}
          max={ranges[name].max}
          step={ranges[name].step}
          format={(v) => `${name} = ${formatShort(v, 2)}`}
          onChange={(v) => onChange(name, v)}
        />
      ))}
    </div>
  );
}

/** Previous/Next (and the arrow keys, Home and End while a step button has focus). */
export function StepControls({
  step,
  total,
  onStep,
}: {
  step: number;
  total: number;
  onStep: (step: number) => void;
}) {
  const go = (next: number) => {
    // aria-disabled rather than disabled: a disabled button drops the keyboard focus
    if (next >= 0 && next <= total && next !== step) onStep(next);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const targets: Record<string, number> = {
      ArrowRight: step + 1,
      ArrowLeft: step - 1,
      Home: 0,
      End: total,
    };
    const target = targets[event.key];
    if (target === undefined) return;
    event.preventDefault();
    go(target);
  };
  const buttons: [string, number, boolean, string][] = [
    ['Previous', step - 1, step === 0, ''],
    ['Next', step + 1, step === total, ' button--primary'],
    ['Whole pass', total, step === total, ''],
    ['Forward only', 0, step === 0, ''],
  ];
  return (
    <div
      className="cg-steps"
      role="group"
      aria-label="Step through the backward pass"
      onKeyDown={onKeyDown}
    >
      {buttons.map(([label, target, off, extra]) => (
        <button
          key={label}
          type="button"
          className={`button button--small${extra}`}
          aria-disabled={off}
          onClick={() => go(target)}
        >
          {label}
        </button>
      ))}
      <output className="cg-steps__count">
        {step === 0 ? 'Forward pass' : `Backward step ${step} of ${total}`}
      </output>
    </div>
  );
}
