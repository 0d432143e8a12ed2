import { formatShort } from '../../ui/format';
import { NumberField } from '../../ui/NumberField';
import { SeedField } from '../../ui/SeedField';
import { LinearSlider, LogSlider } from '../../ui/Slider';
import { N_MAX, N_MIN } from './params';
import type { Params } from './params';

interface ControlsProps {
  params: Params;
  onChange: (change: Partial<Params>) => void;
}

const percent = (v: number) => `${formatShort(v * 100, 2)}%`;

function AccuracyControl(props: {
  model: 'A' | 'B';
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <div className="sig-accuracy">
      <LinearSlider
        label={`Accuracy of model ${props.model}`}
        value={props.value}
        min={0.5}
        max={1}
        step={0.005}
        format={percent}
        onChange={props.onChange}
        className="sig-accuracy__slider"
      />
      <NumberField
        label={`Exact accuracy ${props.model}`}
        value={props.value}
        min={0}
        max={1}
        step={0.001}
        digits={4}
        onChange={props.onChange}
        className="sig-accuracy__field"
      />
    </div>
  );
}

export function Controls({ params, onChange }: ControlsProps) {
  return (
    <div className="sig-controls">
      <AccuracyControl model="A" value={params.a} onChange={(a) => onChange({ a })} />
      <AccuracyControl model="B" value={params.b} onChange={(b) => onChange({ b })} />
      <LogSlider
        label="Test-set size (each model)"
        value={params.n}
        min={N_MIN}
        max={N_MAX}
        stepsPerDecade={10}
        format={(v) => `n = ${Math.round(v).toLocaleString('en-US')}`}
        marks={[
          { value: 1000, label: '1,000' },
          { value: 20_000, label: '20,000' },
        ]}
        onChange={(v) => onChange({ n: Math.round(v) })}
      />
      <SeedField
        seed={params.seed}
        onChange={(seed) => onChange({ seed })}
        newSeed="Rerun with a new seed"
        prominent
      />
    </div>
  );
}
